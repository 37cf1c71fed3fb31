// The editor's page: it wires the controls, sends the text to the worker (engine.js) and
// draws what comes back. It never runs the analysis itself, so typing stays smooth while a
// long document is analysed.
//
// A keystroke redraws at once: the highlights already shown are moved by the edit's length
// (those the edit touches are dropped), then the text is analysed after a short pause and
// everything is redrawn from the new analysis. The status element carries data-state
// (loading, ready, busy, done, error) so that a test, or a screen reader through
// aria-live, can tell when the analysis of the current text is shown.

import { Engine } from './engine.js';
import { Mirror, diffEdit, shiftItems } from './highlight.js';
import { NO_VERDICT, VERDICTS, countVerdicts, findingsOf, highlightItems, indexAnalysis, itemAt, stepFinding } from './describe.js';
import { cardContent } from './card.js';
import { compareTab, dataTab, dateInPlan, findingsTab, measuresTab, overviewTab } from './panels.js';
import { newTargetId, planTable, targetForm, unreadList } from './planview.js';
import { BUILTIN_ID, PlanLibrary, draftYear, exportJson, exportName as planFileName, periodOf, periodText, planShapeError, proposal } from './plans.js';
import { analysisJson, claimsCsv, findingsCsv, reportElement, reportHtml } from './export.js';
import { download, h } from './dom.js';
import * as store from './store.js';
import { language, setLanguage, t } from './i18n.js';
import { REPORT_CSS } from './report-css.js';

const $ = (name) => document.querySelector(`[data-pl="${name}"]`);
const editor = $('editor');
const mirror = new Mirror($('mirror'));
const status = $('status');
const panel = $('panel');
const card = $('card');
const planDialog = $('plan-dialog');

const DEBOUNCE_MS = 120;
const SAVE_MS = 400;
const HOVER_MS = 200;

const settings = store.loadSettings();
const ignored = store.loadIgnored();
let engine = null;
let handle = null;
let plan = null; // the plan figures are judged against (targets JSON), or null
const library = new PlanLibrary();
// Which plan is in use: a library entry's id, or 'none'; `edited` while it has corrections
// not saved (then `id` is the entry they were made on).
let current = { id: BUILTIN_ID, edited: false };
let editing = null; // the id of the target whose form is open, 'new', or null
const dismissed = new Set(); // proposals declined: `${year}:${entry id}`
let text = ''; // the editor's text as last seen
let items = []; // the highlights drawn now (shifted after an edit until the next analysis)
let ix = null; // the index of the analysis shown, null while it is being redone
let statusArgs = ['loading', {}];
let tab = 'overview';
const tabState = {
  measures: { query: '', category: '', vagueOnly: false },
  data: { query: '', verdict: '', sort: null, desc: false },
};
let timers = { analyze: 0, save: 0, hover: 0 };
let cardFor = null; // the id whose card is open
let cleared = null; // the text before 清空, for 撤销
let docDate = null; // the document's year as the editor set it (null: the text's own date)

// ---------------------------------------------------------------- status and notices

function setStatus(state, key = state, args = {}) {
  statusArgs = [key, args];
  status.dataset.state = state;
  status.textContent = t(key, args);
}

let noticeArgs = null; // the notice shown, retranslated when the language changes

function notify(key, args = {}) {
  const n = $('notice');
  noticeArgs = [key, args];
  n.textContent = t(key, args);
  // The plan dialog is modal: what its actions did is said inside it too.
  if (planDialog.open) $('plan-message').textContent = n.textContent;
  n.hidden = false;
  clearTimeout(timers.notice);
  timers.notice = setTimeout(() => (n.hidden = true), 8000);
}

// ---------------------------------------------------------------- the engine

async function startEngine() {
  const pkg = (file) => new URL(`./pkg/${file}`, import.meta.url);
  engine = Engine.shared(
    {
      worker: new URL('./worker.js', import.meta.url),
      wasm: pkg('policylens_bg.wasm'),
      dictionaries: { small: pkg('dict.small.txt'), full: pkg('dict.txt') },
      plan: pkg('hubei-14.json'),
    },
    settings.dictionary,
  );
  engine.addEventListener('ready', ({ detail }) => {
    $('version').textContent = `v${detail.version}`;
    if (status.dataset.state === 'loading') setStatus('ready', 'ready', { dict: detail.dictionary, ms: Math.round(detail.ms) });
  });
  engine.addEventListener('error', ({ detail }) => setStatus('error', 'error', { message: detail.message }));
  engine.addEventListener('crashed', () => notify('crashed'));
  setStatus('loading');
  try {
    handle = await startAnalyzer();
    analyzeNow();
    plan = await handle.getPlan();
    syncPlanSelect();
    showPlanLine();
    if (ix) show(ix.analysis); // the cards and 对标 need the plan's targets
  } catch (err) {
    setStatus('error', 'error', { message: err.message });
  }
}

/** The Analyzer with the plan chosen last time; the built-in plan if that one is gone or
 *  no longer reads. */
