import { describe, expect, it } from 'vitest';
import { AFTER_SWITCH_KINDS } from '../../domain';
import { AFTER_SWITCH } from './run-state';

describe('the soak gate on migration day', () => {
  it('holds back the same phase kinds as the engine (domain AFTER_SWITCH_KINDS)', () => {
    expect([...AFTER_SWITCH].sort()).toEqual([...AFTER_SWITCH_KINDS].sort());
  });
});
