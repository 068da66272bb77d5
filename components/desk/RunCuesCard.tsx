import type { RunCue } from '../../lib/schemas/checklist';

/** Posture on the run: a card to glance at before heading out, with nothing to tick. */
export function RunCuesCard({ cues }: { cues: readonly RunCue[] }) {
  return (
    <section class="run-cues" aria-labelledby="run-cues-heading">
      <h2 id="run-cues-heading">On the run</h2>
      <p class="small">Nothing to tick: read these before you head out, then pick one to think about.</p>
      <ul>
        {cues.map((cue) => (
          <li key={cue.id}>
            <strong>{cue.text}</strong>
            <span class="why">{cue.why}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
