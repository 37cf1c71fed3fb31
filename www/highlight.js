// Highlights drawn over a <textarea>: a "mirror" element behind it repeats the text with a
// <mark> per highlighted span. The two must lay text out identically (styles.css sets the
// wrapping properties once for both), and the textarea's text stays the user's own.
//
// Contract (../shared/spec/ui-contract.md): every mark carries data-pl-kind (claim,
// measure, check) and data-pl-id; a span broken by a line gets one mark per piece, all
// with the same id; a redraw replaces every mark of the earlier text. Nothing but marks
// carries data-pl-kind.
//
// Drawing is by line: each line of the text is a block of its own (lines never interact
// in a textarea's pre-wrap layout, so blocks wrap the same), rebuilt only when its text or
// its marks changed; a keystroke in a long draft changes one block and the browser lays
// out that block again, not the whole text.
// Screen readers get a visually hidden label before each item (`数据，落后于规划：`), a real
// text node (not CSS-generated), outside the marks so a mark's text is the item's text.
// User text only ever enters the DOM as text nodes.

/**
 * An item to draw: {start, end, kind: 'claim'|'measure'|'check', id, cls, label}, with
 * UTF-16 offsets into the text; `cls` is added to the mark's class, `label` is read out.
 */

/** The edit that turns `before` into `after`: one replaced range, found by the common
 *  prefix and suffix (what a keystroke, a paste or a cut does). */
