import type { DeskList } from '../../lib/state/desk-state';
import { HistoryStrip } from './HistoryStrip';

/** One list as a disclosure: its title and today's count, opening to the tick boxes and the 14-day strip. */
export function ChecklistSection({
  list,
  ticked,
  open,
  onToggle,
  onTick,
}: {
  list: DeskList;
  ticked: ReadonlySet<string>;
  open: boolean;
  onToggle: () => void;
  onTick: (id: string, on: boolean) => void;
}) {
  const done = list.items.filter((i) => ticked.has(i.id)).length;
  return (
    <section class="checklist" aria-labelledby={`list-${list.id}`}>
      <h2 id={`list-${list.id}`}>
        <button type="button" class="disclosure" aria-expanded={open} aria-controls={`items-${list.id}`} onClick={onToggle}>
          <span>{list.title}</span>
          <span class="count">
            {done} of {list.items.length} today
          </span>
        </button>
      </h2>
      <div id={`items-${list.id}`} hidden={!open}>
        <HistoryStrip history={list.history} />
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
      </div>
    </section>
  );
}
