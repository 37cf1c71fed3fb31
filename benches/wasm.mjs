// The wasm engine timed in node, as `./build.sh bench` reports it (run `./build.sh build`
// first: it reads www/pkg/).
//
//   node benches/wasm.mjs [RUNS]
//
// Two figures matter to a person opening the page:
//  - ready: from the bytes of the .wasm and of a dictionary in memory to an Analyzer that
//    can analyse (decode the dictionary text, compile and instantiate the module, build the
//    Analyzer). Goals: <= 100 ms with the small dictionary, <= 400 ms with the full one.
//    Each run is a fresh node process: V8 reuses a module compiled from the same bytes
//    within one process, which would flatter every run after the first.
//  - analyse: seed 003 (227 KB, the Hubei plan) analysed by a ready Analyzer, median of
//    several calls after the first (the first is reported apart: it runs before V8's
//    optimising tier has finished). Goal: <= 100 ms.
// Figures are medians. File reading is left out: the page gets the bytes from the network.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = new URL('../www/pkg/', import.meta.url);
const seed = new URL('../seeds/003_32703452aac0ffa4.txt', import.meta.url);
const dictionaries = { small: 'dict.small.txt', full: 'dict.txt' };
const goals = { small: 100, full: 400, analyse: 100, compare: 10 };

/** Loads the engine and builds one Analyzer, timing each step (ms). */
async function ready(dict) {
  const wasm = readFileSync(new URL('policylens_bg.wasm', pkg));
  const dictBytes = readFileSync(new URL(dictionaries[dict], pkg));
  const t0 = performance.now();
  const { default: init, Analyzer } = await import(new URL('policylens.js', pkg));
  await init({ module_or_path: wasm });
  const t1 = performance.now();
  const dictionary = new TextDecoder().decode(dictBytes);
  const t2 = performance.now();
  const analyzer = new Analyzer({ dictionary });
  const t3 = performance.now();
  return { analyzer, instantiate: t1 - t0, decode: t2 - t1, build: t3 - t2, total: t3 - t0 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(1).padStart(7)} ms`;
const verdict = (x, goal) => (x <= goal ? `ok (goal <= ${goal} ms)` : `OVER GOAL (<= ${goal} ms)`);

async function child(dict) {
  const { analyzer, ...times } = await ready(dict);
  analyzer.free();
  process.stdout.write(JSON.stringify(times));
}

async function main(runs) {
  const script = fileURLToPath(import.meta.url);
  console.log(`wasm in node ${process.version}, ${runs} runs each (median)`);
  for (const dict of ['small', 'full']) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, [script, '--ready', dict], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`ready ${dict} failed:\n${r.stderr}`);
      samples.push(JSON.parse(r.stdout));
    }
    const pick = (k) => median(samples.map((s) => s[k]));
    console.log(
      `ready, ${dict.padEnd(5)} dictionary: ${ms(pick('total'))}  ` +
        `(instantiate ${pick('instantiate').toFixed(1)}, decode ${pick('decode').toFixed(1)}, ` +
        `Analyzer ${pick('build').toFixed(1)})  ${verdict(pick('total'), goals[dict])}`,
    );
  }

  const text = readFileSync(seed, 'utf8');
  const { analyzer } = await ready('small');
  let t = performance.now();
  const first = analyzer.analyze(text);
  const firstMs = performance.now() - t;
  const times = [];
  for (let i = 0; i < Math.max(runs, 5); i++) {
    t = performance.now();
    analyzer.analyze(text);
    times.push(performance.now() - t);
  }
  const kb = (new TextEncoder().encode(text).length / 1024).toFixed(0);
  console.log(
    `analyse seed 003 (${kb} KB, ${first.claims.length} claims): ${ms(median(times))}  ` +
      `(first call ${firstMs.toFixed(1)} ms)  ${verdict(median(times), goals.analyse)}`,
  );
  analyzer.free();

  // Matching a 20,000-character draft against the built-in plan (138 targets): the same
  // draft analysed with the plan and with none, the difference being the comparison.
  const dictionary = new TextDecoder().decode(readFileSync(new URL(dictionaries.small, pkg)));
  const { Analyzer } = await import(new URL('policylens.js', pkg));
  // The web build has no plan compiled in: the page passes hubei-14.json, as here.
  const plan = JSON.parse(readFileSync(new URL('hubei-14.json', pkg), 'utf8'));
  const withPlan = new Analyzer({ dictionary, plan });
  const noPlan = new Analyzer({ dictionary, plan: null });
  const draft = [...text].slice(0, 20000).join('');
  const timed = (a) => {
    a.analyze(draft);
    const xs = [];
    for (let i = 0; i < Math.max(runs, 9); i++) {
      const t0 = performance.now();
      a.analyze(draft);
      xs.push(performance.now() - t0);
    }
    return median(xs);
  };
  const a = timed(withPlan);
  const b = timed(noPlan);
  const matches = withPlan.analyze(draft).matches.length;
  console.log(
    `plan comparison, 20,000-character draft vs ${withPlan.plan().targets.length} targets: ` +
      `${ms(a - b)}  (with plan ${a.toFixed(1)}, without ${b.toFixed(1)}, ${matches} matches)  ` +
      `${verdict(Math.max(a - b, 0), goals.compare)}`,
  );
  withPlan.free();
  noPlan.free();
}

if (process.argv[2] === '--ready') {
  await child(process.argv[3]);
} else {
  const runs = Number(process.argv[2] ?? 7);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('usage: node benches/wasm.mjs [RUNS]');
    process.exit(2);
  }
  await main(runs);
}
