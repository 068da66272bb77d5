import { useScreenHeading } from '../use-screen-heading';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { SNOOZE_MINUTES } from '../../lib/domain/break-schedule';
import type { AppState } from '../../lib/state/app-state';
import type { DeskState } from '../../lib/state/desk-state';
import { Disclaimer } from '../Disclaimer';
import { GuidedSession } from '../guided/GuidedSession';
import { MidSessionStop } from '../MidSessionStop';
import { NoticeBar } from '../NoticeBar';
import { BreaksSection } from './BreaksSection';
import { ChecklistSection } from './ChecklistSection';
import { RunCuesCard } from './RunCuesCard';

/**
 * The side panel: posture, lifestyle and diet checklists, and the opt-in posture breaks. While the
 * safety gate stops the plan it shows the stop's directions and no exercise: a break then only
 * says to stand up and move.
 */
export function SidePanelApp({ app, desk, startOnBreak, beep }: { app: AppState; desk: DeskState; startOnBreak: boolean; beep: () => void }) {
  const onBreak = useSignal(startOnBreak);
  if (!desk.loaded.value || !app.loaded.value) return <p class="loading">Loading…</p>;
  const routine = desk.routine.value;
  if (onBreak.value && routine.length > 0) {
    return (
      <>
        <GuidedSession kind="desk" items={routine} sound={app.settings.value.sound} onBeep={beep} onClose={() => (onBreak.value = false)} />
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
  return (
    <>
      {/* The answers and settings this panel reads can have notices of their own. */}
      <NoticeBar notices={app.notices} onDismiss={app.dismissNotices} />
      <DeskHome desk={desk} moving={onBreak.value} onBreak={() => (onBreak.value = true)} onMoved={() => (onBreak.value = false)} />
    </>
  );
}

/** The checklists and the break settings (under a stop: the stop's words and the breaks only). */
function DeskHome({ desk, moving, onBreak, onMoved }: { desk: DeskState; moving: boolean; onBreak: () => void; onMoved: () => void }) {
  const heading = useScreenHeading();
  const stop = desk.stop.value;
  const moveOnly = desk.routine.value.length === 0;
  return (
    <>
      <NoticeBar notices={desk.notices} onDismiss={desk.dismissNotices} />
      <main class="desk">
        <h1 tabIndex={-1} ref={heading}>
          At your desk
        </h1>
        {stop && <StopNotice messages={stop} />}
        {moving && <MoveNow onDone={onMoved} />}
        {desk.breakDue.value && <BreakDue desk={desk} moveOnly={moveOnly} onStart={onBreak} />}
        <BreaksSection desk={desk} moveOnly={moveOnly} onStartNow={onBreak} />
        {!stop && (
          <>
            <p class="small">
              Tick what you did today; each morning starts with clear boxes, so tick a weekly item on the day you do it. "For you" marks up to three items a
              list that fit your likely causes.
            </p>
            {desk.lists.value.map((list) => (
              <ChecklistSection
                key={list.id}
                list={list}
                ticked={desk.ticked.value}
                open={desk.openLists.open.value.has(list.id)}
                onToggle={() => desk.openLists.toggle(list.id)}
                onTick={(id, on) => void desk.tick(id, on)}
              />
            ))}
            <RunCuesCard cues={desk.runCues} />
          </>
        )}
        {!stop && <MidSessionStop />}
        <Disclaimer />
      </main>
    </>
  );
}

/** The safety stop as the side panel shows it: what to do, and no exercise. */
function StopNotice({ messages }: { messages: readonly string[] }) {
  const [direction, ...told] = messages;
  return (
    <section class="stop stop-panel" aria-labelledby="stop-heading">
      <h2 id="stop-heading">No exercises for now</h2>
      <p class="stop-direction">{direction}</p>
      {told.length > 0 && (
        <ul>
          {told.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <p class="small">The checklists and the desk routine come back when it is safe to exercise again: open Backstride from the toolbar to tell us.</p>
    </section>
  );
}

/** A break with no routine: just stand up and move. */
function MoveNow({ onDone }: { onDone: () => void }) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <section class="break-due" aria-labelledby="move-heading">
      <h2 id="move-heading" tabIndex={-1} ref={title}>
        Stand up and move
      </h2>
      <p>Walk about for a minute or two: fetch some water, look out of a window. Sit back down when you are ready.</p>
      <button type="button" class="primary" onClick={onDone}>
        Done
      </button>
    </section>
  );
}

/** A break came due while the panel was open: offered here, in place of a notification. */
function BreakDue({ desk, moveOnly, onStart }: { desk: DeskState; moveOnly: boolean; onStart: () => void }) {
  return (
    <section class="break-due" role="alert" aria-labelledby="break-due-heading">
      <h2 id="break-due-heading">{moveOnly ? 'Time to stand up' : 'Time for a posture break'}</h2>
      <p>{moveOnly ? 'A minute on your feet, walking about.' : 'One minute: stand, open the hips, ease the back.'}</p>
      <div class="actions-row">
        <button type="button" class="primary" onClick={() => (void desk.answerBreak('take'), onStart())}>
          {moveOnly ? "I'm up" : 'Start the break'}
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
