// The document's date, shown and changeable, for the page (概览) and the widget (its bar):
// the year the verdicts assume. An analysis without a date in its text is judged at an
// assumed year; the editor sees which and why, and sets another, which the face passes on
// as analyze(text, {date: year}) (src/wasm.rs). `go.setDate(year | null)` does that.

import { h } from './dom.js';
import { t } from './i18n.js';

/** The document's date as it was read (or assumed), with a field to set another year: the
 *  year 今年 and 去年 are read against, and undated figures judged at (verdicts.md). */
export function dateControl(doc, go) {
  let said;
  if (doc.date_year) {
    said = t('date-read', { year: doc.date_year, from: t(`date-from-${doc.date_source}`), written: doc.date ?? '' });
  } else if (doc.year) {
    said = t('date-title', { year: doc.year });
  } else {
    said = t('date-assumed', { year: doc.assumed_year ?? '?', from: t(`assumed-from-${doc.assumed_from ?? 'today'}`) });
  }
  const input = h('input', {
    type: 'number',
    min: '1949',
    max: '2100',
    step: '1',
    class: 'date-year',
    'aria-label': t('date-set-label'),
    value: String(doc.date_year ?? doc.year ?? doc.assumed_year ?? ''),
  });
  const apply = () => {
    const y = Number(input.value);
    if (Number.isInteger(y) && y >= 1949 && y <= 2100) go.setDate(y);
    else input.setCustomValidity(t('date-invalid'));
    input.reportValidity();
  };
  input.addEventListener('input', () => input.setCustomValidity(''));
  input.addEventListener('keydown', (e) => e.key === 'Enter' && apply());
  return h(
    'span',
    { class: doc.date_year || doc.year ? 'date' : 'date assumed', 'data-date-source': doc.date_source ?? (doc.year ? 'title' : 'assumed') },
    h('span', { class: 'date-said' }, said),
    ' ',
    input,
    h('button', { type: 'button', class: 'date-apply', onclick: apply }, t('date-set')),
    doc.date_source === 'given' ? h('button', { type: 'button', class: 'date-reset', onclick: () => go.setDate(null) }, t('date-reset')) : null,
  );
}

