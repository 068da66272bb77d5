import type { Ref } from 'preact';
import type { ExportSummary } from '../lib/state/summarise-export';
import { longDate } from './long-date';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What an export holds, in words, and the question: replace everything with it, or not. */
export function ImportPreview({ summary: s, cancelRef, onReplace, onCancel }: { summary: ExportSummary; cancelRef: Ref<HTMLButtonElement>; onReplace: () => void; onCancel: () => void }) {
  const made = new Date(s.exportedAt);
  const madeOn = longDate(`${made.getFullYear()}-${String(made.getMonth() + 1).padStart(2, '0')}-${String(made.getDate()).padStart(2, '0')}`);
  return (
    <div class="import-preview" role="group" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">This file, exported on {madeOn}, holds:</h3>
      <ul>
        <li>{s.answered ? 'Your answers to the questions' : 'Answers to some of the questions (not finished)'}</li>
        <li>{s.programmeStart ? `A programme started on ${longDate(s.programmeStart)}: ${count(s.weeks, 'week')}` : 'No programme started yet'}</li>
        <li>
          {count(s.sessions, 'session')} logged ({s.sessionsDone} done), {count(s.mornings, 'morning')}
          {s.flares > 0 ? `, ${count(s.flares, 'flare')}` : ''}
        </li>
        <li>{s.shoes.length > 0 ? `Shoes: ${s.shoes.join(', ')}` : 'No shoes named'}</li>
        <li>{s.tickDays + s.breaksTaken > 0 ? `Checklist ticks on ${count(s.tickDays, 'day')}, ${count(s.breaksTaken, 'posture break')} taken` : 'No checklist ticks or posture breaks'}</li>
      </ul>
      {s.breaksWereOn && <p class="hint">Posture breaks come back switched off: turn them on again in the side panel.</p>}
      <p>Replace everything Backstride keeps in this browser with this file? What is here now is lost.</p>
      <div class="actions-row">
        <button type="button" class="danger" onClick={onReplace}>
          Replace everything
        </button>
        <button type="button" class="secondary" ref={cancelRef} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
