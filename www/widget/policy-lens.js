// <policy-lens>: the embeddable face of PolicyLens, one custom element for a portal's page.
//
//   <script type="module" src="/policylens/policy-lens.js"></script>
//   <policy-lens for="article-body"></policy-lens>
//
// Standalone (no `for`): its own editor and findings list, a small version of the page.
// Attached (`for="ID"`): the portal's <textarea>, contenteditable element or same-origin
// <iframe> editor is the editor; the widget draws its highlights over it and never changes
// its text, except when the user applies a fix (after a cancelable `policylens-fix`).
//
// Everything heavy is fetched lazily from beside this module (import.meta.url), on first
// use (input, focus) or first visibility: the worker, the .wasm, the dictionary, the
// built-in plan. One worker per page serves every widget; each widget has its own
// Analyzer (its own plan). Shadow DOM (open), styles from a constructable stylesheet (the
// strict CSP allows no inline styles), themed by --pl-* custom properties and ::part().
// The widget never stores draft text; the rules a user ignores are remembered under
// `policylens:` keys.

import { Engine } from '../engine.js';
import { Mirror } from '../highlight.js';
import { NO_VERDICT, VERDICTS, countVerdicts, findingsOf, highlightItems, indexAnalysis, itemAt, shortText, stepFinding, verdictIcon, verdictName, verdictOf } from '../describe.js';
import { cardContent } from '../card.js';
import { dateControl } from '../date-control.js';
import { findingEntry } from '../panels.js';
import { reportHtml } from '../export.js';
import { h } from '../dom.js';
import { planTable, unreadList } from '../planview.js';
import { periodOf, periodText } from '../plans.js';
import { setLanguage, t } from '../i18n.js';
import { ignoreKey, isIgnored, loadIgnored, saveIgnored } from '../store.js';
import { findTarget } from './attach.js';
import CSS_TEXT from './widget.css';
import { REPORT_CSS } from '../report-css.js';

const here = (file) => new URL(`./${file}`, import.meta.url);
const FILES = {
  worker: here('policy-lens.worker.js'),
  wasm: here('policylens_bg.wasm'),
  dictionaries: { small: here('dict.small.txt') },
  plan: here('hubei-14.json'),
};
const LAYERS = { claims: 'claim', measures: 'measure', checks: 'check' };
const DEBOUNCE_MS = 150;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
  }
  return sheet;
}

export class PolicyLensElement extends HTMLElement {
  static observedAttributes = ['for', 'plan', 'lang', 'layers', 'compact', 'date'];

