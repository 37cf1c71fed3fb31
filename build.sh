#!/usr/bin/env bash
# PolicyLens's single entry point. The README quotes it and CI runs it.
#
#   ./build.sh build   the release wasm and the page's assets into www/pkg/ and www/samples/,
#                      and the widget's package into dist/
#   ./build.sh dist    the same (dist/ is what a portal hosts, or what npm publishes)
#   ./build.sh serve   build, then serve www/ at http://127.0.0.1:${PORT:-8080}
#   ./build.sh test    every suite: cargo test, the wasm binding in node, rustfmt, clippy
#                      (native and wasm32), the page in headless Chromium; ends with
#                      'N passed, N failed'
#   ./build.sh bench   the CLI against jieba-rs alone (whole processes), the wasm engine in
#                      node, and the sizes of what the page downloads
#
# Each subcommand installs what it lacks and is quick when everything is there: the wasm32
# target, wasm-bindgen-cli at exactly the version in Cargo.lock, the npm dev tools of
# package.json (playwright-core, binaryen's wasm-opt), and Debian's chromium, brotli and
# hyperfine where a subcommand needs them.
#
# Knobs (environment): PORT (serve), WASM_OPT_LEVEL (rustc opt-level for the whole wasm
# build; default: "z" for the policylens crate and 3 for its dependencies, see build_wasm),
# WASM_CRATE_OPT_LEVEL (the policylens crate's alone), WASM_MAX_BROTLI (the engine's budget),
# BENCH_RUNS (runs per figure in bench).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

WASM_TARGET=wasm32-unknown-unknown
WASM_OUT=target/$WASM_TARGET/release/policylens.wasm
PKG=www/pkg
# The wasm features rustc enables by default for wasm32-unknown-unknown: wasm-opt must
# accept exactly these (its defaults are older) and must not add others.
WASM_FEATURES=(--enable-bulk-memory --enable-multivalue --enable-mutable-globals
  --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext)

log() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- what each step needs

# Debian packages, installed only when missing (`apt-get update` first, as this machine needs).
need_apt() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  log "apt-get install ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

need_wasm_target() {
  rustup target list --installed | grep -qx "$WASM_TARGET" || rustup target add "$WASM_TARGET"
}

# The version of a package as Cargo.lock pins it.
locked_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# wasm-bindgen-cli (and its test runner) must match the wasm-bindgen crate exactly.
need_wasm_bindgen() {
  local want have
  want=$(locked_version wasm-bindgen)
  [[ -n $want ]] || die "no wasm-bindgen in Cargo.lock"
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}') || true
  if [[ $have != "$want" ]]; then
    log "cargo install wasm-bindgen-cli --version $want (found: ${have:-none})"
    # No --locked: it fails for this tool here.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

