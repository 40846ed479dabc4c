/**
 * The one stylesheet every HTML report inlines. Restrained palette with at least 4.5:1 contrast for text
 * on its background; tables with tabular figures; a print stylesheet for A4.
 */
export const REPORT_CSS = `
:root {
  --ink: #1f2933;
  --muted: #4a5561;
  --accent: #0b5563;
  --accent-soft: #d4e6ea;
  --line: #cfd8e0;
  --panel: #f3f6f8;
  --signal: #9a3a0c;
  --signal-soft: #fbf0e8;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  color: var(--ink);
  background: #ffffff;
  font-family: "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  font-size: 16px;
  line-height: 1.5;
}
.report { max-width: 72rem; margin: 0 auto; padding: 2.5rem 2rem 3rem; }
.report-header { border-bottom: 3px solid var(--accent); padding-bottom: 1.25rem; margin-bottom: 2rem; }
.eyebrow { margin: 0 0 .25rem; color: var(--accent); font-size: .85rem; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; }
h1 { margin: 0 0 .75rem; font-size: 2rem; line-height: 1.2; overflow-wrap: anywhere; }
h2 { margin: 2.5rem 0 .75rem; font-size: 1.35rem; color: var(--accent); border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
h3 { margin: 1.5rem 0 .5rem; font-size: 1.05rem; }
/* break-word (not anywhere) keeps whole words together in narrow table columns; only overlong tokens break. */
p, li, dd, td, th, caption, dt { overflow-wrap: break-word; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.25rem; margin: 0; }
.meta dt { color: var(--muted); font-weight: 600; }
.meta dd { margin: 0; }
.muted { color: var(--muted); }
.note { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .4rem; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--panel); border-bottom: 2px solid var(--accent); font-weight: 600; }
tbody th { font-weight: 600; }
/* Only figures stay on one line; headers may wrap, so a long user label never forces a wide table. */
.num { text-align: right; }
td.num, td.date { white-space: nowrap; }
.center { text-align: center; }
/* Wide tables scroll on their own; the wrapper is focusable so keyboard users can scroll it too. */
.table-scroll { overflow-x: auto; }
.table-scroll:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
figure { margin: 1rem 0 1.5rem; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .4rem; }
.chart { display: block; width: 100%; height: auto; max-width: 46rem; }
.chart text { font-family: inherit; fill: var(--ink); }
.chart .axis-label { fill: var(--muted); font-size: 12px; }
.chart .role-label { font-size: 14px; font-weight: 600; }
.chart .value-label { font-size: 13px; font-weight: 700; }
.chart .series-label { font-size: 12px; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.5rem; list-style: none; padding: 0; margin: .5rem 0 0; font-size: .9rem; color: var(--muted); }
.legend li { display: flex; align-items: center; gap: .4rem; }
.legend svg { flex: none; }
.flags { list-style: none; padding: 0; margin: 0; }
.flag { border-left: 4px solid var(--signal); background: var(--signal-soft); padding: .6rem .9rem; margin: 0 0 .6rem; }
.flag-kind { display: block; color: var(--signal); font-weight: 700; font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; }
.flag ul { margin: .3rem 0 0; }
.labelled-list { margin: 0; }
.labelled-list dt { font-weight: 600; margin-top: .6rem; }
.labelled-list dd { margin: .1rem 0 0; }
.labelled-list dd p, .answer p { margin: .1rem 0 .5rem; }
.answer { border-left: 3px solid var(--accent-soft); padding-left: .9rem; }
.tick-grid td.tick { width: 3.2rem; height: 2.2rem; border: 1px solid var(--ink); }
.tick-grid td.remark { border: 1px solid var(--ink); min-width: 12rem; }
.tick-grid thead th { text-align: center; }
.fields { display: grid; grid-template-columns: max-content 1fr; gap: .9rem 1rem; margin: 1rem 0 1.5rem; }
.fields dt { font-weight: 600; }
.fields dd { margin: 0; border-bottom: 1px solid var(--ink); min-height: 1.5rem; }
.write-space { border: 1px solid var(--line); min-height: 6rem; margin: .4rem 0 1rem; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.report-footer { margin-top: 3rem; padding-top: .75rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
@media print {
  @page { size: A4; margin: 16mm 14mm 18mm; }
  body { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .report { max-width: none; padding: 0; }
  h1 { font-size: 20pt; }
  h2 { font-size: 14pt; break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  table, figure, .flag, .role-card { break-inside: avoid; page-break-inside: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .table-scroll { overflow: visible; }
  .page-break { break-before: page; page-break-before: always; }
  .report-footer { display: none; }
}
`;
