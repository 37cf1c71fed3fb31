// A plan as DOM, for the page's plan dialog and the widget's plan view: the table of the
// targets read, the reading report's warnings (every table row or goal the reader could
// not read, and why: `unread` of the targets JSON), and the form that corrects or adds a
// target. Nothing here carries data-pl-kind (that belongs to highlights, ui-contract.md).

import { h } from './dom.js';
import { formatBaseline, formatTarget, shortText } from './describe.js';
import { language, t } from './i18n.js';

/**
 * The targets as a table. `actions` (all optional): `open(start, end)` shows a target's
 * place in the plan text; `edit(target)` and `remove(target)` add a column of buttons.
 */
export function planTable(plan, actions = {}) {
  const { open, edit, remove } = actions;
  const cols = ['indicator', 'unit', 'baseline', 'target', 'attribute', 'section'];
  return h(
    'table',
    { class: 'plan-table' },
    h('caption', {}, plan.plan.title ?? t('plan-untitled'), ` (${plan.targets.length})`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        cols.map((c) => h('th', { scope: 'col' }, t(`plan-col-${c}`))),
        edit || remove ? h('th', { scope: 'col' }, t('plan-col-actions')) : null,
      ),
    ),
    h(
      'tbody',
      {},
      plan.targets.map((tg) =>
        h(
          'tr',
          { dataset: { target: tg.id } },
          h('td', {}, open && tg.end > tg.start ? h('button', { type: 'button', class: 'link', onclick: () => open(tg.start, tg.end) }, tg.indicator) : tg.indicator),
          h('td', {}, tg.unit ?? ''),
          h('td', {}, formatBaseline(tg)),
          h('td', {}, formatTarget(tg)),
          h('td', {}, tg.attribute ?? ''),
          h('td', {}, tg.section ?? ''),
          edit || remove
            ? h(
                'td',
                { class: 'row-actions' },
                edit && h('button', { type: 'button', class: 'link', dataset: { action: 'edit' }, 'aria-label': t('target-edit-label', { name: tg.indicator }), onclick: () => edit(tg) }, t('target-edit')),
                remove && h('button', { type: 'button', class: 'link', dataset: { action: 'delete' }, 'aria-label': t('target-delete-label', { name: tg.indicator }), onclick: () => remove(tg) }, t('target-delete')),
              )
            : null,
        ),
      ),
    ),
  );
}

/**
 * The reading report's warnings: what the reader could not read, with why. `open(start,
 * end)` (optional) shows the place in the plan text; `editable` says the targets can be
 * added by hand below. Null when everything was read.
 */