export function diffEdit(before, after) {
  const max = Math.min(before.length, after.length);
  let at = 0;
  while (at < max && before.charCodeAt(at) === after.charCodeAt(at)) at++;
  let tail = 0;
  while (
    tail < max - at &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { at, removed: before.length - tail - at, inserted: after.length - tail - at };
}

/** Items moved by `edit`: those before it stay, those after it shift, and those it
 *  touches — or borders, as typing `0` after `30%` would change `30` — go: their text
 *  changed, so only the next analysis can say what they are. */
export function shiftItems(items, { at, removed, inserted }) {
  const delta = inserted - removed;
  const out = [];
  for (const item of items) {
    if (item.end < at) out.push(item);
    else if (item.start > at + removed) out.push({ ...item, start: item.start + delta, end: item.end + delta });
  }
  return out;
}

export class Mirror {
  /** `el` is the element behind the textarea. */
  constructor(el) {
    this.el = el;
    this.lines = []; // [{sig, node}] as drawn
    this.generation = 0;
  }

  /**
   * Draws `text` with `items`; lines whose text and marks are unchanged keep their nodes.
   * New lines are built in slices of about `budgetMs`, yielding to the browser between
   * them, so that a long document never blocks the page; the promise resolves true when
   * everything is drawn, false when a newer render took over.
   */
  async render(text, items, budgetMs = 8) {
    const generation = ++this.generation;
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    const perLine = starts.map(() => []);
    for (const it of items) {
      if (!(it.start >= 0 && it.end <= text.length && it.start <= it.end)) continue;
      let line = lineOf(starts, it.start);
      do {
        perLine[line].push(it);
        line++;
      } while (line < starts.length && starts[line] < it.end);
    }

    // Lines unchanged since the last render keep their nodes (first come, first served,
    // so that equal lines such as blank ones keep their order and need no moving).
    const old = new Map();
    for (const l of this.lines) {
      if (!old.has(l.sig)) old.set(l.sig, { nodes: [], next: 0 });
      old.get(l.sig).nodes.push(l.node);
    }
    const next = starts.map((from, n) => {
      // The line without its newline: each line is a block of its own.
      const to = n + 1 < starts.length ? starts[n + 1] - 1 : text.length;
      const line = text.slice(from, to);
      const sig = signature(line, from, perLine[n]);
      const pool = old.get(sig);
      const node = pool && pool.next < pool.nodes.length ? pool.nodes[pool.next++] : null;
      return { sig, node, line, from, marks: perLine[n] };
    });

    // Then the DOM, touching only what differs: one changed line is one DOM change, so the
    // browser lays out that line again and not the whole text.
    const keep = new Set(next.map((l) => l.node).filter(Boolean));
    let at = this.el.firstChild;
    const drop = () => {
      const after = at.nextSibling;
      at.remove();
      at = after;
    };
    let slice = performance.now();
    for (const l of next) {
      if (!l.node) {
        l.node = drawLine(l.line, l.from, l.marks);
        if (performance.now() - slice > budgetMs) {
          await yieldToBrowser();
          if (generation !== this.generation) return false;
          slice = performance.now();
        }
      }
      while (at && !keep.has(at)) drop();
      if (l.node === at) at = at.nextSibling;
      else this.el.insertBefore(l.node, at);
    }
    while (at) drop();
    this.lines = next.map(({ sig, node }) => ({ sig, node }));
    this.starts = starts;
    return true;
  }

  /** Removes every line (a text with nothing to highlight needs none). */
  clear() {
    this.generation++;
    this.el.replaceChildren();
    this.lines = [];
    this.starts = [0];
  }

  /** The marks of item `id`, in text order. */
  marks(id) {
    return [...this.el.querySelectorAll(`[data-pl-id="${CSS.escape(id)}"]`)];
  }

  /** Selects [start, end) in `textarea` (the one this mirror lies under or over) and
   *  scrolls it so that the selection's line stands a third of the way down; the caller
   *  then moves the mirror with it. */
  select(textarea, start, end) {
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(start, end);
    const top = this.topOf(start);
    if (top !== null) textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
  }

  /** The top of the line that holds `offset`, in the mirror's scroll coordinates (the
   *  textarea's too: they lay out alike), or null before the first render. */
  topOf(offset) {
    const starts = this.starts ?? [0];
    const line = this.lines[lineOf(starts, offset)];
    if (!line) return null;
    // Walk the line's text (not its screen-reader labels) to the offset's character.
    let left = offset - starts[lineOf(starts, offset)];
    const walker = document.createTreeWalker(line.node, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.classList.contains('sr-label') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const box = this.el.getBoundingClientRect();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (left <= n.length) {
        const range = document.createRange();
        range.setStart(n, Math.min(left, n.length));
        range.setEnd(n, Math.min(left + 1, n.length));
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return rect.top - box.top + this.el.scrollTop;
      }
      left -= n.length;
    }
    return line.node.offsetTop;
  }

  /** Briefly marks item `id` so the eye finds it after a jump. */
  flash(id) {
    for (const m of this.marks(id)) {
      m.classList.remove('flash');
      void m.offsetWidth; // restart the animation
      m.classList.add('flash');
    }
  }
}

/** Lets the browser handle input and draw between two slices of a long render. */
function yieldToBrowser() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function lineOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function signature(line, from, marks) {
  let sig = line;
  for (const m of marks) sig += `\u0000${m.start - from},${m.end - from},${m.kind},${m.id},${m.cls},${m.label}`;
  return sig;
}

/** One line: its text cut at every mark boundary, each piece wrapped once per mark that
 *  covers it (so nested and overlapping items each get their own elements). */
function drawLine(line, from, marks) {
  const block = document.createElement('div');
  block.className = 'ln';
  const end = from + line.length;
  const cuts = new Set([from, end]);
  for (const m of marks) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1] ?? a;
    for (const m of marks) {
      // An item's label where it begins; an empty item still gets its (empty) element.
      if (m.start === a && m.label) block.append(label(m.label));
      if (m.start === m.end && m.start === a) block.append(mark(m, ''));
    }
    if (b === a) continue;
    let node = document.createTextNode(line.slice(a - from, b - from));
    for (const m of marks) {
      if (m.start <= a && b <= m.end && m.start < m.end) {
        const el = mark(m);
        el.append(node);
        node = el;
      }
    }
    block.append(node);
  }
  // An empty block has no height; a textarea's empty line has one.
  if (line === '') block.append(document.createElement('br'));
  return block;
}

function mark(item, text) {
  const m = document.createElement('mark');
  m.className = `hl hl-${item.kind} ${item.cls ?? ''}`;
  m.dataset.plKind = item.kind;
  m.dataset.plId = item.id;
  if (text !== undefined) m.textContent = text;
  return m;
}

function label(text) {
  const s = document.createElement('span');
  s.className = 'visually-hidden sr-label';
  s.textContent = text;
  return s;
}
