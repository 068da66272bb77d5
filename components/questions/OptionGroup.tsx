import type { QuestionOption } from '../../lib/schemas/question';

export interface OptionGroupProps {
  id: string;
  legend: string;
  hint?: string;
  options: readonly QuestionOption[];
  /** One value (radios) or several (checkboxes). */
  selected: readonly string[];
  multiple: boolean;
  compact?: boolean;
  /** A numbered scale: every step on one row. */
  scale?: boolean;
  onChange: (selected: string[]) => void;
}

/** A fieldset of radios or checkboxes with real labels: keyboard and screen readers work as usual. */
export function OptionGroup(p: OptionGroupProps) {
  const toggle = (value: string, checked: boolean) => {
    if (!p.multiple) return p.onChange([value]);
    const next = checked ? [...p.selected, value] : p.selected.filter((v) => v !== value);
    // Keep the options' own order, so stored lists read the same way every time.
    p.onChange(p.options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset class={`field options${p.compact ? ' compact' : ''}${p.scale ? ' scale' : ''}`} aria-describedby={p.hint ? `${p.id}-hint` : undefined}>
      <legend>{p.legend}</legend>
      {p.hint && (
        <p class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      )}
      {p.options.map((o) => (
        <label key={o.value} class="option">
          <input
            type={p.multiple ? 'checkbox' : 'radio'}
            name={p.id}
            value={o.value}
            checked={p.selected.includes(o.value)}
            onChange={(e) => toggle(o.value, e.currentTarget.checked)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
