// What the browser tests share: a static server for a folder (optionally sending the
// strict CSP as a real header), Debian's chromium through playwright-core (which cannot
// download a browser here), a recorder of everything the contract forbids (console errors,
// 4xx/5xx, requests that leave the origin), and a check() that reports every failure at
// the end instead of stopping at the first.

import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const root = new URL('../../', import.meta.url);
export const WAIT_MS = 30_000;

// A 15th plan of a city (2026–2030), its table tab-separated; one row's value cell cannot
// be read. The page's and the widget's plan views are tested with it.
export const UNREAD_ROW = '数字经济核心产业增加值占比';
export const PLAN15 = [
  '江城市国民经济和社会发展第十五个五年规划纲要',
  '专栏1 “十五五”时期经济社会发展主要指标',
  '指标\t单位\t2025年\t2030年\t属性',
  '常住人口城镇化率\t%\t60\t65\t预期性',
  '森林覆盖率\t%\t40\t42\t约束性',
  `${UNREAD_ROW}\t%\t9\t11或12\t预期性`,
  '',
].join('\n');
export const DRAFT2027 = '发布时间：2027-03-01\n2027年，全市常住人口城镇化率达到62%。';
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let passed = 0;
const failures = [];

export function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failures.push(name);
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
  return ok;
}

/** Prints the tally and exits 1 when a check failed. */
export function finish(label) {
  console.log(`${label}: ${passed} checks passed, ${failures.length} failed`);
  process.exit(failures.length === 0 ? 0 : 1);
}

/** tests/e2e/serve.py on 127.0.0.1, port chosen by the OS; resolves to its base URL. */
export function serve(dir, { csp = null } = {}) {
  const args = ['-u', new URL('tests/e2e/serve.py', root).pathname, dir, '0'];
  if (csp) args.push('--csp', csp);
  const server = spawn('python3', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/port (\d+)/);
      if (m) resolve(`http://127.0.0.1:${m[1]}/`);
    });
    server.on('exit', (code) => reject(new Error(`server exited (${code})`)));
    setTimeout(() => reject(new Error('server did not start')), 10_000);
  });
  server.stderr.resume(); // the access log
  return { server, url };
}

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Records, for a browser context, what must never happen while a face loads and works. */
export function watch(context, origin) {
  const seen = { consoleErrors: [], badResponses: [], offOrigin: [], wasmTypes: [] };
  context.on('page', (page) => listen(page, seen));
  for (const page of context.pages()) listen(page, seen);
  context.on('request', (req) => {
    const u = new URL(req.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) seen.offOrigin.push(req.url());
  });
  context.on('requestfailed', (req) => {
    // A download's blob: URL is "aborted" once saved: not a failure of the page.
    if (!req.url().startsWith('blob:')) seen.badResponses.push(`${req.url()} failed: ${req.failure()?.errorText}`);
  });
  context.on('response', (res) => {
    if (res.status() >= 400) seen.badResponses.push(`${res.status()} ${res.url()}`);
    if (res.url().endsWith('.wasm')) seen.wasmTypes.push(res.headers()['content-type']);
  });
  return seen;
}

function listen(page, seen) {
  // Chromium reports the worker's console here too.
  page.on('console', (msg) => msg.type() === 'error' && seen.consoleErrors.push(msg.text()));
  page.on('pageerror', (err) => seen.consoleErrors.push(String(err)));
}

export function checkClean(seen, label = '') {
  check(`${label}no console errors`, seen.consoleErrors.length === 0, seen.consoleErrors.join(' | '));
  check(`${label}no 4xx/5xx or failed requests`, seen.badResponses.length === 0, seen.badResponses.join(' | '));
  check(`${label}no request leaves the origin`, seen.offOrigin.length === 0, seen.offOrigin.join(' | '));
}

/** WCAG 2 A/AA violations axe-core finds in the page now (shadow roots included), as
 *  one line each. axe is evaluated through the DevTools protocol, which the CSP allows. */
export async function axeViolations(page) {
  const source = readFileSync(new URL('node_modules/axe-core/axe.min.js', root), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0].target.join(' ')}`);
}

/** The CLI binary: POLICYLENS_BIN, or the debug build `./build.sh test` makes. */
export function cliBin() {
  return process.env.POLICYLENS_BIN ?? new URL('target/debug/policylens', root).pathname;
}

/** The claims the CLI finds in `text`: the count the highlights must equal. */
export function cliClaims(text) {
  const out = execFileSync(cliBin(), ['analyze', '--format', 'json', '-'], { input: text, maxBuffer: 1 << 28 });
  return JSON.parse(out).claims;
}

/** The highlights in `scope` (a document or a shadow root), grouped by kind and id. */
export function highlights(page, scopeSelector = null) {
  return page.evaluate((sel) => {
    const scope = sel ? document.querySelector(sel).shadowRoot : document;
    const byKind = { claim: {}, measure: {}, check: {} };
    for (const m of scope.querySelectorAll('[data-pl-kind]')) {
      const kind = byKind[m.dataset.plKind] ?? (byKind[m.dataset.plKind] = {});
      kind[m.dataset.plId] = (kind[m.dataset.plId] ?? '') + m.textContent;
    }
    return byKind;
  }, scopeSelector);
}
