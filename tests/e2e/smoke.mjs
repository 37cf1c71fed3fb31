// The page, end to end, in headless Chromium (Debian's /usr/bin/chromium driven by npm
// playwright-core, which cannot download a browser here). Run by `./build.sh test` after
// `./build.sh build`; alone: `node tests/e2e/smoke.mjs` (SCREENSHOT=path to keep the picture).
//
// It serves www/ with the same server as `./build.sh serve` on a free loopback port and
// checks what ../shared/spec/ui-contract.md promises: one input event on the editor starts
// an analysis; every claim gets highlight elements (data-pl-kind="claim", data-pl-id) whose
// text is the claim's; highlights of an earlier text are gone; the samples and the full
// dictionary load; and all of it with no console error, no 4xx/5xx, no request off the origin.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const root = new URL('../../', import.meta.url);
const www = new URL('www/', root);
const SAMPLE = readFileSync(new URL('seeds/004_73b1852c19d975ec.txt', root), 'utf8');
const ASTRAL = '😀𠀀截至2024年底，全省国有“三资”总规模达到21.8万亿元。';
const screenshot = process.env.SCREENSHOT ?? '/tmp/policylens-smoke.png';
const WAIT_MS = 30_000;

let passed = 0;
const failures = [];
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failures.push(name);
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
}

/** python3 -m http.server on 127.0.0.1, port chosen by the OS; resolves to its base URL. */
function serve() {
  const server = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', www.pathname, '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/port (\d+)/);
      if (m) resolve(`http://127.0.0.1:${m[1]}/`);
    });
    server.on('exit', (code) => reject(new Error(`http.server exited (${code})`)));
    setTimeout(() => reject(new Error('http.server did not start')), 10_000);
  });
  server.stderr.resume(); // the access log
  return { server, url };
}

/** What the page shows now: its highlights (grouped by claim id) and its claim list. */
function snapshot(page) {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('[data-pl-kind="claim"]')];
    const byId = {};
    for (const m of marks) byId[m.dataset.plId] = (byId[m.dataset.plId] ?? '') + m.textContent;
    return {
      marks: marks.length,
      byId,
      reported: Number(document.querySelector('[data-pl="claim-count"]').textContent),
      cards: [...document.querySelectorAll('[data-pl="claims"] > li .card-text')].map((e) => e.textContent),
      kinds: [...document.querySelectorAll('[data-pl-kind]')].map((e) => e.closest('[data-pl="mirror"]') !== null),
    };
  });
}

