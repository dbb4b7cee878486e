import { z } from 'zod';
import cases from '../fixtures/case-expectations.json';
import { CaseExpectation } from './case-checks';

/**
 * ../shared/cases/*.md, one entry per case: the accepted sets, the "should raise" items as rule ids
 * (any of an entry's ids cites it: "(GR-08, DC-08/09)" is met by GR-08 on a plan with no rollback
 * test yet), and the "must NOT say" items as structural checks (case-checks.ts), kept as data in
 * fixtures/case-expectations.json and read through the schema here, so a typo fails the tests. The plans
 * in fixtures/cases hold only what the architect knew before, with no strategy or approach chosen.
 */
export const CASES: readonly CaseExpectation[] = z.array(CaseExpectation).min(1).parse(cases);
