import { MID_SESSION_STOP } from '../lib/domain/mid-session-stop';

/** When to stop during a session: said wherever a runner may be exercising, beside the disclaimer. */
export function MidSessionStop() {
  return (
    <p class="mid-session-stop">{MID_SESSION_STOP}</p>
  );
}
