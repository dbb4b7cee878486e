import type { Node } from 'libpg-query';
import { defElemNames, unwrap } from './pg-ast';
import { strongerLock } from './lock-modes';
import type { LockMode } from './types';

/**
 * The table lock each statement takes even when it is safe (PostgreSQL's AlterTableGetLockLevel and
 * the lock table in the docs' "Explicit Locking"), so the rehearsal can confirm a brief ACCESS
 * EXCLUSIVE that no rule warns about. The strongest lock over an ALTER TABLE's subcommands.
 */

const SHARE_UPDATE_EXCLUSIVE = new Set([
  'AT_SetStatistics',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_SetOptions',
  'AT_ResetOptions',
  'AT_ValidateConstraint',
  'AT_AttachPartition',
]);
const SHARE_ROW_EXCLUSIVE = new Set([
  'AT_EnableTrig',
  'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig',
  'AT_EnableTrigAll',
  'AT_EnableTrigUser',
  'AT_DisableTrig',
  'AT_DisableTrigAll',
  'AT_DisableTrigUser',
]);

function alterTableLock(stmt: Node | undefined): LockMode | null {
  const alter = unwrap(stmt, 'AlterTableStmt');
  if (alter === undefined) return null;
  let lock: LockMode | null = null;
  for (const node of alter.cmds ?? []) {
    const cmd = unwrap(node, 'AlterTableCmd');
    const subtype = cmd?.subtype ?? '';
    let mode: LockMode = 'ACCESS EXCLUSIVE';
    if (SHARE_UPDATE_EXCLUSIVE.has(subtype)) mode = 'SHARE UPDATE EXCLUSIVE';
    else if (SHARE_ROW_EXCLUSIVE.has(subtype)) mode = 'SHARE ROW EXCLUSIVE';
    else if (subtype === 'AT_DetachPartition' && unwrap(cmd?.def, 'PartitionCmd')?.concurrent === true)
      mode = 'SHARE UPDATE EXCLUSIVE';
    else if (subtype === 'AT_AddConstraint' && unwrap(cmd?.def, 'Constraint')?.contype === 'CONSTR_FOREIGN')
      mode = 'SHARE ROW EXCLUSIVE';
    lock = strongerLock(lock, mode);
  }
  return lock;
}

export function statementLock(stmt: Node | undefined): LockMode | null {
  if (unwrap(stmt, 'AlterTableStmt') !== undefined) return alterTableLock(stmt);
  const index = unwrap(stmt, 'IndexStmt');
  if (index !== undefined) return index.concurrent === true ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE';
  const drop = unwrap(stmt, 'DropStmt');
  if (drop !== undefined) return drop.concurrent === true ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE';
  const reindex = unwrap(stmt, 'ReindexStmt');
  if (reindex !== undefined) {
    if (defElemNames(reindex.params).includes('concurrently')) return 'SHARE UPDATE EXCLUSIVE';
    return reindex.kind === 'REINDEX_OBJECT_TABLE' ? 'SHARE' : 'ACCESS EXCLUSIVE';
  }
  const vacuum = unwrap(stmt, 'VacuumStmt');
  if (vacuum !== undefined)
    return defElemNames(vacuum.options).includes('full') ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE';
  const refresh = unwrap(stmt, 'RefreshMatViewStmt');
  if (refresh !== undefined) return refresh.concurrent === true ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE';
  if (unwrap(stmt, 'UpdateStmt') || unwrap(stmt, 'DeleteStmt') || unwrap(stmt, 'InsertStmt'))
    return 'ROW EXCLUSIVE';
  if (unwrap(stmt, 'CreateTrigStmt') !== undefined) return 'SHARE ROW EXCLUSIVE';
  if (unwrap(stmt, 'ClusterStmt') || unwrap(stmt, 'TruncateStmt') || unwrap(stmt, 'CreatePolicyStmt'))
    return 'ACCESS EXCLUSIVE';
  const rename = unwrap(stmt, 'RenameStmt');
  if (rename !== undefined)
    return rename.renameType === 'OBJECT_INDEX' ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE';
  return null;
}
