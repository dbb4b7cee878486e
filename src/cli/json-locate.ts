import { findNodeAtLocation, parseTree, type Node, type Segment } from 'jsonc-parser';

export type Location = {
  /** 1-based line and column of the field's key (or of the array item) in the file. */
  line: number;
  column: number;
  /** The path that was found: the finding's own, or its nearest ancestor present in the file. */
  foundPath: string;
  exact: boolean;
};

/** `execution.phases[1].integrityChecks` -> ['execution', 'phases', 1, 'integrityChecks']. */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined) out.push(m[2]);
  }
  return out;
}

const joinPath = (segments: readonly Segment[]): string =>
  segments.reduce<string>(
    (out, s) => (typeof s === 'number' ? `${out}[${s}]` : out === '' ? s : `${out}.${s}`),
    '',
  );

/**
 * Finds where a finding's field path is in the plan file, so a CI annotation points at the line.
 * A field the file leaves out (the load pipeline filled its default) is pointed at through its
 * nearest ancestor that the file has; the document itself is line 1.
 */
export function createLocator(text: string): (path: string) => Location {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const root = parseTree(body, [], { disallowComments: true });
  const lineStarts = [0];
  for (let i = 0; i < body.length; i += 1) if (body.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
  return (path) => {
    const segments = pathSegments(path);
    for (let n = segments.length; n >= 0; n -= 1) {
      const node: Node | undefined = root ? findNodeAtLocation(root, segments.slice(0, n)) : undefined;
      if (!node) continue;
      // A property's key is where a reader looks ("rows": 12), not its value.
      const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return { ...position(at), foundPath: joinPath(segments.slice(0, n)), exact: n === segments.length };
    }
    return { line: 1, column: 1, foundPath: '', exact: segments.length === 0 };
  };
}
