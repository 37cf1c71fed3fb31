// The side panel's tabs, each a function from the analysis index to DOM: 概览 (overview),
// 措施 (measures), 数据 (figures), 对标 (plan comparison), 问题 (findings), and one finding
// as a list entry (the plan's own table is in planview.js). Entries are buttons that call `go.reveal(id)`; none carries
// data-pl-kind (that attribute belongs to highlights only, ui-contract.md).

import { facts, h, progressBar } from './dom.js';
import {
  SEVERITY_ICON,
  VERDICTS,
  countVerdicts,
  findingPlace,
  fixText,
  formatTarget,
  formatValue,
  message,
  progressOf,
  ruleOf,
  shortText,
  verdictIcon,
  verdictName,
  verdictOf,
  verdictText,
} from './describe.js';
import { quoteOf } from './card.js';
import { dateControl } from './date-control.js';
import { t } from './i18n.js';
import { draftYear, inPeriod } from './plans.js';

/** Whether the draft's year falls inside the plan's period (null when either is unknown). */
export const dateInPlan = (analysis, plan) => inPeriod(plan?.plan, draftYear(analysis));

export function overviewTab(ix, go) {
  const a = ix.analysis;
  const verdicts = countVerdicts(a);
  const doc = a.document;
  return [
    facts([
      [t('doc-title'), doc.title],
      [t('doc-date'), dateControl(doc, go)],
      [t('doc-length'), t('doc-length-value', { n: doc.length, p: doc.paragraphs, s: doc.sentences })],
      [t('doc-credits'), doc.credits.join('；')],
      [t('count-claims'), String(a.claims.length)],
      [t('count-measures'), String(a.measures.length)],
      [t('count-checks'), String(ix.checks.length)],
      [
        t('count-matches'),
        a.matches.length
          ? Object.entries(verdicts)
              .map(([v, n]) => `${verdictText(v)} ${n}`)
              .join('，')
          : t('none'),
      ],
    ]),
    h('h3', {}, t('outline')),
    a.outline.length ? outlineTree(a.outline, go) : h('p', { class: 'empty' }, t('no-outline')),
  ];
}

function outlineTree(outline, go) {
  const children = new Map();
  for (const o of outline) {
    const key = o.parent ?? '';
    if (!children.has(key)) children.set(key, []);
    children.get(key).push(o);
  }
  const list = (parent) => {
    const items = children.get(parent) ?? [];
    if (!items.length) return null;
    return h(
      'ul',
      { class: 'tree' },
      items.map((o) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: `entry kind-${o.kind}`, onclick: () => go.revealRange(o.start, o.end) },
            shortText(o.text, 48),
            o.owner ? h('span', { class: 'owner' }, ` · ${o.owner}`) : null,
          ),
          list(o.id),
        ),
      ),
    );
  };
  return list('');
}

export function measuresTab(ix, state, go, redraw) {
  const groups = new Map();
  for (const m of ix.analysis.measures) {
    for (const c of m.category.length ? m.category : [{ label: t('uncategorised') }]) {
      if (!groups.has(c.label)) groups.set(c.label, []);
      groups.get(c.label).push(m);
    }
  }
  const labels = [...groups.keys()].sort((a, b) => groups.get(b).length - groups.get(a).length);
  const query = state.query.trim();
  const matches = (m) => !query || m.text.includes(query) || (m.action ?? '').includes(query);
  const filter = h(
    'div',
    { class: 'filters' },
    h('input', {
      type: 'search',
      value: state.query,
      placeholder: t('filter-measures'),
      'aria-label': t('filter-measures'),
      oninput: (e) => {
        state.query = e.target.value;
        redraw();
      },
    }),
    h(
      'select',
      {
        'aria-label': t('filter-category'),
        onchange: (e) => {
          state.category = e.target.value;
          redraw();
        },
      },
      h('option', { value: '' }, t('all-categories')),
      labels.map((l) => h('option', { value: l, selected: state.category === l }, `${l} (${groups.get(l).length})`)),
    ),
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        checked: state.vagueOnly,
        onchange: (e) => {
          state.vagueOnly = e.target.checked;
          redraw();
        },
      }),
      t('vague-only'),
    ),
  );
  const shown = labels
    .filter((l) => !state.category || l === state.category)
    .map((l) => [l, groups.get(l).filter((m) => matches(m) && (!state.vagueOnly || m.specificity?.vague))])
    .filter(([, ms]) => ms.length);
  return [
    filter,
    shown.length
      ? shown.map(([label, ms]) =>
          h(
            'details',
            { class: 'group', open: shown.length <= 3 || state.category === label || !!query },
            h('summary', {}, label, h('span', { class: 'count' }, String(ms.length))),
            h(
              'ul',
              { class: 'entries' },
              ms.map((m) =>
                h(
                  'li',
                  {},
                  h(
                    'button',
                    { type: 'button', class: 'entry', onclick: () => go.reveal(m.id) },
                    m.action ? h('b', {}, m.action) : null,
                    m.action ? ' ' : null,
                    shortText(m.text, 70),
                  ),
                ),
              ),
            ),
          ),
        )
      : h('p', { class: 'empty' }, t('no-measures')),
  ];
}

