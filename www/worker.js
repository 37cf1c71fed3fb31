// The worker owns the wasm engine and every Analyzer, so that loading a dictionary and
// analysing a long text never block typing; the UI thread (engine.js's client) only
// renders. One worker serves a whole page: the editor page, or every <policy-lens> widget
// on a portal page, each widget with its own Analyzer (its own plan).
//
// Messages in (each may carry `req`, echoed in the answer):
//   {type: 'config', wasm, dictionaries: {small, full}, plan}   first: where the files are
//                                                      (URLs; `plan` is the built-in plan's
//                                                      targets JSON)
//   {type: 'dictionary', name: 'small' | 'full'}      load it, rebuild every Analyzer with it
//   {type: 'create', id, plan}                         plan: 'builtin' | null | {text} | {json}
//   {type: 'set-plan', id, plan}                       the Analyzer keeps its plan if this fails
//   {type: 'analyze', id, seq, text}
//   {type: 'plan', id}                                 the Analyzer's plan (targets JSON) or null
//   {type: 'free', id}
// Messages out:
//   {type: 'ready', dictionary, version, ms}
//   {type: 'analysis', id, seq, analysis, ms}
//   {type: 'done', req, value}                         the answer to a request
//   {type: 'error', req?, id?, seq?, message}
//   {type: 'crashed', message}                         the instance trapped; the client restarts the worker
//
// Messages are handled one at a time, in order. An analysis that a newer one for the same
// Analyzer has replaced is skipped, and a text identical to the last one analysed is
// answered from that result: while someone types only the latest text is worth analysing.

import init, { Analyzer, Dictionary, version } from './pkg/policylens.js';

// Where the files are: the page and the widget lay them out differently, so the first
// message says (engine.js).
let config = null;
let configured;
const whenConfigured = new Promise((resolve) => (configured = resolve));

/** id → {analyzer, plan, last: {text, analysis}} */
const analyzers = new Map();
/** id → the newest seq asked for */
const latest = new Map();
// The dictionary, parsed once into a read-only handle every Analyzer shares.
let dictionary = null;
let dictionaryName = null;

const engine = whenConfigured.then(() => init({ module_or_path: config.wasm }));
// A failure surfaces through the first request, which awaits the engine; this only keeps
// it from also being reported as an unhandled rejection before that request arrives.
engine.catch(() => {});

/** The built-in plan's targets JSON, fetched once, on the first Analyzer that needs it. */
let builtinPlan = null;
async function fetchBuiltinPlan() {
  if (!builtinPlan) {
    builtinPlan = fetch(config.plan).then(async (response) => {
      if (!response.ok) throw new Error(`内置规划下载失败：${response.status} (built-in plan download failed: ${response.status})`);
      return response.json();
    });
    builtinPlan.catch(() => (builtinPlan = null)); // a later Analyzer tries again
  }
  return builtinPlan;
}

/** The `plan` option of the wasm Analyzer for a plan choice of the protocol. */
async function planOption(plan) {
  if (plan === null) return null;
  if (plan === undefined || plan === 'builtin') return fetchBuiltinPlan();
  if (typeof plan.text === 'string') return plan.text;
  if (plan.json !== undefined) return plan.json;
  throw new Error('未知的规划选项 (unknown plan option)');
}

async function build(plan) {
  return Analyzer.withDictionary(dictionary, { plan: await planOption(plan) });
}

async function loadDictionary(name) {
  await whenConfigured;
  const url = config.dictionaries[name];
  if (!url) throw new Error(`未知词典 ${name} (unknown dictionary ${name})`);
  const t0 = performance.now();
  const [response] = await Promise.all([fetch(url), engine]);
  if (!response.ok) {
    throw new Error(`词典下载失败：${response.status} (dictionary download failed: ${response.status})`);
  }
  const previous = dictionary;
  dictionary = new Dictionary(await response.text());
  dictionaryName = name;
  for (const entry of analyzers.values()) {
    const next = await build(entry.plan);
    entry.analyzer.free();
    entry.analyzer = next;
    entry.last = null;
  }
  previous?.free();
  self.postMessage({ type: 'ready', dictionary: name, version: version(), ms: performance.now() - t0 });
}

async function ready() {
  await engine;
  if (dictionary === null) await loadDictionary(dictionaryName ?? 'small');
}

function entry(id) {
  const found = analyzers.get(id);
  if (!found) throw new Error(`没有编号为 ${id} 的分析器 (no analyzer ${id})`);
  return found;
}

async function create(id, plan) {
  await ready();
  const analyzer = await build(plan);
  analyzers.get(id)?.analyzer.free();
  analyzers.set(id, { analyzer, plan, last: null });
  return true;
}

async function setPlan(id, plan) {
  await ready();
  const e = entry(id);
  const next = await build(plan); // throws on a plan that is not one: the old Analyzer stays
  const info = next.plan();
  e.analyzer.free();
  Object.assign(e, { analyzer: next, plan, last: null });
  return info;
}

async function analyze(id, seq, text, options = {}) {
  if (latest.get(id) !== seq) return; // a newer text is queued behind this one
  await ready();
  const e = entry(id);
  const t0 = performance.now();
  const date = options?.date ?? null;
  if (e.last?.text !== text || e.last.date !== date) {
    e.last = { text, date, analysis: e.analyzer.analyze(text, { date }) };
  }
  self.postMessage({ type: 'analysis', id, seq, analysis: e.last.analysis, ms: performance.now() - t0 });
}

async function handle(msg) {
  switch (msg.type) {
    case 'dictionary':
      await loadDictionary(msg.name);
      return true;
    case 'create':
      return create(msg.id, msg.plan);
    case 'set-plan':
      return setPlan(msg.id, msg.plan);
    case 'plan':
      await ready();
      return entry(msg.id).analyzer.plan();
    case 'analyze':
      return analyze(msg.id, msg.seq, msg.text, msg.options);
    case 'free':
      analyzers.get(msg.id)?.analyzer.free();
      analyzers.delete(msg.id);
      latest.delete(msg.id);
      return true;
    default:
      throw new Error(`未知消息 ${msg.type} (unknown message)`);
  }
}

let queue = Promise.resolve();
self.onmessage = ({ data }) => {
  if (data.type === 'config') {
    config = data;
    configured();
    return;
  }
  if (data.type === 'analyze') latest.set(data.id, data.seq);
  if (data.type === 'dictionary') dictionaryName = data.name;
  queue = queue.then(async () => {
    try {
      const value = await handle(data);
      if (data.req !== undefined) self.postMessage({ type: 'done', req: data.req, value });
    } catch (err) {
      // A trap (a panic in the core) leaves the instance unusable: say so, and stop.
      if (err instanceof WebAssembly.RuntimeError) {
        self.postMessage({ type: 'crashed', message: String(err) });
        self.close();
        return;
      }
      const message = err?.message ?? String(err);
      self.postMessage({ type: 'error', req: data.req, id: data.id, seq: data.seq, message });
    }
  });
};
