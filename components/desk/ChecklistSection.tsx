import type { DeskList } from '../../lib/state/desk-state';
import { HistoryStrip } from './HistoryStrip';

/** One list: tailored items first, a tick box each with its reason, and the 14-day strip. */
export function ChecklistSection({ list, ticked, onTick }: { list: DeskList; ticked: ReadonlySet<string>; onTick: (id: string, on: boolean) => void }) {
  const done = list.items.filter((i) => ticked.has(i.id)).length;
  return (
    <section class="checklist" aria-labelledby={`list-${list.id}`}>
      <h2 id={`list-${list.id}`}>
        {list.title}{' '}
        <span class="count">
          {done} of {list.items.length} today
        </span>
      </h2>
      <HistoryStrip history={list.history} title={`${list.title}, last 14 days`} />
      <ul>
        {list.items.map((item) => (
          <li key={item.id} class={item.forYou ? 'for-you' : ''}>
            <label class="option">
              <input type="checkbox" checked={ticked.has(item.id)} onChange={(e) => onTick(item.id, e.currentTarget.checked)} aria-describedby={`why-${item.id}`} />
              <span>
                {item.text}
                {item.forYou && <span class="tag">for you</span>}
                <span class="why" id={`why-${item.id}`}>
                  {item.why}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