export function unreadList(plan, { open = null, editable = false } = {}) {
  const unread = plan?.unread ?? [];
  if (!unread.length) return null;
  const en = language() === 'en';
  return h(
    'section',
    { class: 'plan-unread', dataset: { pl: 'plan-unread' }, role: 'note' },
    h('h3', {}, t('plan-unread', { n: unread.length })),
    h('p', { class: 'hint' }, t(editable ? 'plan-unread-hint' : 'plan-unread-hint-view')),
    h(
      'ol',
      {},
      unread.map((u) =>
        h(
          'li',
          {},
          h('span', { class: 'unread-why' }, (en ? u.why_en : u.why) || u.why || ''),
          ' ',
          open && u.end > u.start
            ? h('button', { type: 'button', class: 'link unread-text', onclick: () => open(u.start, u.end) }, shortText(u.text, 90))
            : h('q', { class: 'unread-text' }, shortText(u.text, 90)),
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------- correcting a target

// Magnitudes written in a value or a unit: 6万亿 (元) is 6 × 10¹², the unit's own scale
// (what the engine compares claims in: a claim of 6万亿元 has unit 元).
const MAGNITUDES = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
];

/** `6万亿`, `3.5万`, `25,000,000`, `６５` → a number; NaN when it is none; null when empty. */
export function parseAmount(input) {
  const s = String(input ?? '').normalize('NFKC').replace(/[,\s]/g, '');
  if (!s) return null;
  for (const [word, scale] of MAGNITUDES) {
    if (s.endsWith(word)) {
      const n = Number(s.slice(0, -word.length));
      return s.length > word.length && Number.isFinite(n) ? round(n * scale) : NaN;
    }
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : NaN;
}

/** A value as a field shows it: with its magnitude word when that is exact (6万亿). */
export function amountText(value) {
  if (value === null || value === undefined) return '';
  for (const [word, scale] of [['万亿', 1e12], ['亿', 1e8], ['万', 1e4]]) {
    const n = value / scale;
    if (Math.abs(value) >= scale && Math.abs(n - round(n)) < 1e-9 && String(round(n)).length <= 8) return `${round(n)}${word}`;
  }
  return String(value);
}

/** A unit with a magnitude (`亿元`, `万吨`) → the unit and the scale its values take. */
export function splitUnit(unit) {
  const u = String(unit ?? '').trim();
  for (const [word, scale] of MAGNITUDES) {
    if (u.startsWith(word) && u.length > word.length) return { unit: u.slice(word.length), scale };
  }
  return { unit: u || null, scale: 1 };
}

const round = (n) => Number(n.toPrecision(12));

/** An id not used by the plan's targets, for a target the editor adds. */
export function newTargetId(plan) {
  const used = new Set(plan.targets.map((tg) => tg.id));
  let n = 1;
  while (used.has(`u${n}`)) n += 1;
  return `u${n}`;
}

/**
 * The form that corrects `target` (or, with `target` null, adds one). `done(next)` gets
 * the corrected target; `cancel()` closes the form.
 */
export function targetForm(target, done, cancel) {
  const tg = target ?? {};
  const field = (name, label, attrs = {}) => {
    const input = h('input', { name, id: `tf-${name}`, ...attrs });
    return [h('label', { for: `tf-${name}` }, label), input];
  };
  const select = (name, label, options, value) => [
    h('label', { for: `tf-${name}` }, label),
    h('select', { name, id: `tf-${name}` }, options.map(([v, text]) => h('option', { value: v, selected: v === (value ?? '') }, text))),
  ];
  const qualifiers = ['exact', 'at_least', 'at_most', 'about', 'range'].map((q) => [q, t(`qualifier-${q}`)]);
  const form = h(
    'form',
    { class: 'target-form', dataset: { pl: 'target-form' }, novalidate: true },
    h('h3', {}, target ? t('target-editing', { name: tg.indicator }) : t('target-adding')),
    h(
      'div',
      { class: 'target-fields' },
      field('indicator', t('plan-col-indicator'), { value: tg.indicator ?? '', required: true }),
      field('unit', t('plan-col-unit'), { value: tg.unit ?? '' }),
      field('baseline', t('tf-baseline'), { value: amountText(tg.baseline?.value), inputmode: 'decimal' }),
      field('baseline_year', t('tf-baseline-year'), { value: tg.baseline?.year ?? '', type: 'number', min: '1949', max: '2100' }),
      select('qualifier', t('tf-qualifier'), qualifiers, tg.target?.qualifier ?? 'exact'),
      field('target', t('tf-target'), { value: amountText(tg.target?.value), inputmode: 'decimal' }),
      field('target_max', t('tf-target-max'), { value: amountText(tg.target?.value_max), inputmode: 'decimal' }),
      field('target_year', t('tf-target-year'), { value: tg.target?.year ?? '', type: 'number', min: '1949', max: '2100' }),
      field('growth', t('tf-growth'), { value: tg.growth ?? '', inputmode: 'decimal' }),
      select('attribute', t('plan-col-attribute'), [['', t('tf-none')], ['预期性', '预期性'], ['约束性', '约束性']], tg.attribute),
      select('direction', t('tf-direction'), [['up', t('tf-up')], ['down', t('tf-down')]], tg.direction ?? 'up'),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'cumulative', checked: Boolean(tg.cumulative) }), ' ', t('tf-cumulative')),
      field('note', t('tf-note'), { value: tg.note ?? '' }),
    ),
    h('p', { class: 'hint' }, t('tf-hint')),
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'submit', class: 'primary', dataset: { pl: 'target-save' } }, t('target-save')),
      h('button', { type: 'button', onclick: cancel }, t('cancel')),
    ),
  );
  for (const input of form.querySelectorAll('input')) input.addEventListener('input', () => input.setCustomValidity(''));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = readTarget(form, tg);
    if (next) done(next);
  });
  return form;
}

/** The form's fields as a target, or null after marking the first field that is wrong. */
function readTarget(form, before) {
  const el = form.elements;
  const wrong = (name, key) => {
    el[name].setCustomValidity(t(key));
    el[name].reportValidity();
    return null;
  };
  const indicator = el.indicator.value.trim();
  if (!indicator) return wrong('indicator', 'tf-need-indicator');
  const { unit, scale } = splitUnit(el.unit.value);
  const amount = (name) => {
    const v = parseAmount(el[name].value);
    return v === null || Number.isNaN(v) ? v : round(v * scale);
  };
  const year = (name) => (el[name].value === '' ? null : Number(el[name].value));
  const values = {};
  for (const name of ['baseline', 'target', 'target_max']) {
    values[name] = amount(name);
    if (Number.isNaN(values[name])) return wrong(name, 'tf-need-number');
  }
  for (const name of ['baseline_year', 'target_year']) {
    const y = year(name);
    if (y !== null && !(Number.isInteger(y) && y >= 1949 && y <= 2100)) return wrong(name, 'tf-need-year');
  }
  const growth = parseAmount(el.growth.value);
  if (Number.isNaN(growth)) return wrong('growth', 'tf-need-number');
  if (values.target === null && growth === null && !el.note.value.trim()) return wrong('target', 'tf-need-goal');
  const qualifier = el.qualifier.value;
  if (qualifier === 'range' && values.target_max === null) return wrong('target_max', 'tf-need-max');
  return {
    ...before,
    id: before.id,
    indicator,
    aliases: before.indicator === indicator ? (before.aliases ?? []) : [],
    unit,
    baseline: values.baseline === null ? null : { value: values.baseline, year: year('baseline_year') },
    target:
      values.target === null
        ? null
        : { value: values.target, value_max: qualifier === 'range' ? values.target_max : null, year: year('target_year'), qualifier },
    growth,
    growth_qualifier: growth === null ? null : (before.growth_qualifier ?? 'exact'),
    cumulative: el.cumulative.checked,
    direction: el.direction.value,
    attribute: el.attribute.value || null,
    note: el.note.value.trim() || null,
    category: before.category ?? null,
    section: before.section ?? null,
    section_id: before.section_id ?? null,
    start: before.start ?? 0,
    end: before.end ?? 0,
  };
}
