import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { NOW, planWith } from './testing/ready-plan';

describe('strategy and data approach', () => {
  it('ranks all five strategies with reasons that cite rules', () => {
    const e = evaluate(
      planWith(() => {}),
      { now: NOW },
    );
    expect(e.strategy.ranked.map((r) => r.strategy)).toEqual([
      'canary',
      'blue-green',
      'strangler-fig',
      'rolling',
      'big-bang',
    ]);
    // The decision table's row leads (traffic can be split), then DC-02, which names canary too.
    expect(e.strategy.ranked[0]?.reasons.slice(0, 2).map((r) => r.ruleId)).toEqual(['ST-10', 'DC-02']);
    expect(e.strategy.ruleIds).toEqual(['ST-10', 'DC-02']);
  });

  it('without a traffic split, zero downtime on a stateful system is blue-green (DC-02), not canary', () => {
    const e = evaluate(
      planWith((p) => {
        p.assessment.rollout.trafficSplit = 'unknown';
        p.strategy.featureFlagRouting = false;
      }),
      { now: NOW },
    );
    expect(e.strategy.recommended).toBe('blue-green');
    expect(e.strategy.ruleIds[0]).toBe('DC-02');
    // Feature flags that already route traffic gradually split it, when nobody said otherwise.
    const flagged = evaluate(
      planWith((p) => {
        p.assessment.rollout.trafficSplit = 'unknown';
      }),
      { now: NOW },
    );
    expect(flagged.strategy.recommended).toBe('canary');
    const said = evaluate(
      planWith((p) => {
        p.assessment.rollout.trafficSplit = 'no';
      }),
      { now: NOW },
    );
    expect(said.strategy.recommended).toBe('blue-green');
  });

  it('assumes zero downtime while it is unspecified, and says so', () => {
    const e = evaluate(
      planWith((p) => {
        p.assessment.downtime.kind = 'unspecified';
      }),
      { now: NOW },
    );
    expect(e.strategy.recommended).toBe('canary');
    expect(e.strategy.ranked[0]?.reasons.find((r) => r.ruleId === 'DC-02')?.text).toContain(
      'assumed until the downtime tolerance is agreed',
    );
  });

  it('a different choice is a warning asking for justification, info once justified, never a blocker', () => {
    const differ = planWith((p) => {
      p.strategy.deployment = 'big-bang';
    });
    const w = evaluate(differ, { now: NOW }).findings.find((f) => f.path === 'strategy.deployment');
    expect(w).toMatchObject({ ruleId: 'ST-10', severity: 'warning' });
    expect(w?.message).toContain('Big bang | Downtime: Yes');
    const justified = planWith((p) => {
      p.strategy.deployment = 'big-bang';
      p.strategy.justification = 'Read-only table.';
    });
    const i = evaluate(justified, { now: NOW });
    expect(i.findings.find((f) => f.path === 'strategy.justification')?.severity).toBe('info');
    expect(i.strategy.differs).toBe(true);
    expect(i.readiness.ready).toBe(true);
  });

  it('no data at all means no data approach', () => {
    const e = evaluate(
      planWith((p) => {
        p.assessment.components = p.assessment.components.filter((c) => c.kind === 'service');
        p.assessment.scope = ['service'];
        p.assessment.schemaChange = {
          description: '',
          backwardCompatible: 'unknown',
          forwardSql: '',
          dialect: 'postgresql',
          currentSchemaSql: '',
          tableStats: '',
        };
        p.strategy.dataApproach = null;
      }),
      { now: NOW },
    );
    expect(e.dataApproach.recommended).toBe('none');
    expect(e.findings.some((f) => f.path === 'strategy.dataApproach')).toBe(false);
  });

  it('a large table changed in place stays expand-contract (batched, DC-04); moved offline in a window it is snapshot-and-replay', () => {
    const big = (p: Parameters<Parameters<typeof planWith>[0]>[0]) => {
      p.assessment.components[0]!.rows = 300_000_000;
      p.assessment.throughput.batchSize = null;
      p.assessment.downtime.kind = 'scheduled-window';
    };
    const inPlace = evaluate(planWith(big), { now: NOW });
    expect(inPlace.dataApproach.recommended).toBe('expand-contract');
    expect(inPlace.findings.find((f) => f.ruleId === 'DC-04')?.remedy).toContain('batch');
    const moved = evaluate(
      planWith((p) => {
        big(p);
        p.assessment.components[0]!.move = 'other-engine';
        p.assessment.components[0]!.changeSync = 'none';
      }),
      { now: NOW },
    );
    expect(moved.dataApproach.recommended).toBe('snapshot-replay');
    expect(moved.dataApproach.ruleIds).toEqual(['DA-08', 'DC-04']);
  });

  it('local rehearsal counts for GR-08 but not for GR-01', () => {
    const e = evaluate(
      planWith((p) => {
        p.rollback.tests[0]!.kind = 'local-rehearsal';
      }),
      { now: NOW },
    );
    expect(e.findings.find((f) => f.ruleId === 'GR-01')?.severity).toBe('blocker');
    const gr08 = e.findings.find((f) => f.ruleId === 'GR-08');
    expect(gr08).toMatchObject({ severity: 'info', path: 'rollback.tests[0]' });
    expect(gr08?.message).toContain('does not replace the staging test');
  });

  it('GR-07 accepts exactly 48 h of notice and explains a missing notice that is already too late', () => {
    const exact = planWith((p) => {
      p.assessment.stakeholderNoticeAt = '2026-12-08T01:00:00.000Z';
    });
    expect(
      evaluate(exact, { now: new Date('2026-12-09T00:00:00Z') }).findings.some((f) => f.ruleId === 'GR-07'),
    ).toBe(false);
    const none = planWith((p) => {
      p.assessment.stakeholderNoticeAt = null;
    });
    const late = evaluate(none, { now: new Date('2026-12-09T00:00:00Z') }).findings.find(
      (f) => f.ruleId === 'GR-07',
    );
    expect(late?.message).toContain('already less than 48 h');
  });
  it('judges a big bang under a 5-minute tolerance by what it copies, not by what the system holds', () => {
    const bigBang = (rows: number, inPlaceUpgrade: boolean) => {
      const e = evaluate(
        planWith((p) => {
          p.assessment.downtime = { kind: 'under-5-min', windowMinutes: null, agreedBy: 'CTO' };
          const db = p.assessment.components[0]!;
          db.rows = rows;
          if (inPlaceUpgrade) {
            // A version upgrade in place: no schema change, nothing copied.
            p.assessment.scope = ['infrastructure'];
            p.assessment.schemaChange = { ...p.assessment.schemaChange, description: '', forwardSql: '' };
          }
        }),
        { now: NOW },
      );
      return e.strategy.ranked.find((r) => r.strategy === 'big-bang')?.reasons.map((r) => r.text) ?? [];
    };
    expect(bigBang(300_000_000, false)).toContain(
      'A big bang copying 300,000,000 rows will not finish within 5 minutes.',
    );
    const upgrade = bigBang(300_000_000, true);
    expect(upgrade.some((t) => t.includes('within 5 minutes'))).toBe(false);
    // The system is still large: that reason stays, said of what it holds.
    expect(upgrade).toContain('Big bang is best for small systems; this one holds 300,000,000 rows.');
  });
  it('says "no application change" of a replicated copy only when the plan declares none', () => {
    const approach = (compatible: 'yes' | 'no') =>
      evaluate(
        planWith((p) => {
          const db = p.assessment.components[0]!;
          db.move = 'other-store';
          db.changeSync = 'replication';
          p.assessment.schemaChange.backwardCompatible = compatible;
        }),
        { now: NOW },
      ).dataApproach;
    const da07 = (compatible: 'yes' | 'no') =>
      approach(compatible).reasons.find((r) => r.ruleId === 'DA-07')?.text ?? '';
    expect(approach('yes').recommended).toBe('snapshot-replay');
    expect(da07('yes')).toContain('No application change is needed.');
    expect(da07('no')).not.toContain('No application change is needed.');
    expect(da07('no')).toContain('the incompatible change must ship before the switch');
  });
  it('rolls an in-place upgrade through replicas only where the versions replicate, and says so', () => {
    const upgrade = (dialect: 'mysql' | 'postgresql') =>
      evaluate(
        planWith((p) => {
          p.assessment.scope = ['infrastructure'];
          p.assessment.schemaChange = {
            ...p.assessment.schemaChange,
            description: '',
            forwardSql: '',
            dialect,
          };
        }),
        { now: NOW },
      );
    const reason = (dialect: 'mysql' | 'postgresql', id: string) =>
      [
        ...upgrade(dialect).strategy.ranked.flatMap((r) => r.reasons),
        ...upgrade(dialect).dataApproach.reasons,
      ].find((r) => r.ruleId === id)?.text ?? '';
    expect(upgrade('mysql').strategy.ruleIds).toContain('ST-09');
    expect(reason('mysql', 'ST-09')).not.toContain('PostgreSQL');
    expect(reason('postgresql', 'ST-09')).toContain(
      'its physical replicas cannot follow a primary of another major version',
    );
    expect(reason('postgresql', 'DA-05')).toContain('pg_upgrade on a copy, or logical replication');
  });
});
