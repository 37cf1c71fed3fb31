// What the faces say about an analysis, in one place: the page and the widget both draw
// highlights, cards and tables from these. Nothing here touches the DOM.

import { BOUND, claimFigure, decimal, figure, formulaFigures, writtenMagnitude } from './format.js';
import { language, t } from './i18n.js';
import { ruleName } from './rules.js';

/** The verdicts of verdicts.md, each with an icon so that none is told by colour alone
 *  (and each drawn with its own underline: styles.css, widget.css). */
export const VERDICTS = {
  met: '✔',
  on_track: '↗',
  behind: '↘',
  contradicts_plan: '✖',
  not_comparable: '≠',
};

/** The icon of a figure no plan target matched: a shape of its own, not a colour. */
export const NO_VERDICT = '○';

/** A verdict's icon and name (null: the figure matched no target). */
export function verdictIcon(v) {
  return v ? (VERDICTS[v] ?? '') : NO_VERDICT;
}

export function verdictName(v) {
  return t(`verdict-${v ?? 'none'}`);
}

/** `✔ 已达到`, `○ 未对标`: the verdict's mark as text, for tables, the CSV and labels. */
export function verdictText(v) {
  return `${verdictIcon(v)} ${verdictName(v)}`;
}

// Glyphs every CJK font has (no colour emoji: a government PC may lack the font).
export const SEVERITY_ICON = { error: '‼', warning: '⚠', info: 'ℹ' };

/** Lookups over one analysis (and the plan it was judged against), without the findings
 *  `ignored(finding)` says the user chose to ignore (their number is `ignoredCount`). */
export function indexAnalysis(analysis, plan = null, ignored = () => false, text = '') {
  const all = analysis.checks.map((c, i) => ({ ...c, id: c.id ?? `f${i + 1}` }));
  const checks = all.filter((f) => !ignored(f));
  const byId = new Map();
  for (const c of analysis.claims) byId.set(c.id, { kind: 'claim', item: c });
  for (const m of analysis.measures) byId.set(m.id, { kind: 'measure', item: m });
  for (const c of checks) byId.set(c.id, { kind: 'check', item: c });
  const matchOf = new Map(analysis.matches.map((m) => [m.claim, m]));
  const targets = new Map((plan?.targets ?? []).map((tg) => [tg.id, tg]));
  const sections = new Map((plan?.sections ?? []).map((s) => [s.id, s]));
  const outline = new Map(analysis.outline.map((o) => [o.id, o]));
  return { analysis, plan, text, checks, ignoredCount: all.length - checks.length, byId, matchOf, targets, sections, outline };
}

/** The verdict of a claim, or null when it matched no target. */
export function verdictOf(ix, claim) {
  return ix.matchOf.get(claim.id)?.verdict ?? null;
}

/** How many of the analysis's figures got each verdict: {behind: 2, met: 1, …}. */
export function countVerdicts(analysis) {
  const n = {};
  for (const m of analysis.matches) n[m.verdict] = (n[m.verdict] ?? 0) + 1;
  return n;
}

/** What needs an editor's attention, in text order: the draft's defects, and the figures
 *  behind or against the plan. The keyboard steps through these, in the page and the widget. */
