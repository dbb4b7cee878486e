import type { ReactNode } from 'react';
import { fieldId } from './field';

/**
 * A card for one part of the plan (`path`), named by its heading. A finding about the part, or about a
 * row in it that is gone, moves focus to the card itself (`focusable`: its id is the path's).
 * `count` follows the heading, quieter (how many rows, how many done); `actions` stand beside it.
 */
export function PlanSection(props: {
  path: string;
  headingId: string;
  heading: ReactNode;
  count?: ReactNode;
  focusable?: boolean;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const heading = (
    <h2 id={props.headingId}>
      {props.heading}
      {props.count === undefined ? null : (
        <>
          {' '}
          <span className="muted">{props.count}</span>
        </>
      )}
    </h2>
  );
  return (
    <section
      className={props.className ?? 'card'}
      aria-labelledby={props.headingId}
      data-path={props.path}
      id={props.focusable ? fieldId(props.path) : undefined}
      tabIndex={props.focusable ? -1 : undefined}
    >
      {props.actions ? (
        <div className="card-head">
          {heading}
          {props.actions}
        </div>
      ) : (
        heading
      )}
      {props.children}
    </section>
  );
}
