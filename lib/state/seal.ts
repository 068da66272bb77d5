/**
 * A fingerprint of a stored value as this build validated it (cyrb53 over the build and the value's
 * canonical JSON). A value whose fingerprint matches is byte for byte one that passed its schema in
 * this build; anything else (another build, a changed field, a value written by hand) is checked in full.
 * It guards against accidents (a failed or partial write, a stale copy), not against someone forging
 * storage on purpose: whoever can write the extension's storage can do anything to it anyway.
 */
export function sealOf(build: string, json: string): string {
  const text = `${build}\n${json}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
