/**
 * The kommun question's type-ahead over all 290 kommuner: the ARIA 1.2 combobox pattern with
 * list autocomplete. An <input role="combobox"> owns a <ul role="listbox">; arrow keys move the
 * active option (aria-activedescendant, so focus stays in the input), Enter picks it, Escape
 * closes the list (and clears the text when the list is already closed). Typing a full name
 * and pressing Enter without the list works too: the step resolves the name on submit.
 */
import { type KeyboardEvent, useId, useMemo, useState } from 'react';

export interface KommunOption {
  readonly kod: string;
  readonly namn: string;
}

interface Props {
  /** The input's id: the label and the error summary link point here. */
  readonly id: string;
  readonly options: readonly KommunOption[];
  /** What is typed (the name). */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Ids of the hint and error, for aria-describedby. */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
}

const MAX_SHOWN = 12;
const fold = (s: string) => s.toLocaleLowerCase('sv').trim();

/** Kommuner whose name starts with the text first, then those containing it, in the list's order. */
export function filterKommuner(options: readonly KommunOption[], text: string): KommunOption[] {
  const q = fold(text);
  if (q === '') return [];
  const starts = options.filter((o) => fold(o.namn).startsWith(q));
  const contains = options.filter((o) => !fold(o.namn).startsWith(q) && fold(o.namn).includes(q));
  return [...starts, ...contains];
}

export function KommunCombobox({ id, options, value, onChange, describedBy, invalid }: Props) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = useMemo(() => filterKommuner(options, value), [options, value]);
  const shown = matches.slice(0, MAX_SHOWN);
  const exact = shown.length === 1 && fold(shown[0]?.namn ?? '') === fold(value);
  const expanded = open && shown.length > 0 && !exact;
  const optionId = (n: number) => `${listId}-${n}`;

  const pick = (o: KommunOption) => {
    onChange(o.namn);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(0);
      } else setActive((a) => Math.min(a + 1, shown.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (expanded) setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const o = expanded ? shown[active] : undefined;
      // Enter on an option picks it; otherwise Enter submits the form as usual.
      if (o) {
        e.preventDefault();
        pick(o);
      }
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value !== '') {
        e.preventDefault();
        onChange('');
      }
    }
  };

  const status =
    value.trim() === '' || exact
      ? ''
      : matches.length === 0
        ? 'Ingen kommun har det namnet.'
        : `${matches.length} ${matches.length === 1 ? 'kommun passar' : 'kommuner passar'}${matches.length > MAX_SHOWN ? `, de ${MAX_SHOWN} första visas` : ''}. Använd pil ned för att välja.`;

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        className="guide-input guide-input--kommun"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        autoCapitalize="words"
        spellCheck={false}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      <div id={listId} role="listbox" aria-label="Kommuner som passar" className="combobox__list" hidden={!expanded}>
        {shown.map((o, n) => (
          <div
            key={o.kod}
            id={optionId(n)}
            role="option"
            // Focus stays in the input (aria-activedescendant); -1 only makes the option focusable in principle.
            tabIndex={-1}
            aria-selected={n === active}
            className={n === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
            // mousedown, not click: the input must not lose focus (and close the list) first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
          >
            {o.namn}
          </div>
        ))}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {open ? status : ''}
      </p>
    </div>
  );
}
