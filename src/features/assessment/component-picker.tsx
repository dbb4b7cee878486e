import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Component } from '../../domain';

/** Enough to pick from by eye; past that, typing narrows the list. */
const SHOWN = 30;

/**
 * Picks one component by name: a text box with a filtered list under it (the ARIA combobox pattern).
 * A plain <select> would put every component in the page twice over, which is what made a
 * 2,000-component plan slow to open; here only the matching few exist, and only while the list is open.
 * Typing an exact name selects it; ArrowDown/ArrowUp move through the list, Enter picks, Escape closes.
 */
export function ComponentPicker(props: {
  id: string;
  components: readonly Component[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { id, components, value, onChange } = props;
  const nameOf = (componentId: string) => components.find((c) => c.id === componentId)?.name ?? '';
  const [text, setText] = useState(() => nameOf(value));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // What this picker itself last reported: a change from outside (the form cleared it) rewrites the text.
  const reported = useRef(value);
  useEffect(() => {
    if (value === reported.current) return;
    reported.current = value;
    setText(components.find((c) => c.id === value)?.name ?? '');
  }, [value, components]);

  // The active option stays in view as the arrow keys move through a list taller than its box.
  useEffect(() => {
    if (open) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, open, active]);

  const needle = text.trim().toLowerCase();
  const matches = open
    ? components.filter((c) => needle === '' || c.name.toLowerCase().includes(needle))
    : [];
  const shown = matches.slice(0, SHOWN);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const report = (componentId: string) => {
    reported.current = componentId;
    onChange(componentId);
  };
  const pick = (component: Component) => {
    setText(component.name);
    setOpen(false);
    report(component.id);
  };
  const type = (next: string) => {
    const exact = components.find((c) => c.name === next.trim());
    const lower = next.trim().toLowerCase();
    const listedNext = components.filter((c) => c.name.toLowerCase().includes(lower)).slice(0, SHOWN);
    setText(next);
    setOpen(true);
    // An exact name is the active option, so Enter keeps what was typed rather than the first match.
    setActive(Math.max(0, exact ? listedNext.indexOf(exact) : 0));
    report(exact?.id ?? '');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length === 0 ? 0 : (i + step + shown.length) % shown.length));
    } else if (event.key === 'Enter' && open) {
      // Enter picks from the open list instead of submitting the form around it.
      event.preventDefault();
      const chosen = shown[active];
      if (chosen) pick(chosen);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const listed = open && shown.length > 0;
  return (
    <div className="picker">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={listed}
        aria-controls={listed ? listId : undefined}
        aria-activedescendant={listed && shown[active] ? optionId(active) : undefined}
        placeholder="Type a name…"
        value={text}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {open && (listed || matches.length === 0) ? (
        <div className="picker-popup">
          {listed ? (
            <ul id={listId} role="listbox" className="picker-list" aria-label="Components">
              {shown.map((c, i) => (
                <li
                  key={c.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={c.id === value ? 'picker-chosen' : undefined}
                  // Mouse down, not click: the text box keeps focus and its blur does not close the list first.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(c);
                  }}
                >
                  {c.name}
                </li>
              ))}
            </ul>
          ) : null}
          {matches.length === 0 ? <p className="picker-note">No component matches.</p> : null}
          {matches.length > SHOWN ? (
            <p className="picker-note">{matches.length - SHOWN} more: type to narrow.</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
