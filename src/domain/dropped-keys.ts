import { closestMatch } from 'leven';
import { z } from 'zod';

/** A key of a plan file that is not part of the plan format, so the load dropped it. */
export interface DroppedKey {
  /** Where it was, e.g. "assessment.componnets" or "execution.phases[2].ownr". */
  path: string;
  key: string;
  /** The known key at that place it most likely meant (a misspelling), or null. */
  suggestion: string | null;
}

/** At most this many are listed; a file of nothing but unknown keys is refused for other reasons anyway. */
export const MAX_DROPPED_LISTED = 200;

const childPath = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** The known key a misspelt one most likely meant: a case slip, or a few letters off for its length. */
export function likelyKey(key: string, known: readonly string[]): string | null {
  const lower = key.toLowerCase();
  const sameLetters = known.find((k) => k.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  // One edit in a key of up to three letters, else two or a third of its letters: "ownr", "titel".
  const maxDistance = key.length <= 3 ? 1 : Math.max(2, Math.floor(key.length / 3));
  return closestMatch(key, known, { maxDistance }) ?? null;
}

/** The schema under wrappers that do not change which keys an object knows (default, nullable, pipe...). */
function unwrap(schema: z.ZodType): z.core.$ZodTypeDef {
  let def = schema._zod.def;
  for (let i = 0; i < 20; i += 1) {
    if ('innerType' in def && def.innerType instanceof z.ZodType) def = def.innerType._zod.def;
    else if (def.type === 'pipe' && 'in' in def && def.in instanceof z.ZodType) def = def.in._zod.def;
    else if (def.type === 'lazy' && 'getter' in def && typeof def.getter === 'function')
      def = (def.getter as () => z.ZodType)()._zod.def;
    else break;
  }
  return def;
}

/** The keys an object schema knows, each with its schema; for a union, every object option's keys. */
function shapeOf(def: z.core.$ZodTypeDef): Record<string, z.ZodType> | null {
  if (def.type === 'object' && 'shape' in def) {
    // An object that keeps unknown keys (catchall other than never) drops nothing.
    const catchall =
      'catchall' in def && def.catchall instanceof z.ZodType ? def.catchall._zod.def.type : null;
    return catchall !== null && catchall !== 'never' ? null : (def.shape as Record<string, z.ZodType>);
  }
  if (def.type === 'union' && 'options' in def && Array.isArray(def.options)) {
    const shapes = (def.options as z.ZodType[]).map((o) => shapeOf(unwrap(o)));
    if (shapes.some((sh) => sh === null)) return null;
    return Object.assign({}, ...shapes.reverse()) as Record<string, z.ZodType>;
  }
  return null;
}

/** What the walk needs of a schema, worked out once per schema object: a plan walk visits thousands. */
type Node =
  | { kind: 'object'; shape: Record<string, z.ZodType>; known: string[] }
  | { kind: 'array'; element: z.ZodType }
  | { kind: 'record'; value: z.ZodType }
  | { kind: 'leaf' };

const nodes = new WeakMap<z.ZodType, Node>();

function nodeOf(schema: z.ZodType): Node {
  const cached = nodes.get(schema);
  if (cached) return cached;
  const def = unwrap(schema);
  const shape = shapeOf(def);
  const node: Node =
    shape !== null
      ? { kind: 'object', shape, known: Object.keys(shape) }
      : def.type === 'array' && 'element' in def && def.element instanceof z.ZodType
        ? { kind: 'array', element: def.element }
        : def.type === 'record' && 'valueType' in def && def.valueType instanceof z.ZodType
          ? { kind: 'record', value: def.valueType }
          : { kind: 'leaf' };
  nodes.set(schema, node);
  return node;
}

/**
 * Keys of a plan file that its schema does not know, so the load drops them: found by walking the file
 * along the schema, object by object and item by item. It reads only as deep as the plan's own structure,
 * never into a dropped value, and works on files that fail validation too (a misspelt required key).
 */
export function droppedKeys(input: unknown, schema: z.ZodType): DroppedKey[] {
  const found: DroppedKey[] = [];
  // The path as a chain of links, written out only for a dropped key: most of a plan is never reported.
  type Link = { up: Link | null; step: string | number } | null;
  const format = (link: Link): string =>
    link === null
      ? ''
      : typeof link.step === 'number'
        ? `${format(link.up)}[${link.step}]`
        : childPath(format(link.up), link.step);
  const walk = (value: unknown, type: z.ZodType, at: Link) => {
    if (found.length >= MAX_DROPPED_LISTED || typeof value !== 'object' || value === null) return;
    const node = nodeOf(type);
    if (Array.isArray(value)) {
      if (node.kind === 'array') value.forEach((item, i) => walk(item, node.element, { up: at, step: i }));
      return;
    }
    const record = value as Record<string, unknown>;
    if (node.kind === 'record') {
      for (const key of Object.keys(record)) walk(record[key], node.value, { up: at, step: key });
      return;
    }
    if (node.kind !== 'object') return;
    for (const key of Object.keys(record)) {
      const child = Object.hasOwn(node.shape, key) ? node.shape[key] : undefined;
      if (child) walk(record[key], child, { up: at, step: key });
      else if (found.length < MAX_DROPPED_LISTED)
        found.push({ path: format({ up: at, step: key }), key, suggestion: likelyKey(key, node.known) });
    }
  };
  walk(input, schema, null);
  return found;
}

/** One line per dropped key, for the import message and the CLI. */
export function describeDropped(d: DroppedKey): string {
  return d.suggestion === null
    ? `${d.path}: not part of a plan, ignored`
    : `${d.path}: not part of a plan, ignored (did you mean "${d.suggestion}"?)`;
}
