// Drawing an analysis: the highlights in the mirror behind the editor, and the list of
// claims beside it. DOM nodes and textContent only: the text is the user's and is never
// parsed as HTML.
//
// Highlights follow ../shared/spec/ui-contract.md: each carries data-pl-kind="claim" and
// data-pl-id, every claim of the text has at least one, and a redraw replaces them all.
// Claims are expected in text order without overlap, but the mirror does not rely on it:
// the text is cut at every claim boundary and each piece is wrapped once per claim that
// covers it, so overlapping or nested claims still each get their elements.

import { locale, t } from './i18n.js';

/** Redraws the mirror: `text` with a <mark> for each claim (none while `claims` is empty). */
export function drawMirror(mirror, text, claims = []) {
  const spans = claims
    .filter((c) => c.start >= 0 && c.end <= text.length && c.start <= c.end)
    .map((c) => ({ start: c.start, end: c.end, claim: c }));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])];
  cuts.sort((a, b) => a - b);

  const frag = document.createDocumentFragment();
  for (let i = 0; i < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1] ?? cuts[i]];
    // An empty claim still gets its (empty) element, where it starts.
    for (const s of spans) if (s.start === s.end && s.start === from) frag.append(mark(s.claim, ''));
    if (to === from) continue;
    let node = document.createTextNode(text.slice(from, to));
    for (const s of spans) {
      if (s.start <= from && to <= s.end && s.start < s.end) {
        const m = mark(s.claim);
        m.append(node);
        node = m;
      }
    }
    frag.append(node);
  }
  // A textarea shows a line after a final newline; the mirror needs one more character to
  // be as tall, or the two would scroll apart at the end.
  frag.append('\n');
  mirror.replaceChildren(frag);
}

function mark(claim, text) {
  const m = document.createElement('mark');
  m.className = `hl kind-${claim.kind}`;
  m.dataset.plKind = 'claim';
  m.dataset.plId = claim.id;
  if (text !== undefined) m.textContent = text;
  return m;
}

/** The normalised value with its unit and bound: `750亿元以上` → `≥ 75,000,000,000 元`. */
export function formatValue(claim) {
  if (claim.value === null) return t('too-large');
  const nf = new Intl.NumberFormat(locale(), { maximumFractionDigits: 6 });
  let value = nf.format(claim.value);
  if (claim.qualifier === 'range' && claim.value_max !== null) value += ` – ${nf.format(claim.value_max)}`;
  const prefix = { at_least: '≥ ', at_most: '≤ ', about: '≈ ' }[claim.qualifier] ?? '';
  const unit = claim.unit ?? '';
  const space = unit === '' || unit === '%' || unit === '‰' || unit.startsWith(':') ? '' : ' ';
  return `${prefix}${value}${space}${unit}`;
}

/** Redraws the claim list; `onPick(claim)` runs when one is chosen. */
export function drawList(list, claims, onPick) {
  const items = claims.map((claim) => {
    const li = document.createElement('li');
    li.className = `card kind-${claim.kind}`;
    li.tabIndex = 0;
    const head = document.createElement('div');
    head.className = 'card-head';
    const quote = document.createElement('span');
    quote.className = 'card-text';
    quote.textContent = claim.text;
    const value = document.createElement('span');
    value.className = 'card-value';
    value.textContent = formatValue(claim);
    head.append(quote, value);

    const facts = document.createElement('dl');
    facts.className = 'card-facts';
    const fact = (key, text) => {
      if (text === null || text === undefined || text === '') return;
      const dt = document.createElement('dt');
      dt.textContent = t(`fact-${key}`);
      const dd = document.createElement('dd');
      dd.textContent = text;
      facts.append(dt, dd);
    };
    fact('kind', t(`kind-${claim.kind}`));
    fact('qualifier', t(`qualifier-${claim.qualifier}`));
    fact('subject', claim.subject);
    fact('time', claim.time);
    fact('region', claim.region);
    if (claim.direction) fact('direction', t(`direction-${claim.direction}`));
    fact('status', t(`status-${claim.status}`));

    li.append(head, facts);
    li.addEventListener('click', () => onPick(claim));
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onPick(claim);
      }
    });
    return li;
  });
  list.replaceChildren(...items);
}