async function startAnalyzer() {
  const id = settings.plan === 'none' || library.get(settings.plan) ? settings.plan : BUILTIN_ID;
  current = { id, edited: false };
  try {
    return await engine.analyzer(engineChoice(id));
  } catch (err) {
    if (id === BUILTIN_ID) throw err;
    notify('plan-failed', { message: err.message });
    current = { id: BUILTIN_ID, edited: false };
    return engine.analyzer('builtin');
  }
}

/** The built-in plan's targets JSON, for its entry in the library (period, export). */
async function loadBuiltinEntry() {
  const response = await fetch(new URL('./pkg/hubei-14.json', import.meta.url));
  if (!response.ok) return;
  library.builtin.json = await response.json();
  syncPlanSelect();
  showPlanLine();
  if (planDialog.open && $('plan-paste').hidden) showPlanTable();
}

function scheduleAnalysis() {
  clearTimeout(timers.analyze);
  timers.analyze = setTimeout(analyzeNow, DEBOUNCE_MS);
}

async function analyzeNow() {
  clearTimeout(timers.analyze);
  if (!handle) return;
  const sent = editor.value;
  try {
    const result = await handle.analyze(sent, { date: docDate });
    if (!result || sent !== editor.value) return; // a newer text is on its way
    show(result.analysis, result.ms);
  } catch (err) {
    if (sent === editor.value) setStatus('error', 'error', { message: err.message });
  }
}

// ---------------------------------------------------------------- editing

function onInput() {
  const next = editor.value;
  const edit = diffEdit(text, next);
  text = next;
  // At once: the highlights still right for the new text, moved by the edit.
  items = shiftItems(items, edit);
  ix = null;
  // Not awaited: the lines near the edit are drawn at once. With nothing left to draw
  // (a paste over everything, a new text), the mirror is simply emptied: its text is
  // invisible, and the analysis draws it once, with its highlights.
  if (items.length) mirror.render(text, items);
  else mirror.clear();
  closeCard();
  setStatus('busy');
  // A paste is analysed at once; typing waits for a pause.
  if (edit.inserted + edit.removed > 200) analyzeNow();
  else scheduleAnalysis();
  clearTimeout(timers.save);
  timers.save = setTimeout(saveDraft, SAVE_MS);
}

function saveDraft() {
  clearTimeout(timers.save);
  timers.save = 0;
  if (settings.autosave && !store.saveDraft(editor.value)) notify('save-failed');
}

function setText(value) {
  editor.value = value;
  editor.scrollTop = 0;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
}

function syncScroll() {
  // The textarea's scrollbar narrows its text; the mirror has none, so it stops short.
  mirror.el.style.right = `${editor.offsetWidth - editor.clientWidth}px`;
  mirror.el.scrollTop = editor.scrollTop;
  mirror.el.scrollLeft = editor.scrollLeft;
  if (cardFor) placeCard(cardFor);
}

// ---------------------------------------------------------------- showing an analysis

async function show(analysis, ms = null) {
  ix = indexAnalysis(analysis, plan, (f) => store.isIgnored(ignored, f, text), text);
  items = highlightItems(ix);
  if (!(await mirror.render(text, items))) return; // the text changed meanwhile
  syncScroll();
  $('claim-count').textContent = String(analysis.claims.length);
  $('measure-count').textContent = String(analysis.measures.length);
  $('check-count').textContent = String(ix.checks.length);
  drawVerdictLegend();
  drawPanel();
  showPlanLine();
  const verdicts = countVerdicts(analysis);
  $('summary').textContent = t('summary', {
    claims: analysis.claims.length,
    measures: analysis.measures.length,
    checks: ix.checks.length,
    behind: verdicts.behind ?? 0,
    contradicts: verdicts.contradicts_plan ?? 0,
  });
  setStatus('done', 'done', { n: analysis.claims.length, ms: Math.round(ms ?? 0) });
}

/** The verdicts' key: each verdict's glyph, a sample of its underline (the shape the
 *  highlights draw) and its name; 未对标 too when a plan is on. */
function drawVerdictLegend() {
  const counts = ix ? countVerdicts(ix.analysis) : {};
  const keys = Object.entries(VERDICTS);
  if (plan) {
    const judged = Object.values(counts).reduce((a, b) => a + b, 0);
    counts.none = ix ? ix.analysis.claims.length - judged : 0;
    keys.push(['none', NO_VERDICT]);
  }
  $('verdict-legend').replaceChildren(
    ...keys.map(([v, icon]) =>
      h(
        'li',
        { class: `verdict-key verdict-${v}` },
        h('span', { class: 'sample', 'aria-hidden': 'true' }, icon),
        h('span', { class: `line-sample hl-claim verdict-${v}`, 'aria-hidden': 'true' }, '12%'),
        ` ${t(`verdict-${v}`)} `,
        h('span', { class: 'count' }, String(counts[v] ?? 0)),
      ),
    ),
  );
}

