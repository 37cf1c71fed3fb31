// The editor's page, end to end in headless Chromium, through ../shared/spec/ui-contract.md
// and the page's own controls. Run by `./build.sh test` after the wasm build; alone:
// `node tests/e2e/page.mjs` (after `./build.sh build` and `cargo build --bin policylens`).
// A screenshot of the page with seed 000 is written to artifacts/ (gitignored).

import { mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { DRAFT2027, PLAN15, UNREAD_ROW, WAIT_MS, axeViolations, check, checkClean, cliBin, cliClaims, finish, highlights, launch, root, serve, watch } from './lib.mjs';
import { claimFigure, decimal, figure, formulaFigures } from '../../www/format.js';
import { RULE_NAMES } from '../../www/rules.js';

const seed = (name) => readFileSync(new URL(`seeds/${name}`, root), 'utf8');
const SEED000 = seed('000_6f51de36f9000536.txt');
const SEED004 = seed('004_73b1852c19d975ec.txt');
const ASTRAL = '😀𠀀截至2024年底，全省国有“三资”总规模达到21.8万亿元。';
// Figures the built-in plan judges: 城镇化率 60% in 2025 is behind its 65% target.
const BEHIND = '2025年，全省常住人口城镇化率达到60%。全省森林覆盖率达到40%。';
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>全年新增<b>就业</b>50万人。';
// Figures as written (issue 14 item 5): a level in 亿元 with a decimal, an amount in 万亿元.
const WRITTEN = '2024年，全省地区生产总值达到4860.4亿元，服务业增加值达到3000亿元，新增就业50万人。';
// A figure on track and one no target judges.
const ON_TRACK_NONE = '2022年，全省常住人口城镇化率达到62%。全省共有博物馆215家。';
const artifacts = new URL('artifacts/', root);
mkdirSync(artifacts, { recursive: true });

async function status(page) {
  return page.$eval('[data-pl="status"]', (el) => ({ state: el.dataset.state, text: el.textContent }));
}

async function waitForDone(page) {
  await page.waitForFunction(() => document.querySelector('[data-pl="status"]').dataset.state === 'done', null, {
    timeout: WAIT_MS,
  });
}

/** Sets the editor's text, fires one input event (the contract's way), waits for the analysis. */
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

/** The highlighted claims agree with the CLI's for the same text: same ids, same text. */
async function checkAgainstCli(page, label, text) {
  const cli = cliClaims(text);
  const shown = (await highlights(page)).claim;
  const ids = Object.keys(shown);
  check(`${label}: highlighted claims = the CLI's (${cli.length})`, ids.length === cli.length, `${ids.length} vs ${cli.length}`);
  // A claim broken by a line is drawn a piece per line, without the line breaks.
  const wrong = cli.filter((c) => shown[c.id] !== c.text.replace(/\n/g, '')).map((c) => `${c.id} ${c.text} ≠ ${shown[c.id]}`);
  check(`${label}: each claim's marks cover its text`, wrong.length === 0, wrong.slice(0, 5).join(' | '));
  return cli;
}

/** The mirror lays the text out as the textarea does: the same height for the same text. */
function sameHeight(page) {
  return page.evaluate(() => {
    const [m, e] = [document.querySelector('[data-pl="mirror"]'), document.querySelector('[data-pl="editor"]')];
    return Math.abs(m.scrollHeight - e.scrollHeight) <= 1 || `${m.scrollHeight} vs ${e.scrollHeight}`;
  }).then((r) => r === true);
}

async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function openMenu(page, name) {
  await page.evaluate((n) => {
    for (const d of document.querySelectorAll('details.menu')) d.open = false;
    document.querySelector(`[data-pl="${n}"]`).closest('details').open = true;
  }, name);
}

/** The formatter every face uses, in node (no DOM in it): values as people write them. */
function formatterChecks() {
  const cases = [
    [decimal(486040000000, 8), '4860.4'],
    [decimal(4860.4 * 1e8, 8), '4860.4'],
    [decimal(0.1 + 0.2), '0.3'],
    [decimal(61.333333333333336, 0, 2), '61.33'],
    [decimal(99.95, 0, 1), '100'],
    [decimal(0.0009, 0, 2), '0'],
    [figure(300000000000, '元', 8), '3000亿元'],
    [figure(6000000000000, '元'), '6万亿元'],
    [figure(25000000, '吨'), '2500万吨'],
    [figure(12345, '人'), '12345人'],
    [figure(6.5, '%'), '6.5%'],
    [figure(3.5, '亩/亿元', 8), '3.5亩/亿元'],
    [claimFigure({ text: '4860.4亿元', value: 486040000000, unit: '元', qualifier: 'exact', value_max: null }), '4860.4亿元'],
    [claimFigure({ text: '一百一十四万亿元', value: 114e12, unit: '元', qualifier: 'at_least', value_max: null }), '≥ 114万亿元'],
    [claimFigure({ text: '5%—6%', value: 5, unit: '%', qualifier: 'range', value_max: 6 }), '5%～6%'],
    [formulaFigures('486039999999.99994 < 6000000000000'), '4860.4亿 < 6万亿'],
    [formulaFigures('59 + (65 − 59) × (2022 − 2020) / (2025 − 2020) = 61.400000000000006'), '59 + (65 − 59) × (2022 − 2020) / (2025 − 2020) = 61.4'],
  ];
  const wrong = cases.filter(([got, want]) => got !== want).map(([got, want]) => `${got} ≠ ${want}`);
  check('the figure formatter writes values as the text does, exactly', wrong.length === 0, wrong.join(' | '));
  // The rule names: every rule of the core's registry, in both languages, and no other.
  const registry = [...readFileSync(new URL('src/checks/mod.rs', root), 'utf8').matchAll(/code: "([^"]+)",[\s\S]*?name: "([^"]+)",\s*name_en: "([^"]+)"/g)];
  const stale = registry.filter(([, code, zh, en]) => RULE_NAMES[code]?.zh !== zh || RULE_NAMES[code]?.en !== en).map(([, code]) => code);
  check("www/rules.js names every rule as src/checks/mod.rs does", registry.length > 20 && stale.length === 0 && Object.keys(RULE_NAMES).length === registry.length, stale.join());
}

/** The page on a phone, a small laptop and a wide screen: screenshots in artifacts/, nothing
 *  wider than the screen, menus inside it, a tap on a highlight opens its card (issue 14
 *  item 8). */
async function screens(browser, base) {
  const sizes = [
    { name: 'phone', width: 390, height: 844, touch: true },
    { name: 'tablet', width: 1024, height: 768, touch: false },
    { name: 'wide', width: 1440, height: 900, touch: false },
  ];
  for (const size of sizes) {
    const label = `${size.width}×${size.height}`;
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch, locale: 'zh-CN' });
    const seen = watch(context, new URL(base).origin);
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForFunction(() => ['ready', 'done'].includes(document.querySelector('[data-pl="status"]').dataset.state), null, { timeout: WAIT_MS });
    await enter(page, `${BEHIND}\n全年新增就业50万人,超额完成目标任务。\n${SEED000}`);
    const overflow = () => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    let o = await overflow();
    check(`${label}: nothing overflows the viewport sideways`, o.scroll <= o.inner, JSON.stringify(o));
    await page.screenshot({ path: new URL(`page-${size.width}x${size.height}.png`, artifacts).pathname });
    for (const tab of ['data', 'checks']) {
      await page.click(`[data-tab="${tab}"]`);
      o = await overflow();
      check(`${label}: tab ${tab} stays inside the viewport`, o.scroll <= o.inner, JSON.stringify(o));
    }
    const tableBox = await page.evaluate(() => {
      document.querySelector('[data-tab="data"]').click();
      const box = document.querySelector('.table-box');
      const r = box.getBoundingClientRect();
      return { left: r.left, right: r.right, inner: window.innerWidth, scrolls: getComputedStyle(box).overflowX, wider: box.scrollWidth > box.clientWidth };
    });
    // On a phone the columns keep their width and the box scrolls, rather than squeezing them.
    check(`${label}: the figures table scrolls inside its box`, tableBox.left >= 0 && tableBox.right <= tableBox.inner && tableBox.scrolls === 'auto' && (size.name !== 'phone' || tableBox.wider), JSON.stringify(tableBox));
    if (size.name === 'phone') await page.screenshot({ path: new URL(`page-${size.width}x${size.height}-table.png`, artifacts).pathname, fullPage: true });
    // Menus open inside the screen.
    for (const name of ['export-csv', 'autosave']) {
      await openMenu(page, name);
      await page.waitForTimeout(50); // the toggle event, which keeps the menu on screen
      const box = await page.$eval(`[data-pl="${name}"]`, (el) => {
        const r = el.closest('.menu-body').getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, w: window.innerWidth, h: window.innerHeight };
      });
      check(`${label}: the menu of ${name} opens inside the viewport`, box.left >= 0 && box.right <= box.w && box.top >= 0 && box.bottom <= box.h, JSON.stringify(box));
      if (size.name === 'phone' && name === 'export-csv') await page.screenshot({ path: new URL(`page-${size.width}x${size.height}-menu.png`, artifacts).pathname });
    }
    await page.evaluate(() => document.querySelectorAll('details.menu').forEach((d) => (d.open = false)));
    // The plan dialog (the built-in plan): inside the screen, nothing in it wider than it, and
    // its targets table scrolling sideways in its own box; the same with the target form open.
    await page.click('[data-pl="plan-view"]');
    await page.waitForSelector('[data-pl="plan-dialog"] .plan-table');
    const dialogBox = () =>
      page.evaluate(() => {
        const d = document.querySelector('[data-pl="plan-dialog"]');
        const r = d.getBoundingClientRect();
        const box = d.querySelector('.plan-table').parentElement;
        const b = box.getBoundingClientRect();
        return {
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
          left: r.left,
          right: r.right,
          dialogWider: d.scrollWidth > d.clientWidth,
          boxLeft: b.left,
          boxRight: b.right,
          scrolls: getComputedStyle(box).overflowX,
          tableWider: box.scrollWidth > box.clientWidth,
        };
      });
    let dlg = await dialogBox();
    const dialogFits = (x) => x.scroll <= x.inner && x.left >= 0 && x.right <= x.inner && !x.dialogWider && x.boxLeft >= x.left && x.boxRight <= x.right;
    check(
      `${label}: the plan dialog fits the screen and its targets table scrolls inside its box`,
      dialogFits(dlg) && dlg.scrolls === 'auto' && (size.name !== 'phone' || dlg.tableWider),
      JSON.stringify(dlg),
    );
    if (size.name === 'phone') await page.screenshot({ path: new URL(`page-${size.width}x${size.height}-plan.png`, artifacts).pathname });
    await page.click('[data-pl="target-add"]');
    await page.waitForSelector('[data-pl="target-form"]');
    dlg = await dialogBox();
    check(`${label}: …and with the target form open`, dialogFits(dlg), JSON.stringify(dlg));
    if (size.name === 'phone') await page.screenshot({ path: new URL(`page-${size.width}x${size.height}-plan-form.png`, artifacts).pathname });
    await page.click('[data-pl="target-form"] button[type="button"]');
    await page.click('[data-pl="plan-dialog-close"]');
    if (size.name === 'phone') {
      const side = await page.evaluate(() => [document.querySelector('.editor-pane').getBoundingClientRect().bottom, document.querySelector('.side').getBoundingClientRect().top]);
      check(`${label}: the panels stack`, side[1] >= side[0], JSON.stringify(side));
      // A tap on a highlight opens its card.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.$eval('[data-pl="editor"]', (el) => (el.scrollTop = 0));
      await page.waitForTimeout(100);
      const at = await page.$eval('[data-pl-kind="claim"]', (m) => {
        const r = m.getClientRects()[0];
        return { x: r.x + r.width / 2, y: r.y + r.height / 2, id: m.dataset.plId };
      });
      await page.touchscreen.tap(at.x, at.y);
      await page.waitForSelector('[data-pl="card"]:not([hidden])', { timeout: 5000 }).catch(() => null);
      const card = await page.$eval('[data-pl="card"]', (c) => {
        const r = c.getBoundingClientRect();
        return { open: !c.hidden, text: c.textContent, left: r.left, right: r.right, w: window.innerWidth };
      });
      check(`${label}: a tap on a highlight opens its card, inside the screen`, card.open && card.text.includes('60%') && card.left >= 0 && card.right <= card.w, JSON.stringify(card).slice(0, 200));
      await page.screenshot({ path: new URL(`page-${size.width}x${size.height}-card.png`, artifacts).pathname });
    }
    if (size.name === 'wide') {
      // The header is one row, and nothing in it or in the toolbar lies over another.
      const layout = await page.evaluate(() => {
        const boxes = (sel) => [...document.querySelector(sel).children].filter((e) => e.offsetParent).map((e) => e.getBoundingClientRect());
        const header = boxes('header.bar');
        const toolbar = boxes('.toolbar');
        const all = [...header, ...toolbar];
        let overlaps = 0;
        for (let i = 0; i < all.length; i++) {
          for (let j = i + 1; j < all.length; j++) {
            const [a, b] = [all[i], all[j]];
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps++;
          }
        }
        const tops = header.map((r) => Math.round(r.top + r.height / 2));
        return { overlaps, rows: Math.max(...tops) - Math.min(...tops) };
      });
      check(`${label}: the header is one row and nothing in it or the toolbar overlaps`, layout.overlaps === 0 && layout.rows <= 6, JSON.stringify(layout));
    }
    checkClean(seen, `${label}: `);
    await context.close();
  }
}

