// <policy-lens>, end to end in headless Chromium, from dist/ as a portal would host it,
// every page served with the strict CSP as a real HTTP header:
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// The demo portal (www/embed-demo.html): the widget attaches to the article's textarea,
// analyses it (claims = the CLI's), fires its events, never changes the portal's text; the
// files fetched before the first highlights stay within the budget. Pages of its own (in a
// temporary folder beside a link to dist/): two widgets with different plans, a plan URL
// that fails, a contenteditable element and a same-origin iframe editor, a --pl-*
// variable, a fix through the cancelable policylens-fix event.
// Run by `./build.sh test` after `./build.sh dist`; alone: `node tests/e2e/widget.mjs`.

import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { DRAFT2027, PLAN15, STRICT_CSP, UNREAD_ROW, WAIT_MS, axeViolations, check, checkClean, cliBin, cliClaims, finish, highlights, launch, root, serve, watch } from './lib.mjs';

const dist = new URL('dist/', root);
const SEED004 = readFileSync(new URL('seeds/004_73b1852c19d975ec.txt', root), 'utf8');
const BEHIND = '2025年，全省常住人口城镇化率达到60%。';
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Waits until widget `sel` shows the analysis of its current text. */
async function waitDone(page, sel = 'policy-lens') {
  try {
    await page.waitForFunction(
      (s) => document.querySelector(s)?.shadowRoot?.querySelector('[part="status"]')?.dataset.state === 'done',
      sel,
      { timeout: WAIT_MS },
    );
  } catch (err) {
    const state = await page.evaluate((s) => {
      const r = document.querySelector(s)?.shadowRoot;
      return r ? `${r.querySelector('[part="status"]')?.textContent} | ${r.querySelector('[part="message"]')?.textContent}` : 'no widget';
    }, sel);
    throw new Error(`${sel} did not finish: ${state}`);
  }
}

/** The pages of this test, in a temporary folder with dist/ linked in. */
function fixtures() {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-widget-'));
  symlinkSync(new URL('.', dist).pathname, join(dir, 'dist'));
  writeFileSync(join(dir, 'favicon.svg'), readFileSync(new URL('www/favicon.svg', root)));
  const plan = execFileSync(cliBin(), ['targets', new URL('tests/gold/other_plan/plan.txt', root).pathname]);
  writeFileSync(join(dir, 'jiangxi.json'), plan);
  writeFileSync(join(dir, 'plan15.json'), execFileSync(cliBin(), ['targets', '-'], { input: PLAN15 }));
  writeFileSync(join(dir, 'theme.css'), 'policy-lens.themed { --pl-behind: rgb(1, 2, 3); }\n');
  const page = (body) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>widget test</title>
<link rel="icon" href="favicon.svg"><link rel="stylesheet" href="theme.css">
<script type="module" src="dist/policy-lens.js"></script></head>
<body>${body}</body></html>`;
  writeFileSync(
    join(dir, 'two.html'),
    page(`<policy-lens id="hubei"></policy-lens>
<policy-lens id="jiangxi" plan="jiangxi.json" class="themed"></policy-lens>
<policy-lens id="broken" plan="theme.css" compact></policy-lens>
<policy-lens id="english" lang="en" layers="claims"></policy-lens>`),
  );
  writeFileSync(
    join(dir, 'editors.html'),
    page(`<div id="rich" contenteditable="true"><p>全年新增就业<b>50万人</b>，城镇调查失业率5.2%。</p><p>投资增长8.5%。</p></div>
<policy-lens id="on-rich" for="rich"></policy-lens>
<iframe id="cms" src="frame.html" width="600" height="200"></iframe>
<policy-lens id="on-frame" for="cms"></policy-lens>`),
  );
  writeFileSync(
    join(dir, 'frame.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>editor</title><link rel="icon" href="favicon.svg"></head>
<body contenteditable="true"><p>2024年，全省粮食产量达到550亿斤，增长2.1%。</p></body></html>`,
  );
  writeFileSync(join(dir, 'date.html'), page(`<policy-lens id="d"></policy-lens>`));
  writeFileSync(join(dir, 'plan.html'), page(`<policy-lens id="p15" plan="plan15.json"></policy-lens>`));
  writeFileSync(
    join(dir, 'fix.html'),
    page(`<textarea id="t" rows="6" cols="60"></textarea><policy-lens id="w" for="t"></policy-lens>`),
  );
  return dir;
}

