import { describe, expect, it } from 'vitest';
import { pathPrefixes, stepForPath } from './focus-field';

describe('finding paths', () => {
  it('maps a field path to the step that edits it', () => {
    expect(stepForPath('assessment.components[3].rows')).toBe('assessment');
    expect(stepForPath('rollback.tests')).toBe('rollback');
    expect(stepForPath('execution.phases[0].integrityChecks')).toBe('execution');
    expect(stepForPath('title')).toBeNull();
  });
  it('walks from the field to its enclosing sections', () => {
    expect(pathPrefixes('execution.phases[1].integrityChecks')).toEqual([
      'execution.phases[1].integrityChecks',
      'execution.phases[1]',
      'execution.phases',
      'execution',
    ]);
  });
});
