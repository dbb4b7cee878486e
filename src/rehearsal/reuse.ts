import type { Db } from './types';

/**
 * A warm worker's database, emptied for the next rehearsal instead of booting a new one (a boot is
 * most of a small rehearsal's time). Emptying drops every user schema; what lives outside schemas
 * (roles, databases, extensions, publications, event triggers, foreign data wrappers, languages,
 * casts) is compared with how it was after the boot, and any difference means "boot a fresh one".
 */
const GLOBALS_SQL = `SELECT concat_ws('|',
  (SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles),
  (SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database),
  (SELECT string_agg(extname || extversion, ',' ORDER BY extname) FROM pg_extension),
  (SELECT count(*) FROM pg_publication), (SELECT count(*) FROM pg_event_trigger),
  (SELECT count(*) FROM pg_foreign_data_wrapper), (SELECT count(*) FROM pg_foreign_server),
  (SELECT count(*) FROM pg_language), (SELECT count(*) FROM pg_cast),
  (SELECT count(*) FROM pg_tablespace)) AS g`;

export async function globalsFingerprint(db: Db): Promise<string> {
  return (await db.query<{ g: string }>(GLOBALS_SQL)).rows[0]?.g ?? '';
}

/** Drops every schema but the system ones, then makes an empty public schema, as a fresh database has. */
export async function dropUserSchemas(db: Db): Promise<void> {
  const schemas = await db.query<{ s: string }>(
    `SELECT quote_ident(nspname) AS s FROM pg_namespace
     WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`,
  );
  for (const { s } of schemas.rows) await db.exec(`DROP SCHEMA ${s} CASCADE`);
  await db.exec('CREATE SCHEMA public');
}

/** Empties the database for reuse; false when something outside the schemas changed (boot afresh). */
export async function resetForReuse(db: Db, baseline: string): Promise<boolean> {
  try {
    await db.exec('ROLLBACK');
    await db.exec('DISCARD ALL');
    await dropUserSchemas(db);
    return (await globalsFingerprint(db)) === baseline;
  } catch {
    return false;
  }
}