function applyLayers() {
  for (const button of document.querySelectorAll('[data-layer]')) {
    const on = settings.layers[button.dataset.layer] !== false;
    button.setAttribute('aria-pressed', String(on));
    mirror.el.classList.toggle(`hide-${button.dataset.layer}`, !on);
  }
}

// ---------------------------------------------------------------- the side panel

const go = {
  reveal,
  revealRange,
  openPlanRange,
  /** The editor's year for the document (null: back to the date the text gives). */
  setDate(year) {
    docDate = year;
    setStatus('busy');
    analyzeNow();
  },
  restoreIgnored() {
    ignored.rules.clear();
    ignored.items.clear();
    store.saveIgnored(ignored);
    if (ix) show(ix.analysis);
  },
};

function drawPanel() {
  for (const b of document.querySelectorAll('[data-tab]')) {
    const on = b.dataset.tab === tab;
    b.setAttribute('aria-selected', String(on));
    b.tabIndex = on ? 0 : -1;
  }
  panel.setAttribute('aria-labelledby', `tab-${tab}`);
  if (!ix) return;
  const redraw = () => {
    const focused = document.activeElement;
    const keep = focused && panel.contains(focused) && focused.matches('input, select') ? focused.getAttribute('aria-label') : null;
    drawPanel();
    if (keep) panel.querySelector(`[aria-label="${CSS.escape(keep)}"]`)?.focus();
  };
  const content = {
    overview: () => overviewTab(ix, go),
    measures: () => measuresTab(ix, tabState.measures, go, redraw),
    data: () => dataTab(ix, tabState.data, go, redraw),
    compare: () => compareTab(ix, go),
    checks: () => findingsTab(ix, { count: ix.ignoredCount }, go),
  }[tab]();
  panel.replaceChildren(...[content].flat(Infinity).filter(Boolean));
}

function selectTab(name, focus = false) {
  tab = name;
  drawPanel();
  if (focus) document.querySelector(`[data-tab="${name}"]`).focus();
}

// ---------------------------------------------------------------- jumping to a place

/** Selects item `id` in the editor, scrolls it into view and flashes it. */
function reveal(id, openCard = false) {
  const found = ix?.byId.get(id);
  if (!found) return;
  revealRange(found.item.start, found.item.end);
  mirror.flash(id);
  if (openCard) showCard(id, true);
}

function revealRange(start, end) {
  mirror.select(editor, start, end);
  syncScroll();
}

function step(direction) {
  const next = ix && stepFinding(findingsOf(ix), direction, editor.selectionStart, editor.selectionEnd);
  if (next) reveal(next.id, true);
  else notify('no-findings');
}

// ---------------------------------------------------------------- cards

const cardActions = {
  openPlan: (target) => openPlanRange(target.start, target.end),
  applyFix,
  ignore(finding) {
    ignored.items.add(store.ignoreKey(finding, text));
    store.saveIgnored(ignored);
    closeCard();
    show(ix.analysis);
  },
  ignoreRule(finding) {
    ignored.rules.add(finding.code);
    store.saveIgnored(ignored);
    closeCard();
    show(ix.analysis);
  },
};

function showCard(id, focus = false) {
  if (!ix) return;
  const content = cardContent(ix, id, cardActions);
  if (!content) return;
  $('card-body').replaceChildren(...[content].flat(Infinity).filter(Boolean));
  card.hidden = false;
  cardFor = id;
  placeCard(id);
  if (focus) card.focus();
}

function placeCard(id) {
  const mark = mirror.marks(id)[0];
  if (!mark) return;
  const r = mark.getBoundingClientRect();
  const box = $('editor-box').getBoundingClientRect();
  if (r.bottom < box.top || r.top > box.bottom) {
    card.hidden = true;
    return;
  }
  card.hidden = false;
  const width = Math.min(420, window.innerWidth - 16);
  const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
  const below = r.bottom + 6;
  card.style.left = `${left}px`;
  card.style.width = `${width}px`;
  // Below the mark when there is room, above it otherwise.
  const height = card.offsetHeight;
  card.style.top = `${below + height < window.innerHeight ? below : Math.max(8, r.top - height - 6)}px`;
}

function closeCard(refocus = false) {
  if (card.hidden && !cardFor) return;
  card.hidden = true;
  cardFor = null;
  if (refocus) editor.focus({ preventScroll: true });
}

/** The item under the pointer: the mirror lies under the textarea, so ask for every element there. */
function itemAtPoint(x, y) {
  const marks = document.elementsFromPoint(x, y).filter((el) => el.dataset?.plId && mirror.el.contains(el));
  const rank = { check: 0, claim: 1, measure: 2 };
  const visible = marks.filter((m) => settings.layers[m.dataset.plKind] !== false);
  visible.sort((a, b) => rank[a.dataset.plKind] - rank[b.dataset.plKind]);
  return visible[0]?.dataset.plId ?? null;
}

/** An open menu stays on the screen: anchored under its button's right edge, it is moved
 *  sideways when that would put it past either edge (a header wrapped on a narrow screen). */
