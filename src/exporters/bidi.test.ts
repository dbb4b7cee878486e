import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../domain';
import { evaluate } from '../engine';
import { exportAdr } from './adr';
import { auditLogText } from './audit-log';
import { buildDiagrams } from './diagrams';
import { html, jsonText, mdBlock, mdFence, mdInline, mermaidBare, mermaidLabel, revealBidi } from './escape';
import { exportPlanJson } from './plan-json';
import { exportReviewHtml } from './review-html';
import { exportRollbackPlanJson } from './rollback-json';
import { exportRunbook } from './runbook';
import { planWithText } from './testing/hostile';

/** Every bidirectional control: embeddings, overrides, pop, isolates, marks. */
const CONTROLS = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];
const ANY_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Trojan Source's classic: the comment hides a second statement that reads as part of it on screen. */
const TROJAN = `access level: user \u202e \u2066// Check if admin\u2069 \u2066 DROP TABLE orders;`;

describe('bidi controls in exports and diagrams', () => {
  it('every escape shows each control as its code point and keeps none', () => {
    for (const ch of CONTROLS) {
      const text = `a${ch}b`;
      const outputs = [
        mdInline(text),
        mdBlock(text),
        mdFence(text),
        html(text),
        mermaidLabel(text),
        mermaidBare(text),
      ];
      for (const out of outputs) expect(out).not.toMatch(ANY_CONTROL);
      expect(revealBidi(text)).toBe(
        `a<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>b`,
      );
    }
    expect(html(TROJAN)).toContain('&lt;U+202E&gt;');
    expect(mdInline(TROJAN)).toContain('\\<U\\+202E\\>');
    expect(mermaidLabel(TROJAN, 200)).toContain('‹U＋202E›');
    expect(mermaidBare(TROJAN, 200)).toContain('(RLO)');
  });

  it('JSON writes them as \\u escapes: the same data on reading, visible in any editor', () => {
    const text = jsonText({ title: TROJAN });
    expect(text).not.toMatch(ANY_CONTROL);
    expect(text).toContain('\\u202e');
    expect(JSON.parse(text)).toEqual({ title: TROJAN });
  });

  it('no export of a plan full of them holds one, and the plan file still loads back the same', () => {
    const now = new Date('2026-12-05T00:00:00.000Z');
    const base = planWithText(TROJAN);
    const plan = {
      ...base,
      auditLog: [
        { at: now.toISOString(), event: 'strategy-selected' as const, line: `x — rationale: ${TROJAN}` },
      ],
    };
    const evaluation = evaluate(plan, { now });
    const diagrams = buildDiagrams(plan, evaluation);
    const outputs = {
      runbook: exportRunbook(plan, evaluation, { now }),
      adr: exportAdr(plan, evaluation, { now }),
      review: exportReviewHtml(plan, evaluation, { now, diagrams, svgs: {} }),
      planJson: exportPlanJson(plan),
      rollbackJson: exportRollbackPlanJson(plan, { now }),
      auditLog: auditLogText(plan),
      diagrams: diagrams.flatMap((d) => d.views.map((v) => v.source)).join('\n'),
    };
    for (const [name, out] of Object.entries(outputs)) {
      expect(out, name).not.toMatch(ANY_CONTROL);
      expect(out, name).toMatch(/U\\?\+202E|U＋202E|\\u202e|\(RLO\)/);
    }
    const again = loadPlanText(outputs.planJson);
    expect(again.ok && again.plan).toEqual(plan);
  });
});
