// The portal's own editing element, as the widget sees it in attached mode: its text, a
// way to draw highlights over it without touching it, to select a span in it, and to
// replace a span (a fix, the one change the widget ever makes, and only when asked).
//
// - A <textarea>: a mirror (highlight.js) laid over it, copying the textarea's text layout
//   (font, padding, borders, scrollbar) and following its scrolling; it lets the pointer
//   through (pointer-events: none), so the portal's textarea works as before.
// - A contenteditable element, or a same-origin <iframe> whose body is the editing area
//   (the CMS editors Chinese portals use: UEditor, KindEditor, CKEditor 4): its text is read
//   from the DOM (text nodes, with a line break for <br> and between blocks), and each item
//   is drawn as boxes over the client rects of its DOM range.

import { Mirror } from '../highlight.js';
import { h } from '../dom.js';

const TEXT_STYLE = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'line-height',
  'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'text-align', 'direction',
  'tab-size', 'white-space', 'overflow-wrap', 'word-break',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
];

/** Calls `fn` at most once a frame. */
function perFrame(fn) {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      fn();
    });
  };
}

/** The element `for` names, looked up where the widget lives (its document or shadow root). */
export function findTarget(widget, id) {
  const root = widget.getRootNode();
  const el = root.getElementById?.(id) ?? document.getElementById(id);
  if (!el) return null;
  if (el instanceof HTMLTextAreaElement) return new TextareaTarget(el);
  if (el instanceof HTMLIFrameElement) return new FrameTarget(el);
  if (el.isContentEditable || el.getAttribute('contenteditable') !== null) return new EditableTarget(el, el);
  return null;
}

class Target {
  constructor(el) {
    this.el = el;
    this.cleanup = [];
    this.sync = perFrame(() => this.place());
  }

  /** Calls `fn` whenever the text may have changed. */
  onChange(fn) {
    this.listen(this.el, 'input', fn);
  }

  listen(target, type, fn, options) {
    target.addEventListener(type, fn, options);
    this.cleanup.push(() => target.removeEventListener(type, fn, options));
  }

  /** Keeps the overlay over the element as the page scrolls and resizes. */
  follow() {
    this.listen(window, 'scroll', this.sync, { capture: true, passive: true });
    this.listen(window, 'resize', this.sync);
    const ro = new ResizeObserver(this.sync);
    ro.observe(this.el);
    this.cleanup.push(() => ro.disconnect());
  }

  destroy() {
    for (const f of this.cleanup) f();
    this.cleanup = [];
    this.overlay?.remove();
  }
}

export class TextareaTarget extends Target {
  kind = 'textarea';

  get text() {
    return this.el.value;
  }

  /** Builds the overlay inside `host` (in the widget's shadow root). */
  mount(host) {
    this.overlay = h('div', { class: 'overlay', part: 'overlay' });
    this.mirror = new Mirror(this.overlay);
    host.append(this.overlay);
    this.listen(this.el, 'scroll', this.sync, { passive: true });
    this.follow();
    this.place();
  }

  draw(text, items) {
    const done = this.mirror.render(text, items);
    this.sync();
    return done;
  }

  place() {
    const el = this.el;
    const r = el.getBoundingClientRect();
    const o = this.overlay;
    if (!r.width || !r.height || !el.isConnected) {
      o.hidden = true;
      return;
    }
    o.hidden = false;
    const cs = getComputedStyle(el);
    for (const p of TEXT_STYLE) o.style.setProperty(p, cs.getPropertyValue(p));
    // The overlay is sized border-box (widget.css) to the textarea's outer box. The
    // textarea's scrollbar takes width from its text: the overlay has none, so it is
    // narrower by as much.
    const borders = parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth);
    const scrollbar = Math.max(0, el.offsetWidth - el.clientWidth - borders);
    o.style.left = `${r.left}px`;
    o.style.top = `${r.top}px`;
    o.style.width = `${r.width - scrollbar}px`;
    o.style.height = `${r.height}px`;
    o.scrollTop = el.scrollTop;
    o.scrollLeft = el.scrollLeft;
  }

  marks(id) {
    return this.mirror.marks(id);
  }

  flash(id) {
    this.mirror.flash(id);
  }

  select(start, end) {
    this.mirror.select(this.el, start, end);
    this.sync();
  }

  caret() {
    return this.el.selectionStart;
  }

  /** Replaces [start, end) through the element's own editing path, then tells the host. */
  replace(start, end, text) {
    const el = this.el;
    el.setRangeText(text, start, end, 'end');
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

// ---------------------------------------------------------------- contenteditable, iframes

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** The text of an editing area and where each of its text nodes starts in it. */
export function readText(root) {
  let text = '';
  const nodes = []; // [{start, node}]
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) {
        nodes.push({ start: text.length, node: c });
        text += c.data;
      } else if (c.nodeType === Node.ELEMENT_NODE && !SKIP.has(c.tagName)) {
        if (c.tagName === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCK.has(c.tagName);
        if (block) newline();
        walk(c);
        if (block) newline();
      }
    }
  };
  walk(root);
  return { text, nodes };
}

