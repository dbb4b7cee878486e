/**
 * A lossless reshaping that makes share links shorter: an array of objects that all have the same
 * keys (components, dependencies, phases, checks...) is stored as its key list once and one array
 * per key. Deflate then sees long runs of like values instead of keys repeated on every item; on a
 * 50 KB plan the link is 10-20 % shorter. Plan objects never have a "~" key (the schema strips
 * unknown keys), so the marker cannot collide.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON text as a value: JSON.parse gives only JSON values (it throws on anything else). */
export const parseJson = (text: string): Json => JSON.parse(text) as Json;

/** Columns of equal length, one per key. */
function isColumns(rows: Json | undefined, count: number): rows is Json[][] {
  if (!Array.isArray(rows) || rows.length !== count) return false;
  const length = Array.isArray(rows[0]) ? rows[0].length : 0;
  return rows.every((column) => Array.isArray(column) && column.length === length);
}

/** Own property even for "__proto__": a crafted link must not be able to set an object's prototype. */
function put(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function toColumns(value: Json): Json {
  if (Array.isArray(value)) {
    const first = value[0];
    if (value.length > 1 && isObject(first)) {
      const keys = Object.keys(first);
      const shape = JSON.stringify(keys);
      if (value.every((item) => isObject(item) && JSON.stringify(Object.keys(item)) === shape)) {
        return {
          '~': keys,
          r: keys.map((key) => value.map((item) => toColumns((isObject(item) ? item[key] : null) ?? null))),
        };
      }
    }
    return value.map(toColumns);
  }
  if (isObject(value)) {
    const out: { [key: string]: Json } = {};
    for (const [key, inner] of Object.entries(value)) put(out, key, toColumns(inner));
    return out;
  }
  return value;
}

export function fromColumns(value: Json): Json {
  if (Array.isArray(value)) return value.map(fromColumns);
  if (!isObject(value)) return value;
  const keys = value['~'];
  const rows = value['r'];
  if (
    Object.keys(value).length === 2 &&
    Array.isArray(keys) &&
    keys.every((k) => typeof k === 'string') &&
    isColumns(rows, keys.length)
  ) {
    const count = rows[0]?.length ?? 0;
    return Array.from({ length: count }, (_, i) => {
      const item: { [key: string]: Json } = {};
      keys.forEach((key, k) => {
        put(item, key, fromColumns(rows[k]?.[i] ?? null));
      });
      return item;
    });
  }
  const out: { [key: string]: Json } = {};
  for (const [key, inner] of Object.entries(value)) put(out, key, fromColumns(inner));
  return out;
}

/**
 * A preset deflate dictionary: the shape and stock wording of a plan (a blank plan in column form,
 * the keys of components, phases, steps and checks, common enum values). Frozen: links tagged "p1."
 * decode with exactly these bytes, so change it only together with a new tag.
 */
export const SHARE_DICTIONARY_P1 =
  '{"~":["id","name","kind","role","ownerTeam","stateful","rows","avgRowBytes"],"r":[' +
  '"table","service","queue","cache","database","migrating","consumer"],' +
  '{"~":["from","to"],"r":[' +
  '{"~":["id","name","owner","kind","plannedStart","durationMinutes","steps","verification","integrityChecks","pausable","deletesSource"],"r":[' +
  '"expand","migrate","contract",{"~":["id","text","sql"],"r":[' +
  '{"~":["id","kind","target","expectedRows","checksumTarget","constraint"],"r":[["row-count","checksum","referential"],' +
  '{"~":["id","kind","environment","date","result","productionLikeData","notes"],"r":[["staging"],["pass"],' +
  '"ALTER TABLE ADD COLUMN CREATE INDEX CONCURRENTLY IF NOT EXISTS UPDATE SET WHERE DROP ",' +
  '{"kind":"migration-plan","formatVersion":1,"id":"x","title":"Untitled migration plan","summary":"","owners":[],"targetDate":null,"createdAt":"1970-01-01T00:00:00.000Z","assessment":{"scope":[],"components":[],"dependencies":[],"downtime":{"kind":"unspecified","windowMinutes":null,"agreedBy":""},"maintenanceWindow":{"start":null,"durationMinutes":null,"offPeak":false},"throughput":{"rowsPerSecond":null,"batchSize":null,"measuredOn":"","productionScaleData":false},"stakeholderNoticeAt":null,"schemaChange":{"description":"","backwardCompatible":"unknown","forwardSql":"","dialect":"postgresql"},"notes":""},' +
  '"strategy":{"deployment":null,"dataApproach":null,"justification":"","rationale":"","reconciliationJob":false,"featureFlagRouting":false,"adr":{"status":"proposed","context":"","decision":"","consequences":"","alternatives":"","deciders":""}},' +
  '"rollback":{"triggers":{"~":["id","ruleId","metric","description","threshold","unit","baselineMode","automatic","enabled"],"r":[["rt-01","rt-02","rt-03","rt-04"],["RT-01","RT-02","RT-03","RT-04"],["error-rate","latency-p99","integrity-check","downstream-failures"],["Error rate exceeds baseline by > 5%.","Latency p99 increases by > 50%.","Data integrity check fails.","Downstream service reports increased failures."],[5,50,null,0],["%","%","","failures/min above baseline"],["relative-percent","relative-percent","absolute","absolute"],[true,true,true,false],[true,true,true,true]]},' +
  '"procedures":{"database":"","services":"","data":"","rollbackScriptsKept":false,"previousArtifactsKept":false,"sourcePreserved":false,"appRollbackIncludesSchema":"unknown","rollbackSql":"","backupLastResort":false},"tests":[],"pointOfNoReturn":{"exists":"unknown","phaseId":null,"approver":"","description":"","communicated":false}},' +
  '"execution":{"checklist":{"~":["id","builtin","label","done","verifiedBy"],"r":[["chk-backups-verified","chk-rollback-tested","chk-monitoring-ready","chk-stakeholders-notified","chk-feature-flags"],["backups-verified","rollback-tested","monitoring-ready","stakeholders-notified","feature-flags"],["Backups verified and restorable.","Rollback procedure tested in staging.","Monitoring dashboards open and alerting configured.","Stakeholders notified of migration window.","Feature flags in place for traffic routing."],[false,false,false,false,false],["","","","",""]]},"phases":[],"soakHours":24,"coordinator":"","crossTeamScheduleConfirmed":false},' +
  '"run":{"status":"not-started","operator":"","startedAt":null,"phases":[],"metrics":[],"rollbacks":[],"stakeholderUpdates":[],"soakStartedAt":null,"completedAt":null,"confirmedCriteria":[]},"auditLog":[]}';
