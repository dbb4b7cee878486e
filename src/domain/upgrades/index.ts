import { PLAN_FORMAT_VERSION } from '../format';
import { v1ToV2 } from './v1-to-v2';

/** A pure step from format version `from` to `from + 1`, on raw JSON (before validation). */
export type Upgrade = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Keyed by the version each step upgrades *from*. Append only: a released format is never edited.
 * A test checks that every version below PLAN_FORMAT_VERSION has a step and a fixture.
 */
export const UPGRADES: Readonly<Record<number, Upgrade>> = { 1: v1ToV2 };

export function upgradeToCurrent(
  doc: Record<string, unknown>,
  fromVersion: number,
): { doc: Record<string, unknown>; steps: number } | { error: string } {
  let current = doc;
  let steps = 0;
  for (let version = fromVersion; version < PLAN_FORMAT_VERSION; version += 1) {
    const step = UPGRADES[version];
    if (!step) return { error: `no upgrade from format version ${version} to ${version + 1}` };
    current = { ...step(current), formatVersion: version + 1 };
    steps += 1;
  }
  return { doc: current, steps };
}
