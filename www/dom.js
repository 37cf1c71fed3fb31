// A small helper for building DOM from data. Text is only ever set as text (never parsed
// as HTML), so a draft's `<img onerror>` stays a string.

/**
 * h('li', {class: 'x', dataset: {id}, onclick}, child, 'text', [more]) → element.
 * Attributes: `class`, `dataset`, `on*` handlers, booleans (set when true), anything else
 * as an attribute string. Children: nodes, strings (as text), arrays, null/false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

/** A `<dl>` of [term, description] pairs, skipping empty descriptions. */
export function facts(pairs) {
  return h(
    'dl',
    { class: 'facts' },
    pairs.filter(([, d]) => d !== null && d !== undefined && d !== '').map(([term, d]) => [h('dt', {}, term), h('dd', {}, d)]),
  );
}

/** A progress bar from 0 to 1 with an optional tick where the plan expects the value now. */
export function progressBar(progress, label) {
  if (!progress) return null;
  const bar = h('div', { class: 'progress', role: 'img', 'aria-label': label });
  const fill = h('div', { class: 'progress-fill' });
  fill.style.width = `${(progress.value * 100).toFixed(1)}%`; // CSSOM: allowed under the CSP
  bar.append(fill);
  if (progress.expected !== null) {
    const tick = h('div', { class: 'progress-expected' });
    tick.style.left = `${(progress.expected * 100).toFixed(1)}%`;
    bar.append(tick);
  }
  return bar;
}

/** Saves `content` as a file the user downloads (no request leaves the page). */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
