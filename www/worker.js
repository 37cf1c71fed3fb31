// The worker owns the wasm Analyzer, so that loading a dictionary and analysing a long
// text never block typing; the UI thread (app.js) only renders.
//
// Messages in:  {type: 'load', dictionary: 'small' | 'full'}
//               {type: 'analyze', seq, text}
// Messages out: {type: 'ready', dictionary, version, ms}
//               {type: 'analysis', seq, analysis, ms}
//               {type: 'error', seq?, message}
//               {type: 'crashed', message}   the instance trapped; app.js starts a new worker
//
// Messages are handled one at a time, in order. An analysis that a newer one has already
// replaced is skipped: while someone types, only the latest text is worth analysing.

import init, { Analyzer, version } from './pkg/policylens.js';

const pkg = new URL('./pkg/', import.meta.url);
const DICTIONARIES = { small: 'dict.small.txt', full: 'dict.txt' };

let analyzer = null;
let latestSeq = -1;
const engine = init({ module_or_path: new URL('policylens_bg.wasm', pkg) });
// A failure surfaces through load(), which awaits the engine; this only keeps it from
// also being reported as an unhandled rejection before the first message arrives.
engine.catch(() => {});

async function load(name) {
  const file = DICTIONARIES[name];
  if (!file) throw new Error(`未知词典 ${name} (unknown dictionary ${name})`);
  const t0 = performance.now();
  const [response] = await Promise.all([fetch(new URL(file, pkg)), engine]);
  if (!response.ok) {
    throw new Error(`词典下载失败：${response.status} (dictionary download failed: ${response.status})`);
  }
  const next = new Analyzer({ dictionary: await response.text() });
  analyzer?.free();
  analyzer = next;
  self.postMessage({ type: 'ready', dictionary: name, version: version(), ms: performance.now() - t0 });
}

function analyze(seq, text) {
  if (seq !== latestSeq) return; // a newer text is queued behind this one
  if (!analyzer) throw new Error('分析器尚未就绪 (the analyzer is not ready)');
  const t0 = performance.now();
  const analysis = analyzer.analyze(text);
  self.postMessage({ type: 'analysis', seq, analysis, ms: performance.now() - t0 });
}

async function handle(msg) {
  try {
    if (msg.type === 'load') await load(msg.dictionary);
    else if (msg.type === 'analyze') analyze(msg.seq, msg.text);
  } catch (err) {
    // A trap (a panic in the core) leaves the instance unusable: say so, and stop.
    if (err instanceof WebAssembly.RuntimeError) {
      self.postMessage({ type: 'crashed', message: String(err) });
      self.close();
      return;
    }
    self.postMessage({ type: 'error', seq: msg.seq, message: err?.message ?? String(err) });
  }
}

let queue = Promise.resolve();
self.onmessage = ({ data }) => {
  if (data.type === 'analyze') latestSeq = data.seq;
  queue = queue.then(() => handle(data));
};