# package.json's dev tools, into ./node_modules; reinstalled when package-lock.json changes.
need_npm() {
  if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    log "npm ci (playwright-core, binaryen)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# A wasm-opt that is known to work: binaryen 132 from npm. Debian's binaryen 108 writes
# modules that fail to load, so a wasm-opt found elsewhere on PATH is never used.
working_wasm_opt() {
  local opt=node_modules/.bin/wasm-opt
  [[ -x $opt ]] && "$opt" --version 2>/dev/null | grep -q "version 132" && echo "$opt"
}

# jieba's full dictionary, from the jieba-rs sources cargo has already fetched.
jieba_dict() {
  cargo metadata --format-version 1 2>/dev/null | python3 -c '
import json, os, sys
meta = json.load(sys.stdin)
pkg = next(p for p in meta["packages"] if p["name"] == "jieba-rs")
print(os.path.join(os.path.dirname(pkg["manifest_path"]), "src", "data", "dict.txt"))'
}

# ---------------------------------------------------------------- sizes

# raw, gzip -9 and brotli -q 11 bytes of a file, cached by content (brotli on the full
# dictionary takes ~10 s and the dictionaries rarely change).
sizes_of() {
  local file=$1 sum cache
  sum=$(sha256sum "$file" | cut -c1-32)
  cache=target/sizes/$sum
  if [[ ! -f $cache ]]; then
    mkdir -p target/sizes
    printf '%s %s %s\n' "$(wc -c <"$file")" "$(gzip -9 -c "$file" | wc -c)" \
      "$(brotli -q 11 -c "$file" | wc -c)" >"$cache.tmp"
    mv "$cache.tmp" "$cache"
  fi
  cat "$cache"
}

# The engine's size budget (issue 6): `brotli -q 11` bytes of the .wasm the page fetches. A
# build over it fails, so that a regression is seen where it is made.
WASM_MAX_BROTLI=${WASM_MAX_BROTLI:-250000}

check_wasm_size() {
  need_apt brotli
  local raw gz br
  read -r raw gz br < <(sizes_of "$PKG/policylens_bg.wasm")
  ((br <= WASM_MAX_BROTLI)) ||
    die "$PKG/policylens_bg.wasm is $br bytes brotli -q 11, over its budget of $WASM_MAX_BROTLI (issue 6)"
  log "engine .wasm: $raw bytes raw, $br brotli -q 11 (budget $WASM_MAX_BROTLI)"
}

print_sizes() {
  need_apt brotli
  printf '%-28s %12s %12s %12s\n' "size (bytes)" raw "gzip -9" "brotli -q 11"
  local f raw gz br
  for f in "$PKG/policylens_bg.wasm" "$PKG/policylens.js" "$PKG/dict.small.txt" "$PKG/dict.txt"; do
    read -r raw gz br < <(sizes_of "$f")
    printf '%-28s %12s %12s %12s\n' "${f#"$PKG"/}" "$raw" "$gz" "$br"
  done
}

# ---------------------------------------------------------------- build

# Everything `build` does but the size report (which `test` does not need).
build_wasm() {
  need_wasm_target
  need_wasm_bindgen
  need_npm || log "npm ci failed: building without wasm-opt"

  # By default the policylens crate is optimised for size, "z", and its dependencies for
  # speed (the release profile's 3). "z" keeps the engine within its budget (issue 6): 234 KB
  # brotli against 262 KB at "s" (measured 1 Dec 2026, checks included). In node, best of 8
  # fresh processes on a loaded machine: the first analysis of seed 003 takes half the time
  # (~290 ms against ~570: V8 compiles less code), but once warm an analysis is ~1.7-2x
  # slower (~90-115 ms against ~55), and an Analyzer with the full dictionary is ready
  # ~20-40% later (the small one about the same): in "z" code LLVM leaves core's small
  # generic functions (CharIndices::next, str slicing) as calls. WASM_CRATE_OPT_LEVEL=s
  # gives the faster, larger engine (raise WASM_MAX_BROTLI with it).
  local crate_level=${WASM_CRATE_OPT_LEVEL:-z}
  [[ $crate_level =~ ^[0-9]$ ]] || crate_level="\"$crate_level\""
  local config=(--config "profile.release.opt-level=$crate_level")
  if [[ -n ${WASM_OPT_LEVEL:-} ]]; then
    local v=$WASM_OPT_LEVEL
    [[ $v =~ ^[0-9]$ ]] || v="\"$v\""
    # Both keys: Cargo.toml sets the dependencies' level on its own (package."*"), which
    # CARGO_PROFILE_RELEASE_OPT_LEVEL alone would not change.
    config=(--config "profile.release.opt-level=$v" --config "profile.release.package.\"*\".opt-level=$v")
  fi
  # Without default features: the built-in plan (feature `builtin-plan`) stays out of the
  # .wasm; the page fetches it beside the .wasm ($PKG/hubei-14.json, copied below) and passes
  # it to the Analyzer as targets JSON.
  log "cargo build --lib --target $WASM_TARGET --release --no-default-features ${config[*]}"
  cargo build --lib --target "$WASM_TARGET" --release --no-default-features "${config[@]}"

  log "wasm-bindgen --target web --out-dir $PKG"
  rm -rf "$PKG"
  wasm-bindgen --target web --out-dir "$PKG" "$WASM_OUT"

  local opt
  if opt=$(working_wasm_opt); then
    # -O1: -O2 and above make V8's start-up slower, and the file larger once compressed
    # (smaller raw, but less repetitive: 284 KB brotli against 273 at -O1; -Os/-Oz likewise).
    # --converge and dead-argument elimination take 2 KB more off the brotli size; the
    # producers and target-features sections are metadata no engine reads.
    local passes=(-O1 --converge --dae-optimizing --strip-producers --strip-target-features)
    log "wasm-opt ${passes[*]} (binaryen 132)"
    "$opt" "${passes[@]}" "${WASM_FEATURES[@]}" "$PKG/policylens_bg.wasm" -o "$PKG/policylens_bg.wasm"
  else
    log "no working wasm-opt (npm binaryen 132): the .wasm is left as wasm-bindgen wrote it"
  fi

  local dict
  dict=$(jieba_dict) && [[ -f $dict ]] || die "jieba-rs's dict.txt not found (cargo metadata)"
  cp "$dict" "$PKG/dict.txt"
  cp data/dict.small.txt "$PKG/dict.small.txt"
  # The built-in plan's targets, fetched by the worker when an Analyzer first needs them
  # (rather than compiled into the .wasm, which every page would then download).
  cp data/plans/hubei-14.json "$PKG/hubei-14.json"

  # The page's sample menu: the seeds, and an index labelled from seeds/README.md's table
  # (`| \`FILE\` | what it is (year…) | … |`), the seeds' curated descriptions.
  # The text of the built-in plan, for the page's plan viewer (data/plans/hubei-14.json
  # was extracted from it, so the targets' offsets point into it).
  rm -rf www/plans
  mkdir -p www/plans
  cp seeds/003_32703452aac0ffa4.txt www/plans/builtin.txt

  rm -rf www/samples
  mkdir -p www/samples
  cp seeds/*.txt www/samples/
  python3 - seeds/README.md www/samples <<'PY'
import json, pathlib, re, sys
readme, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
labels = {}
for row in readme.read_text(encoding="utf-8").splitlines():
    m = re.match(r"\|\s*`([^`]+\.txt)`\s*\|([^|]+)\|", row)
    if m:
        # The description up to its first parenthesis' end: the title and its year.
        what = m.group(2).strip()
        labels[m.group(1)] = what[: what.index(")") + 1] if ")" in what else what
index = []
for path in sorted(out.glob("*.txt")):
    first = next((l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()), "")
    index.append({"file": path.name, "title": labels.get(path.name, first[:40]), "bytes": path.stat().st_size})
(out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
PY

  check_wasm_size
}

cmd_build() {
  build_wasm
  build_dist
  log "sizes"
  print_sizes
  print_dist_sizes
}

# ---------------------------------------------------------------- dist (the widget)

DIST=dist

# dist/: the <policy-lens> widget as an npm package, every file it fetches beside it. Two
# bundles (esbuild): the element (policy-lens.js, the one module a portal loads) and the
# worker (policy-lens.worker.js, with the wasm-bindgen glue); then the .wasm, the small
# dictionary, the built-in plan's targets, the TypeScript types and package.json. A copy
# goes to www/dist/ for the demo page (www/embed-demo.html).
build_dist() {
  [[ -f $PKG/policylens_bg.wasm ]] || build_wasm
  need_npm
  log "esbuild: $DIST/policy-lens.js, $DIST/policy-lens.worker.js"
  rm -rf "$DIST"
  mkdir -p "$DIST"
  local esbuild=(esbuild --bundle --format=esm --minify --legal-comments=none --target=es2022 --log-level=warning)
  "${esbuild[@]}" --loader:.css=text www/widget/policy-lens.js --outfile="$DIST/policy-lens.js"
  "${esbuild[@]}" www/worker.js --outfile="$DIST/policy-lens.worker.js"
  cp "$PKG/policylens_bg.wasm" "$PKG/dict.small.txt" "$PKG/hubei-14.json" "$DIST/"
  # The analysis types, then the element's own.
  cat src/wasm.d.ts www/widget/policy-lens.d.ts >"$DIST/policy-lens.d.ts"
  cp www/widget/README.md "$DIST/README.md"
  local version
  version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
  python3 - "$version" >"$DIST/package.json" <<'PY'
import json, sys
files = ["policy-lens.js", "policy-lens.worker.js", "policylens_bg.wasm", "dict.small.txt", "hubei-14.json", "policy-lens.d.ts"]
print(json.dumps({
    "name": "policy-lens",
    "version": sys.argv[1],
    "description": "<policy-lens>: highlights the reform measures, figures and draft defects of Chinese policy text and checks figures against five-year plan targets, in the browser (WebAssembly), with no server",
    "license": "MIT",
    "type": "module",
    "main": "./policy-lens.js",
    "module": "./policy-lens.js",
    "types": "./policy-lens.d.ts",
    "exports": {
        ".": {"types": "./policy-lens.d.ts", "default": "./policy-lens.js"},
        **{f"./{f}": f"./{f}" for f in files[1:5]},
        "./package.json": "./package.json",
    },
    "files": files + ["README.md"],
    "sideEffects": ["./policy-lens.js"],
    "keywords": ["policy", "chinese", "custom-element", "web-component", "wasm"],
}, ensure_ascii=False, indent=2))
PY
  rm -rf www/dist
  cp -r "$DIST" www/dist
}

# The widget's budget (issue 6): the loader ≤ 50 KB gzip, the engine ≤ 250 KB brotli, and
# everything fetched before the first highlights ≤ 800 KB brotli.
print_dist_sizes() {
  need_apt brotli
  printf '\n%-28s %12s %12s %12s\n' "dist (bytes)" raw "gzip -9" "brotli -q 11"
  local f raw gz br total=0
  for f in policy-lens.js policy-lens.worker.js policylens_bg.wasm dict.small.txt hubei-14.json; do
    read -r raw gz br < <(sizes_of "$DIST/$f")
    printf '%-28s %12s %12s %12s\n' "$f" "$raw" "$gz" "$br"
    total=$((total + br))
  done
  printf '%-28s %12s %12s %12s\n' "first use, total" "" "" "$total"
}

# ---------------------------------------------------------------- serve

cmd_serve() {
  cmd_build
  local port=${PORT:-8080}
  log "serving www/ at http://127.0.0.1:$port/ (Ctrl-C stops)"
  # Python's server sends .wasm as application/wasm, which streaming compilation needs.
  exec python3 -m http.server --bind 127.0.0.1 --directory www "$port"
}

# ---------------------------------------------------------------- test

PASSED=() FAILED=() SKIPPED=()

# Runs one suite, records its outcome, never stops the others. The suite runs in a
# subshell with errexit on: inside `if suite_cmd` bash would ignore `set -e` in it.
suite() {
  local name=$1 rc
  shift
  log "$name: $*"
  set +e
  (
    set -e
    "$@"
  )
  rc=$?
  set -e
  if [[ $rc -eq 0 ]]; then PASSED+=("$name"); else FAILED+=("$name"); fi
}

wasm_tests() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target "$WASM_TARGET" --no-default-features --test wasm
}

# The faces in headless Chromium. The CLI (debug build) gives the claim counts the
# highlights must equal; a CJK font makes the screenshots in artifacts/ readable.
e2e() {
  need_apt chromium fonts-wqy-microhei
  build_wasm
  build_dist
  cargo build --bin policylens
  node tests/e2e/page.mjs
  node tests/e2e/widget.mjs
}

cmd_test() {
  need_wasm_target
  need_wasm_bindgen
  need_npm

  suite "cargo test" cargo test
  suite "wasm binding (node)" wasm_tests
  suite "rustfmt" cargo fmt --check
  suite "clippy" cargo clippy --all-targets -- -D warnings
  # The binding and its tests; the CLI is native only (feature `cli`).
  suite "clippy wasm32" cargo clippy --target "$WASM_TARGET" --no-default-features --lib --test wasm -- -D warnings
  # The release build fails when the engine is over its size budget (check_wasm_size).
  suite "wasm size (brotli <= $WASM_MAX_BROTLI)" build_wasm
  # The browser suite installs Debian's chromium when it is missing (Playwright's own
  # download does not work here); only a machine without apt skips it, and never CI.
  [[ -x /usr/bin/chromium ]] || need_apt chromium fonts-wqy-microhei || log "could not install chromium"
  if [[ -x /usr/bin/chromium ]]; then
    suite "page in chromium" e2e
  elif [[ ${CI:-} == true ]]; then
    log "chromium is missing: CI must run the browser test (.ci/run installs it)"
    FAILED+=("page in chromium")
  else
    log "chromium is missing: browser test skipped (apt-get install chromium)"
    SKIPPED+=("page in chromium")
  fi

  printf '\n==> summary\n'
  local s
  for s in "${PASSED[@]}"; do printf '  passed   %s\n' "$s"; done
  for s in "${FAILED[@]}"; do printf '  FAILED   %s\n' "$s"; done
  for s in "${SKIPPED[@]}"; do printf '  skipped  %s\n' "$s"; done
  printf '%d passed, %d failed, %d skipped\n' "${#PASSED[@]}" "${#FAILED[@]}" "${#SKIPPED[@]}"
  [[ ${#FAILED[@]} -eq 0 ]]
}

# ---------------------------------------------------------------- bench

# bench-data/NAME.txt: seed 003 repeated, cut at a line end just under the size.
make_bench_file() {
  local name=$1 bytes=$2
  [[ -f bench-data/$name.txt ]] && return 0
  mkdir -p bench-data
  python3 - "bench-data/$name.txt" "$bytes" <<'PY'
import sys
seed = open("seeds/003_32703452aac0ffa4.txt", encoding="utf-8").read()
target = int(sys.argv[2])
text = seed * (target // len(seed.encode()) + 1)
data = text.encode()[:target]
data = data[: data.rfind(b"\n") + 1]
open(sys.argv[1], "wb").write(data)
PY
}

# An indicator table of $2 rows under a 15th-plan header (tab-separated, as a PDF's
# table arrives).
make_table_file() {
  local name=$1 rows=$2
  [[ -f bench-data/$name.txt ]] && return 0
  mkdir -p bench-data
  python3 - "bench-data/$name.txt" "$rows" <<'PY'
import sys
rows = int(sys.argv[2])
lines = ["某省国民经济和社会发展第十五个五年规划纲要", "", "序号\t指标\t单位\t2025年\t2030年\t属性"]
for i in range(1, rows + 1):
    lines.append(f"{i}\t第{i}项指标覆盖率\t%\t{40 + i % 50}\t{50 + i % 50}\t预期性")
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
}

bench_native() {
  need_apt hyperfine
  log "cargo build --release (policylens, jieba_baseline)"
  cargo build --release --bin policylens --example jieba_baseline --example plan_reading
  make_bench_file 100k 100000
  make_bench_file 1m 1000000
  make_bench_file 10m 10000000
  local runs=${BENCH_RUNS:-10} size
  mkdir -p target/bench
  for size in 100k 1m 10m; do
    log "hyperfine: $size"
    hyperfine -N --warmup 1 --runs "$runs" --export-json "target/bench/$size.json" \
      -n policylens "target/release/policylens analyze --format json bench-data/$size.txt" \
      -n jieba "target/release/examples/jieba_baseline bench-data/$size.txt"
  done
  python3 - <<'PY'
import json
print("\nwhole process, best of N (mean in brackets); ratio = policylens / jieba-rs (goal <= 2x, aim <= 1.4x)")
print(f"{'file':>6} {'policylens':>20} {'jieba-rs':>20} {'ratio best':>11} {'ratio mean':>11}")
for size in ["100k", "1m", "10m"]:
    r = {x["command"]: x for x in json.load(open(f"target/bench/{size}.json"))["results"]}
    p, j = r["policylens"], r["jieba"]
    fmt = lambda x: f"{x['min']*1000:8.1f} ms ({x['mean']*1000:6.1f})"
    ratio = p["min"] / j["min"]
    goal = "ok" if ratio <= 2 else "OVER 2x"
    print(f"{size:>6} {fmt(p):>20} {fmt(j):>20} {ratio:10.2f}x {p['mean']/j['mean']:10.2f}x  {goal}")
PY
  # Reading a plan (issue 11: a 300 KB plan in <= 50 ms), in process: the plan seed grown
  # to 300 KB, and an indicator table of 10,000 rows (linear, not quadratic, in the rows).
  make_bench_file plan300k 300000
  make_table_file table10k 10000
  log "reading plans (best of $runs, in process; ratio = policylens targets / jieba-rs cut)"
  cargo run --release --quiet --example plan_reading -- "$runs" bench-data/plan300k.txt bench-data/table10k.txt
}

cmd_bench() {
  log "(a) native"
  bench_native
  log "(b) wasm in node"
  build_wasm
  node benches/wasm.mjs "${BENCH_RUNS:-7}"
  log "(c) the page in headless chromium"
  need_apt chromium fonts-wqy-microhei
  node benches/page.mjs "${BENCH_KEYS:-60}"
  log "(d) sizes"
  print_sizes
}

# ----------------------------------------------------------------

case ${1:-} in
  build | dist) cmd_build ;;
  serve) cmd_serve ;;
  test) cmd_test ;;
  bench) cmd_bench ;;
  *)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