function keepMenuOnScreen(menu) {
  const body = menu.querySelector('.menu-body');
  body.style.right = '';
  if (!menu.open) return;
  const r = body.getBoundingClientRect();
  const margin = 8;
  if (r.left < margin) body.style.right = `${r.left - margin}px`;
  else if (r.right > window.innerWidth - margin) body.style.right = `${r.right - (window.innerWidth - margin)}px`;
}

/** A tap (or click) on a highlight opens its card: touch screens have no hover. */
function onTap(e) {
  const id = itemAtPoint(e.clientX, e.clientY);
  if (id && id !== cardFor) showCard(id);
}

function onPointerMove(e) {
  clearTimeout(timers.hover);
  timers.hover = setTimeout(() => {
    const id = itemAtPoint(e.clientX, e.clientY);
    if (id && id !== cardFor) showCard(id);
  }, HOVER_MS);
}

// ---------------------------------------------------------------- fixes

/** Applies a finding's fix as an edit of the textarea, so Ctrl+Z undoes it. */
function applyFix(finding) {
  if (finding.fix === null || editor.value.slice(finding.start, finding.end) !== text.slice(finding.start, finding.end)) return;
  closeCard();
  editor.focus({ preventScroll: true });
  editor.setSelectionRange(finding.start, finding.end);
  // execCommand keeps the browser's own undo stack; setRangeText is the fallback.
  const done = document.execCommand?.('insertText', false, finding.fix);
  if (!done) {
    editor.setRangeText(finding.fix, finding.start, finding.end, 'end');
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  }
  notify('fixed');
}

// ---------------------------------------------------------------- plans
//
// The plan in use is an entry of the library (plans.js: the built-in plan, or one the
// editor read, imported or saved), `none`, or an entry with corrections not saved yet.
// Every change goes through the worker's set-plan, which keeps the plan in use when the
// new one cannot be read: on a failure nothing here changes either.

/** The engine's plan option for a library entry, or for 'none'. */
function engineChoice(id) {
  if (id === 'none') return null;
  if (id === BUILTIN_ID) return 'builtin';
  const entry = library.get(id);
  return entry ? { json: entry.json } : 'builtin';
}

const entryName = (entry) => (entry.builtin ? t('plan-builtin') : entry.name);

/**
 * Sets `next` (an engine plan option) in the worker; on success it is the plan in use,
 * `now` says which entry it is ({id, edited}). Resolves with the plan, or null on failure
 * (`fail(err)` says why; by default the notice that the old plan stays).
 */
async function applyPlan(next, now, fail = (err) => notify('plan-failed', { message: err.message })) {
  try {
    const info = await handle.setPlan(next);
    plan = info;
    current = now;
    if (!now.edited && now.id) {
      settings.plan = now.id;
      saveSettings();
    }
    editing = null;
    syncPlanSelect();
    showPlanLine();
    if (planDialog.open && $('plan-paste').hidden) showPlanTable();
    setStatus('busy');
    analyzeNow();
    return info ?? true;
  } catch (err) {
    syncPlanSelect();
    fail(err);
    return null;
  }
}

async function useEntry(id) {
  const info = await applyPlan(engineChoice(id), { id, edited: false });
  if (info) {
    if (id === 'none') notify('plan-off');
    else notify('plan-loaded', { title: plan.plan.title ?? t('plan-untitled'), n: plan.targets.length });
  }
  return info;
}

/** A plan's text, read by the engine, kept in the library (the same text replaces its entry). */
async function readPlanText(value) {
  const info = await applyPlan({ text: value }, { id: null, edited: false });
  if (!info) return false;
  const { entry, stored } = library.keep({ name: info.plan.title ?? t('plan-untitled'), json: info, text: value, sameText: true });
  current = { id: entry.id, edited: false };
  settings.plan = entry.id;
  saveSettings();
  syncPlanSelect();
  showPlanLine();
  notify(stored ? 'plan-loaded' : 'plan-saved-session', { title: entryName(entry), name: entryName(entry), n: info.targets.length });
  return true;
}

/** A targets JSON file: checked for its shape here, then by the engine; kept on success. */
async function importPlan(file) {
  let json;
  try {
    json = JSON.parse(await file.text());
  } catch {
    notify('plan-not-json', { name: file.name });
    return;
  }
  const shape = planShapeError(json);
  if (shape) {
    notify('plan-import-bad', { name: file.name, reason: t(shape.key, shape.args) });
    return;
  }
  const info = await applyPlan({ json }, { id: null, edited: false }, (err) => notify('plan-import-bad', { name: file.name, reason: err.message }));
  if (!info) return;
  const name = info.plan.title ?? file.name.replace(/\.json$/i, '');
  const { entry, stored } = library.keep({ name, json: info });
  current = { id: entry.id, edited: false };
  settings.plan = entry.id;
  saveSettings();
  syncPlanSelect();
  if (planDialog.open) showPlanTable();
  notify(stored ? 'plan-imported' : 'plan-saved-session', { name, n: info.targets.length });
}