async function main() {
  formatterChecks();
  const { server, url } = serve(new URL('www/', root).pathname);
  const browser = await launch();
  try {
    const base = await url;
    const context = await browser.newContext({ viewport: { width: 1360, height: 880 }, locale: 'zh-CN', acceptDownloads: true });
    const seen = watch(context, new URL(base).origin);
    const page = await context.newPage();

    await page.goto(base);
    await page.waitForFunction(() => ['ready', 'done', 'error'].includes(document.querySelector('[data-pl="status"]').dataset.state), null, {
      timeout: WAIT_MS,
    });
    const loaded = await status(page);
    check('the page loads the engine and the small dictionary', loaded.state !== 'error', loaded.text);
    if (loaded.state === 'error') throw new Error(`the page did not start: ${loaded.text}`);
    check('the .wasm is served as application/wasm', seen.wasmTypes.length > 0 && seen.wasmTypes.every((t) => t === 'application/wasm'), seen.wasmTypes.join());
    check('Chinese by default', (await page.$eval('html', (e) => e.lang)) === 'zh-CN');

    // 1. Seed 000: claims as the CLI finds them, measures too; the screenshot.
    await enter(page, SEED000);
    const cli000 = await checkAgainstCli(page, 'seed 000', SEED000);
    const marks = await highlights(page);
    const cliMeasures = JSON.parse(execFileSync(cliBin(), ['analyze', '--format', 'json', '-'], { input: SEED000 })).measures;
    check('seed 000: every measure is highlighted', Object.keys(marks.measure).length === cliMeasures.length, `${Object.keys(marks.measure).length} vs ${cliMeasures.length}`);
    check('the mirror is as tall as the textarea (they wrap alike)', await sameHeight(page));
    const counts = await page.evaluate(() => ['claim', 'measure', 'check'].map((k) => Number(document.querySelector(`[data-pl="${k}-count"]`).textContent)));
    check('the legend counts the claims', counts[0] === cli000.length, counts.join());
    await page.screenshot({ path: new URL('page-seed000.png', artifacts).pathname });

    // Accessibility: no WCAG 2 A/AA violation axe-core can see, on each tab.
    for (const tab of ['overview', 'measures', 'data', 'compare', 'checks']) {
      await page.click(`[data-tab="${tab}"]`);
      const found = await axeViolations(page);
      check(`axe-core: no WCAG A/AA violation (tab ${tab})`, found.length === 0, found.join(' | '));
    }
    await page.click('[data-tab="overview"]');

    // Only highlights carry data-pl-kind.
    const stray = await page.$$eval('[data-pl-kind]', (els) => els.filter((e) => !e.closest('[data-pl="mirror"]')).length);
    check('only the mirror carries data-pl-kind', stray === 0, String(stray));
    // Screen readers: a visually hidden label, a real text node, before each item.
    const labels = await page.$$eval('[data-pl="mirror"] .sr-label', (els) => els.length);
    check('highlights have screen-reader labels', labels >= cli000.length, String(labels));

    // 2. A card on hover: the claim's value and subject.
    // The first claim drawn on one line (the mirror lies under the textarea: the pointer
    // is over the textarea, and the page finds the mark beneath it).
    await page.$eval('[data-pl-kind="claim"]', (m) => {
      const editor = document.querySelector('[data-pl="editor"]');
      editor.scrollTop += m.getClientRects()[0].top - editor.getBoundingClientRect().top - 60;
    });
    await page.waitForTimeout(100); // the scroll event moves the mirror
    const box = await page.$eval('[data-pl-kind="claim"]', (m) => {
      const r = m.getClientRects()[0];
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.waitForSelector('[data-pl="card"]:not([hidden])', { timeout: 5000 });
    const cardText = await page.$eval('[data-pl="card-body"]', (e) => e.textContent);
    check('hovering a claim opens its card', cardText.includes(cli000[0].text) && cardText.includes('数值'), cardText.slice(0, 120));
    await page.keyboard.press('Escape');
    check('Escape closes the card', await page.$eval('[data-pl="card"]', (e) => e.hidden));

    // A keystroke moves the highlights at once, before the new analysis.
    const before = await page.$eval('[data-pl="editor"]', (el) => {
      el.setRangeText('新增', 0, 0, 'end');
      el.dispatchEvent(new Event('input', { bubbles: true }));
      const marks = [...document.querySelectorAll('[data-pl-kind="claim"]')];
      return { state: document.querySelector('[data-pl="status"]').dataset.state, texts: marks.map((m) => m.textContent) };
    });
    const expected = cli000.map((c) => c.text.replace(/\n/g, ''));
    check('a keystroke moves every highlight at once', before.state === 'busy' && before.texts.join('|').startsWith(expected.slice(0, 3).join('|')), JSON.stringify(before).slice(0, 200));
    await waitForDone(page);

    // Seed 003 (78,000 characters): all its claims, the mirror still aligned.
    await enter(page, readFileSync(new URL('seeds/003_32703452aac0ffa4.txt', root), 'utf8'));
    await checkAgainstCli(page, 'seed 003', readFileSync(new URL('seeds/003_32703452aac0ffa4.txt', root), 'utf8'));
    check('seed 003: the mirror is as tall as the textarea', await sameHeight(page));

    // 3. Offsets are UTF-16: astral characters before the claim do not shift it.
    await enter(page, ASTRAL);
    await checkAgainstCli(page, 'astral text', ASTRAL);

    // 4. Plan verdicts, keyboard navigation between findings, the card from the keyboard.
    await enter(page, BEHIND);
    const behind = await page.$$eval('[data-pl-kind="claim"].verdict-behind', (els) => els.map((e) => e.textContent));
    check('a figure behind the plan is marked behind', behind.includes('60%'), JSON.stringify(behind));
    await page.focus('[data-pl="editor"]');
    await page.$eval('[data-pl="editor"]', (el) => el.setSelectionRange(0, 0));
    await page.keyboard.press('Alt+ArrowDown');
    const sel1 = await page.$eval('[data-pl="editor"]', (el) => el.value.slice(el.selectionStart, el.selectionEnd));
    check('Alt+↓ selects the first finding', sel1 === '60%', sel1);
    check('…and opens its card with the plan target', await page.$eval('[data-pl="card"]', (e) => !e.hidden && e.textContent.includes('65')));
    const cardPlan = await page.$eval('[data-pl="card-body"]', (e) => e.textContent);
    check('the card gives the expected value and the formula', cardPlan.includes('当前应达') && cardPlan.includes('算式'), cardPlan.slice(0, 200));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+ArrowDown');
    const sel2 = await page.$eval('[data-pl="editor"]', (el) => el.value.slice(el.selectionStart, el.selectionEnd));
    check('Alt+↓ again selects the next finding', sel2 === '40%', sel2);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+ArrowUp');
    const sel3 = await page.$eval('[data-pl="editor"]', (el) => el.value.slice(el.selectionStart, el.selectionEnd));
    check('Alt+↑ goes back', sel3 === '60%', sel3);
    await page.keyboard.press('Escape');
    await page.$eval('[data-pl="editor"]', (el) => el.setSelectionRange(el.value.indexOf('60%') + 1, el.value.indexOf('60%') + 1));
    await page.keyboard.press('Alt+Enter');
    check('Alt+Enter opens the card of the item at the caret', await page.$eval('[data-pl="card"]', (e) => !e.hidden && document.activeElement === e));
    await page.keyboard.press('Escape');
    check('Escape returns to the editor', await page.evaluate(() => document.activeElement?.dataset.pl === 'editor'));

    // The 对标 tab lists the indicator with its verdict.
    await page.click('[data-tab="compare"]');
    const compare = await page.$eval('[data-pl="panel"]', (e) => e.textContent);
    check('对标 lists the indicators touched', compare.includes('常住人口城镇化率') && compare.includes('落后于进度'), compare.slice(0, 160));
    await page.click('[data-tab="overview"]');

    // A draft dated after the plan's period says so.
    await enter(page, '发布时间：2026-03-01\n2026年，全省常住人口城镇化率达到66%。');
    const outside = await page.$eval('[data-pl="plan-line"]', (e) => e.textContent);
    check('a draft dated outside the plan period is told so', outside.includes('2026') && outside.includes('不在规划期'), outside);

    // Figures as written, in the card, the table and the CSV (issue 14 item 5).
    await enter(page, WRITTEN);
    await page.click('[data-tab="data"]');
    const cellsShown = await page.$$eval('.claims-table tbody tr', (rows) => rows.map((r) => [r.cells[0].textContent, r.cells[1].textContent, r.cells[6].textContent]));
    const valueOf = (text) => cellsShown.find((r) => r[0] === text)?.[1];
    check('the table shows values as written: 4860.4亿元, 3000亿元, 50万人', valueOf('4860.4亿元') === '4860.4亿元' && valueOf('3000亿元') === '3000亿元' && valueOf('50万人') === '50万人', JSON.stringify(cellsShown));
    check('…and marks a figure no target judges with a glyph and a name', cellsShown.every((r) => r[2].trim().length > 1), JSON.stringify(cellsShown.map((r) => r[2])));
    await page.click('[data-tab="overview"]');
    await openMenu(page, 'export-csv');
    const wcsv = await download(page, () => page.click('[data-pl="export-csv"]'));
    check('the CSV gives the value as written and the exact normalised number', wcsv.text.includes(',4860.4亿元,486040000000,,元,') && wcsv.text.includes(',3000亿元,300000000000,,元,') && !/\d\.\d*(0000000|9999999)\d/.test(wcsv.text), wcsv.text.split('\r\n')[1]);
    await page.evaluate(() => document.querySelectorAll('details.menu').forEach((d) => (d.open = false)));
    const pageText = await page.evaluate(() => document.body.innerText);
    check('no float residue anywhere on the page', !/\d\.\d*(0000000|9999999)\d/.test(pageText), pageText.match(/\d\.\d*(0000000|9999999)\d/)?.[0]);

    // Verdict notes in the interface's language; on track and no verdict differ by shape.
    const judged = JSON.parse(execFileSync(cliBin(), ['analyze', '--format', 'json', '-'], { input: BEHIND }));
    await enter(page, BEHIND);
    await page.$eval('[data-pl="editor"]', (el) => el.setSelectionRange(el.value.indexOf('60%') + 1, el.value.indexOf('60%') + 1));
    await page.focus('[data-pl="editor"]');
    await page.keyboard.press('Alt+Enter');
    const zhCard = await page.$eval('[data-pl="card-body"]', (e) => e.textContent);
    const match = judged.matches.find((m) => judged.claims.find((c) => c.id === m.claim)?.text === '60%');
    check('the Chinese card shows the Chinese note and formula, no English', !/[A-Za-z]{2,}/.test(zhCard) && (!match?.formula || zhCard.includes(formulaFigures(match.formula))), zhCard);
    await page.keyboard.press('Escape');
    await page.click('[data-pl="lang"]');
    await waitForDone(page);
    await page.$eval('[data-pl="editor"]', (el) => el.setSelectionRange(el.value.indexOf('60%') + 1, el.value.indexOf('60%') + 1));
    await page.focus('[data-pl="editor"]');
    await page.keyboard.press('Alt+Enter');
    const enCard = await page.$eval('[data-pl="card-body"]', (e) => e.textContent);
    check('the English card shows note_en, formula_en and why_en', Boolean(match) && enCard.includes(match.why_en) && (!match.note_en || enCard.includes(match.note_en)) && (!match.formula_en || enCard.includes(formulaFigures(match.formula_en))), enCard);
    await page.keyboard.press('Escape');
    await page.click('[data-pl="lang"]');
    await waitForDone(page);
    await enter(page, ON_TRACK_NONE);
    const shapes = await page.evaluate(() => {
      const style = (sel) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const cs = getComputedStyle(el);
        return `${cs.textDecorationStyle} ${cs.textDecorationThickness}`;
      };
      // A sample of each verdict's underline is in the key; the highlights use the same rules.
      const keys = {};
      for (const k of document.querySelectorAll('[data-pl="verdict-legend"] .line-sample')) {
        const cs = getComputedStyle(k);
        keys[k.className.match(/verdict-(\w+)/)[1]] = `${cs.textDecorationStyle} ${cs.textDecorationThickness}`;
      }
      return { none: style('[data-pl-kind="claim"].verdict-none'), onTrack: style('[data-pl-kind="claim"].verdict-on_track'), keys, labels: [...document.querySelectorAll('[data-pl="mirror"] .sr-label')].map((e) => e.textContent) };
    });
    const distinct = new Set(Object.values(shapes.keys));
    check('each verdict, and no verdict, has an underline of its own shape', Object.keys(shapes.keys).length === 6 && distinct.size === 6 && shapes.keys.none === shapes.none && shapes.keys.on_track === shapes.onTrack, JSON.stringify(shapes));
    check('…and a spoken label on the highlight (未对标 too)', shapes.labels.some((l) => l.includes('符合进度')) && shapes.labels.some((l) => l.includes('未对标')), JSON.stringify(shapes.labels));

    // 5. Plans: none, a pasted plan text, a file that is not a plan.
    await page.selectOption('[data-pl="plan-choice"]', 'none');
    await page.waitForFunction(() => document.querySelector('[data-pl="plan-line"]').textContent.includes('未对标'));
    await waitForDone(page);
    const none = await page.$$eval('[data-pl-kind="claim"][class*="verdict-behind"]', (els) => els.length);
    check('with no plan there is no verdict', none === 0, String(none));
    await page.selectOption('[data-pl="plan-choice"]', 'paste');
    await page.fill('[data-pl="plan-text"]', readFileSync(new URL('tests/gold/other_plan/plan.txt', root), 'utf8'));
    await page.click('[data-pl="plan-load"]');
    await page.waitForFunction(() => document.querySelector('[data-pl="plan-line"]').textContent.includes('江西'), null, { timeout: WAIT_MS });
    const table = await page.$$eval('.plan-table tbody tr', (rows) => rows.length);
    check('a pasted plan is read and its targets shown as a table', table > 5, String(table));
    await page.click('[data-pl="plan-dialog-close"]');
    const planLine = await page.$eval('[data-pl="plan-line"]', (e) => e.textContent);
    await page.selectOption('[data-pl="plan-choice"]', 'file');
    await page.setInputFiles('[data-pl="plan-file"]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await page.waitForFunction(() => document.querySelector('[data-pl="notice"]').textContent.includes('notes.json') || document.querySelector('[data-pl="notice"]').textContent.includes('未能'));
    const notice = await page.$eval('[data-pl="notice"]', (e) => e.textContent);
    check('a JSON file that is not a plan gets a clear message', notice.includes('未能载入规划'), notice);
    check('…and the current plan stays', (await page.$eval('[data-pl="plan-line"]', (e) => e.textContent)) === planLine);
    await page.setInputFiles('[data-pl="plan-file"]', { name: 'draft.txt', mimeType: 'text/plain', buffer: Buffer.from('这不是 JSON') });
    await page.waitForFunction(() => document.querySelector('[data-pl="notice"]').textContent.includes('draft.txt'));
    check('a file that is not JSON gets a clear message', true);
    await page.selectOption('[data-pl="plan-choice"]', 'builtin');
    await page.waitForFunction(() => document.querySelector('[data-pl="plan-line"]').textContent.includes('湖北'), null, { timeout: WAIT_MS });
    // The plan viewer opens the target's place in the plan text.
    await enter(page, BEHIND);
    await page.$eval('[data-pl="editor"]', (el) => el.setSelectionRange(0, 0));
    await page.keyboard.press('F8');
    await page.click('[data-pl="card-body"] .plan-place button');
    await page.waitForSelector('.plan-hit');
    const hit = await page.$eval('.plan-hit', (e) => e.textContent);
    check('“在规划原文中查看” opens the target in the plan text', hit.includes('城镇化率'), hit);
    await page.click('[data-pl="plan-dialog-close"]');

    // 5b. The plan library (issue 11 items 4–5): a plan text with a row that cannot be read,
    // a target corrected and the verdict changed, saved, kept over a reload, exported and
    // imported again, a malformed import refused, the plan proposed by the draft's date.
    await page.selectOption('[data-pl="plan-choice"]', 'paste');
    await page.fill('[data-pl="plan-text"]', PLAN15);
    await page.click('[data-pl="plan-load"]');
    await page.waitForFunction(() => document.querySelector('[data-pl="plan-line"]').textContent.includes('江城市'), null, { timeout: WAIT_MS });
    const unread = await page.$eval('[data-pl="plan-dialog"]', (d) => d.querySelector('[data-pl="plan-unread"]')?.textContent ?? '');
    check('a plan row that cannot be read is shown as a warning, with why', unread.includes(UNREAD_ROW) && unread.includes('无法读出'), unread.slice(0, 200));
    await page.click('[data-pl="plan-unread"] button.unread-text');
    await page.waitForSelector('.plan-hit', { state: 'attached' });
    const unreadHit = await page.$eval('.plan-hit', (e) => e.textContent);
    check('…and opens its place in the plan text (UTF-16 offsets)', unreadHit.startsWith(UNREAD_ROW) && unreadHit.includes('11或12'), unreadHit);
    await page.click('[data-pl="plan-body"] > button.link');
    const read15 = await page.$$eval('.plan-table tbody tr', (rows) => rows.map((r) => r.cells[0].textContent));
    check('…apart from the targets read', read15.includes('常住人口城镇化率') && read15.includes('森林覆盖率'), JSON.stringify(read15));
    check('the plan line says some of the plan was not read', (await page.$eval('[data-pl="plan-line"]', (e) => e.textContent)).includes('未能读取'));
    check('a plan read is kept in the library', (await page.$$eval('[data-pl="plan-library"] li .plan-name', (els) => els.map((e) => e.textContent))).some((n) => n.includes('江城市')));
    await page.click('[data-pl="plan-dialog-close"]');
    await enter(page, DRAFT2027);
    const verdict62 = () => page.$eval('[data-pl="mirror"] [data-pl-kind="claim"]', (m) => [...m.classList].find((c) => c.startsWith('verdict-')) ?? 'none');
    const before62 = await verdict62();
    check('the plan read judges the draft (62% in 2027 on the way from 60% to 65%)', ['verdict-on_track', 'verdict-met'].includes(before62), before62);
    // Correct the target: 70%, not 65%.
    await page.click('[data-pl="plan-view"]');
    await page.click('.plan-table tr[data-target] >> nth=0 >> [data-action="edit"]');
    check('the correction form shows the target as read', (await page.inputValue('[data-pl="target-form"] [name="target"]')) === '65');
    await page.fill('[data-pl="target-form"] [name="target"]', '70');
    await page.click('[data-pl="target-save"]');
    await page.waitForFunction(() => document.querySelector('[data-pl="notice"]').textContent.includes('已修改目标'));
    await waitForDone(page);
    const after62 = await verdict62();
    check('a corrected target value changes the verdict', after62 === 'verdict-behind', `${before62} → ${after62}`);
    check('the plan line says the plan is corrected and not saved', (await page.$eval('[data-pl="plan-line"]', (e) => e.textContent)).includes('已修改'));
    // Add a target, then delete it.
    await page.click('[data-pl="target-add"]');
    const a11yPlan = await axeViolations(page);
    check('axe-core: no WCAG A/AA violation in the plan dialog (library, warnings, save and target forms)', a11yPlan.length === 0, a11yPlan.join(' | '));
    await page.fill('[data-pl="target-form"] [name="indicator"]', '城镇新增就业');
    await page.fill('[data-pl="target-form"] [name="unit"]', '万人');
    await page.fill('[data-pl="target-form"] [name="target"]', '50');
    await page.click('[data-pl="target-save"]');
    await page.waitForFunction(() => [...document.querySelectorAll('.plan-table tbody tr')].some((r) => r.cells[0].textContent === '城镇新增就业'));
    const added = await page.$eval('.plan-table tbody tr:last-child', (r) => r.cells[3].textContent);
    check('a target added by hand is in the plan (50万人: 500000 人)', ['500000人', '50万人'].includes(added.replace(/[^\d万人]/g, '')), added);
    await page.click('.plan-table tbody tr:last-child [data-action="delete"]');
    await page.waitForFunction(() => ![...document.querySelectorAll('.plan-table tbody tr')].some((r) => r.cells[0].textContent === '城镇新增就业'));
    check('a target can be deleted', true);
    // Save it under a name of its own; reload: it is in the library, still chosen, still corrected.
    await page.fill('[data-pl="plan-save-name"]', '江城十五五（修订）');
    await page.click('[data-pl="plan-save"]');
    await page.waitForFunction(() => document.querySelector('[data-pl="notice"]').textContent.includes('已保存规划'));
    await page.click('[data-pl="plan-dialog-close"]');
    await page.waitForTimeout(700); // the draft's save pause
    await page.reload();
    await waitForDone(page);
    const reloaded = await page.evaluate(() => {
      const select = document.querySelector('[data-pl="plan-choice"]');
      return { chosen: select.selectedOptions[0]?.textContent, options: [...select.options].map((o) => o.textContent), line: document.querySelector('[data-pl="plan-line"]').textContent };
    });
    check('after a reload the saved plan is in the library and still chosen', reloaded.chosen === '江城十五五（修订）' && reloaded.line.includes('江城市'), JSON.stringify(reloaded));
    check('…with its correction', (await verdict62()) === 'verdict-behind', await verdict62());
    // Export, delete, import again: the same targets.
    await page.click('[data-pl="plan-view"]');
    const savedLi = '[data-pl="plan-library"] li:has-text("江城十五五（修订）")';
    const exported = await download(page, () => page.click(`${savedLi} [data-action="export"]`));
    const exportedJson = JSON.parse(exported.text);
    check('a plan is exported as targets JSON (.json)', exported.name.endsWith('.json') && exportedJson.plan && Array.isArray(exportedJson.targets) && Array.isArray(exportedJson.unread), exported.name);
    check('…with its correction', exportedJson.targets.find((x) => x.indicator === '常住人口城镇化率')?.target?.value === 70);
    check('built-in plans cannot be deleted', (await page.$$('[data-pl="plan-library"] li[data-plan-id="builtin"] [data-action="delete"]')).length === 0);
    await page.click(`${savedLi} [data-action="delete"]`);
    check('a saved plan can be deleted', (await page.$$(savedLi)).length === 0 && !(await page.evaluate(() => localStorage.getItem('policylens:plans'))).includes('江城十五五（修订）'));
    await page.click('[data-pl="plan-dialog-close"]');
    await page.selectOption('[data-pl="plan-choice"]', 'builtin');
    await page.waitForFunction(() => document.querySelector('[data-pl="plan-line"]').textContent.includes('湖北'), null, { timeout: WAIT_MS });
    await page.setInputFiles('[data-pl="plan-file"]', { name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
    await page.waitForFunction(() => document.querySelector('[data-pl="notice"]').textContent.includes('已导入规划'), null, { timeout: WAIT_MS });
    const roundTrip = await download(page, async () => {
      await page.click('[data-pl="plan-view"]');
      await page.click('[data-pl="plan-library"] li.in-use [data-action="export"]');
    });
    const strip = (j) => JSON.stringify(j.targets.map((x) => [x.id, x.indicator, x.unit, x.baseline, x.target, x.growth, x.cumulative, x.attribute]));
    check('export → import → export gives the same targets', strip(JSON.parse(roundTrip.text)) === strip(exportedJson), roundTrip.text.slice(0, 120));
    await page.click('[data-pl="plan-dialog-close"]');
    // A malformed import, and one of another shape: refused, the plan kept.
    const line15 = await page.$eval('[data-pl="plan-line"]', (e) => e.textContent);
    await page.setInputFiles('[data-pl="plan-file"]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"plan": {"title": "x"}, "targets": [{"id": 1}') });
    await page.waitForFunction(() => document.querySelector('[data-pl="notice"]').textContent.includes('broken.json'));
    check('a malformed targets JSON is refused with a clear message', (await page.$eval('[data-pl="notice"]', (e) => e.textContent)).includes('不是 JSON'));
    await page.setInputFiles('[data-pl="plan-file"]', { name: 'shape.json', mimeType: 'application/json', buffer: Buffer.from('{"plan": {"title": "x"}, "targets": [{"id": 1}]}') });
    await page.waitForFunction(() => document.querySelector('[data-pl="notice"]').textContent.includes('shape.json'));
    const shapeNotice = await page.$eval('[data-pl="notice"]', (e) => e.textContent);
    check('a JSON of another shape is refused, saying what is wrong', shapeNotice.includes('不是规划目标 JSON') && shapeNotice.includes('第 1 项目标'), shapeNotice);
    check('…and the current plan stays', (await page.$eval('[data-pl="plan-line"]', (e) => e.textContent)) === line15);
    // The proposal: with the built-in (2021–2025) plan chosen, a draft of 2027 proposes the
    // 2026–2030 plan of the library; nothing switches until the editor accepts.
    await page.selectOption('[data-pl="plan-choice"]', 'builtin');
    await page.waitForFunction(() => document.querySelector('[data-pl="plan-line"]').textContent.includes('湖北'), null, { timeout: WAIT_MS });
    await enter(page, DRAFT2027);
    const offered = await page.$eval('[data-pl="plan-proposal"]', (e) => (e.hidden ? '' : e.textContent));
    check('a draft dated 2027 proposes the 2026–2030 plan of the library', offered.includes('2027') && offered.includes('2026—2030') && offered.includes('江城市'), offered);
    check('…without switching to it', (await page.$eval('[data-pl="plan-line"]', (e) => e.textContent)).includes('湖北'));
    await page.click('[data-pl="plan-accept"]');
    await page.waitForFunction(() => document.querySelector('[data-pl="plan-line"]').textContent.includes('江城市'), null, { timeout: WAIT_MS });
    await waitForDone(page);
    check('accepting the proposal judges the draft by that plan', (await verdict62()) === 'verdict-behind' && (await page.$eval('[data-pl="plan-proposal"]', (e) => e.hidden)));
    await page.selectOption('[data-pl="plan-choice"]', 'builtin');
    await page.waitForFunction(() => document.querySelector('[data-pl="plan-line"]').textContent.includes('湖北'), null, { timeout: WAIT_MS });

    // 6. Export: the claims as CSV, the report.
    await enter(page, SEED004);
    const cli004 = await checkAgainstCli(page, 'seed 004', SEED004);
    await openMenu(page, 'export-csv');
    const csv = await download(page, () => page.click('[data-pl="export-csv"]'));
    const rows = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    check('the CSV has a header and one row per claim', rows.length === cli004.length + 1, `${rows.length} rows`);
    check('…starting with the first claim', rows[1]?.startsWith(`${cli004[0].id},${cli004[0].text},`), rows[1]);
    check('the CSV has a BOM and Chinese headers in the Chinese interface', csv.text.startsWith('\uFEFF编号,原文,数值,标准值,') && rows[0].includes('对标结论'), rows[0]);
    await openMenu(page, 'export-report-html');
    const report = await download(page, () => page.click('[data-pl="export-report-html"]'));
    check('the report lists figures and findings', report.text.includes('核查报告') && report.text.includes(cli004[0].text) && !report.text.includes('<script'), report.name);
    check('…findings by rule name and line, no codes', !/\b[a-z]+_[a-z_]+\b/.test(report.text.replace(/<style>[\s\S]*<\/style>/, '').replace(/<[^>]*>/g, '')) && report.text.includes('<th>行</th>'), report.text.match(/\b[a-z]+_[a-z_]+\b/)?.[0]);
    await openMenu(page, 'export-json');
    const json = await download(page, () => page.click('[data-pl="export-json"]'));
    check('the JSON export holds the whole analysis', JSON.parse(json.text).analysis.claims.length === cli004.length);
    // The printed report: the print stylesheet shows the report and nothing else.
    await page.evaluate(() => (window.print = () => (window.__printed = true)));
    await openMenu(page, 'export-report');
    await page.click('[data-pl="export-report"]');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      called: window.__printed === true,
      report: document.querySelector('.print-area .report')?.offsetHeight > 0,
      editor: document.querySelector('[data-pl="editor"]').offsetHeight,
      rows: document.querySelectorAll('.print-area tbody tr').length,
    }));
    await page.emulateMedia({ media: 'screen' });
    check('the printable report shows alone in print', printed.called && printed.report && printed.editor === 0 && printed.rows >= cli004.length, JSON.stringify(printed));
    await page.evaluate(() => document.querySelectorAll('details.menu').forEach((d) => (d.open = false)));

    // Findings: the 问题 tab, a fix applied from the card and undone with Ctrl+Z, a rule ignored.
    const DEFECT = '全年新增就业50万人,超额完成目标任务。';
    await enter(page, DEFECT);
    await page.click('[data-tab="checks"]');
    const listed = await page.$$eval('[data-pl="panel"] .findings li', (els) => els.map((e) => e.textContent));
    check('问题 lists the findings by rule name, not code', listed.some((t) => t.includes('半角标点')) && !listed.some((t) => t.includes('half_width_punct')), JSON.stringify(listed));
    check('…each with its line, its quoted context and its fix', listed.some((t) => t.includes('第 1 行') && t.includes('50万人,超额') && t.includes('改为“，”')), JSON.stringify(listed));
    const cardCheck = await page.evaluate(async () => {
      document.querySelector('[data-pl="panel"] .findings li button').click();
      await new Promise((r) => setTimeout(r, 50));
      const text = document.querySelector('[data-pl="card-body"]').textContent;
      document.querySelector('[data-pl="card-close"]').click();
      return text;
    });
    check("a finding's card names its rule and line, in Chinese only", cardCheck.includes('半角标点') && cardCheck.includes('第 1 行') && !/[A-Za-z]{2,}/.test(cardCheck), cardCheck);
    await openMenu(page, 'export-findings-csv');
    const fcsv = await download(page, () => page.click('[data-pl="export-findings-csv"]'));
    const frows = fcsv.text.split('\r\n');
    check('the findings CSV: a BOM, Chinese headers', fcsv.text.startsWith('\uFEFF行,级别,问题类型,'), frows[0]);
    check('…a finding with its line, rule name, quoted context and fix', frows[1]?.startsWith('1,警告,半角标点,half_width_punct,') && frows[1].includes('【,】') && frows[1].includes('改为“，”'), frows[1]);
    await page.evaluate(() => document.querySelectorAll('details.menu').forEach((d) => (d.open = false)));
    await page.click('[data-pl="panel"] .findings li button');
    await page.waitForSelector('[data-pl="card"]:not([hidden]) button.primary');
    await page.click('[data-pl="card"] button.primary');
    await waitForDone(page);
    const fixed = await page.$eval('[data-pl="editor"]', (e) => e.value);
    check('a fix from the card edits the text', fixed === DEFECT.replace(',', '，'), fixed);
    await page.focus('[data-pl="editor"]');
    await page.keyboard.press('Control+z');
    await waitForDone(page);
    check('…and Ctrl+Z undoes it', (await page.$eval('[data-pl="editor"]', (e) => e.value)) === DEFECT);
    await page.click('[data-tab="checks"]');
    await page.click('[data-pl="panel"] .findings li button');
    await page.waitForSelector('[data-pl="card"]:not([hidden])');
    await page.click('[data-pl="card"] .card-actions button:nth-child(2)');
    const ignoredNow = await page.evaluate(() => ({
      marks: document.querySelectorAll('[data-pl-kind="check"]').length,
      stored: localStorage.getItem('policylens:ignored'),
    }));
    check('“忽略此类问题” hides the rule and remembers it locally', ignoredNow.marks === 0 && ignoredNow.stored.includes('half_width_punct'), JSON.stringify(ignoredNow));
    await page.click('[data-pl="panel"] button.link');
    check('…and can be restored', (await page.$$eval('[data-pl-kind="check"]', (e) => e.length)) > 0);
    await page.click('[data-tab="overview"]');

    // 7. XSS payloads stay text.
    await enter(page, XSS);
    const xss = await page.evaluate(() => ({
      flag: window.__xss,
      imgs: document.querySelectorAll('[data-pl="mirror"] img, [data-pl="mirror"] script, [data-pl="mirror"] b').length,
      text: document.querySelector('[data-pl="mirror"]').textContent.includes('<img src=x'),
    }));
    check('pasted HTML stays inert text', xss.flag === undefined && xss.imgs === 0 && xss.text, JSON.stringify(xss));
    await page.click('[data-tab="data"]');
    const cells = await page.$$eval('[data-pl="panel"] img, [data-pl="panel"] script', (e) => e.length);
    check('…in the side panel too', cells === 0);

    // 8. Autosave and restore; clearing can be undone; local saving off; clear all.
    await enter(page, SEED004);
    await page.waitForTimeout(700); // the save pause
    await page.reload();
    await waitForDone(page);
    check('the draft is restored after a reload', (await page.$eval('[data-pl="editor"]', (e) => e.value)) === SEED004);
    await checkAgainstCli(page, 'restored draft', SEED004);
    await page.click('[data-pl="clear"]');
    await waitForDone(page);
    check('清空 empties the editor', (await page.$eval('[data-pl="editor"]', (e) => e.value)) === '');
    await page.click('[data-pl="undo-clear"]');
    await waitForDone(page);
    check('…and 撤销 brings the draft back', (await page.$eval('[data-pl="editor"]', (e) => e.value)) === SEED004);
    // A saved draft older than the expiry (a week by default) is not restored, and is deleted.
    await page.waitForTimeout(700); // the pending save of the undone text first
    await page.evaluate((text) => {
      localStorage.setItem('policylens:draft', JSON.stringify({ text, savedAt: Date.now() - 8 * 24 * 3600 * 1000 }));
    }, SEED004);
    await page.reload();
    await page.waitForFunction(() => ['ready', 'done'].includes(document.querySelector('[data-pl="status"]').dataset.state));
    const expired = await page.evaluate(() => [document.querySelector('[data-pl="editor"]').value, localStorage.getItem('policylens:draft')]);
    check('a draft saved more than a week ago expires', expired[0] === '' && expired[1] === null, expired[0].slice(0, 20));
    await enter(page, SEED004);
    await openMenu(page, 'autosave');
    await page.uncheck('[data-pl="autosave"]');
    const keysOff = await page.evaluate(() => Object.keys(localStorage));
    check('turning saving off deletes the saved draft', !keysOff.includes('policylens:draft'), keysOff.join());
    await page.click('[data-pl="clear-local"]');
    const keysClear = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('policylens')));
    check('one action clears all local data', keysClear.length === 0, keysClear.join());
    await page.evaluate(() => document.querySelectorAll('details.menu').forEach((d) => (d.open = false)));
    const stored = await page.evaluate(() => Object.keys(localStorage));
    check('every key the page stores is prefixed policylens:', stored.every((k) => k.startsWith('policylens:')), stored.join());

    // 9. The full dictionary: the same claims; the English switch.
    await openMenu(page, 'dictionary');
    await page.selectOption('[data-pl="dictionary"]', 'full');
    await page.waitForFunction(() => document.querySelector('[data-pl="status"]').dataset.state === 'done', null, { timeout: WAIT_MS });
    await checkAgainstCli(page, 'full dictionary', SEED004);
    await page.click('[data-pl="lang"]');
    const english = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      tab: document.querySelector('[data-tab="data"]').textContent,
      placeholder: document.querySelector('[data-pl="editor"]').placeholder,
      notice: document.querySelector('[data-pl="notice"]').hidden ? null : document.querySelector('[data-pl="notice"]').textContent,
    }));
    check('the English switch', english.lang === 'en' && english.tab === 'Figures' && english.placeholder.startsWith('Paste'), JSON.stringify(english));
    check('…retranslates the notice shown', english.notice === null || !/[\u4e00-\u9fff]/.test(english.notice), english.notice);
    await page.screenshot({ path: new URL('page-en.png', artifacts).pathname });
    await page.setInputFiles('[data-pl="plan-file"]', { name: 'list.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2]') });
    await page.waitForFunction(() => document.querySelector('[data-pl="notice"]').textContent.includes('list.json'));
    const englishRefusal = await page.$eval('[data-pl="notice"]', (e) => e.textContent);
    check('…the refusal of a targets JSON in English too', englishRefusal.includes("is not a plan's targets JSON") && englishRefusal.includes('The current plan stays'), englishRefusal);

    checkClean(seen);
    await context.close();
    await screens(browser, base);
  } finally {
    await browser.close();
    server.kill();
  }
}

try {
  await main();
} catch (err) {
  check('the page test ran to the end', false, err?.stack ?? String(err));
}
finish('page test');
