import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLIST, defaultTriggers, loadPlanText, PLAN_FORMAT_VERSION } from '../../domain';
import { evaluate } from '../../engine';
import { exportPlanJson } from '../../exporters/plan-json';
import { CATALOG_FILE, renderTemplates, TEMPLATES_DIR } from '../../tooling/write-templates';
import { analysePlanSql } from '../sql-hook';
import { EMBEDDED_TEMPLATE_FILES, parseTemplateCatalog } from './index';

const NOW = new Date('2026-12-05T00:00:00Z');

/**
 * A template whose intended strategy or approach the engine does not recommend from its facts, with why
 * the template's choice is still the right one. Every other template must get the recommendation.
 */
const ENGINE_DIFFERS: Record<string, string> = {
  // The decision table's DC-01 (zero downtime, nothing stateful: rolling) comes before ST-10 (traffic
  // can be split: canary), so no stateless plan can reach canary, whatever its rollout says.
  'api-version-canary':
    'Two protocol versions run side by side for weeks and each call is routed to one of them by a percentage flag that goes back to 0% in seconds; a rolling update replaces one version of a binary with another and cannot hold the old contract for the consumers that have not moved.',
};

/** Warnings a template may have beyond GR-07 (no dates in a template), with the reason. */
const EXTRA_WARNINGS: Record<string, string[]> = {
  // 800M rows and no batch size: logical replication's initial sync copies each table with one COPY
  // in one transaction, so there is no row batch to set, and the warning about a long copy holding the
  // source's snapshot is one the DBA should read. The SQL analysis warns, rightly, that a publication
  // makes UPDATE and DELETE fail on tables without a replica identity (the prepare phase lists them)
  // and that a subscription keeps a slot whose WAL piles up while it is behind (a trigger watches it).
  'logical-replication-move': ['DC-04', 'PG-055', 'PG-056'],
};

const file = (name: string) => readFileSync(join(TEMPLATES_DIR, name), 'utf8');
const catalog = parseTemplateCatalog(JSON.parse(file(CATALOG_FILE)));
if (!catalog.ok) throw new Error(`${CATALOG_FILE}: ${catalog.issues.join('; ')}`);
const TEMPLATES = catalog.templates;

describe('public/templates', () => {
  it('holds the catalog and exactly the plan files it lists, those the CLI embeds', () => {
    const listed = TEMPLATES.map((t) => t.file).sort();
    expect(readdirSync(TEMPLATES_DIR).sort()).toEqual([CATALOG_FILE, ...listed].sort());
    expect(Object.keys(EMBEDDED_TEMPLATE_FILES).sort()).toEqual(listed);
  });

  it('is in the current format, as the plan exporter writes it (run `npm run templates` after a format bump)', () => {
    const rendered = renderTemplates();
    if (!rendered.ok) throw new Error(rendered.errors.join('\n'));
    expect([...rendered.files.keys()].sort()).toEqual(readdirSync(TEMPLATES_DIR).sort());
    for (const [name, text] of rendered.files) expect(file(name), name).toBe(text);
  });

  it('lists eight templates, each with a name and a one-line description', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'postgres-expand-contract',
      'mysql-gh-ost',
      'logical-replication-move',
      'datastore-dual-write',
      'stateless-rolling-upgrade',
      'api-version-canary',
      'strangler-fig-decomposition',
      'weekend-big-bang',
    ]);
    for (const t of TEMPLATES) expect(t.description).toMatch(/^[^\n]{40,240}$/);
  });
});

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (id, entry) => {
  const text = file(entry.file);
  const loaded = loadPlanText(text);
  if (!loaded.ok) throw new Error(`${id}: ${loaded.error.message}`);
  const plan = loaded.plan;

  it('is a plan file of the current format, canonical, with every key part of the format', () => {
    expect((JSON.parse(text) as { formatVersion: unknown }).formatVersion).toBe(PLAN_FORMAT_VERSION);
    expect(loaded.upgradedFrom).toBeNull();
    expect(loaded.dropped).toEqual([]);
    expect(exportPlanJson(plan)).toBe(text);
    expect(plan).toMatchObject({ id: `template-${id}`, title: entry.title });
  });

  it('is a fresh, complete plan: no test recorded, nothing ticked, nothing run', () => {
    expect(plan.rollback.tests).toEqual([]);
    expect(plan.execution.checklist.every((c) => !c.done)).toBe(true);
    expect(plan.run.phases).toEqual([]);
    expect(plan.auditLog).toEqual([]);
    expect(plan.execution.phases.length).toBeGreaterThanOrEqual(3);
    for (const phase of plan.execution.phases) {
      expect(phase.steps.length, phase.name).toBeGreaterThan(0);
      expect(phase.integrityChecks.length, phase.name).toBeGreaterThan(0);
      expect(phase.verification, phase.name).not.toBe('');
      expect(phase.owner, phase.name).not.toBe('');
    }
    const enabled = plan.rollback.triggers.filter((t) => t.enabled).map((t) => t.ruleId);
    expect(enabled).toEqual(expect.arrayContaining(['RT-01', 'RT-02', 'RT-03', 'RT-04', 'RT-C1']));
    expect(plan.strategy.deployment).toBe(entry.intended.strategy);
    expect(plan.strategy.dataApproach).toBe(entry.intended.dataApproach);
  });

  // The files are the source now, not a generator built on the domain's lists: hold them to those lists.
  it('has the spec’s checklist items and triggers as the domain states them', () => {
    const builtin = plan.execution.checklist.filter((c) => c.builtin !== null);
    expect(builtin.map((c) => [c.id, c.builtin, c.label])).toEqual(
      BUILTIN_CHECKLIST.map((item) => [`chk-${item.key}`, item.key, item.label]),
    );
    for (const spec of defaultTriggers()) {
      const own = plan.rollback.triggers.find((t) => t.ruleId === spec.ruleId);
      expect(own, spec.ruleId).toMatchObject({
        id: spec.id,
        metric: spec.metric,
        description: spec.description,
        unit: spec.unit,
      });
    }
  });

  it('evaluates with only the blockers a fresh plan must have', async () => {
    const e = evaluate(plan, { now: NOW, sql: await analysePlanSql(plan) });
    const backups = plan.execution.checklist.findIndex((c) => c.builtin === 'backups-verified');
    const allowed = new Set([
      'GR-01 rollback.tests',
      'GR-08 rollback.tests',
      `GR-03 execution.checklist[${backups}].done`,
    ]);
    const blockers = e.readiness.blockers.map((b) => `${b.ruleId} ${b.path}`);
    expect(blockers.filter((b) => !allowed.has(b))).toEqual([]);
    expect(blockers).toEqual(expect.arrayContaining(['GR-01 rollback.tests', 'GR-08 rollback.tests']));
    const warnings = e.findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId);
    expect(warnings.filter((w) => w !== 'GR-07' && !(EXTRA_WARNINGS[id] ?? []).includes(w))).toEqual([]);
  });

  it('gets the engine’s recommendation, or says why it chose otherwise', async () => {
    const e = evaluate(plan, { now: NOW, sql: await analysePlanSql(plan) });
    const differs = e.strategy.differs || e.dataApproach.differs;
    expect(differs, `${id}: recommended ${e.strategy.recommended} / ${e.dataApproach.recommended}`).toBe(
      id in ENGINE_DIFFERS,
    );
    if (differs) {
      expect(ENGINE_DIFFERS[id]?.length).toBeGreaterThan(100);
      expect(plan.strategy.justification.length).toBeGreaterThan(100);
    }
  });
});