/** The plan in use with `targets` instead of its own: the corrections, applied at once. */
async function correctPlan(targets, key, args) {
  const info = await applyPlan({ json: { ...plan, targets } }, { id: current.id, edited: true });
  if (info) notify(key, args);
}

/** Saves the plan in use, corrections and all, as the editor's own plan named `name`. */
async function savePlanAs(name) {
  const text = await planText();
  const { entry, stored } = library.keep({ name, json: plan, text });
  current = { id: entry.id, edited: false };
  settings.plan = entry.id;
  saveSettings();
  syncPlanSelect();
  showPlanLine();
  showPlanTable();
  notify(stored ? 'plan-saved' : 'plan-saved-session', { name });
}

function deleteEntry(entry) {
  if (!library.remove(entry.id)) return;
  if (current.id === entry.id) {
    // Still in use: it becomes a plan not saved, which the editor can save again.
    current = { id: entry.id, edited: true };
    settings.plan = BUILTIN_ID;
    saveSettings();
    notify('plan-deleted-current', { name: entry.name });
  } else notify('plan-deleted', { name: entry.name });
  syncPlanSelect();
  showPlanLine();
  showPlanTable();
}

function exportEntry(entry) {
  download(planFileName(entryName(entry)), 'application/json', exportJson(entry.json));
}

function showPlanLine() {
  const line = $('plan-line');
  if (!plan) {
    line.replaceChildren(t('plan-line-none'));
    line.classList.remove('warn');
    showProposal();
    return;
  }
  const p = plan.plan;
  const period = periodText(periodOf(p));
  const parts = [t('plan-line', { title: p.title ?? t('plan-untitled'), period, n: plan.targets.length })];
  if (current.edited) parts.push(t('plan-line-edited'));
  const unread = plan.unread?.length ?? 0;
  if (unread) parts.push(' ', h('button', { type: 'button', class: 'link warn-link', onclick: () => openPlanDialog('table') }, t('plan-line-unread', { n: unread })));
  const inside = ix ? dateInPlan(ix.analysis, plan) : null;
  if (inside === false) parts.push(' ', h('strong', {}, t('plan-outside', { year: draftYear(ix.analysis), period })));
  line.replaceChildren(...parts);
  line.classList.toggle('warn', inside === false || unread > 0);
  showProposal();
}

/** The plan of the library whose period holds the draft's year, when the one in use does
 *  not: proposed, never switched to unasked. */
function showProposal() {
  const box = $('plan-proposal');
  const year = ix ? draftYear(ix.analysis) : null;
  const others = library.entries().filter((e) => e.id !== current.id);
  const offer = plan && year ? proposal(others, plan.plan, year) : null;
  if (!offer || dismissed.has(`${year}:${offer.id}`)) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const name = entryName(offer);
  box.replaceChildren(
    t('plan-proposal', { year, name, period: periodText(periodOf(offer.json.plan)) }),
    ' ',
    h('button', { type: 'button', class: 'primary', dataset: { pl: 'plan-accept' }, onclick: () => useEntry(offer.id) }, t('plan-proposal-accept')),
    ' ',
    h(
      'button',
      {
        type: 'button',
        dataset: { pl: 'plan-dismiss' },
        onclick: () => {
          dismissed.add(`${year}:${offer.id}`);
          showProposal();
        },
      },
      t('plan-proposal-dismiss'),
    ),
  );
  box.hidden = false;
}

function syncPlanSelect() {
  const select = $('plan-choice');
  for (const o of select.querySelectorAll('option[data-entry]')) o.remove();
  const builtin = select.querySelector('option[value="builtin"]');
  const options = library.saved.map((e) => h('option', { value: e.id, dataset: { entry: '' } }, e.name));
  if (current.edited) options.push(h('option', { value: 'edited', dataset: { entry: '' } }, t('plan-edited-option', { title: plan?.plan?.title ?? t('plan-untitled') })));
  builtin.after(...options);
  select.value = current.edited ? 'edited' : (current.id ?? BUILTIN_ID);
}

async function onPlanChoice() {
  const select = $('plan-choice');
  const value = select.value;
  if (value === 'paste') {
    syncPlanSelect();
    openPlanDialog('paste');
  } else if (value === 'file') {
    syncPlanSelect();
    $('plan-file').click();
  } else if (value !== 'edited') {
    select.disabled = true;
    await useEntry(value);
    select.disabled = false;
  }
}

async function onPlanFile() {
  const input = $('plan-file');
  const file = input.files?.[0];
  input.value = '';
  if (file) await importPlan(file);
}

let builtinPlanText = null;

/** The text the plan in use was read from (its offsets point into it), or null. */
async function planText() {
  const entry = current.id ? library.get(current.id) : null;
  if (entry && !entry.builtin) return entry.text ?? null;
  if (current.id !== BUILTIN_ID && !(entry?.builtin)) return null;
  if (builtinPlanText === null) {
    const response = await fetch(new URL('./plans/builtin.txt', import.meta.url));
    builtinPlanText = response.ok ? await response.text() : '';
  }
  return builtinPlanText || null;
}

