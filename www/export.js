// Exports of an analysis: the claims as CSV (for a spreadsheet), the whole analysis as
// JSON, and a review report (督查台账): an HTML document listing figures with their
// verdicts, measures and findings, printable through the page's print stylesheet or saved
// as a file. All built from data; the report is built as DOM and serialised, so the
// draft's text is escaped by the browser, never pasted into markup.

import { h } from './dom.js';
import {
  SEVERITY_ICON,
  findingPlace,
  fixText,
  formatExpected,
  formatTarget,
  formatValue,
  matchText,
  message,
  ruleOf,
  verdictOf,
  verdictText,
} from './describe.js';
import { clean, decimal } from './format.js';
import { locale, t } from './i18n.js';

/** The claims CSV's columns: its header (t(`csv-${name}`), in the interface's language) and
 *  each row's cell. `value` is the figure as written (3000亿元); `number` and `unit` the
 *  normalised value for a spreadsheet's arithmetic, as an exact decimal. */
const CLAIM_COLUMNS = [
  ['id', (c) => c.id],
  ['text', (c) => c.text],
  ['value', (c) => formatValue(c)],
  ['number', (c) => (c.value === null ? '' : decimal(c.value))],
  ['number_max', (c) => (c.value_max === null ? '' : decimal(c.value_max))],
  ['unit', (c) => c.unit],
  ['qualifier', (c) => t(`qualifier-${c.qualifier}`)],
  ['kind', (c) => t(`kind-${c.kind}`)],
  ['direction', (c) => (c.direction ? t(`direction-${c.direction}`) : '')],
  ['status', (c) => t(`status-${c.status}`)],
  ['subject', (c) => c.subject],
  ['time', (c) => c.time],
  ['year', (c) => c.year],
  ['region', (c) => c.region],
  ['start', (c) => c.start],
  ['end', (c) => c.end],
  ['verdict', (c, ix, m) => (m || ix.plan ? verdictText(m?.verdict ?? null) : '')],
  ['indicator', (c, ix, m, target) => target?.indicator],
  ['target', (c, ix, m, target) => (target ? formatTarget(target) : '')],
  ['expected', (c, ix, m, target) => formatExpected(c, m, target)],
  ['formula', (c, ix, m) => matchText(m, 'formula')],
  ['note', (c, ix, m) => matchText(m, 'note')],
];

/** The findings CSV's columns. */
const FINDING_COLUMNS = [
  ['line', (f, p) => p.line],
  ['severity', (f) => t(`severity-${f.severity}`)],
  ['rule', (f) => ruleOf(f)],
  ['code', (f) => f.code],
  ['message', (f) => message(f)],
  ['quote', (f, p) => p.quote],
  ['context', (f, p) => `${p.before}【${p.quote}】${p.after}`],
  ['fix', (f) => fixText(f)],
  ['start', (f) => f.start],
  ['end', (f) => f.end],
];

/** One CSV cell: quoted when needed; a text that a spreadsheet would run as a formula
 *  (`=…`, `+…`, `@…`) is prefixed with `'` (OWASP's advice on CSV injection). */