  #root;
  #ui = {};
  #handle = null;
  #starting = null;
  #target = null; // attached mode: the portal's element (attach.js)
  #mirror = null; // standalone mode
  #ix = null;
  #items = [];
  #text = '';
  #timer = 0;
  #planError = null;
  #cardFor = null;
  #visible = null;
  #ignored = loadIgnored();
  #waiting = []; // analyze() promises waiting for the next analysis

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open', delegatesFocus: false });
    this.#root.adoptedStyleSheets = [styles()];
  }

  // ------------------------------------------------------------ lifecycle

  connectedCallback() {
    this.#build();
    // First visibility counts as first use: a widget below the fold costs nothing.
    this.#visible = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.#use();
    });
    this.#visible.observe(this);
    if (this.#target) this.#visible.observe(this.#target.el);
  }

  disconnectedCallback() {
    this.#visible?.disconnect();
    for (const f of this.#detach.splice(0)) f();
    this.#target?.destroy();
    this.#target = null;
    this.#handle?.free();
    this.#handle = null;
    this.#starting = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected || !this.#ui.rootEl) return;
    if (name === 'for') {
      this.disconnectedCallback();
      this.connectedCallback();
    } else if (name === 'plan') {
      if (this.#handle) this.#applyPlan().then(() => this.#analyzeSoon(0));
    } else if (name === 'lang') {
      this.#translate();
      if (this.#ix) this.#show(this.#ix.analysis);
    } else if (name === 'layers') {
      if (this.#ix) this.#show(this.#ix.analysis);
      this.#drawLegend();
    } else if (name === 'date') {
      this.#setStatus('busy');
      this.#analyzeSoon(0);
    } else if (name === 'compact') {
      this.#ui.rootEl.classList.toggle('compact', this.hasAttribute('compact'));
    }
  }

  // ------------------------------------------------------------ the interface

  /** The text analysed: the widget's own editor, or the portal's element. */
  get value() {
    return this.#target ? this.#target.text : (this.#ui.editor?.value ?? '');
  }

  set value(text) {
    const value = String(text ?? '');
    if (this.#target) this.#target.replace(0, this.#target.text.length, value);
    else if (this.#ui.editor) {
      this.#ui.editor.value = value;
      this.#onInput();
    }
  }

  /** The document's year the verdicts assume, as the `date` attribute sets it (the date
   *  control sets the attribute); null: the date the text gives, or an assumed one. */
  get date() {
    const y = Number(this.getAttribute('date'));
    return Number.isInteger(y) && y >= 1949 && y <= 2100 ? y : null;
  }

  set date(year) {
    if (year === null || year === undefined || year === '') this.removeAttribute('date');
    else this.setAttribute('date', String(year));
  }

  /** Analyses the current text now; resolves with the analysis. */
  analyze() {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#analyzeSoon(0);
    });
  }

  /** The review report of the last analysis, as a standalone HTML document (a string). */
  report() {
    if (!this.#ix) return null;
    this.#lang();
    return reportHtml(this.#ix, this.#text, REPORT_CSS);
  }

  // ------------------------------------------------------------ building

  #lang() {
    setLanguage(this.getAttribute('lang') === 'en' ? 'en' : 'zh', this.#root);
  }

  #layers() {
    const attr = this.getAttribute('layers');
    const names = attr === null ? Object.keys(LAYERS) : attr.split(/[\s,]+/);
    return new Set(names.map((n) => LAYERS[n]).filter(Boolean));
  }

  #build() {
    this.#lang();
    const ui = this.#ui;
    const forId = this.getAttribute('for');
    ui.status = h('span', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite', dataset: { state: 'idle' } });
    ui.legend = h('span', { class: 'legend', part: 'legend' });
    ui.message = h('p', { class: 'message', part: 'message', role: 'alert', hidden: true });
    ui.verdicts = h('span', { class: 'legend verdicts', part: 'verdicts' });
    ui.date = h('div', { class: 'date-row', part: 'date', hidden: true });
    // The plan view: what the plan in use says, and what of it could not be read.
    ui.planView = h('section', { class: 'plan-view', part: 'plan', id: 'pl-plan-view', 'aria-label': t('plan-dialog'), hidden: true });
    ui.planButton = h(
      'button',
      { type: 'button', class: 'plan-button', part: 'plan-button', 'aria-expanded': 'false', 'aria-controls': 'pl-plan-view', onclick: () => this.#togglePlan() },
      t('plan-dialog'),
    );
    ui.findings = h('ol', { class: 'findings', part: 'findings' });
    ui.cardBody = h('div', { class: 'card-body' });
    ui.card = h(
      'div',
      { class: 'card', part: 'card', role: 'dialog', 'aria-modal': 'false', tabindex: '-1', hidden: true },
      h('button', { type: 'button', class: 'close', 'data-i18n-label': 'close', 'aria-label': t('close'), onclick: () => this.#closeCard(true) }, '×'),
      ui.cardBody,
    );
    ui.overlays = h('div', { class: 'overlays' });
    const parts = [];
    if (!forId) {
      ui.mirrorEl = h('div', { class: 'mirror' });
      ui.editor = h('textarea', {
        part: 'textarea',
        dataset: { pl: 'editor', i18nPlaceholder: 'placeholder' },
        placeholder: t('placeholder'),
        spellcheck: 'false',
        'aria-label': t('editor'),
      });
      this.#mirror = new Mirror(ui.mirrorEl);
      parts.push(h('div', { class: 'editor', part: 'editor' }, ui.mirrorEl, ui.editor));
      ui.editor.addEventListener('input', () => this.#onInput());
      ui.editor.addEventListener('focus', () => this.#use(), { once: true });
      ui.editor.addEventListener('scroll', () => this.#syncScroll());
      ui.editor.addEventListener('pointermove', (e) => this.#hover(e));
      ui.editor.addEventListener('click', (e) => this.#hover(e, 0)); // a tap: touch has no hover
      ui.editor.addEventListener('keydown', (e) => this.#keys(e));
    }
    ui.rootEl = h(
      'div',
      { class: `root${this.hasAttribute('compact') ? ' compact' : ''}`, part: 'root' },
      h('div', { class: 'bar', part: 'bar' }, h('span', { class: 'brand' }, 'PolicyLens'), ui.legend, ui.verdicts, ui.planButton, ui.status),
      ui.date,
      ui.message,
      ui.planView,
      parts,
      h('div', { class: 'panel', part: 'panel' }, ui.findings),
      ui.card,
      ui.overlays,
    );
    this.#root.replaceChildren(ui.rootEl);
    this.#root.addEventListener('keydown', (e) => e.key === 'Escape' && this.#closeCard(true));
    this.#drawLegend();
    this.#setStatus('idle');
    if (forId) this.#attach(forId);
  }

  /** Attached mode: the portal's element; an iframe editor again on each of its loads
   *  (CMS editors build their iframe's document after the page, and may rebuild it). */
  #attach(id) {
    const root = this.getRootNode();
    const el = root.getElementById?.(id) ?? document.getElementById(id);
    if (el instanceof HTMLIFrameElement) {
      const onLoad = () => this.#setTarget(id);
      el.addEventListener('load', onLoad);
      this.#detach.push(() => el.removeEventListener('load', onLoad));
      const doc = el.contentDocument;
      const loading = !doc || doc.readyState !== 'complete' || (doc.URL === 'about:blank' && el.getAttribute('src'));
      if (loading) return;
    }
    this.#setTarget(id);
  }

  #detach = [];

  #setTarget(id) {
    this.#target?.destroy();
    this.#target = null;
    try {
      this.#target = findTarget(this, id);
    } catch (err) {
      this.#say('error', { message: err.message });
      return;
    }
    if (!this.#target) {
      this.#say('no-target', { id });
      return;
    }
    this.#say(null);
    const target = this.#target;
    target.mount(this.#ui.overlays);
    target.onChange(() => this.#onInput());
    target.listen(target.el, 'focus', () => this.#use(), { once: true });
    target.listen(target.el, 'pointermove', (e) => this.#hover(e));
    target.listen(target.el, 'click', (e) => this.#hover(e, 0));
    target.listen(target.el, 'keydown', (e) => this.#keys(e));
    this.#visible?.observe(target.el);
    if (this.#starting) this.#onInput();
  }

  #translate() {
    this.#lang();
    this.#ui.planButton.textContent = t('plan-dialog');
    this.#drawPlan();
    this.#drawLegend();
    this.#setStatus(...(this.#statusArgs ?? ['idle']));
  }

  // ------------------------------------------------------------ the engine

  /** First use: the engine and this widget's Analyzer (built with its plan), once. */
  #use() {
    if (!this.#starting) {
      this.#setStatus('loading');
      this.#starting = (async () => {
        const engine = Engine.shared(FILES);
        const plan = await this.#planChoice();
        try {
          this.#handle = await engine.analyzer(plan);
        } catch (err) {
          if (plan === null) throw err;
          // A targets JSON the engine refuses: on without a plan, saying why.
          this.#planFailed(err.message);
          this.#handle = await engine.analyzer(null);
        }
        this.#plan = await this.#handle.getPlan();
        this.#drawPlan();
      })();
      this.#starting.then(
        () => this.#analyzeSoon(0),
        (err) => this.#setStatus('error', { message: err.message }),
      );
    }
    return this.#starting;
  }

  /**
   * The `plan` attribute as an engine plan: `builtin` (the default), `none`, or the URL of
   * a targets JSON on this origin. One that cannot be fetched or read gives null (no plan)
   * and a message in the widget: the analysis goes on without it.
   */
  async #planChoice() {
    const attr = (this.getAttribute('plan') ?? 'builtin').trim();
    this.#say(null);
    if (attr === '' || attr === 'builtin') return 'builtin';
    if (attr === 'none') return null;
    try {
      const url = new URL(attr, document.baseURI);
      if (url.origin !== location.origin) throw new Error(t('plan-origin', { url: url.href }));
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${url.pathname}`);
      try {
        return { json: await response.json() };
      } catch {
        throw new Error(t('plan-not-json', { name: url.pathname }));
      }
    } catch (err) {
      this.#planFailed(err.message);
      return null;
    }
  }

  #planFailed(message) {
    this.#lang();
    this.#say('plan-failed-widget', { message });
  }

  /** A changed `plan` attribute, once the Analyzer exists. */
  async #applyPlan() {
    const plan = await this.#planChoice();
    try {
      await this.#handle.setPlan(plan);
    } catch (err) {
      this.#planFailed(err.message);
      await this.#handle.setPlan(null);
    }
    this.#plan = await this.#handle.getPlan();
    this.#drawPlan();
  }

  /** Opens or closes the plan view (first use starts the engine: the plan is its answer). */
  #togglePlan() {
    const view = this.#ui.planView;
    view.hidden = !view.hidden;
    this.#ui.planButton.setAttribute('aria-expanded', String(!view.hidden));
    if (!view.hidden) {
      this.#use();
      this.#drawPlan();
    }
  }

  /** The plan view: the plan's title and period, the warnings of its reading, its targets. */
  #drawPlan() {
    const view = this.#ui.planView;
    if (!view || view.hidden) return;
    this.#lang();
    const plan = this.#plan;
    if (!plan) {
      view.replaceChildren(h('p', { class: 'none' }, t(this.#handle ? 'no-plan' : 'loading')));
      return;
    }
    const p = plan.plan;
    view.replaceChildren(
      h('p', { class: 'plan-summary' }, t('plan-line', { title: p.title ?? t('plan-untitled'), period: periodText(periodOf(p)), n: plan.targets.length })),
      unreadList(plan),
      h('div', { class: 'plan-scroll' }, planTable(plan)),
    );
  }

  #plan = null;

  #onInput() {
    const next = this.value;
    this.#text = next;
    this.#ix = null;
    this.#closeCard();
    this.#use();
    this.#setStatus('busy');
    this.#analyzeSoon(DEBOUNCE_MS);
  }

  #analyzeSoon(ms) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#analyzeNow(), ms);
  }

  async #analyzeNow() {
    if (!this.#handle) {
      this.#use();
      return;
    }
    const text = this.value;
    this.#text = text;
    try {
      const result = await this.#handle.analyze(text, { date: this.date });
      if (!result || text !== this.value) return;
      await this.#show(result.analysis, result.ms);
      const waiting = this.#waiting.splice(0);
      for (const w of waiting) w.resolve(result.analysis);
      this.dispatchEvent(new CustomEvent('policylens-analyzed', { detail: result.analysis, bubbles: true, composed: true }));
    } catch (err) {
      this.#setStatus('error', { message: err.message });
      for (const w of this.#waiting.splice(0)) w.reject(err);
    }
  }

  // ------------------------------------------------------------ drawing

  async #show(analysis, ms = 0) {
    this.#lang();
    const ix = indexAnalysis(analysis, this.#plan, (f) => isIgnored(this.#ignored, f, this.#text), this.#text);
    const layers = this.#layers();
    this.#ix = ix;
    this.#items = highlightItems(ix).filter((it) => layers.has(it.kind));
    const drawn = this.#target ? await this.#target.draw(this.#text, this.#items) : await this.#mirror.render(this.#text, this.#items);
    if (!drawn) return;
    this.#syncScroll();
    this.#drawLegend();
    this.#drawDate();
    this.#drawFindings();
    this.#setStatus('done', { n: analysis.claims.length, ms: Math.round(ms) });
  }

  #drawLegend() {
    this.#lang();
    this.#drawVerdicts();
    const layers = this.#layers();
    const a = this.#ix?.analysis;
    const count = { claim: a?.claims.length ?? 0, measure: a?.measures.length ?? 0, check: this.#ix?.checks.length ?? 0 };
    this.#ui.legend.replaceChildren(
      ...Object.values(LAYERS)
        .filter((k) => layers.has(k))
        .map((k) => h('span', { class: `key ${k}`, part: `key key-${k}` }, h('span', { class: `swatch ${k}`, 'aria-hidden': 'true' }), t(`layer-${k}`), ' ', h('b', {}, String(count[k])))),
    );
  }

  /** The document's date the verdicts assume, with a field to set another year (as the
   *  page's 概览 has): it sets the `date` attribute, which analyses again. */
  #drawDate() {
    const doc = this.#ix?.analysis.document;
    this.#ui.date.hidden = !doc;
    if (!doc) return;
    const go = { setDate: (year) => (this.date = year) };
    this.#ui.date.replaceChildren(h('span', { class: 'date-label' }, t('doc-date'), '：'), dateControl(doc, go));
  }

  /** The findings list: the draft's defects (rule, line, quoted context, fix) and the
   *  figures behind or against the plan (glyph and verdict name). */
  #drawFindings() {
    const ix = this.#ix;
    const entries = findingsOf(ix).map((item) => {
      const open = () => this.#select(item.id, true);
      if (ix.byId.get(item.id).kind === 'check') return findingEntry(ix, item, open);
      const v = verdictOf(ix, item);
      return h(
        'li',
        { class: `verdict-${v}` },
        h('button', { type: 'button', onclick: open }, h('span', { 'aria-hidden': 'true' }, verdictIcon(v)), ' ', shortText(`${item.text} · ${verdictName(v)}`, 80)),
      );
    });
    this.#ui.findings.replaceChildren(...(entries.length ? entries : [h('li', { class: 'none' }, t('no-findings'))]));
  }

  /** The verdicts of the figures shown, each by glyph, underline sample and name: the same
   *  marks as the highlights and the cards (never colour alone). */
  #drawVerdicts() {
    const ix = this.#ix;
    if (!ix || !ix.plan || !this.#layers().has('claim')) {
      this.#ui.verdicts.replaceChildren();
      return;
    }
    const counts = countVerdicts(ix.analysis);
    const judged = Object.values(counts).reduce((a, b) => a + b, 0);
    counts.none = ix.analysis.claims.length - judged;
    const keys = [...Object.entries(VERDICTS), ['none', NO_VERDICT]].filter(([v]) => counts[v]);
    this.#ui.verdicts.replaceChildren(
      ...keys.map(([v, icon]) =>
        h(
          'span',
          { class: `key verdict-key verdict-${v}`, part: 'key key-verdict' },
          h('span', { 'aria-hidden': 'true' }, icon),
          h('span', { class: `line-sample hl-claim verdict-${v}`, 'aria-hidden': 'true' }, '12%'),
          verdictName(v),
          ' ',
          h('b', {}, String(counts[v])),
        ),
      ),
    );
  }

  #statusArgs = null;

  #setStatus(state, args = {}) {
    this.#statusArgs = [state, args];
    this.#lang();
    const el = this.#ui.status;
    el.dataset.state = state;
    el.textContent = state === 'idle' ? '' : t(state, { dict: 'small', ...args });
  }

  /** A message above the widget (null clears it). */
  #say(key, args = {}) {
    const el = this.#ui.message;
    if (!el) return;
    el.hidden = key === null;
    el.textContent = key === null ? '' : t(key, args);
  }

  #syncScroll() {
    if (this.#ui.editor && this.#ui.mirrorEl) {
      // The textarea's scrollbar narrows its text; the mirror has none, so it stops short.
      this.#ui.mirrorEl.style.right = `${this.#ui.editor.offsetWidth - this.#ui.editor.clientWidth}px`;
      this.#ui.mirrorEl.scrollTop = this.#ui.editor.scrollTop;
      this.#ui.mirrorEl.scrollLeft = this.#ui.editor.scrollLeft;
    }
    if (this.#cardFor) this.#placeCard(this.#cardFor);
  }

  #marks(id) {
    return this.#target ? this.#target.marks(id) : this.#mirror.marks(id);
  }

  // ------------------------------------------------------------ selecting, cards, fixes

  #select(id, openCard) {
    const found = this.#ix?.byId.get(id);
    if (!found) return;
    const { start, end } = found.item;
    if (this.#target) this.#target.select(start, end);
    else {
      this.#mirror.select(this.#ui.editor, start, end);
      this.#syncScroll();
    }
    (this.#target ?? this.#mirror).flash(id);
    this.dispatchEvent(new CustomEvent('policylens-select', { detail: { ...found.item, layer: found.kind }, bubbles: true, composed: true }));
    if (openCard) this.#openCard(id, true);
  }

  #openCard(id, focus = false) {
    this.#lang();
    const content = cardContent(this.#ix, id, {
      applyFix: (f) => this.#applyFix(f),
      ignore: (f) => this.#ignore(f, false),
      ignoreRule: (f) => this.#ignore(f, true),
    });
    if (!content) return;
    this.#ui.cardBody.replaceChildren(...[content].flat(Infinity).filter(Boolean));
    this.#ui.card.hidden = false;
    this.#cardFor = id;
    this.#placeCard(id);
    if (focus) this.#ui.card.focus();
  }

  #placeCard(id) {
    const mark = this.#marks(id)[0];
    const card = this.#ui.card;
    if (!mark) return;
    const r = mark.getBoundingClientRect();
    const width = Math.min(380, window.innerWidth - 16);
    card.style.width = `${width}px`;
    card.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
    const below = r.bottom + 6;
    card.style.top = `${below + card.offsetHeight < window.innerHeight ? below : Math.max(8, r.top - card.offsetHeight - 6)}px`;
  }

  #closeCard(refocus = false) {
    if (!this.#cardFor) return;
    this.#ui.card.hidden = true;
    this.#cardFor = null;
    if (refocus) (this.#target?.el ?? this.#ui.editor)?.focus({ preventScroll: true });
  }

  /** The item under the pointer: marks lie over (attached) or under (standalone) the text
   *  and let the pointer through, so they are hit-tested by their rectangles. */
  #hover(e, delay = 200) {
    clearTimeout(this.#hoverTimer);
    this.#hoverTimer = setTimeout(() => {
      if (!this.#ix) return;
      const rank = { check: 0, claim: 1, measure: 2 };
      let best = null;
      for (const it of this.#items) {
        if (best && rank[it.kind] >= rank[best.kind]) continue;
        if (this.#marks(it.id).some((m) => [...m.getClientRects()].some((r) => e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom))) {
          best = it;
        }
      }
      if (best && best.id !== this.#cardFor) {
        this.#openCard(best.id);
        const found = this.#ix.byId.get(best.id);
        this.dispatchEvent(new CustomEvent('policylens-select', { detail: { ...found.item, layer: found.kind }, bubbles: true, composed: true }));
      }
    }, delay);
  }

  #hoverTimer = 0;

  #keys(e) {
    if (!this.#ix) return;
    const next = e.key === 'F8' || (e.altKey && e.key === 'ArrowDown') ? 1 : e.altKey && e.key === 'ArrowUp' ? -1 : 0;
    const dir = e.key === 'F8' && e.shiftKey ? -1 : next;
    // The selection in a textarea (a finding just stepped to is selected), else the caret.
    const area = this.#target?.el ?? this.#ui.editor;
    const [start, end] =
      area instanceof HTMLTextAreaElement ? [area.selectionStart, area.selectionEnd] : [this.#target.caret(), this.#target.caret()];
    if (dir) {
      const pick = stepFinding(findingsOf(this.#ix), dir, start, end);
      if (pick) this.#select(pick.id, true);
      e.preventDefault();
    } else if (e.altKey && e.key === 'Enter') {
      const hit = itemAt(this.#ix, start, this.#layers());
      if (hit) this.#openCard(hit.id, true);
      e.preventDefault();
    }
  }

  #applyFix(finding) {
    const event = new CustomEvent('policylens-fix', {
      detail: { start: finding.start, end: finding.end, replacement: finding.fix },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return;
    this.#closeCard();
    if (this.#target) this.#target.replace(finding.start, finding.end, finding.fix);
    else {
      // The widget's own editor: through the browser's editing command, so Ctrl+Z undoes
      // the fix (setRangeText is the fallback where the command is gone).
      const ed = this.#ui.editor;
      ed.focus({ preventScroll: true });
      ed.setSelectionRange(finding.start, finding.end);
      if (!document.execCommand?.('insertText', false, finding.fix)) {
        ed.setRangeText(finding.fix, finding.start, finding.end, 'end');
        ed.dispatchEvent(new Event('input', { bubbles: true }));
      }
      ed.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  #ignore(finding, rule) {
    if (rule) this.#ignored.rules.add(finding.code);
    else this.#ignored.items.add(ignoreKey(finding, this.#text));
    saveIgnored(this.#ignored);
    this.#closeCard();
    this.#show(this.#ix.analysis);
  }
}

if (!customElements.get('policy-lens')) customElements.define('policy-lens', PolicyLensElement);