/** Whether planText() has a text to give (the built-in plan's is fetched when asked). */
function hasPlanText() {
  if (current.id === BUILTIN_ID) return true;
  return Boolean(current.id && library.get(current.id)?.text);
}

function openPlanDialog(mode) {
  $('plan-paste').hidden = mode !== 'paste';
  $('plan-message').textContent = '';
  if (mode === 'paste') {
    $('plan-body').replaceChildren();
    $('plan-dialog-title').textContent = t('plan-paste');
  } else showPlanTable();
  if (!planDialog.open) planDialog.showModal();
  if (mode === 'paste') $('plan-text').focus();
}

/** The dialog's main view: the library, then the plan in use with its warnings and targets. */
function showPlanTable() {
  $('plan-paste').hidden = true;
  $('plan-dialog-title').textContent = plan?.plan?.title ?? t('plan-dialog');
  const open = hasPlanText() ? openPlanRange : null;
  const body = [libraryView()];
  if (!plan) body.push(h('p', { class: 'empty' }, t('no-plan')));
  else {
    body.push(unreadList(plan, { open, editable: true }));
    if (current.edited) body.push(saveForm());
    if (editing !== null) {
      const target = editing === 'new' ? null : plan.targets.find((tg) => tg.id === editing);
      body.push(targetForm(target ?? null, onTargetSaved, () => ((editing = null), showPlanTable())));
    } else {
      body.push(h('p', { class: 'plan-actions' }, h('button', { type: 'button', dataset: { pl: 'target-add' }, onclick: () => editTarget('new') }, t('target-add'))));
    }
    body.push(
      planTableBox(plan, {
        open,
        edit: (tg) => editTarget(tg.id),
        remove: (tg) => correctPlan(plan.targets.filter((x) => x.id !== tg.id), 'target-deleted', { name: tg.indicator }),
      }),
    );
  }
  $('plan-body').replaceChildren(...body.filter(Boolean));
  $('plan-body').querySelector('.target-form input')?.focus();
}

/** The targets table in the box that scrolls sideways on a narrow screen, as the figures
 *  table does (styles.css .table-box): the dialog itself never gets wider than the screen. */
function planTableBox(plan, actions) {
  return h('div', { class: 'table-box' }, planTable(plan, actions));
}

function editTarget(id) {
  editing = id;
  showPlanTable();
}

function onTargetSaved(next) {
  if (editing === 'new') {
    const target = { ...next, id: newTargetId(plan) };
    correctPlan([...plan.targets, target], 'target-added', { name: target.indicator });
  } else {
    correctPlan(plan.targets.map((tg) => (tg.id === next.id ? next : tg)), 'target-changed', { name: next.indicator });
  }
}

/** Name and save the corrected plan. */
function saveForm() {
  const entry = current.id ? library.get(current.id) : null;
  const suggested = entry && !entry.builtin ? entry.name : `${plan.plan.title ?? t('plan-untitled')}${language() === 'zh' ? '（修改）' : ' (corrected)'}`;
  const input = h('input', { id: 'plan-save-name', name: 'name', value: suggested, required: true, dataset: { pl: 'plan-save-name' } });
  return h(
    'form',
    {
      class: 'plan-save',
      onsubmit: (e) => {
        e.preventDefault();
        const name = input.value.trim();
        if (name) savePlanAs(name);
      },
    },
    h('p', { class: 'plan-edited' }, t('plan-edited')),
    h('label', { for: 'plan-save-name' }, t('plan-save-name')),
    ' ',
    input,
    ' ',
    h('button', { type: 'submit', class: 'primary', dataset: { pl: 'plan-save' } }, t('plan-save')),
  );
}

/** The plans kept on this computer, each with 使用 / 导出 / 删除. */
function libraryView() {
  const rows = library.entries().map((entry) => {
    const name = entryName(entry);
    const info = entry.json.plan ?? {};
    const inUse = current.id === entry.id;
    return h(
      'li',
      { dataset: { planId: entry.id }, class: inUse ? 'in-use' : null },
      h('span', { class: 'plan-name' }, name),
      entry.builtin ? h('span', { class: 'tag' }, t('plan-tag-builtin')) : null,
      inUse ? h('span', { class: 'tag current' }, t('plan-tag-current')) : null,
      h('span', { class: 'muted' }, ' ', t('plan-entry', { region: info.region ?? '?', period: periodText(periodOf(info)), n: entry.json.targets.length })),
      h(
        'span',
        { class: 'row-actions' },
        inUse && !current.edited
          ? null
          : h('button', { type: 'button', class: 'link', dataset: { action: 'use' }, 'aria-label': t('plan-use-label', { name }), onclick: () => useEntry(entry.id) }, t('plan-use')),
        h('button', { type: 'button', class: 'link', dataset: { action: 'export' }, 'aria-label': t('plan-export-label', { name }), onclick: () => exportEntry(entry) }, t('plan-export')),
        entry.builtin
          ? null
          : h('button', { type: 'button', class: 'link', dataset: { action: 'delete' }, 'aria-label': t('plan-delete-label', { name }), onclick: () => deleteEntry(entry) }, t('plan-delete')),
      ),
    );
  });
  return h(
    'section',
    { class: 'plan-library', dataset: { pl: 'plan-library' } },
    h('h3', {}, t('plan-library')),
    h('ul', {}, rows),
    h(
      'p',
      { class: 'plan-actions' },
      h('button', { type: 'button', dataset: { pl: 'plan-import' }, onclick: () => $('plan-file').click() }, t('plan-import')),
      ' ',
      h('button', { type: 'button', onclick: () => openPlanDialog('paste') }, t('plan-paste-open')),
      ' ',
      h('span', { class: 'muted' }, t('plan-library-hint')),
    ),
  );
}

