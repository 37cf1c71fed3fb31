// The card of one item (a claim, a measure, a finding): what the analysis knows about it.
// Built from data with dom.js; the faces decide where it shows and what its buttons do
// through `actions` ({openPlan(target), applyFix(finding), ignore(finding), ignoreRule(finding)}).

import { facts, h, progressBar } from './dom.js';
import {
  SEVERITY_ICON,
  VERDICTS,
  formatBaseline,
  formatTarget,
  formatValue,
  message,
  progressOf,
  withUnit,
} from './describe.js';
import { t } from './i18n.js';

export function cardContent(ix, id, actions) {
  const found = ix.byId.get(id);
  if (!found) return null;
  if (found.kind === 'claim') return claimCard(ix, found.item, actions);
  if (found.kind === 'measure') return measureCard(ix, found.item);
  return checkCard(found.item, actions);
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
  else if (ix.plan) parts.push(h('p', { class: 'card-note' }, t('no-match')));
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
    h('p', { class: 'verdict' }, h('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, VERDICTS[v] ?? ''), ' ', t(`verdict-${v}`)),
    target &&
      facts([
        [t('fact-indicator'), target.indicator],
        [t('fact-baseline'), formatBaseline(target)],
        [t('fact-target'), formatTarget(target)],
        [t('fact-expected'), match.expected !== null ? withUnit(match.expected, target.unit) : null],
        [t('fact-attribute'), target.attribute],
      ]),
    progressBar(progress, t('progress-label', { value: Math.round((progress?.value ?? 0) * 100) })),
    match.formula && h('p', { class: 'formula' }, h('span', {}, t('fact-formula'), '：'), h('code', {}, match.formula)),
    match.note && h('p', { class: 'card-note' }, match.note),
    h('p', { class: 'why' }, t('fact-why'), '：', match.why),
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

function checkCard(finding, actions) {
  return [
    h(
      'p',
      { class: `card-kind severity-${finding.severity}` },
      h('span', { 'aria-hidden': 'true' }, SEVERITY_ICON[finding.severity] ?? ''),
      ' ',
      t(`severity-${finding.severity}`),
      ' · ',
      h('code', {}, finding.code),
    ),
    h('p', { class: 'card-message' }, message(finding)),
    finding.fix !== null &&
      actions?.applyFix &&
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => actions.applyFix(finding) },
        finding.fix === '' ? t('fix-delete') : t('fix-replace', { text: finding.fix }),
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
