// The UI thread's side of worker.js: one worker per page (and per folder the files come
// from), shared by every face on the page — the editor page, or every widget — each with
// its own Analyzer handle.
//
// A handle's analyze(text) resolves with the newest analysis only: when a newer text was
// sent before the answer came, the older promise resolves with null, so a caller never
// draws a stale result. If the engine traps (a bug in the core), the worker is replaced,
// every handle rebuilt with its plan, and pending analyses sent again.

const engines = new Map();

export class Engine extends EventTarget {
  /**
   * The one Engine for the worker at `files.worker` on this page. `files` gives the URLs
   * of the worker, the .wasm, the dictionaries ({small, full}) and the built-in plan's
   * targets JSON (plan).
   */
  static shared(files, dictionary = 'small') {
    const key = String(files.worker);
    if (!engines.has(key)) engines.set(key, new Engine(files, dictionary));
    return engines.get(key);
  }

  constructor(files, dictionary) {
    super();
    this.files = files;
    this.dictionary = dictionary;
    this.handles = new Map();
    this.requests = new Map();
    this.nextReq = 1;
    this.nextId = 1;
    this.info = null; // {dictionary, version, ms} once ready
    this.start();
  }

  start() {
    const { worker, wasm, dictionaries, plan } = this.files;
    this.worker = new Worker(worker, { type: 'module' });
    this.worker.onmessage = ({ data }) => this.receive(data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.fail(new Error(e.message || '分析器无法启动 (the analyzer could not start)'));
    };
    const href = (u) => String(u);
    this.post({
      type: 'config',
      wasm: href(wasm),
      dictionaries: Object.fromEntries(Object.entries(dictionaries).map(([k, u]) => [k, href(u)])),
      plan: href(plan),
    });
    this.post({ type: 'dictionary', name: this.dictionary });
  }

  post(msg) {
    this.worker.postMessage(msg);
  }

  request(msg) {
    const req = this.nextReq++;
    return new Promise((resolve, reject) => {
      this.requests.set(req, { resolve, reject });
      this.post({ ...msg, req });
    });
  }

  /** Every pending request fails with `err` (the worker could not start). */
  fail(err) {
    for (const { reject } of this.requests.values()) reject(err);
    this.requests.clear();
    for (const h of this.handles.values()) h.reject(err);
    this.dispatchEvent(new CustomEvent('error', { detail: err }));
  }

  receive(msg) {
    switch (msg.type) {
      case 'ready':
        this.info = msg;
        this.dispatchEvent(new CustomEvent('ready', { detail: msg }));
        break;
      case 'analysis':
        this.handles.get(msg.id)?.settle(msg.seq, { analysis: msg.analysis, ms: msg.ms });
        break;
      case 'done': {
        const r = this.requests.get(msg.req);
        this.requests.delete(msg.req);
        r?.resolve(msg.value);
        break;
      }
      case 'error': {
        const err = new Error(msg.message);
        if (msg.req !== undefined) {
          const r = this.requests.get(msg.req);
          this.requests.delete(msg.req);
          r?.reject(err);
        } else if (msg.id !== undefined) {
          this.handles.get(msg.id)?.settle(msg.seq, null, err);
        } else {
          this.dispatchEvent(new CustomEvent('error', { detail: err }));
        }
        break;
      }
      case 'crashed':
        console.warn('PolicyLens engine crashed and is restarted:', msg.message);
        this.restart();
        break;
    }
  }

  restart() {
    this.worker.terminate();
    const pending = [...this.requests.values()];
    this.requests.clear();
    for (const { reject } of pending) reject(new Error('分析器意外停止，已重新启动 (the analyzer stopped and was restarted)'));
    this.start();
    for (const h of this.handles.values()) h.revive();
    this.dispatchEvent(new CustomEvent('crashed'));
  }

  /** Loads another dictionary; every handle is rebuilt with it. */
  setDictionary(name) {
    this.dictionary = name;
    this.info = null;
    return this.request({ type: 'dictionary', name });
  }

  /** A new Analyzer with its own plan: 'builtin', null, {text} or {json}. */
  async analyzer(plan = 'builtin') {
    const id = this.nextId++;
    const handle = new AnalyzerHandle(this, id, plan);
    this.handles.set(id, handle);
    await this.request({ type: 'create', id, plan });
    return handle;
  }
}

class AnalyzerHandle {
  constructor(engine, id, plan) {
    this.engine = engine;
    this.id = id;
    this.plan = plan;
    this.seq = 0;
    this.waiting = null; // {seq, text, options, resolve, reject}
  }

  /** Resolves with {analysis, ms} for `text`, or with null when a newer text replaced it.
   *  `options`: `{date}`, the document's year as the editor gives it (AnalyzeOptions). */
  analyze(text, options = {}) {
    this.waiting?.resolve(null);
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting = { seq, text, options, resolve, reject };
      this.engine.post({ type: 'analyze', id: this.id, seq, text, options });
    });
  }

  settle(seq, value, err) {
    if (!this.waiting || this.waiting.seq !== seq) return;
    const { resolve, reject } = this.waiting;
    this.waiting = null;
    if (err) reject(err);
    else resolve(value);
  }

  reject(err) {
    this.waiting?.reject(err);
    this.waiting = null;
  }

  /** Sets another plan; on failure the old plan stays and the promise rejects. */
  async setPlan(plan) {
    const info = await this.engine.request({ type: 'set-plan', id: this.id, plan });
    this.plan = plan;
    return info;
  }

  /** The plan figures are judged against (targets JSON), or null. */
  getPlan() {
    return this.engine.request({ type: 'plan', id: this.id });
  }

  /** After a crash: the Analyzer again, and the pending text again. */
  revive() {
    this.engine.post({ type: 'create', id: this.id, plan: this.plan });
    if (!this.waiting) return;
    if (this.waiting.retried) {
      // The same text trapped twice: it is not sent a third time.
      this.reject(new Error('这段文本使分析器停止运行，请报告此问题 (this text stops the analyzer; please report it)'));
    } else {
      this.waiting.retried = true;
      const { seq, text, options } = this.waiting;
      this.engine.post({ type: 'analyze', id: this.id, seq, text, options });
    }
  }

  free() {
    this.waiting?.resolve(null);
    this.engine.handles.delete(this.id);
    this.engine.post({ type: 'free', id: this.id });
  }
}
