import type { ReactNode } from 'react';

/** Stable DOM id for a plan field path, so findings can move focus to the field they name. */
export const fieldId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9_-]+/g, '-')}`;

export function Field(props: {
  path: string;
  label: string;
  help?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  wide?: boolean;
}) {
  const id = fieldId(props.path);
  return (
    <div
      className={`field${props.wide ? ' field-wide' : ''}${props.error ? ' field-invalid' : ''}`}
      data-path={props.path}
    >
      <label htmlFor={id}>{props.label}</label>
      {props.children}
      {props.help ? (
        <p className="field-help" id={`${id}-help`}>
          {props.help}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** aria attributes that tie an input to its help and error text. */
export function describedBy(path: string, opts: { help?: boolean; error?: string | undefined }) {
  const id = fieldId(path);
  const ids = [opts.help ? `${id}-help` : null, opts.error ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    'aria-invalid': opts.error ? true : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}