const CLAIM_COLUMNS = [
  ['text', (c) => c.text],
  ['value', (c) => c.value ?? -Infinity], // sorted by the normalised value, shown as written
  ['subject', (c) => c.subject ?? ''],
  ['time', (c) => c.time ?? (c.year ? String(c.year) : '')],
  ['region', (c) => c.region ?? ''],
  ['status', (c) => c.status],
  ['verdict', (c, ix) => verdictOf(ix, c) ?? ''],
];

export function dataTab(ix, state, go, redraw) {
  const query = state.query.trim();
  let rows = ix.analysis.claims.filter(
    (c) =>
      (!query || [c.text, c.subject, c.time, c.region].some((f) => f?.includes(query))) &&
      (!state.verdict || (verdictOf(ix, c) ?? 'none') === state.verdict),
  );
  if (state.sort) {
    const [, key] = CLAIM_COLUMNS.find(([name]) => name === state.sort);
    const dir = state.desc ? -1 : 1;
    rows = [...rows].sort((a, b) => {
      const [x, y] = [key(a, ix), key(b, ix)];
      return (x < y ? -1 : x > y ? 1 : 0) * dir || a.start - b.start;
    });
  }
  const header = (name) =>
    h(
      'th',
      { scope: 'col', 'aria-sort': state.sort === name ? (state.desc ? 'descending' : 'ascending') : 'none' },
      h(
        'button',
        {
          type: 'button',
          class: 'sort',
          onclick: () => {
            state.desc = state.sort === name ? !state.desc : false;
            state.sort = name;
            redraw();
          },
        },
        t(`col-${name}`),
      ),
    );
  const table = h(
    'table',
    { class: 'claims-table' },
    h('caption', { class: 'visually-hidden' }, t('tab-data')),
    h('thead', {}, h('tr', {}, CLAIM_COLUMNS.map(([name]) => header(name)))),
    h(
      'tbody',
      {},
      rows.map((c) => {
        const v = verdictOf(ix, c);
        return h(
          'tr',
          { class: `kind-${c.kind}` },
          h('td', {}, h('button', { type: 'button', class: 'entry', onclick: () => go.reveal(c.id) }, c.text)),
          h('td', { class: 'num' }, formatValue(c)),
          h('td', {}, c.subject ?? ''),
          h('td', {}, c.time ?? (c.year ? String(c.year) : '')),
          h('td', {}, c.region ?? ''),
          h('td', {}, t(`status-${c.status}`)),
          ix.plan || v ? verdictCell(v) : h('td', {}),
        );
      }),
    ),
  );
  return [
    h(
      'div',
      { class: 'filters' },
      h('input', {
        type: 'search',
        value: state.query,
        placeholder: t('filter-claims'),
        'aria-label': t('filter-claims'),
        oninput: (e) => {
          state.query = e.target.value;
          redraw();
        },
      }),
      h(
        'select',
        {
          'aria-label': t('filter-verdict'),
          onchange: (e) => {
            state.verdict = e.target.value;
            redraw();
          },
        },
        h('option', { value: '' }, t('all-verdicts')),
        [...Object.keys(VERDICTS), 'none'].map((v) => h('option', { value: v, selected: state.verdict === v }, verdictText(v === 'none' ? null : v))),
      ),
    ),
    // The table scrolls sideways inside its box on a narrow screen, never the page.
    h('div', { class: 'table-box' }, table),
    rows.length ? null : h('p', { class: 'empty' }, t('no-claims')),
  ];
}

/** A verdict in a table: glyph and name, and the class that colours it (colour is the
 *  third cue, never the only one). */
