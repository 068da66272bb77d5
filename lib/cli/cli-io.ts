/** What a command reads and writes besides files: injected, so tests run commands in-process. */
export interface CliIo {
  /** Standard output; rejects when it cannot be written (a closed pipe, a full disk). */
  stdout: (text: string) => Promise<void>;
  stderr: (text: string) => void;
  /** Where relative paths start: npm runs scripts from the package root, so where npm was started. */
  cwd: string;
  now: () => Date;
}

/** The real process: stdout and stderr, npm's INIT_CWD, the clock. */
export function processIo(): CliIo {
  return {
    stdout: (text) =>
      new Promise((resolve, reject) => {
        // A closed pipe reports through 'error' as well as the callback; both end up in reject.
        process.stdout.once('error', reject);
        process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
      }),
    stderr: (text) => {
      try {
        process.stderr.write(text);
      } catch {
        // Nowhere left to report to.
      }
    },
    cwd: process.env.INIT_CWD ?? process.cwd(),
    now: () => new Date(),
  };
}