/** Shows the plan's own text with [start, end) marked (no data-pl-kind: not a highlight). */
async function openPlanRange(start, end) {
  closeCard();
  const source = await planText();
  $('plan-paste').hidden = true;
  $('plan-dialog-title').textContent = plan?.plan?.title ?? t('plan-dialog');
  if (!source) {
    $('plan-body').replaceChildren(h('p', { class: 'empty' }, t('plan-no-text')), plan ? planTableBox(plan) : '');
  } else {
    const hit = h('mark', { class: 'plan-hit', tabindex: '-1' }, source.slice(start, end));
    const pre = h('pre', { class: 'plan-text' }, source.slice(Math.max(0, start - 3000), start), hit, source.slice(end, end + 3000));
    $('plan-body').replaceChildren(
      h('button', { type: 'button', class: 'link', onclick: showPlanTable }, t('plan-back')),
      pre,
    );
    if (!planDialog.open) planDialog.showModal();
    hit.scrollIntoView({ block: 'center' });
    hit.focus({ preventScroll: true });
    return;
  }
  if (!planDialog.open) planDialog.showModal();
}

// ---------------------------------------------------------------- samples

async function loadSampleIndex() {
  const response = await fetch(new URL('./samples/index.json', import.meta.url));
  if (!response.ok) return; // no samples built: the menu stays empty
  for (const { file, title } of await response.json()) {
    $('samples').append(h('option', { value: file }, title));
  }
}

async function loadSample(file) {
  setStatus('busy');
  const response = await fetch(new URL(`./samples/${encodeURIComponent(file)}`, import.meta.url));
  if (!response.ok) {
    setStatus('error', 'sample-failed', { status: response.status });
    return;
  }
  docDate = null; // a new document: its own date again
  setText(await response.text());
}

// ---------------------------------------------------------------- export

function exportName(ext) {
  const stamp = new Date().toISOString().slice(0, 10);
  return `policylens-${stamp}.${ext}`;
}

function needAnalysis() {
  if (ix) return true;
  notify('export-wait');
  return false;
}

function printReport() {
  if (!needAnalysis()) return;
  $('print-area').replaceChildren(reportElement(ix, text));
  window.print();
}

// ---------------------------------------------------------------- settings

function saveSettings() {
  store.saveSettings(settings);
}

function switchLanguage(next) {
  setLanguage(next);
  $('lang').textContent = t('other-language');
  $('lang').lang = language() === 'zh' ? 'en' : 'zh-CN';
  status.textContent = t(...statusArgs);
  if (noticeArgs && !$('notice').hidden) $('notice').textContent = t(...noticeArgs);
  syncPlanSelect();
  showPlanLine();
  if (planDialog.open && $('plan-paste').hidden) showPlanTable();
  drawVerdictLegend();
  if (ix) show(ix.analysis);
}

function setLargeText(on) {
  document.body.classList.toggle('large', on);
}

// ---------------------------------------------------------------- wiring

editor.addEventListener('input', onInput);
editor.addEventListener('scroll', syncScroll);
editor.addEventListener('pointermove', onPointerMove);
editor.addEventListener('click', onTap);
editor.addEventListener('pointerleave', () => clearTimeout(timers.hover));
new ResizeObserver(syncScroll).observe(editor);

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && (cardFor || !card.hidden)) {
    closeCard(true);
    e.preventDefault();
  } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'F8')) {
    step(1);
    e.preventDefault();
  } else if (e.altKey && e.key === 'ArrowUp') {
    step(-1);
    e.preventDefault();
  } else if (e.key === 'F8') {
    step(e.shiftKey ? -1 : 1);
    e.preventDefault();
  } else if (e.altKey && e.key === 'Enter' && document.activeElement === editor) {
    const item = ix && itemAt(ix, editor.selectionStart);
    if (item) showCard(item.id, true);
    e.preventDefault();
  }
});
$('card-close').addEventListener('click', () => closeCard(true));
card.tabIndex = -1;
card.addEventListener('pointerenter', () => clearTimeout(timers.hover));

for (const menu of document.querySelectorAll('details.menu')) menu.addEventListener('toggle', () => keepMenuOnScreen(menu));

$('legend').addEventListener('click', (e) => {
  const button = e.target.closest('[data-layer]');
  if (!button) return;
  const layer = button.dataset.layer;
  settings.layers[layer] = settings.layers[layer] === false;
  saveSettings();
  applyLayers();
});

