// The card of one item (a claim, a measure, a finding): what the analysis knows about it.
// Built from data with dom.js; the faces decide where it shows and what its buttons do
// through `actions` ({openPlan(target), applyFix(finding), ignore(finding), ignoreRule(finding)}).

import { facts, h, progressBar } from './dom.js';
import {
  SEVERITY_ICON,
  findingPlace,
  fixText,
  formatBaseline,
  formatExpected,
  formatTarget,
  formatValue,
  matchText,
  message,
  progressOf,
  ruleOf,
  verdictIcon,
  verdictName,
} from './describe.js';
import { t } from './i18n.js';

export function cardContent(ix, id, actions) {
  const found = ix.byId.get(id);
  if (!found) return null;
  if (found.kind === 'claim') return claimCard(ix, found.item, actions);
  if (found.kind === 'measure') return measureCard(ix, found.item);
  return checkCard(ix, found.item, actions);
}

function claimCard(ix, claim, actions) {
  const match = ix.matchOf.get(claim.id);
  const target = match ? ix.targets.get(match.target) : null;
  const parts = [
    h('p', { class: 'card-kind' }, t('card-claim'), ' · ', t(`kind-${claim.kind}`)),
    h('p', { class: 'card-quote' }, claim.text),
    facts([
      [t('fact-value'), formatValue(claim)],
      [t('fact-subject'), claim.subject],
      [t('fact-time'), claim.time ?? (claim.year ? String(claim.year) : null)],
      [t('fact-region'), claim.region],
      [t('fact-qualifier'), t(`qualifier-${claim.qualifier}`)],
      [t('fact-direction'), claim.direction ? t(`direction-${claim.direction}`) : null],
      [t('fact-status'), t(`status-${claim.status}`)],
    ]),
  ];
  if (match) parts.push(matchSection(ix, claim, match, target, actions));
  else if (ix.plan) parts.push(h('section', { class: 'card-plan verdict-none' }, verdictLine(null), h('p', { class: 'card-note' }, t('no-match'))));
  return parts;
}

/** A claim's plan target: the verdict and everything it rests on. */
export function matchSection(ix, claim, match, target, actions) {
  const v = match.verdict;
  const section = target?.section_id ? ix.sections.get(target.section_id) : null;
  const progress = progressOf(claim, match, target);
  return h(
    'section',
    { class: `card-plan verdict-${v}` },
    verdictLine(v),
    target &&
      facts([
        [t('fact-indicator'), target.indicator],
        [t('fact-baseline'), formatBaseline(target)],
        [t('fact-target'), formatTarget(target)],
        [t('fact-expected'), formatExpected(claim, match, target)],
        [t('fact-attribute'), target.attribute],
      ]),
    progressBar(progress, t('progress-label', { value: Math.round((progress?.value ?? 0) * 100) })),
    matchText(match, 'formula') && h('p', { class: 'formula' }, h('span', {}, t('fact-formula'), '：'), h('code', {}, matchText(match, 'formula'))),
    matchText(match, 'note') && h('p', { class: 'card-note' }, matchText(match, 'note')),
    h('p', { class: 'why' }, t('fact-why'), '：', matchText(match, 'why')),
    target &&
      h(
        'p',
        { class: 'plan-place' },
        t('fact-section'),
        '：',
        section?.title ?? target.section ?? '—',
        ' ',
        actions?.openPlan &&
          h('button', { type: 'button', class: 'link', onclick: () => actions.openPlan(target) }, t('open-in-plan')),
      ),
  );
}

/** The verdict as a glyph and its name (null: the figure matched no target). */
function verdictLine(v) {
  return h(
    'p',
    { class: 'verdict' },
    h('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, verdictIcon(v)),
    ' ',
    verdictName(v),
  );
}

function measureCard(ix, measure) {
  const parent = measure.parent ? ix.outline.get(measure.parent) : null;
  const s = measure.specificity ?? {};
  const spec = [
    s.owner && `${t('spec-owner')}：${s.owner}`,
    s.deadline && `${t('spec-deadline')}：${s.deadline}`,
    s.number && t('spec-number'),
    s.money && t('spec-money'),
    s.vague && `${t('spec-vague')}${s.vague_phrase ? `（${s.vague_phrase}）` : ''}`,
  ].filter(Boolean);
  return [
    h('p', { class: 'card-kind' }, t('card-measure'), ' · ', t(`level-${measure.level}`)),
    h('p', { class: 'card-quote' }, measure.text),
    facts([
      [t('fact-action'), measure.action],
      [t('fact-object'), measure.object],
      [t('fact-heading'), parent?.text?.replace(/\s+/g, ' ')],
    ]),
    h(
      'ul',
      { class: 'categories' },
      measure.category.map((c) =>
        h('li', {}, h('span', { class: `tool tool-${c.tool}` }, c.label), ' ', c.triggers.length ? t('triggers', { words: c.triggers.join('、') }) : ''),
      ),
    ),
    h('p', { class: `specificity${s.vague ? ' vague' : ''}` }, t('fact-specificity'), '：', spec.length ? spec.join('；') : t('spec-none')),
  ];
}

function checkCard(ix, finding, actions) {
  const place = findingPlace(ix.text ?? '', finding);
  return [
    h(
      'p',
      { class: `card-kind severity-${finding.severity}` },
      h('span', { 'aria-hidden': 'true' }, SEVERITY_ICON[finding.severity] ?? ''),
      ' ',
      t(`severity-${finding.severity}`),
      ' · ',
      h('span', { class: 'rule', title: finding.code }, ruleOf(finding)),
      ' · ',
      t('line-n', { n: place.line }),
    ),
    h('p', { class: 'card-message' }, message(finding)),
    quoteOf(place),
    fixText(finding) && !actions?.applyFix ? h('p', { class: 'fix' }, t('fact-fix'), '：', fixText(finding)) : null,
    finding.fix !== null &&
      actions?.applyFix &&
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => actions.applyFix(finding) },
        fixText(finding),
      ),
    actions?.ignore &&
      h(
        'p',
        { class: 'card-actions' },
        h('button', { type: 'button', onclick: () => actions.ignore(finding) }, t('ignore-one')),
        h('button', { type: 'button', onclick: () => actions.ignoreRule(finding) }, t('ignore-rule')),
      ),
  ];
}

/** A finding's quoted context: the span marked (not a highlight: no data-pl-kind). */
export function quoteOf(place) {
  return h('p', { class: 'context' }, h('span', { class: 'visually-hidden' }, t('fact-context'), '：'), place.before, h('mark', { class: 'quote' }, place.quote || '∅'), place.after);
}
