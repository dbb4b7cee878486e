/** Inline styles of the review document: readable on a projector, clean on paper. */
export const REVIEW_CSS = `
:root { color-scheme: light; --ink: #1b2430; --muted: #5b6675; --line: #d5dbe3; --accent: #1f3a5f; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--ink); margin: 0; background: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; color: var(--accent); }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
p, ul, ol { margin: .4rem 0 .8rem; }
.muted { color: var(--muted); }
.pre { white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f1f4f8; }
code, pre { font-family: ui-monospace, 'Liberation Mono', monospace; font-size: .88rem; }
pre { background: #f5f7fa; border: 1px solid var(--line); padding: .6rem; white-space: pre-wrap; word-break: break-word; }
.verdict { padding: .75rem 1rem; border-radius: 6px; font-weight: 600; margin: 1rem 0; }
.go { background: #dcfce7; border: 1px solid #15803d; }
.nogo { background: #fee2e2; border: 1px solid #b91c1c; }
.finding { border-left: 4px solid var(--line); padding: .2rem .6rem; margin: .4rem 0; }
.blocker { border-color: #b91c1c; } .warning { border-color: #b45309; } .info { border-color: #0369a1; }
.rule { font-family: ui-monospace, monospace; font-size: .8rem; background: #eef1f5; padding: 0 .3rem; border-radius: 3px; }
.stale { color: #9a3412; }
.stale-banner { border: 2px solid #c2410c; background: #fff7ed; padding: .5rem .75rem; border-radius: 6px; }
.ponr { border: 2px solid #b91c1c; background: #fff1f2; padding: .5rem .75rem; border-radius: 6px; }
.diagram { border: 1px solid var(--line); border-radius: 6px; padding: .75rem; margin: .75rem 0; overflow-x: auto; break-inside: avoid; }
.diagram svg { max-width: 100%; height: auto; }
.phase { border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem .5rem; margin: .75rem 0; break-inside: avoid; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .diagram, .phase, table { break-inside: avoid; }
}
`;