export function findingsOf(ix) {
  const late = ix.analysis.claims.filter((c) => ['behind', 'contradicts_plan'].includes(verdictOf(ix, c)));
  return [...ix.checks, ...late].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The finding after (direction 1) or before (-1) the selection [start, end), wrapping round;
 *  the one selected now is passed over. */
export function stepFinding(list, direction, start, end) {
  if (!list.length) return null;
  const other = (f) => !(f.start === start && f.end === end);
  return direction > 0
    ? (list.find((f) => f.start >= end && other(f)) ?? list[0])
    : ([...list].reverse().find((f) => f.end <= start && other(f)) ?? list[list.length - 1]);
}

/** The item at offset `at` among those drawn (`kinds`): a finding first, then a figure,
 *  then a measure. */
export function itemAt(ix, at, kinds = new Set(['check', 'claim', 'measure'])) {
  const hit = (kind, list) => (kinds.has(kind) ? list.find((x) => x.start <= at && at <= x.end) : undefined);
  return hit('check', ix.checks) ?? hit('claim', ix.analysis.claims) ?? hit('measure', ix.analysis.measures) ?? null;
}

/** The highlight items of an analysis for the layers that are on (highlight.js). */
export function highlightItems(ix) {
  const items = [];
  for (const m of ix.analysis.measures) {
    // No spoken label: a long plan has thousands of clauses, and the figures and findings
    // are what a listener needs named (the 措施 tab lists the measures).
    items.push({ start: m.start, end: m.end, kind: 'measure', id: m.id, cls: `level-${m.level}`, label: null });
  }
  for (const c of ix.analysis.claims) {
    const v = verdictOf(ix, c);
    items.push({
      start: c.start,
      end: c.end,
      kind: 'claim',
      id: c.id,
      cls: `kind-${c.kind} verdict-${v ?? 'none'}`,
      // With a plan, a figure it does not judge says so too (未对标), not only by colour.
      label: v || ix.plan ? t('sr-claim-verdict', { verdict: verdictName(v) }) : t('sr-claim'),
    });
  }
  for (const f of ix.checks) {
    items.push({
      start: f.start,
      end: f.end,
      kind: 'check',
      id: f.id,
      cls: `severity-${f.severity}`,
      label: t('sr-check', { message: message(f) }),
    });
  }
  return items;
}

/** A finding's message in the current language. */
export function message(finding) {
  return language() === 'en' ? finding.message_en : finding.message;
}

/** A match's note, formula or why (`field`) in the interface's language: the Chinese
 *  fields hold Chinese only, the `_en` ones English (issue 14). */
export function matchText(match, field) {
  if (!match) return null;
  const text = language() === 'en' ? (match[`${field}_en`] ?? match[field]) : match[field];
  return field === 'formula' ? formulaFigures(text) : text;
}

/** A finding's rule by name (重复片段), never by its code, in the interface's language. */
export function ruleOf(finding) {
  return ruleName(finding.code, language());
}

/** The claim's value as its text writes it: `750亿元以上` → `≥ 750亿元`. */
export function formatValue(claim) {
  return claimFigure(claim) ?? t('too-large');
}

/** A plan value with the target's unit, in the magnitude the plan would write. */
function planFigure(value, target) {
  return figure(value, target.unit);
}

/** A target's goal as the plan states it: `≥ 6万亿元 (2025)`, `年均增长 6.5%`, or its words. */
export function formatTarget(target) {
  if (target.target) {
    const tg = target.target;
    const value =
      tg.qualifier === 'range' && tg.value_max !== null
        ? `${planFigure(tg.value, target)}～${planFigure(tg.value_max, target)}`
        : planFigure(tg.value, target);
    return `${BOUND[tg.qualifier] ?? ''}${value}${tg.year ? ` (${tg.year})` : ''}${target.cumulative ? ` ${t('cumulative')}` : ''}`;
  }
  if (target.growth !== null) return t('growth-target', { value: decimal(target.growth) });
  return target.note ?? '—';
}

export function formatBaseline(target) {
  const b = target.baseline;
  return b ? `${planFigure(b.value, target)}${b.year ? ` (${b.year})` : ''}` : '—';
}

/** The value the plan's path gives for the claim's year, in the claim's own magnitude (so
 *  that 4860.4亿元 is read beside 4200亿元), to two decimals: it is computed. */
export function formatExpected(claim, match, target) {
  if (match?.expected === null || match?.expected === undefined) return null;
  return figure(match.expected, target?.unit ?? claim.unit, writtenMagnitude(claim.text), 2);
}

/** Where a finding is: its line (1-based), the quoted span and a few characters either
 *  side on that line, for the list, the CSV and the report. */
export function findingPlace(text, finding, around = 12) {
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  let lineEnd = text.indexOf('\n', finding.end);
  if (lineEnd < 0) lineEnd = text.length;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < finding.start; i = text.indexOf('\n', i + 1)) line++;
  const from = Math.max(lineStart, finding.start - around);
  const to = Math.min(Math.max(lineEnd, finding.end), finding.end + around);
  return {
    line,
    before: (from > lineStart ? '…' : '') + text.slice(from, finding.start),
    quote: text.slice(finding.start, finding.end),
    after: text.slice(finding.end, to).replace(/\n/g, ' ') + (to < lineEnd ? '…' : ''),
  };
}

/** A finding's fix as an instruction (`改为“，”`, `删除`), or null when it has none. */
export function fixText(finding) {
  if (finding.fix === null || finding.fix === undefined) return null;
  return finding.fix === '' ? t('fix-delete') : t('fix-replace', { text: finding.fix });
}

/**
 * Progress of a claim towards its target, 0…1 from baseline to target, and where the
 * plan's straight line says it should be now; null when the plan gives no baseline and
 * goal to measure between.
 */
export function progressOf(claim, match, target) {
  const b = target?.baseline?.value;
  const goal = target?.target?.value;
  if (b === undefined || goal === undefined || goal === b || claim.value === null) return null;
  const frac = (v) => Math.max(0, Math.min(1, (v - b) / (goal - b)));
  return {
    value: frac(claim.value),
    expected: match?.expected !== null && match?.expected !== undefined ? frac(match.expected) : null,
  };
}

/** A short label of an item, for lists and the report. */
export function shortText(text, max = 60) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
