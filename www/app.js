// The page's UI thread: it wires the controls, sends the text to the worker and draws
// what comes back (render.js). It never runs the analysis itself, so typing stays smooth
// while a long document is analysed.
//
// Every input is numbered; only the answer for the newest number is drawn, and the old
// highlights are removed as soon as the text changes (their offsets no longer fit it).
// The status element carries data-state (loading, ready, busy, done, error) so that a
// test, or a screen reader through aria-live, can tell when an analysis is shown.

import { setLanguage, t, language } from './i18n.js';
import { drawList, drawMirror } from './render.js';

const $ = (name) => document.querySelector(`[data-pl="${name}"]`);
const editor = $('editor');
const mirror = $('mirror');
const status = $('status');
const list = $('claims');
const count = $('claim-count');
const empty = $('claims-empty');
const samples = $('samples');
const dictionary = $('dictionary');
const langButton = $('lang');

const DEBOUNCE_MS = 150;
let worker = null;
let seq = 0; // the number of the newest input
let timer = 0;
let shown = null; // {analysis, ms} last drawn, redrawn when the language changes
let statusArgs = ['loading', {}];

function setStatus(state, key = state, args = {}) {
  statusArgs = [key, args];
  status.dataset.state = state;
  status.textContent = t(key, args);
}

// ---------------------------------------------------------------- the worker

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }) => onWorkerMessage(data);
  worker.onerror = (e) => {
    e.preventDefault();
    setStatus('error', 'error', { message: e.message || 'worker' });
  };
  setStatus('loading');
  worker.postMessage({ type: 'load', dictionary: dictionary.value });
  if (editor.value) requestAnalysis();
}

function onWorkerMessage(msg) {
  switch (msg.type) {
    case 'ready':
      $('version').textContent = `v${msg.version}`;
      if (status.dataset.state === 'loading') {
        setStatus('ready', 'ready', { dict: msg.dictionary, ms: Math.round(msg.ms) });
      }
      break;
    case 'analysis':
      if (msg.seq === seq) show(msg.analysis, msg.ms);
      break;
    case 'error':
      if (msg.seq === undefined || msg.seq === seq) setStatus('error', 'error', { message: msg.message });
      break;
    case 'crashed':
      // The wasm instance trapped (a bug in the core): a fresh worker, and the text again.
      console.warn('PolicyLens worker crashed:', msg.message);
      worker.terminate();
      startWorker();
      setStatus('error', 'crashed');
      break;
  }
}

function requestAnalysis() {
  seq += 1;
  const mine = seq;
  const text = editor.value;
  // Old highlights go at once: their offsets belong to the previous text.
  drawMirror(mirror, text);
  shown = null;
  setStatus('busy');
  clearTimeout(timer);
  timer = setTimeout(() => worker.postMessage({ type: 'analyze', seq: mine, text }), DEBOUNCE_MS);
}

// ---------------------------------------------------------------- drawing

function show(analysis, ms) {
  shown = { analysis, ms };
  drawMirror(mirror, editor.value, analysis.claims);
  drawList(list, analysis.claims, pick);
  count.textContent = String(analysis.claims.length);
  empty.hidden = analysis.claims.length > 0;
  syncScroll();
  setStatus('done', 'done', { n: analysis.claims.length, ms: Math.round(ms) });
}

/** Selects a claim's text in the editor and scrolls it into view. */
function pick(claim) {
  editor.focus();
  editor.setSelectionRange(claim.start, claim.end);
  const el = mirror.querySelector(`[data-pl-id="${CSS.escape(claim.id)}"]`);
  if (el) editor.scrollTop = Math.max(0, el.offsetTop - editor.clientHeight / 3);
  syncScroll();
}

function syncScroll() {
  mirror.scrollTop = editor.scrollTop;
  mirror.scrollLeft = editor.scrollLeft;
}

// ---------------------------------------------------------------- controls

async function loadSampleIndex() {
  const response = await fetch(new URL('./samples/index.json', import.meta.url));
  if (!response.ok) return; // no samples built: the menu stays empty
  for (const { file, title } of await response.json()) {
    const option = document.createElement('option');
    option.value = file;
    option.textContent = title;
    samples.append(option);
  }
}

async function loadSample(file) {
  setStatus('busy');
  const response = await fetch(new URL(`./samples/${encodeURIComponent(file)}`, import.meta.url));
  if (!response.ok) {
    setStatus('error', 'sample-failed', { status: response.status });
    return;
  }
  editor.value = await response.text();
  editor.scrollTop = 0;
  editor.dispatchEvent(new Event('input'));
}

function switchLanguage(next) {
  setLanguage(next);
  langButton.textContent = t('other-language');
  langButton.lang = language() === 'zh' ? 'en' : 'zh-CN';
  localStorage.setItem('policylens.lang', language());
  status.textContent = t(...statusArgs);
  if (shown) drawList(list, shown.analysis.claims, pick);
}

editor.addEventListener('input', requestAnalysis);
editor.addEventListener('scroll', syncScroll);
new ResizeObserver(syncScroll).observe(editor);
samples.addEventListener('change', () => samples.value && loadSample(samples.value));
dictionary.addEventListener('change', () => {
  localStorage.setItem('policylens.dictionary', dictionary.value);
  setStatus('loading');
  worker.postMessage({ type: 'load', dictionary: dictionary.value });
  if (editor.value) requestAnalysis();
});
langButton.addEventListener('click', () => switchLanguage(language() === 'zh' ? 'en' : 'zh'));

dictionary.value = localStorage.getItem('policylens.dictionary') === 'full' ? 'full' : 'small';
switchLanguage(localStorage.getItem('policylens.lang') === 'en' ? 'en' : 'zh');
drawMirror(mirror, editor.value);
startWorker();
loadSampleIndex().catch((err) => console.warn('samples:', err));