export function verdictCell(v) {
  return h('td', { class: `verdict-${v ?? 'none'}` }, h('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, verdictIcon(v)), ' ', verdictName(v));
}

export function compareTab(ix, go) {
  const a = ix.analysis;
  if (!ix.plan) return h('p', { class: 'empty' }, t('no-plan'));
  const byTarget = new Map();
  for (const m of a.matches) {
    if (!byTarget.has(m.target)) byTarget.set(m.target, []);
    byTarget.get(m.target).push(m);
  }
  const claims = new Map(a.claims.map((c) => [c.id, c]));
  const covered = new Set(a.coverage.map((c) => c.section));
  const leaves = ix.plan.sections.filter((s) => !ix.plan.sections.some((o) => o.parent === s.id));
  const left = leaves.filter((s) => !covered.has(s.id));
  const best = Math.max(...a.coverage.map((c) => c.score), 1e-9);
  return [
    h('h3', {}, t('indicators-touched'), h('span', { class: 'count' }, String(byTarget.size))),
    byTarget.size
      ? h(
          'ul',
          { class: 'indicators' },
          [...byTarget].map(([id, ms]) => {
            const target = ix.targets.get(id);
            return h(
              'li',
              {},
              h('p', { class: 'indicator' }, target?.indicator ?? id, ' ', h('span', { class: 'muted' }, target ? formatTarget(target) : '')),
              ms.map((m) => {
                const c = claims.get(m.claim);
                return h(
                  'div',
                  { class: `figure verdict-${m.verdict}` },
                  h(
                    'button',
                    { type: 'button', class: 'entry', onclick: () => go.reveal(m.claim) },
                    h('span', { 'aria-hidden': 'true' }, verdictIcon(m.verdict)),
                    ` ${c?.text ?? m.claim} · ${verdictName(m.verdict)}`,
                  ),
                  c && progressBar(progressOf(c, m, target), t('progress-label', { value: Math.round((progressOf(c, m, target)?.value ?? 0) * 100) })),
                );
              }),
            );
          }),
        )
      : h('p', { class: 'empty' }, t('no-matches')),
    h('h3', {}, t('sections-covered'), h('span', { class: 'count' }, String(a.coverage.length))),
    h(
      'ul',
      { class: 'sections' },
      [...a.coverage]
        .sort((x, y) => y.score - x.score)
        .map((c) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'entry', onclick: () => c.spans[0] && go.revealRange(c.spans[0][0], c.spans[0][1]) },
              c.title,
            ),
            progressBar({ value: c.score / best, expected: null }, t('coverage-label')),
          ),
        ),
    ),
    h('h3', {}, t('sections-left'), h('span', { class: 'count' }, String(left.length))),
    h(
      'ul',
      { class: 'sections left' },
      left.map((s) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => go.openPlanRange(s.start, s.end) }, s.title))),
    ),
  ];
}

export function findingsTab(ix, ignored, go) {
  const order = { error: 0, warning: 1, info: 2 };
  const list = [...ix.checks].sort((a, b) => order[a.severity] - order[b.severity] || a.start - b.start);
  return [
    list.length
      ? h(
          'ul',
          { class: 'findings' },
          list.map((f) => findingEntry(ix, f, () => go.reveal(f.id, true))),
        )
      : h('p', { class: 'empty' }, t('no-checks')),
    ignored.count
      ? h(
          'p',
          { class: 'muted' },
          t('ignored-count', { n: ignored.count }),
          ' ',
          h('button', { type: 'button', class: 'link', onclick: go.restoreIgnored }, t('restore-ignored')),
        )
      : null,
  ];
}

/** One finding in a list (the page's 问题 tab, the widget's list): its rule by name, its
 *  line, its message, the quoted context and its fix where it has one. */
export function findingEntry(ix, f, onclick) {
  const place = findingPlace(ix.text ?? '', f);
  const fix = fixText(f);
  return h(
    'li',
    { class: `finding severity-${f.severity}` },
    h(
      'button',
      { type: 'button', class: 'entry', onclick },
      h('span', { 'aria-hidden': 'true' }, SEVERITY_ICON[f.severity]),
      ' ',
      h('span', { class: 'rule', title: f.code }, ruleOf(f)),
      h('span', { class: 'muted' }, ` · ${t('line-n', { n: place.line })}`),
      h('span', { class: 'finding-message' }, message(f)),
    ),
    quoteOf(place),
    fix ? h('p', { class: 'fix' }, t('fact-fix'), '：', fix) : null,
  );
}
