import { VERIFY_TYPE_CLASSES, type SqlDialect, type VerifyTypeClass } from '../domain';

const PG: Record<string, VerifyTypeClass> = {
  smallint: 'integer',
  integer: 'integer',
  bigint: 'integer',
  boolean: 'boolean',
  numeric: 'decimal',
  real: 'float',
  'double precision': 'float',
  'character varying': 'text',
  character: 'text',
  text: 'text',
  name: 'text',
  '"char"': 'text',
  uuid: 'uuid',
  bytea: 'binary',
  date: 'date',
  'timestamp without time zone': 'timestamp',
  'timestamp with time zone': 'timestamptz',
  'time without time zone': 'time',
  json: 'json',
  jsonb: 'json',
};

const MYSQL: Record<string, VerifyTypeClass> = {
  tinyint: 'integer',
  smallint: 'integer',
  mediumint: 'integer',
  int: 'integer',
  integer: 'integer',
  bigint: 'integer',
  year: 'integer',
  bit: 'integer',
  bool: 'boolean',
  boolean: 'boolean',
  decimal: 'decimal',
  numeric: 'decimal',
  float: 'float',
  double: 'float',
  real: 'float',
  char: 'text',
  varchar: 'text',
  tinytext: 'text',
  text: 'text',
  mediumtext: 'text',
  longtext: 'text',
  enum: 'text',
  set: 'text',
  uuid: 'uuid',
  binary: 'binary',
  varbinary: 'binary',
  tinyblob: 'binary',
  blob: 'binary',
  mediumblob: 'binary',
  longblob: 'binary',
  date: 'date',
  datetime: 'timestamp',
  timestamp: 'timestamptz',
  time: 'time',
  json: 'json',
};

/**
 * The class of a column from what the catalog printed. PostgreSQL reports enums and extension types
 * (citext) as USER-DEFINED: an enum (typtype e) and citext compare as text; anything unknown is 'other'
 * and is hashed from the database's own text form.
 */
export function typeClassOf(
  dialect: SqlDialect,
  dataType: string,
  udtName = '',
  pgTypType = '',
): VerifyTypeClass {
  const t = dataType.trim().toLowerCase();
  if (dialect === 'postgresql') {
    if (t === 'user-defined') return pgTypType === 'e' || udtName === 'citext' ? 'text' : 'other';
    return PG[t] ?? 'other';
  }
  return MYSQL[t] ?? 'other';
}

/** Classes whose canonical text is the same in both dialects for the same value: all but JSON and the rest. */
export const PORTABLE: ReadonlySet<VerifyTypeClass> = new Set(
  VERIFY_TYPE_CLASSES.filter((c) => c !== 'json' && c !== 'other'),
);

/** Classes whose canonical texts agree with each other for the same value (an int key against a bool). */
export function compatibleClasses(a: VerifyTypeClass, b: VerifyTypeClass): boolean {
  if (a === b) return true;
  const group = (c: VerifyTypeClass) =>
    c === 'integer' || c === 'boolean'
      ? 'int'
      : c === 'text' || c === 'uuid'
        ? 'text'
        : c === 'timestamp' || c === 'timestamptz'
          ? 'ts'
          : c;
  return group(a) === group(b);
}
