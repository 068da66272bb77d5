import { Disclaimer } from './Disclaimer';
import { useScreenHeading } from './use-screen-heading';
import { checkSafety } from '../lib/domain/check-safety';
import type { Answers } from '../lib/schemas/answers';

/** The safety stop: plain directions and no routine. */
export function StopScreen({ answers, onMistake }: { answers: Answers; onMistake: () => void }) {
  const heading = useScreenHeading();
  const safety = checkSafety(answers);
  const emergency = safety.urgency === 'emergency';
  const [direction, ...told] = safety.messages;
  return (
    <main class={`stop ${emergency ? 'stop-emergency' : 'stop-urgent'}`}>
      <h1 tabIndex={-1} ref={heading}>{emergency ? 'Get medical help today' : 'See a doctor first'}</h1>
      <p class="stop-direction">{direction}</p>
      <ul>
        {told.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p>Backstride will not suggest exercises until a doctor has checked you. Once they have, and they are happy for you to exercise, come back and answer again.</p>
      <button type="button" class="secondary" onClick={onMistake}>
        I ticked something by mistake
      </button>
      <Disclaimer />
    </main>
  );
}
