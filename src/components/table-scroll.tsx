import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * A wide table's own sideways scroll box. Where the table is wider than the box, the box takes keyboard focus
 * (arrow keys scroll it) and is a named region: a read-only table has nothing else to focus, so a keyboard
 * user could not reach the columns off to the right. Where it fits, it is a plain box: no tab stop for
 * nothing.
 *
 * `title` is the table's heading, shown above the box instead of a <caption>: a caption is as wide as its
 * table, so on a phone it ran off the box's right edge, cut mid-word. The table keeps its name on its own
 * aria-label; the visible title is hidden from screen readers so it is not read twice.
 */
export function TableScroll(props: { label: string; title?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(ref);
  const box = (
    <div
      ref={ref}
      className="table-scroll"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': `${props.label}, scrolls sideways` } : {})}
    >
      {props.children}
    </div>
  );
  if (props.title === undefined) return box;
  return (
    <div className="table-block">
      <p className="table-title" aria-hidden="true">
        {props.title}
      </p>
      {box}
    </div>
  );
}

function useScrollsSideways(ref: RefObject<HTMLDivElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    // The box narrows with the window; the table widens with its content (rows shown, a longer value).
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
