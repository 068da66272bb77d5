import { useState } from 'preact/hooks';
import type { Morning } from '../../lib/schemas/log';
import { OptionGroup } from '../questions/OptionGroup';
import { PAIN_SCALE } from './pain-scale';

/**
 * The morning after a session: back pain on getting up and how it compares with usual. Saving it
 * can change today's run at once; "Not today" leaves the plan as it is.
 */
export function MorningCheckIn({ onSave, onDismiss }: { onSave: (morning: Omit<Morning, 'date'>) => void; onDismiss: () => void }) {
  const [pain, setPain] = useState<number | null>(null);
  const [compared, setCompared] = useState<Morning['compared'] | null>(null);
  const [asked, setAsked] = useState(false);
  const missing = pain === null || compared === null;
  const save = (e: Event) => {
    e.preventDefault();
    setAsked(true);
    if (!missing) onSave({ pain, compared });
  };
  return (
    <section class="card check-in" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">Good morning. How is your back?</h2>
      <form onSubmit={save}>
        <OptionGroup
          id="morning-pain"
          legend="Back pain when you got up"
          hint="0 is none, 10 the worst you can imagine."
          options={PAIN_SCALE}
          selected={pain === null ? [] : [String(pain)]}
          multiple={false}
          compact
          scale
          onChange={([v]) => setPain(Number(v))}
        />
        <OptionGroup
          id="morning-compared"
          legend="Compared with a usual morning"
          compact
          options={[
            { value: 'better', label: 'Better' },
            { value: 'same', label: 'Same' },
            { value: 'worse', label: 'Worse' },
          ]}
          selected={compared === null ? [] : [compared]}
          multiple={false}
          onChange={([v]) => setCompared(v as Morning['compared'])}
        />
        {asked && missing && (
          <p class="error" role="alert">
            Pick a number and how it compares, or choose "Not today".
          </p>
        )}
        <div class="actions-row">
          <button type="submit" class="primary">
            Save
          </button>
          <button type="button" class="secondary" onClick={onDismiss}>
            Not today
          </button>
        </div>
      </form>
    </section>
  );
}
