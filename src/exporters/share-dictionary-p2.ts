/**
 * The preset deflate dictionary of links tagged "p2." (plan format 2): the keys of components, phases,
 * steps, checks, tests and triggers, common enum values and SQL words, and a blank format-2 plan in column
 * form. Frozen: links tagged "p2." decode with exactly these bytes, so change it only with a new tag.
 */
export const SHARE_DICTIONARY_P2 =
  '{"~":["id","name","kind","role","ownerTeam","stateful","rows","avgRowBytes","move","changeSync","rea' +
  'dsPerSecond","writesPerSecond"]}{"~":["from","to"],"r":[{"~":["id","name","owner","kind","plannedSta' +
  'rt","durationMinutes","steps","verification","integrityChecks","pausable","deletesSource","timing","' +
  'rollbackMechanism","rollbackAvailableHours"]}{"~":["id","text","sql"],"r":[{"~":["id","kind","target' +
  '","expectedRows","checksumTarget","constraint"],"r":[{"~":["id","kind","environment","date","result"' +
  ',"productionLikeData","notes"],"r":[{"~":["id","ruleId","metric","description","threshold","unit","b' +
  'aselineMode","automatic","enabled","direction","floor","badSamplesToFire","badSamplesWindow","critic' +
  'al","sampleWindowMinutes","metricKey","baselineSeries"]}["expand","migrate","backfill","sync","verif' +
  'y","cut-over","contract","decommission","unknown","revert-deploy","flag-back","reverse-replication",' +
  '"restore-backup","none","in-place","other-store","replication","dual-write","online","in-window","ta' +
  'ble","service","queue","cache","database","migrating","consumer","target","row-count","checksum","re' +
  'ferential","staging","pass"]"ALTER TABLE ADD COLUMN CREATE INDEX CONCURRENTLY IF NOT EXISTS UPDATE S' +
  'ET WHERE DROP ",{"kind":"migration-plan","formatVersion":2,"id":"x","title":"Untitled migration plan' +
  '","summary":"","owners":[],"targetDate":null,"createdAt":"1970-01-01T00:00:00.000Z","assessment":{"s' +
  'cope":[],"components":[],"dependencies":[],"downtime":{"kind":"unspecified","windowMinutes":null,"ag' +
  'reedBy":""},"maintenanceWindow":{"start":null,"durationMinutes":null,"offPeak":false},"throughput":{' +
  '"rowsPerSecond":null,"batchSize":null,"measuredOn":"","productionScaleData":false},"rollout":{"traff' +
  'icSplit":"unknown","pieceByPiece":"unknown"},"stakeholderNoticeAt":null,"schemaChange":{"description' +
  '":"","backwardCompatible":"unknown","forwardSql":"","dialect":"postgresql","currentSchemaSql":""},"n' +
  'otes":""},"strategy":{"deployment":null,"dataApproach":null,"justification":"","rationale":"","recon' +
  'ciliationJob":false,"featureFlagRouting":false,"adr":{"status":"proposed","context":"","decision":""' +
  ',"consequences":"","alternatives":"","deciders":""}},"rollback":{"triggers":{"~":["id","ruleId","met' +
  'ric","description","threshold","unit","baselineMode","automatic","enabled","direction","floor","badS' +
  'amplesToFire","badSamplesWindow","critical","sampleWindowMinutes","metricKey","baselineSeries"],"r":' +
  '[["rt-01","rt-02","rt-03","rt-04"],["RT-01","RT-02","RT-03","RT-04"],["error-rate","latency-p99","in' +
  'tegrity-check","downstream-failures"],["Error rate exceeds baseline by > 5%.","Latency p99 increases' +
  ' by > 50%.","Data integrity check fails.","Downstream service reports increased failures."],[5,50,nu' +
  'll,0],["%","%","","failures/min above baseline"],["relative-percent","relative-percent","absolute","' +
  'absolute"],[true,true,true,false],[true,true,true,true],["increase","increase","increase","increase"' +
  '],[0.1,20,null,1],[1,1,1,1],[null,null,null,null],[false,false,true,false],[5,5,5,5],["","","",""],[' +
  '[],[],[],[]]]},"traffic":{"requestsPerMinute":null,"canarySharePercent":100,"errorRateBaselinePercen' +
  't":null,"latencyP50Ms":null,"latencyP99Ms":null,"downstreamFailuresPerMinute":null},"procedures":{"d' +
  'atabase":"","services":"","data":"","rollbackScriptsKept":false,"previousArtifactsKept":false,"sourc' +
  'ePreserved":false,"appRollbackIncludesSchema":"unknown","rollbackSql":"","backupLastResort":false},"' +
  'tests":[],"pointOfNoReturn":{"exists":"unknown","phaseId":null,"approver":"","description":"","commu' +
  'nicated":false}},"execution":{"checklist":{"~":["id","builtin","label","done","verifiedBy"],"r":[["c' +
  'hk-backups-verified","chk-rollback-tested","chk-monitoring-ready","chk-stakeholders-notified","chk-f' +
  'eature-flags"],["backups-verified","rollback-tested","monitoring-ready","stakeholders-notified","fea' +
  'ture-flags"],["Backups verified and restorable.","Rollback procedure tested in staging.","Monitoring' +
  ' dashboards open and alerting configured.","Stakeholders notified of migration window.","Feature fla' +
  'gs in place for traffic routing."],[false,false,false,false,false],["","","","",""]]},"phases":[],"s' +
  'oakHours":24,"coordinator":"","crossTeamScheduleConfirmed":false},"run":{"status":"not-started","ope' +
  'rator":"","startedAt":null,"phases":[],"metrics":[],"rollbacks":[],"stakeholderUpdates":[],"triggerH' +
  'alts":[],"soakStartedAt":null,"completedAt":null,"confirmedCriteria":[]},"auditLog":[]}';
