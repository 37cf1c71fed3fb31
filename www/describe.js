// What the faces say about an analysis, in one place: the page and the widget both draw
// highlights, cards and tables from these. Nothing here touches the DOM.

import { language, locale, t } from './i18n.js';

/** The verdicts of verdicts.md, each with an icon so that none is told by colour alone. */
export const VERDICTS = {
  met: '✔',
  on_track: '↗',
  behind: '↘',
  contradicts_plan: '✖',
  not_comparable: '≠',
};

// Glyphs every CJK font has (no colour emoji: a government PC may lack the font).
export const SEVERITY_ICON = { error: '‼', warning: '⚠', info: 'ℹ' };

/** Lookups over one analysis (and the plan it was judged against), without the findings
 *  `ignored(finding)` says the user chose to ignore (their number is `ignoredCount`). */
export function indexAnalysis(analysis, plan = null, ignored = () => false) {
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
  return { analysis, plan, checks, ignoredCount: all.length - checks.length, byId, matchOf, targets, sections, outline };
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
      label: v ? t('sr-claim-verdict', { verdict: t(`verdict-${v}`) }) : t('sr-claim'),
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

export function formatNumber(value, digits = 6) {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
}

/** A value with its unit: `75,000,000,000 元`, `6.5%`. */
export function withUnit(value, unit) {
  if (value === null || value === undefined) return '—';
  const u = unit ?? '';
  const space = u === '' || u === '%' || u === '‰' || u.startsWith(':') ? '' : ' ';
  return `${formatNumber(value)}${space}${u}`;
}

/** The normalised value with its unit and bound: `750亿元以上` → `≥ 75,000,000,000 元`. */
export function formatValue(claim) {
  if (claim.value === null) return t('too-large');
  let value = withUnit(claim.value, claim.unit);
  if (claim.qualifier === 'range' && claim.value_max !== null) value = `${formatNumber(claim.value)} – ${withUnit(claim.value_max, claim.unit)}`;
  const prefix = { at_least: '≥ ', at_most: '≤ ', about: '≈ ' }[claim.qualifier] ?? '';
  return prefix + value;
}

/** A target's goal as the plan states it: `65%`, `≥ 6.5%/年`, or its words. */
export function formatTarget(target) {
  if (target.target) {
    const tg = target.target;
    const prefix = { at_least: '≥ ', at_most: '≤ ', about: '≈ ' }[tg.qualifier] ?? '';
    const value =
      tg.qualifier === 'range' && tg.value_max !== null
        ? `${formatNumber(tg.value)} – ${withUnit(tg.value_max, target.unit)}`
        : withUnit(tg.value, target.unit);
    return `${prefix}${value}${tg.year ? ` (${tg.year})` : ''}${target.cumulative ? ` ${t('cumulative')}` : ''}`;
  }
  if (target.growth !== null) return t('growth-target', { value: formatNumber(target.growth) });
  return target.note ?? '—';
}

export function formatBaseline(target) {
  const b = target.baseline;
  return b ? `${withUnit(b.value, target.unit)}${b.year ? ` (${b.year})` : ''}` : '—';
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
