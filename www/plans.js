// The plan library: the plans kept on this computer (the built-in one, and every plan the
// editor read, imported or saved), the rule for a plan's period, the shape check an
// imported targets JSON must pass, and the proposal of the plan whose period holds the
// draft's year. Plain data and localStorage only (store.js); the page draws it.
//
// A library entry: {id, name, json, text, builtin, savedAt}
//   json   the targets JSON (output.md: plan, targets, sections, unread)
//   text   the plan's own text where the plan was read from one (offsets point into it), or null
// The built-in entry's json is the file the worker also reads (pkg/hubei-14.json); the
// entries of the editor are stored under `policylens:plans`.

import * as store from './store.js';

export const BUILTIN_ID = 'builtin';

/**
 * The years a plan covers: a five-year plan based on 2025 runs 2026–2030 (十五五), one
 * based on 2020 runs 2021–2025 (十四五). Without a base year the period is its target year
 * alone. Null when the plan gives no target year.
 */
export function periodOf(info) {
  const end = info?.target_year;
  if (!Number.isInteger(end)) return null;
  const base = info.base_year;
  const start = Number.isInteger(base) && base < end ? base + 1 : end;
  return { start, end };
}

export const periodText = (period) => (period ? `${period.start}—${period.end}` : '?');

/** Whether `year` falls in the plan's period; null when either is unknown. */
export function inPeriod(info, year) {
  const p = periodOf(info);
  if (!p || !Number.isInteger(year)) return null;
  return year >= p.start && year <= p.end;
}

/** The year the draft is dated (what the plan's period is compared with), or null. */
export const draftYear = (analysis) => analysis?.document?.year ?? null;

/**
 * The entry to propose for a draft of `year` while `currentId` is in use: one whose
 * period holds the year, when the current plan's does not (null otherwise). Of several,
 * the newest (the latest end year), then the editor's own over the built-in.
 */
export function proposal(entries, currentInfo, year) {
  if (!Number.isInteger(year) || inPeriod(currentInfo, year) !== false) return null;
  const fits = entries.filter((e) => inPeriod(e.json?.plan, year));
  fits.sort((a, b) => periodOf(b.json.plan).end - periodOf(a.json.plan).end || Number(a.builtin ?? false) - Number(b.builtin ?? false));
  return fits[0] ?? null;
}

// ---------------------------------------------------------------- the shape of targets JSON

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const optional = (v, test) => v === null || v === undefined || test(v);
const QUALIFIERS = ['exact', 'at_least', 'at_most', 'about', 'range'];

/**
 * Why `json` is not the targets JSON of output.md (a key of i18n.js and its arguments),
 * or null when it is. The engine checks again when the plan is applied; this check only
 * makes the common mistakes (an analysis export, a list, a text file) clear.
 */
export function planShapeError(json) {
  if (!isObject(json)) return { key: 'plan-shape-object' };
  if (!isObject(json.plan) || !Array.isArray(json.targets)) {
    return { key: json.analysis || json.claims ? 'plan-shape-analysis' : 'plan-shape-fields' };
  }
  for (const [i, tg] of json.targets.entries()) {
    const n = i + 1;
    if (!isObject(tg) || typeof tg.id !== 'string' || typeof tg.indicator !== 'string' || !tg.indicator.trim()) {
      return { key: 'plan-shape-target', args: { n, field: 'id / indicator' } };
    }
    if (!optional(tg.baseline, (b) => isObject(b) && isNumber(b.value))) return { key: 'plan-shape-target', args: { n, field: 'baseline' } };
    if (!optional(tg.target, (g) => isObject(g) && isNumber(g.value) && QUALIFIERS.includes(g.qualifier))) {
      return { key: 'plan-shape-target', args: { n, field: 'target' } };
    }
    if (!optional(tg.growth, isNumber)) return { key: 'plan-shape-target', args: { n, field: 'growth' } };
    if (tg.direction !== 'up' && tg.direction !== 'down') return { key: 'plan-shape-target', args: { n, field: 'direction' } };
  }
  return null;
}

// ---------------------------------------------------------------- the library

export class PlanLibrary {
  constructor() {
    this.builtin = { id: BUILTIN_ID, name: null, json: null, text: null, builtin: true };
    this.saved = store.loadPlans().filter((e) => e && typeof e.id === 'string' && isObject(e.json));
  }

  /** Every entry, the built-in one first (once its JSON is known). */
  entries() {
    return [...(this.builtin.json ? [this.builtin] : []), ...this.saved];
  }

  get(id) {
    return id === BUILTIN_ID ? this.builtin : (this.saved.find((e) => e.id === id) ?? null);
  }

  /**
   * Keeps a plan: replaces the editor's entry of the same name (or, with `sameText`, a
   * plan read again from the same text), or adds one. Returns the entry, and whether the
   * browser stored it (a full localStorage keeps it for this visit only).
   */
  keep({ name, json, text = null, sameText = false }) {
    const same = this.saved.find((e) => e.name === name || (sameText && text !== null && e.text === text));
    const entry = { id: same?.id ?? newId(), name, json, text, savedAt: Date.now() };
    if (same) this.saved[this.saved.indexOf(same)] = entry;
    else this.saved.push(entry);
    return { entry, stored: this.#store() };
  }

  /** Deletes one of the editor's plans (the built-in one cannot be). */
  remove(id) {
    if (id === BUILTIN_ID) return false;
    this.saved = this.saved.filter((e) => e.id !== id);
    this.#store();
    return true;
  }

  #store() {
    // The plan texts are what fills the quota: without them the targets are still kept.
    return store.savePlans(this.saved) || store.savePlans(this.saved.map((e) => ({ ...e, text: null })));
  }
}

function newId() {
  return `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The plan as a file to export: the targets JSON of output.md, nothing else. */
export function exportJson(json) {
  const { plan, targets, sections = [], unread = [] } = json;
  return `${JSON.stringify({ plan, targets, sections, unread }, null, 1)}\n`;
}

/** A file name for the plan's export: its name, without what a file system refuses. */
export function exportName(name) {
  const safe = String(name ?? 'plan').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 80) || 'plan';
  return `${safe}.json`;
}
