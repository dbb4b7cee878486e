import type { ReactNode } from 'react';

type Sorted = false | 'asc' | 'desc';

/** A column header that sorts on click or Enter, and tells assistive tech its current order. */
export function SortableTh(props: {
  sorted: Sorted;
  canSort: boolean;
  onToggle: ((event: unknown) => void) | undefined;
  className?: string;
  children: ReactNode;
}) {
  const { sorted } = props;
  return (
    <th
      scope="col"
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
      className={props.className}
    >
      {props.canSort ? (
        <button type="button" className="sort-button" onClick={props.onToggle}>
          {props.children}
          <span aria-hidden="true" className="sort-mark">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
          </span>
        </button>
      ) : (
        props.children
      )}
    </th>
  );
}
