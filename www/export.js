// Exports of an analysis: the claims as CSV (for a spreadsheet), the whole analysis as
// JSON, and a review report (督查台账): an HTML document listing figures with their
// verdicts, measures and findings, printable through the page's print stylesheet or saved
// as a file. All built from data; the report is built as DOM and serialised, so the
// draft's text is escaped by the browser, never pasted into markup.

import { h } from './dom.js';
import { VERDICTS, formatTarget, formatValue, message, verdictOf, withUnit } from './describe.js';
import { locale, t } from './i18n.js';

const CSV_COLUMNS = [
  'id', 'text', 'value', 'value_max', 'unit', 'qualifier', 'kind', 'direction', 'status',
  'subject', 'time', 'year', 'region', 'start', 'end', 'verdict', 'indicator', 'expected', 'formula',
];

/** One CSV cell: quoted when needed; a text that a spreadsheet would run as a formula
 *  (`=…`, `+…`, `@…`) is prefixed with `'` (OWASP's advice on CSV injection). */
function cell(value) {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The claims as CSV (RFC 4180, CRLF), with a BOM so that Excel reads it as UTF-8. */
export function claimsCsv(ix) {
  const rows = [CSV_COLUMNS.join(',')];
  for (const c of ix.analysis.claims) {
    const m = ix.matchOf.get(c.id);
    const target = m ? ix.targets.get(m.target) : null;
    rows.push(
      [
        c.id, c.text, c.value, c.value_max, c.unit, c.qualifier, c.kind, c.direction, c.status,
        c.subject, c.time, c.year, c.region, c.start, c.end, m?.verdict, target?.indicator, m?.expected, m?.formula,
      ]
        .map(cell)
        .join(','),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export function analysisJson(ix, text) {
  return JSON.stringify(
    { generated: new Date().toISOString(), plan: ix.plan?.plan ?? null, length: text.length, analysis: ix.analysis },
    null,
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
      h('td', {}, m?.expected !== null && m?.expected !== undefined ? withUnit(m.expected, target?.unit) : ''),
      h('td', {}, v ? `${VERDICTS[v]} ${t(`verdict-${v}`)}` : ''),
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
          h('thead', {}, h('tr', {}, ['place', 'severity', 'message', 'fix', 'action'].map((c) => h('th', {}, t(`report-col-${c}`))))),
          h(
            'tbody',
            {},
            ix.checks.map((f) =>
              h(
                'tr',
                {},
                h('td', {}, text.slice(f.start, f.end) || '—'),
                h('td', {}, t(`severity-${f.severity}`)),
                h('td', {}, message(f)),
                h('td', {}, f.fix ?? ''),
                h('td', {}, ''),
              ),
            ),
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