function cell(value) {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV (RFC 4180, CRLF), with a BOM so that Excel reads it as UTF-8. */
function csv(header, rows) {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The claims as CSV, headers and values in the interface's language. */
export function claimsCsv(ix) {
  const rows = ix.analysis.claims.map((c) => {
    const m = ix.matchOf.get(c.id) ?? null;
    const target = m ? ix.targets.get(m.target) : null;
    return CLAIM_COLUMNS.map(([, get]) => get(c, ix, m, target));
  });
  return csv(CLAIM_COLUMNS.map(([name]) => t(`csv-${name}`)), rows);
}

/** The findings as CSV, in text order: each with its line, quoted context and fix. */
export function findingsCsv(ix) {
  const list = [...ix.checks].sort((a, b) => a.start - b.start);
  const rows = list.map((f) => {
    const place = findingPlace(ix.text ?? '', f);
    return FINDING_COLUMNS.map(([, get]) => get(f, place));
  });
  return csv(FINDING_COLUMNS.map(([name]) => t(`csv-f-${name}`)), rows);
}

/** The whole analysis; numbers without float residue (61.400000000000006 → 61.4). */
export function analysisJson(ix, text) {
  return JSON.stringify(
    { generated: new Date().toISOString(), plan: ix.plan?.plan ?? null, length: text.length, analysis: ix.analysis },
    (key, value) => clean(value),
    1,
  );
}

/** The review report as an element (the page shows it for printing). */
export function reportElement(ix, text) {
  const a = ix.analysis;
  const now = new Date();
  const claimRows = a.claims.map((c) => {
    const m = ix.matchOf.get(c.id);
    const target = m ? ix.targets.get(m.target) : null;
    const v = verdictOf(ix, c);
    return h(
      'tr',
      { class: v ? `verdict-${v}` : '' },
      h('td', {}, c.text),
      h('td', {}, formatValue(c)),
      h('td', {}, c.subject ?? ''),
      h('td', {}, target ? `${target.indicator}：${formatTarget(target)}` : ''),
      h('td', {}, formatExpected(c, m, target) ?? ''),
      h('td', {}, v || ix.plan ? verdictText(v) : ''),
      h('td', {}, ''), // 整改情况: filled in by hand on the printed ledger
    );
  });
  return h(
    'article',
    { class: 'report', lang: locale() },
    h('h1', {}, t('report-title')),
    h(
      'p',
      { class: 'report-meta' },
      t('report-meta', {
        title: a.document.title ?? t('doc-untitled'),
        date: now.toLocaleString(locale()),
        plan: ix.plan?.plan?.title ?? t('none'),
        length: text.length,
      }),
    ),
    h('h2', {}, t('report-figures'), ` (${a.claims.length})`),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h('tr', {}, ['text', 'value', 'subject', 'target', 'expected', 'verdict', 'action'].map((c) => h('th', {}, t(`report-col-${c}`)))),
      ),
      h('tbody', {}, claimRows),
    ),
    h('h2', {}, t('report-checks'), ` (${ix.checks.length})`),
    ix.checks.length
      ? h(
          'table',
          {},
          h('thead', {}, h('tr', {}, ['line', 'place', 'severity', 'rule', 'message', 'fix', 'action'].map((c) => h('th', {}, t(`report-col-${c}`))))),
          h(
            'tbody',
            {},
            [...ix.checks].sort((x, y) => x.start - y.start).map((f) => {
              const p = findingPlace(text, f);
              return h(
                'tr',
                {},
                h('td', {}, String(p.line)),
                h('td', {}, p.before, h('b', {}, p.quote || '∅'), p.after),
                h('td', {}, `${SEVERITY_ICON[f.severity] ?? ''} ${t(`severity-${f.severity}`)}`),
                h('td', {}, ruleOf(f)),
                h('td', {}, message(f)),
                h('td', {}, fixText(f) ?? ''),
                h('td', {}, ''),
              );
            }),
          ),
        )
      : h('p', {}, t('no-checks')),
    h('h2', {}, t('report-measures'), ` (${a.measures.length})`),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ['measure', 'category', 'owner', 'deadline'].map((c) => h('th', {}, t(`report-col-${c}`))))),
      h(
        'tbody',
        {},
        a.measures.map((m) =>
          h(
            'tr',
            {},
            h('td', {}, m.text),
            h('td', {}, m.category.map((c) => c.label).join('、')),
            h('td', {}, m.specificity?.owner ?? ''),
            h('td', {}, m.specificity?.deadline ?? ''),
          ),
        ),
      ),
    ),
  );
}

/** The report as a standalone HTML file, styled by its own <style> (it is not our page).
 *  The draft's text is in it only through outerHTML, which escapes it; the rest is ours.
 *  (Not built in a document of its own: one made by createHTMLDocument inherits the
 *  page's CSP, and its <style> would be refused.) */
export function reportHtml(ix, text, css) {
  const body = reportElement(ix, text).outerHTML;
  return `<!doctype html>
<html lang="${locale()}">
<head>
<meta charset="utf-8">
<title>${t('report-title')}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
