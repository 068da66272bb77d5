/** The short disclaimer every surface carries. */
export function Disclaimer() {
  return (
    <p class="disclaimer">
      General guidance, not medical advice. Stop anything that makes the pain worse or sends it down a leg.
    </p>
  );
}