/** The DOM position of a text offset (on a line break between blocks: the end of the
 *  text before it). */
function position(nodes, offset) {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nodes[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const n = nodes[lo];
  if (!n) return null;
  return { node: n.node, offset: Math.min(Math.max(0, offset - n.start), n.node.data.length) };
}

export class EditableTarget extends Target {
  kind = 'editable';

  /** `el` is the editing area; `frame` the iframe it lives in (or itself). */
  constructor(el, listenTo, frame = null) {
    super(el);
    this.frame = frame;
    this.listenTo = listenTo;
    this.read = readText(el);
    this.items = [];
    this.boxes = new Map(); // id → [box]
  }

  get doc() {
    return this.el.ownerDocument;
  }

  get text() {
    this.read = readText(this.el);
    return this.read.text;
  }

  onChange(fn) {
    // CMS editors change their content from script too (setData): watch the DOM as well.
    const mo = new MutationObserver(fn);
    mo.observe(this.el, { characterData: true, childList: true, subtree: true });
    this.cleanup.push(() => mo.disconnect());
  }

  mount(host) {
    this.overlay = h('div', { class: 'boxes', part: 'overlay' });
    host.append(this.overlay);
    this.follow();
    if (this.frame) this.listen(this.doc.defaultView, 'scroll', this.sync, { passive: true, capture: true });
    this.listen(this.el, 'scroll', this.sync, { passive: true });
  }

  range(start, end) {
    const a = position(this.read.nodes, start);
    const b = position(this.read.nodes, end);
    if (!a || !b) return null;
    const range = this.doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  /** Boxes over every item's client rects; redrawn whenever the layout may have moved. */
  draw(text, items) {
    this.items = items;
    this.place();
    return Promise.resolve(true);
  }

  place() {
    const shift = this.frame ? frameOffset(this.frame) : { x: 0, y: 0 };
    const frag = document.createDocumentFragment();
    this.boxes.clear();
    for (const it of this.items) {
      const range = this.range(it.start, it.end);
      if (!range) continue;
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 || it.start === it.end);
      const list = [];
      // Every item gets at least one element (the contract counts them), sized 0 if unseen.
      for (const r of rects.length ? rects : [range.getBoundingClientRect()]) {
        const box = h('mark', {
          class: `hl hl-${it.kind} ${it.cls ?? ''}`,
          dataset: { plKind: it.kind, plId: it.id },
          title: it.label ?? null,
        });
        box.style.left = `${r.left + shift.x}px`;
        box.style.top = `${r.top + shift.y}px`;
        box.style.width = `${r.width}px`;
        box.style.height = `${r.height}px`;
        frag.append(box);
        list.push(box);
      }
      this.boxes.set(it.id, list);
    }
    this.overlay.replaceChildren(frag);
  }

  marks(id) {
    return this.boxes.get(id) ?? [];
  }

  flash(id) {
    for (const m of this.marks(id)) {
      m.classList.remove('flash');
      void m.offsetWidth;
      m.classList.add('flash');
    }
  }

  select(start, end) {
    const range = this.range(start, end);
    if (!range) return;
    this.el.focus({ preventScroll: true });
    const sel = this.doc.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.sync();
  }

  caret() {
    const sel = this.doc.getSelection();
    if (!sel?.rangeCount) return 0;
    const r = sel.getRangeAt(0);
    const hit = this.read.nodes.find((n) => n.node === r.startContainer);
    return hit ? hit.start + r.startOffset : 0;
  }

  /** Replaces [start, end) through the editing API (the editor's undo keeps working). */
  replace(start, end, text) {
    this.select(start, end);
    const done = this.doc.execCommand('insertText', false, text);
    if (!done) {
      const range = this.range(start, end);
      range.deleteContents();
      range.insertNode(this.doc.createTextNode(text));
      this.el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    this.el.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/** A same-origin iframe whose body is the editing area. */
export class FrameTarget extends EditableTarget {
  constructor(frame) {
    const body = frame.contentDocument?.body;
    if (!body) throw new Error('无法读取该框架的内容（须同源）(the iframe is not readable: it must be same-origin)');
    super(body, body, frame);
    this.frameEl = frame;
  }

  follow() {
    super.follow();
    const ro = new ResizeObserver(this.sync);
    ro.observe(this.frameEl);
    this.cleanup.push(() => ro.disconnect());
  }
}

function frameOffset(frame) {
  const r = frame.getBoundingClientRect();
  return { x: r.left + frame.clientLeft, y: r.top + frame.clientTop };
}