/** Sets the editor's text, fires one input event, and waits for that analysis to be shown. */
async function enter(page, text) {
  await page.$eval(
    '[data-pl="editor"]',
    (el, value) => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
  await waitForDone(page);
}

async function waitForDone(page) {
  await page.waitForFunction(
    () => document.querySelector('[data-pl="status"]').dataset.state === 'done',
    null,
    { timeout: WAIT_MS },
  );
}

/** The highlights agree with the list: same claims, in order, each drawn with its own text. */
function checkHighlights(label, shot) {
  const ids = Object.keys(shot.byId);
  check(`${label}: as many highlighted claims as the page reports`, ids.length === shot.reported, `${ids.length} vs ${shot.reported}`);
  check(`${label}: one card per claim`, shot.cards.length === shot.reported, `${shot.cards.length} vs ${shot.reported}`);
  const texts = ids.map((id) => shot.byId[id]);
  check(
    `${label}: each highlight covers its claim's text`,
    JSON.stringify(texts) === JSON.stringify(shot.cards),
    `${JSON.stringify(texts.slice(0, 5))} vs ${JSON.stringify(shot.cards.slice(0, 5))}`,
  );
  check(`${label}: only the mirror carries data-pl-kind`, shot.kinds.every(Boolean));
}

async function main() {
  const { server, url } = serve();
  let browser;
  try {
    const base = await url;
    const origin = new URL(base).origin;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    const page = await context.newPage();

    const consoleErrors = [];
    const badResponses = [];
    const offOrigin = [];
    const wasmTypes = [];
    // Chromium reports the worker's console here too.
    page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    context.on('request', (req) => {
      const u = new URL(req.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) offOrigin.push(req.url());
    });
    context.on('requestfailed', (req) => badResponses.push(`${req.url()} failed: ${req.failure()?.errorText}`));
    context.on('response', (res) => {
      if (res.status() >= 400) badResponses.push(`${res.status()} ${res.url()}`);
      if (res.url().endsWith('.wasm')) wasmTypes.push(res.headers()['content-type']);
    });

    await page.goto(base);
    await page.waitForFunction(
      () => ['ready', 'done', 'error'].includes(document.querySelector('[data-pl="status"]').dataset.state),
      null,
      { timeout: WAIT_MS },
    );
    const loaded = await page.$eval('[data-pl="status"]', (el) => [el.dataset.state, el.textContent]);
    check('the page loads the engine and the small dictionary', loaded[0] !== 'error', loaded[1]);
    if (loaded[0] === 'error') throw new Error(`the page did not start: ${loaded[1]}`);
    check('the .wasm is served as application/wasm', wasmTypes.length > 0 && wasmTypes.every((t) => t === 'application/wasm'), wasmTypes.join());

    // 1. A sample with claims, entered as a test would: value + one input event.
    await enter(page, SAMPLE);
    const first = await snapshot(page);
    check('a sample text gives highlighted claims', first.marks > 0 && first.reported > 0, `${first.marks} marks`);
    checkHighlights('sample 004', first);
    await page.screenshot({ path: screenshot });

    // 2. Offsets are UTF-16: astral characters before the claim do not shift it.
    await enter(page, ASTRAL);
    const astral = await snapshot(page);
    check('a claim after astral characters is highlighted exactly', Object.values(astral.byId).includes('21.8万亿元'), JSON.stringify(astral.byId));
    checkHighlights('astral text', astral);

    // 3. Old highlights disappear with a text that has no claims.
    await enter(page, '这段文字没有任何数据。');
    const none = await snapshot(page);
    check('highlights of the earlier text are gone', none.marks === 0 && none.reported === 0, `${none.marks} marks`);

    // 4. The sample menu, and the full dictionary: the same claims.
    const options = await page.$$eval('[data-pl="samples"] option', (os) => os.map((o) => o.value).filter(Boolean));
    check('the sample menu lists the seeds', options.length === 5, options.join());
    await page.selectOption('[data-pl="samples"]', '004_73b1852c19d975ec.txt');
    await waitForDone(page);
    const fromMenu = await snapshot(page);
    check('a sample chosen from the menu is analysed', fromMenu.reported === first.reported, `${fromMenu.reported} vs ${first.reported}`);
    await page.selectOption('[data-pl="dictionary"]', 'full');
    await waitForDone(page);
    const full = await snapshot(page);
    check('the full dictionary gives the same claims', JSON.stringify(full.cards) === JSON.stringify(first.cards));

    // 5. The English switch relabels the page and keeps the analysis.
    await page.click('[data-pl="lang"]');
    const english = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      heading: document.querySelector('#claims-label [data-i18n]').textContent,
      reported: Number(document.querySelector('[data-pl="claim-count"]').textContent),
    }));
    check('the English switch', english.lang === 'en' && english.heading === 'Figures' && english.reported === first.reported, JSON.stringify(english));
    await page.screenshot({ path: screenshot.replace(/\.png$/, '-en.png') });

    check('no console errors', consoleErrors.length === 0, consoleErrors.join(' | '));
    check('no 4xx/5xx or failed requests', badResponses.length === 0, badResponses.join(' | '));
    check('no request leaves the origin', offOrigin.length === 0, offOrigin.join(' | '));
  } finally {
    await browser?.close();
    server.kill();
  }
}

try {
  await main();
} catch (err) {
  check('the smoke test ran to the end', false, err?.stack ?? String(err));
}
console.log(`smoke test: ${passed} checks passed, ${failures.length} failed; screenshot ${screenshot}`);
process.exit(failures.length === 0 ? 0 : 1);