$('tabs').addEventListener('click', (e) => {
  const b = e.target.closest('[data-tab]');
  if (b) selectTab(b.dataset.tab);
});
$('tabs').addEventListener('keydown', (e) => {
  const names = [...document.querySelectorAll('[data-tab]')].map((b) => b.dataset.tab);
  const i = names.indexOf(tab);
  if (e.key === 'ArrowRight') selectTab(names[(i + 1) % names.length], true);
  else if (e.key === 'ArrowLeft') selectTab(names[(i + names.length - 1) % names.length], true);
  else return;
  e.preventDefault();
});

$('samples').addEventListener('change', (e) => e.target.value && loadSample(e.target.value));
$('clear').addEventListener('click', () => {
  if (!editor.value) return;
  cleared = editor.value;
  setText('');
  $('undo').hidden = false;
  $('undo-clear').focus();
});
$('undo-clear').addEventListener('click', () => {
  if (cleared !== null) setText(cleared);
  cleared = null;
  $('undo').hidden = true;
  editor.focus();
});

$('plan-choice').addEventListener('change', onPlanChoice);
$('plan-file').addEventListener('change', onPlanFile);
$('plan-view').addEventListener('click', () => openPlanDialog('table'));
$('plan-dialog-close').addEventListener('click', () => planDialog.close());
$('plan-paste').addEventListener('submit', async (e) => {
  e.preventDefault();
  const value = $('plan-text').value;
  if (!value.trim()) return;
  if (await readPlanText(value)) {
    $('plan-paste').hidden = true;
    showPlanTable();
  }
});

$('export-csv').addEventListener('click', () => needAnalysis() && download(exportName('csv'), 'text/csv;charset=utf-8', claimsCsv(ix)));
$('export-findings-csv').addEventListener(
  'click',
  () => needAnalysis() && download(exportName('findings.csv'), 'text/csv;charset=utf-8', findingsCsv(ix)),
);
$('export-json').addEventListener('click', () => needAnalysis() && download(exportName('json'), 'application/json', analysisJson(ix, text)));
$('export-report').addEventListener('click', printReport);
$('export-report-html').addEventListener(
  'click',
  () => needAnalysis() && download(exportName('html'), 'text/html;charset=utf-8', reportHtml(ix, text, REPORT_CSS)),
);

$('autosave').addEventListener('change', (e) => {
  settings.autosave = e.target.checked;
  saveSettings();
  if (settings.autosave) saveDraft();
  else {
    store.forgetDraft();
    notify('autosave-off');
  }
});
$('expiry').addEventListener('change', (e) => {
  settings.expiryDays = Number(e.target.value);
  saveSettings();
});
$('clear-local').addEventListener('click', () => {
  store.clearAll();
  ignored.rules.clear();
  ignored.items.clear();
  Object.assign(settings, structuredClone(store.DEFAULT_SETTINGS), { autosave: false });
  // The editor's plans are gone from this computer; the one in use stays until another is
  // chosen, as a plan not saved.
  library.saved = [];
  if (current.id !== BUILTIN_ID && current.id !== 'none') current = { id: current.id, edited: true };
  syncPlanSelect();
  showPlanLine();
  $('autosave').checked = false;
  applyLayers();
  notify('local-cleared');
  if (ix) show(ix.analysis);
});
$('large-text').addEventListener('change', (e) => {
  settings.largeText = e.target.checked;
  setLargeText(settings.largeText);
  saveSettings();
});
$('dictionary').addEventListener('change', async (e) => {
  settings.dictionary = e.target.value;
  saveSettings();
  setStatus('loading');
  try {
    await engine.setDictionary(settings.dictionary);
    setStatus('busy');
    analyzeNow();
  } catch (err) {
    setStatus('error', 'error', { message: err.message });
  }
});
$('lang').addEventListener('click', () => {
  settings.lang = language() === 'zh' ? 'en' : 'zh';
  saveSettings();
  switchLanguage(settings.lang);
});
// Saved when the page is left before the pause after the last keystroke ran out.
window.addEventListener('pagehide', () => timers.save && saveDraft());

// ---------------------------------------------------------------- start

$('autosave').checked = settings.autosave;
$('expiry').value = String(settings.expiryDays);
$('large-text').checked = settings.largeText;
$('dictionary').value = settings.dictionary === 'full' ? 'full' : 'small';
setLargeText(settings.largeText);
switchLanguage(settings.lang ?? 'zh'); // Chinese first, whatever the browser's language
applyLayers();
const draft = store.loadDraft(settings);
if (draft) {
  editor.value = draft.text;
  text = draft.text;
  notify('restored', { when: new Date(draft.savedAt).toLocaleString(language() === 'zh' ? 'zh-CN' : 'en') });
}
mirror.render(text, []);
drawPanel();
startEngine();
loadBuiltinEntry().catch((err) => console.warn('built-in plan:', err));
loadSampleIndex().catch((err) => console.warn('samples:', err));
