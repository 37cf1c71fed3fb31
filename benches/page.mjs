// The page's figures in headless Chromium (issue 5), measured in the page itself:
//   load:      navigation start → the first analysis of seed 000 shown (the draft restored
//              from local saving, as after a reload), goal ≤ 1 s;
//   keystroke: in a 20,000-character draft, keydown → the frame after the highlights
//              were redrawn for the new text (moved by the edit), p50/p95 over N keys,
//              goal p95 ≤ 50 ms; and keydown → the re-analysis shown;
//   paste:     seed 003 (78,000 characters) entered whole → fully highlighted, goal ≤ 1 s;
//   long tasks on the main thread during typing and during the paste (goal: none > 50 ms).
// Run by `./build.sh bench` after the wasm build: node benches/page.mjs [KEYS]

import { readFileSync } from 'node:fs';
import { launch, root, serve } from '../tests/e2e/lib.mjs';

const KEYS = Number(process.argv[2] ?? 60);
const seed = (name) => readFileSync(new URL(`seeds/${name}`, root), 'utf8');
const SEED000 = seed('000_6f51de36f9000536.txt');
const SEED003 = seed('003_32703452aac0ffa4.txt');
const DRAFT20K = SEED003.slice(0, 20_000);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x) => `${x.toFixed(1)} ms`;

/** In the page: records long tasks, and the time from each keydown to the frame after it. */
function instrument() {
  window.__long = [];
  new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
  window.__keys = [];
  const editor = document.querySelector('[data-pl="editor"]');
  editor.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    // The page redraws in its input handler; this frame callback runs after it, and the
    // timeout after that frame's paint.
    requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t0), 0));
  });
}

async function waitDone(page) {
  await page.waitForFunction(() => document.querySelector('[data-pl="status"]').dataset.state === 'done', null, { timeout: 60_000 });
}

async function main() {
  const { server, url } = serve(new URL('www/', root).pathname);
  const browser = await launch();
  try {
    const base = await url;
    const context = await browser.newContext({ viewport: { width: 1360, height: 880 } });
    const page = await context.newPage();

    // Load: a first visit saves seed 000 as the draft; the reload restores and analyses it.
    await page.goto(base);
    await page.evaluate((text) => {
      localStorage.setItem('policylens:draft', JSON.stringify({ text, savedAt: Date.now() }));
    }, SEED000);
    const loads = [];
    for (let i = 0; i < 5; i++) {
      await page.reload();
      await waitDone(page);
      loads.push(await page.evaluate(() => performance.now()));
    }

    // Keystrokes in a 20,000-character draft, typed in the middle of it.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.evaluate(instrument).catch((e) => console.log("instrument:", e.message));
    await page.$eval(
      '[data-pl="editor"]',
      (el, value) => {
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      DRAFT20K,
    );
    await waitDone(page);
    await page.focus('[data-pl="editor"]');
    await page.$eval('[data-pl="editor"]', (el) => el.setSelectionRange(10_000, 10_000));
    await page.evaluate(() => {
      window.__long.length = 0;
      window.__keys.length = 0;
    });
    const settled = [];
    for (let i = 0; i < KEYS; i++) {
      const t0 = Date.now();
      // ASCII keys: Playwright types other characters as text, without a keydown.
      await page.keyboard.press(i % 5 === 4 ? '5' : 'a');
      await waitDone(page);
      settled.push(Date.now() - t0);
      await page.waitForTimeout(20);
    }
    const keys = await page.evaluate(() => window.__keys);
    const typingLong = await page.evaluate(() => [...window.__long]);

    // Seed 003 entered whole.
    await page.evaluate(() => (window.__long.length = 0));
    const paste = await page.evaluate(async (text) => {
      const editor = document.querySelector('[data-pl="editor"]');
      const status = document.querySelector('[data-pl="status"]');
      const t0 = performance.now();
      editor.value = text;
      editor.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const poll = () => (status.dataset.state === 'done' ? resolve() : setTimeout(poll, 2));
        poll();
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { ms: performance.now() - t0, status: status.textContent, claims: new Set([...document.querySelectorAll('[data-pl-kind="claim"]')].map((m) => m.dataset.plId)).size };
    }, SEED003);
    const pasteLong = await page.evaluate(() => [...window.__long]);

    console.log(`page load → seed 000 analysed and shown: best ${ms(Math.min(...loads))}, median ${ms(pct(loads, 50))} (5 loads; goal ≤ 1000 ms)`);
    console.log(`keystroke in a 20,000-char draft → highlights for the new text painted: p50 ${ms(pct(keys, 50))}, p95 ${ms(pct(keys, 95))}, max ${ms(Math.max(...keys))} (${keys.length} keys; goal p95 ≤ 50 ms)`);
    console.log(`keystroke → re-analysis shown (debounce 120 ms included): p50 ${pct(settled, 50)} ms, p95 ${pct(settled, 95)} ms`);
    console.log(`long tasks while typing: ${typingLong.length}${typingLong.length ? ` (max ${ms(Math.max(...typingLong))})` : ''} (goal: none > 50 ms)`);
    console.log(`seed 003 entered whole → fully highlighted: ${ms(paste.ms)}, ${paste.claims} claims (goal ≤ 1000 ms; the engine's part: ${paste.status})`);
    console.log(`long tasks during the paste: ${pasteLong.length}${pasteLong.length ? ` (max ${ms(Math.max(...pasteLong))}, ${pasteLong.map((d) => d.toFixed(0)).join(', ')} ms)` : ''}`);
    // The widget: from its first use (text entered in the portal's textarea, nothing
    // loaded before) to its first highlights, engine download and start included.
    const widgetTimes = [];
    for (let i = 0; i < 5; i++) {
      const portal = await context.newPage();
      await portal.goto(`${base}embed-demo.html`);
      // The demo's textarea has text and is visible, so the widget starts at once: time it
      // from navigation start.
      await portal.waitForFunction(
        () => document.querySelector('policy-lens').shadowRoot?.querySelector('[part="status"]')?.dataset.state === 'done',
        null,
        { timeout: 60_000 },
      );
      widgetTimes.push(
        await portal.evaluate(() => {
          const nav = performance.getEntriesByType('resource').find((e) => e.name.endsWith('policy-lens.js'));
          return { total: performance.now(), fromModule: performance.now() - (nav?.startTime ?? 0) };
        }),
      );
      await portal.close();
    }
    console.log(
      `widget on the demo portal → first highlights: from navigation median ${ms(pct(widgetTimes.map((w) => w.total), 50))}, ` +
        `from the module's request median ${ms(pct(widgetTimes.map((w) => w.fromModule), 50))} (5 loads, cold cache each)`,
    );
    await context.close();
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
