import type { ReactNode } from 'react';

/** Stable DOM id for a plan field path, so findings can move focus to the field they name. */
export const fieldId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9_-]+/g, '-')}`;

/** The attributes that tie a control to its help and its message, by the control's id. */
export type ControlWiring = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

function wiring(id: string, opts: { help?: boolean; error?: string | null | undefined }): ControlWiring {
  const ids = [opts.help ? `${id}-help` : null, opts.error ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    'aria-invalid': opts.error ? true : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}

/** aria attributes that tie the input of a plan field to its help and error text. */
export const describedBy = (path: string, opts: { help?: boolean; error?: string | undefined }) =>
  wiring(fieldId(path), opts);

/** Where a field is (a plan path, or the form's own id) and the words around its control. */
export type FieldFrame = ({ path: string; id?: undefined } | { id: string; path?: undefined }) & {
  label: string;
  help?: ReactNode;
  error?: string | null | undefined;
  wide?: boolean;
};

/**
 * A labelled field: a plan field (by `path`: its id is the path's, and findings and the save status find
 * it by it) or a form's own (by `id`). The control is given as a function of its wiring (id,
 * aria-invalid, aria-describedby), so that the label, help and message are said once.
 */
export function Field(props: FieldFrame & { children: (wired: ControlWiring) => ReactNode }) {
  const id = props.path === undefined ? props.id : fieldId(props.path);
  return (
    <div
      className={`field${props.wide ? ' field-wide' : ''}${props.error ? ' field-invalid' : ''}`}
      data-path={props.path}
    >
      <label htmlFor={id}>{props.label}</label>
      {props.children(wiring(id, { help: Boolean(props.help), error: props.error }))}
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

/**
 * A field whose control names itself (an inline cell with its own aria-label, the whole row's words):
 * the words above it are a caption, not a label, and the help under it.
 */
export function CaptionedField(props: {
  caption: string;
  help?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`field${props.wide ? ' field-wide' : ''}`}>
      <span className="field-label">{props.caption}</span>
      {props.children}
      {props.help ? <span className="field-help">{props.help}</span> : null}
    </div>
  );
}

/**
 * A label and its control side by side, as in a one-line form (`hidden`: the label is for screen readers
 * only, where the placeholder and the row say what the control is).
 */
export function Labelled(props: {
  id: string;
  label: ReactNode;
  hidden?: boolean;
  children: (id: string) => ReactNode;
}) {
  return (
    <>
      <label htmlFor={props.id} className={props.hidden ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.children(props.id)}
    </>
  );
}
