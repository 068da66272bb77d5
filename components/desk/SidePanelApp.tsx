import { useScreenHeading } from '../use-screen-heading';
import { useSignal } from '@preact/signals';
import { DESK_ROUTINE_IDS } from '../../data/exercises/desk';
import { SNOOZE_MINUTES } from '../../lib/domain/break-schedule';
import type { AppState } from '../../lib/state/app-state';
import type { DeskState } from '../../lib/state/desk-state';
import { lookUpExercise } from '../../lib/state/library';
import type { PlanItem } from '../../lib/schemas/plan';
import { Disclaimer } from '../Disclaimer';
import { GuidedSession } from '../guided/GuidedSession';
import { NoticeBar } from '../NoticeBar';
import { BreaksSection } from './BreaksSection';
import { ChecklistSection } from './ChecklistSection';

// The one-minute desk routine, at its first dosage step.
const DESK_ITEMS: PlanItem[] = DESK_ROUTINE_IDS.map((id) => {
  const { exercise } = lookUpExercise(id)!;
  return { id, name: exercise.name, type: exercise.type, ...exercise.dosage[0] };
});

/** The side panel: posture, lifestyle and diet checklists, and the opt-in posture breaks. */
export function SidePanelApp({ app, desk, startOnBreak, beep }: { app: AppState; desk: DeskState; startOnBreak: boolean; beep: () => void }) {
  const onBreak = useSignal(startOnBreak);
  if (!desk.loaded.value) return <p class="loading">Loading…</p>;
  if (onBreak.value) {
    return (
      <>
        <GuidedSession kind="desk" items={DESK_ITEMS} sound={app.settings.value.sound} onBeep={beep} onClose={() => (onBreak.value = false)} />
        {desk.breakSettings.value.enabled && (
          <p class="stop-breaks">
            <button type="button" class="link" onClick={() => void desk.setBreaks({ enabled: false })}>
              Stop posture breaks
            </button>
          </p>
        )}
      </>
    );
  }
  return <DeskHome desk={desk} onBreak={() => (onBreak.value = true)} />;
}

/** The checklists and the break settings. */
function DeskHome({ desk, onBreak }: { desk: DeskState; onBreak: () => void }) {
  const heading = useScreenHeading();
  return (
    <>
      <NoticeBar notices={desk.notices} onDismiss={desk.dismissNotices} />
      <main class="desk">
        <h1 tabIndex={-1} ref={heading}>
          At your desk
        </h1>
        {desk.breakDue.value && <BreakDue desk={desk} onStart={onBreak} />}
        <p class="small">Tick what you did today. Items marked "for you" match your likely causes. Lists start fresh each day.</p>
        {desk.lists.value.map((list) => (
          <ChecklistSection key={list.id} list={list} ticked={desk.ticked.value} onTick={(id, on) => void desk.tick(id, on)} />
        ))}
        <BreaksSection desk={desk} onStartNow={onBreak} />
        <Disclaimer />
      </main>
    </>
  );
}

/** A break came due while the panel was open: offered here, in place of a notification. */
function BreakDue({ desk, onStart }: { desk: DeskState; onStart: () => void }) {
  return (
    <section class="break-due" role="alert" aria-labelledby="break-due-heading">
      <h2 id="break-due-heading">Time for a posture break</h2>
      <p>One minute: stand, open the hips, ease the back.</p>
      <div class="actions-row">
        <button type="button" class="primary" onClick={() => (void desk.answerBreak('take'), onStart())}>
          Start the break
        </button>
        <button type="button" class="secondary" onClick={() => void desk.answerBreak('snooze')}>
          Snooze {SNOOZE_MINUTES} min
        </button>
        <button type="button" class="link" onClick={() => void desk.answerBreak('skip')}>
          Skip this one
        </button>
      </div>
    </section>
  );
}