async function main() {
  const { server, url } = serve(new URL('www/', root).pathname, { csp: STRICT_CSP });
  const dir = fixtures();
  const own = serve(dir, { csp: STRICT_CSP });
  const browser = await launch();
  try {
    const base = await url;
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN' });
    const seen = watch(context, new URL(base).origin);
    const fetched = [];
    context.on('requestfinished', (req) => fetched.push({ url: req.url(), at: Date.now() }));
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__events = [];
      for (const type of ['policylens-analyzed', 'policylens-select', 'policylens-fix']) {
        document.addEventListener(type, (e) => window.__events.push({ type, detail: e.detail, composed: e.composed, bubbles: e.bubbles }));
      }
    });

    // 1. The demo portal: attached to the article's textarea.
    const t0 = Date.now();
    await page.goto(`${base}embed-demo.html`);
    const header = (await page.request.head(`${base}embed-demo.html`)).headers()['content-security-policy'];
    check('the demo is served with the strict CSP header', header === STRICT_CSP, header);
    const original = await page.$eval('#article-body', (e) => e.value);
    await waitDone(page);
    const firstHighlights = Date.now();
    const shown = await highlights(page, 'policy-lens');
    const cli = cliClaims(original);
    check("the widget highlights the textarea's claims as the CLI finds them", Object.keys(shown.claim).length === cli.length && cli.every((c) => shown.claim[c.id] === c.text), `${Object.keys(shown.claim).length} vs ${cli.length}`);
    check("the portal's text is untouched", (await page.$eval('#article-body', (e) => e.value)) === original);
    const events = await page.evaluate(() => window.__events.filter((e) => e.type === 'policylens-analyzed'));
    check('policylens-analyzed fires with the analysis, bubbling and composed', events.length >= 1 && events.at(-1).detail.claims.length === cli.length && events.at(-1).composed && events.at(-1).bubbles);
    const behind = await page.$$eval('policy-lens', ([w]) => [...w.shadowRoot.querySelectorAll('[data-pl-kind="claim"].verdict-behind')].map((m) => m.textContent));
    check('the built-in plan judges the figures', behind.includes('60%'), JSON.stringify(behind));

    // The budget: every file fetched before the first highlights, brotli -q 11.
    const before = fetched.filter((f) => f.at <= firstHighlights && new URL(f.url).pathname.startsWith('/dist/'));
    let total = 0;
    const sizes = [];
    for (const f of before) {
      const file = new URL(`.${new URL(f.url).pathname}`, new URL('www/', root));
      const n = brotli(readFileSync(file));
      total += n;
      sizes.push(`${new URL(f.url).pathname.split('/').pop()} ${(n / 1024).toFixed(1)} KB`);
    }
    console.log(`     first use → first highlights: ${firstHighlights - t0} ms (page load included); fetched: ${sizes.join(', ')}; total ${(total / 1024).toFixed(1)} KB brotli`);
    const loader = gzipSync(readFileSync(new URL('policy-lens.js', dist)), { level: 9 }).length;
    check('the loader is ≤ 50 KB gzip', loader <= 50 * 1024, `${(loader / 1024).toFixed(1)} KB`);
    check('first use fetches ≤ 800 KB brotli', total > 0 && total <= 800 * 1024, `${(total / 1024).toFixed(1)} KB`);

    // Input in the portal's element: a new analysis, the old highlights gone.
    await page.$eval('#article-body', (el, v) => {
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, SEED004);
    await page.waitForFunction(() => document.querySelector('policy-lens').shadowRoot.querySelector('[part="status"]').dataset.state === 'busy');
    await waitDone(page);
    const again = await highlights(page, 'policy-lens');
    const cli004 = cliClaims(SEED004);
    check('input in the textarea: the claims of the new text, none of the old', Object.keys(again.claim).length === cli004.length && cli004.every((c) => again.claim[c.id] === c.text.replace(/\n/g, '')));
    // Hovering a highlight over the textarea opens its card and fires policylens-select.
    await page.$eval('#article-body', (el) => (el.scrollTop = 0));
    await page.waitForTimeout(100);
    const box = await page.$eval('policy-lens', (w) => {
      const r = w.shadowRoot.querySelector('[data-pl-kind="claim"]').getClientRects()[0];
      return { x: r.x + 3, y: r.y + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.waitForFunction(() => !document.querySelector('policy-lens').shadowRoot.querySelector('[part="card"]').hidden, null, { timeout: 5000 });
    const selected = await page.evaluate(() => window.__events.filter((e) => e.type === 'policylens-select').at(-1));
    check('hovering a highlight over the textarea opens its card and fires policylens-select', selected?.detail?.layer === 'claim' && selected.composed, JSON.stringify(selected?.detail ?? null).slice(0, 100));
    check('the textarea still takes the pointer', (await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, box)) === 'article-body');
    await page.screenshot({ path: new URL('artifacts/widget-demo.png', root).pathname });
    const a11y = await axeViolations(page);
    check('axe-core: no WCAG A/AA violation on the demo with its widget', a11y.length === 0, a11y.join(' | '));
    await page.keyboard.press('Escape');

    // 2. Widgets of their own: two plans on one page, a plan that fails, a theme, English.
    const ownBase = await own.url;
    const ownContext = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN' });
    const seenOwn = watch(ownContext, new URL(ownBase).origin);
    const two = await ownContext.newPage();
    await two.goto(`${ownBase}two.html`);
    for (const id of ['hubei', 'jiangxi', 'broken', 'english']) {
      await two.$eval(`#${id}`, (w, text) => {
        const ed = w.shadowRoot.querySelector('[data-pl="editor"]');
        ed.value = text;
        ed.dispatchEvent(new Event('input', { bubbles: true }));
      }, BEHIND);
    }
    for (const id of ['hubei', 'jiangxi', 'broken', 'english']) await waitDone(two, `#${id}`);
    const expected = await two.evaluate(async () => {
      const out = {};
      for (const id of ['hubei', 'jiangxi', 'broken']) out[id] = (await document.getElementById(id).analyze()).matches.map((m) => m.expected);
      return out;
    });
    check('two widgets, two plans: each judges by its own', expected.hubei[0] === 65 && expected.jiangxi[0] === 67, JSON.stringify(expected));
    const broken = await two.$eval('#broken', (w) => [w.shadowRoot.querySelector('[part="message"]').textContent, w.shadowRoot.querySelectorAll('[data-pl-kind="claim"]').length]);
    check('a plan URL that is not targets JSON: a clear message, and the analysis goes on', broken[0].includes('规划未能载入') && broken[1] === 1 && expected.broken.length === 0, JSON.stringify(broken));
    const colour = await two.$eval('#jiangxi', (w) => getComputedStyle(w.shadowRoot.querySelector('[data-pl-kind="claim"]')).textDecorationColor);
    const plain = await two.$eval('#hubei', (w) => getComputedStyle(w.shadowRoot.querySelector('[data-pl-kind="claim"]')).textDecorationColor);
    check('a --pl-* variable changes the rendering', colour === 'rgb(1, 2, 3)' && plain !== colour, `${colour} / ${plain}`);
    const english = await two.$eval('#english', (w) => [w.shadowRoot.querySelector('[part="legend"]').textContent, w.shadowRoot.querySelectorAll('[data-pl-kind="measure"]').length]);
    check('lang="en" and layers="claims"', english[0].includes('Figures') && !english[0].includes('Measures') && english[1] === 0, JSON.stringify(english));
    const a11yOwn = await axeViolations(two);
    check('axe-core: no WCAG A/AA violation with four standalone widgets', a11yOwn.length === 0, a11yOwn.join(' | '));
    await two.$eval('#hubei', (w) => (w.hidden = true));
    check('the widget honours [hidden]', await two.$eval('#hubei', (w) => getComputedStyle(w).display === 'none'));
    const report = await two.$eval('#jiangxi', (w) => w.report());
    check('report() gives the review report', report.includes('核查报告') && report.includes('60%'));

    // The plan view: the button in the bar shows the targets read and, as warnings, what
    // of the plan could not be read.
    const pv = await ownContext.newPage();
    await pv.goto(`${ownBase}plan.html`);
    await pv.$eval('#p15', (w) => w.shadowRoot.querySelector('[part="plan-button"]').click());
    await pv.waitForFunction(() => document.getElementById('p15').shadowRoot.querySelectorAll('[part="plan"] .plan-table tbody tr').length > 0, null, { timeout: WAIT_MS });
    const view = await pv.$eval('#p15', (w) => {
      const v = w.shadowRoot.querySelector('[part="plan"]');
      return {
        rows: [...v.querySelectorAll('.plan-table tbody tr')].map((r) => r.cells[0].textContent),
        unread: v.querySelector('[data-pl="plan-unread"]')?.textContent ?? '',
        expanded: w.shadowRoot.querySelector('[part="plan-button"]').getAttribute('aria-expanded'),
        kinds: v.querySelectorAll('[data-pl-kind]').length,
      };
    });
    check("the widget's plan view lists the targets read", view.rows.includes('常住人口城镇化率') && view.rows.includes('森林覆盖率') && view.expanded === 'true', JSON.stringify(view.rows));
    check('…and, as warnings, the rows it could not read, with why', view.unread.includes(UNREAD_ROW) && view.unread.includes('无法读出') && view.kinds === 0, view.unread.slice(0, 160));
    await pv.$eval('#p15', (w, text) => {
      const ed = w.shadowRoot.querySelector('[data-pl="editor"]');
      ed.value = text;
      ed.dispatchEvent(new Event('input', { bubbles: true }));
    }, DRAFT2027);
    await waitDone(pv, '#p15');
    const a11yPlan = await axeViolations(pv);
    check('axe-core: no WCAG A/AA violation with the plan view open', a11yPlan.length === 0, a11yPlan.join(' | '));
    await pv.$eval('#p15', (w) => w.shadowRoot.querySelector('[part="plan-button"]').click());
    check('the plan view closes again', await pv.$eval('#p15', (w) => w.shadowRoot.querySelector('[part="plan"]').hidden));
    await pv.close();

    // 3. A contenteditable element and a same-origin iframe editor.
    const editors = await ownContext.newPage();
    await editors.goto(`${ownBase}editors.html`);
    await editors.$eval('#rich', (el) => el.focus());
    await waitDone(editors, '#on-rich');
    await editors.$eval('#cms', (f) => f.contentDocument.body.focus());
    await waitDone(editors, '#on-frame');
    for (const id of ['on-rich', 'on-frame']) {
      const text = await editors.$eval(`#${id}`, (w) => w.value);
      const marks = await highlights(editors, `#${id}`);
      const want = cliClaims(text);
      check(`attached to ${id === 'on-rich' ? 'a contenteditable element' : 'an iframe editor'}: its claims`, want.length > 0 && Object.keys(marks.claim).length === want.length, `${Object.keys(marks.claim).length} vs ${want.length} in ${JSON.stringify(text)}`);
    }
    const richHtml = await editors.$eval('#rich', (e) => e.innerHTML);
    check("the contenteditable element's content is untouched", richHtml.includes('<b>50万人</b>'));

    // 3b. The document's date: shown, and changeable as the page's is (analyze(text, {date}));
    // the verdicts' marks as the page draws them; findings with rule, line, context, fix.
    const dated = await ownContext.newPage();
    await dated.goto(`${ownBase}date.html`);
    await dated.$eval('#d', (w) => {
      const ed = w.shadowRoot.querySelector('[data-pl="editor"]');
      ed.value = '全省常住人口城镇化率达到60%，全年新增就业50万人,超额完成任务。';
      ed.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitDone(dated, '#d');
    const shownDate = await dated.$eval('#d', (w) => [w.shadowRoot.querySelector('[part="date"]')?.textContent ?? '', w.shadowRoot.querySelector('[part="date"] input')?.value]);
    check('the widget shows the date its verdicts assume', shownDate[0].includes('文稿日期') && /^\d{4}$/.test(shownDate[1] ?? ''), JSON.stringify(shownDate));
    await dated.$eval('#d', (w) => {
      const input = w.shadowRoot.querySelector('[part="date"] input');
      input.value = '2023';
      w.shadowRoot.querySelector('[part="date"] .date-apply').click();
    });
    await dated.waitForFunction(() => document.querySelector('#d').getAttribute('date') === '2023');
    await waitDone(dated, '#d');
    const given = await dated.$eval('#d', async (w) => {
      const a = await w.analyze();
      return { year: a.document.date_year, source: a.document.date_source, said: w.shadowRoot.querySelector('[part="date"]').textContent };
    });
    check('…and the editor can change it (the date attribute, analyze(text, {date}))', given.year === 2023 && given.source === 'given' && given.said.includes('2023'), JSON.stringify(given));
    const marks = await dated.$eval('#d', (w) => {
      const r = w.shadowRoot;
      const deco = (el) => el && `${getComputedStyle(el).textDecorationStyle} ${getComputedStyle(el).textDecorationThickness}`;
      return {
        none: deco(r.querySelector('[data-pl-kind="claim"].verdict-none')),
        judged: deco(r.querySelector('[data-pl-kind="claim"]:not(.verdict-none)')),
        keys: r.querySelector('[part="verdicts"]').textContent,
        findings: [...r.querySelectorAll('[part="findings"] li')].map((li) => li.textContent),
      };
    });
    check('the widget marks a figure with no verdict by shape and name, as the page does', marks.none && marks.judged && marks.none !== marks.judged && marks.keys.includes('未对标'), JSON.stringify(marks));
    check('its findings list gives the rule by name, the line, the quoted context and the fix', marks.findings.some((f) => f.includes('半角标点') && f.includes('第 1 行') && f.includes('50万人,超额') && f.includes('改为“，”')) && !marks.findings.some((f) => f.includes('half_width_punct')), JSON.stringify(marks.findings));
    await dated.screenshot({ path: new URL('artifacts/widget-date.png', root).pathname });

    // On a phone: the widget fits the screen, and a tap on a highlight opens its card.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'zh-CN' });
    const seenPhone = watch(phone, new URL(ownBase).origin);
    const small = await phone.newPage();
    await small.goto(`${ownBase}date.html`);
    await small.$eval('#d', (w) => {
      const ed = w.shadowRoot.querySelector('[data-pl="editor"]');
      ed.value = '2025年，全省常住人口城镇化率达到60%，全年新增就业50万人,超额完成任务。';
      ed.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitDone(small, '#d');
    const spot = await small.$eval('#d', (w) => {
      const r = w.shadowRoot.querySelector('[data-pl-kind="claim"]').getClientRects()[0];
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, wide: document.documentElement.scrollWidth, inner: window.innerWidth };
    });
    check('390×844: the widget fits the screen', spot.wide <= spot.inner, JSON.stringify(spot));
    await small.touchscreen.tap(spot.x, spot.y);
    await small.waitForFunction(() => !document.querySelector('#d').shadowRoot.querySelector('[part="card"]').hidden, null, { timeout: 5000 }).catch(() => null);
    const tapped = await small.$eval('#d', (w) => {
      const c = w.shadowRoot.querySelector('[part="card"]');
      const r = c.getBoundingClientRect();
      return { open: !c.hidden, inside: r.left >= 0 && r.right <= window.innerWidth, text: c.textContent.slice(0, 40) };
    });
    check('390×844: a tap on a highlight opens its card, inside the screen', tapped.open && tapped.inside, JSON.stringify(tapped));
    await small.screenshot({ path: new URL('artifacts/widget-390x844.png', root).pathname });
    checkClean(seenPhone, 'phone: ');
    await phone.close();

    // 4. A fix: cancelable, then applied through setRangeText with input and change events.
    const fix = await ownContext.newPage();
    await fix.goto(`${ownBase}fix.html`);
    await fix.$eval('#t', (el) => {
      el.value = '全年新增就业50万人,超额完成目标任务。';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitDone(fix, '#w');
    const finding = await fix.$eval('#w', (w) => (w.shadowRoot.querySelector('[data-pl-kind="check"]') ? w.shadowRoot.querySelector('[data-pl-kind="check"]').dataset.plId : null));
    if (check('a half-width comma is a finding with a fix', finding !== null)) {
      const applied = await fix.evaluate(async (id) => {
        const w = document.getElementById('w');
        const t = document.getElementById('t');
        const log = [];
        t.addEventListener('input', () => log.push('input'));
        t.addEventListener('change', () => log.push('change'));
        const cancel = (e) => e.preventDefault();
        document.addEventListener('policylens-fix', cancel, { once: true });
        const button = () => w.shadowRoot.querySelector('[part="card"] button.primary');
        w.shadowRoot.querySelector('[part="findings"] button').click();
        button().click();
        const afterCancel = t.value;
        w.shadowRoot.querySelector('[part="findings"] button').click();
        button().click();
        return { afterCancel, after: t.value, log };
      }, finding);
      check('policylens-fix can be cancelled', applied.afterCancel.includes('万人,'), applied.afterCancel);
      check('the fix edits the textarea and fires input and change', applied.after.includes('万人，') && applied.log.join() === 'input,change', JSON.stringify(applied));
    }

    checkClean(seen, 'demo: ');
    checkClean(seenOwn, 'own pages: ');
    await context.close();
    await ownContext.close();
  } finally {
    await browser.close();
    server.kill();
    own.server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (err) {
  check('the widget test ran to the end', false, err?.stack ?? String(err));
}
finish('widget test');
