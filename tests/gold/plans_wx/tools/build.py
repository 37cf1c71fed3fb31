import json, re, sys, os
from fractions import Fraction as F
sys.path.insert(0, os.path.dirname(__file__))
from tdefs import W, X, path, YI, WAN
from reports import REPORTS, OMIT
sys.path.insert(0, "/work/shared/eval")
from score import locate

OUT = "/work/blind_wx"
PLANS = {"W": ("plan_w.txt", W, "blind-plan-w"), "X": ("plan_x.txt", X, "blind-plan-x")}
PTEXT = {k: open(os.path.join(OUT, v[0]), encoding="utf-8", newline="").read() for k, v in PLANS.items()}

def num(fr):
    fr = F(fr)
    if fr.denominator == 1: return int(fr)
    return float(fr)
def fnum(fr):
    fr = F(fr)
    d = fr.denominator
    dd = d
    while dd % 2 == 0: dd //= 2
    while dd % 5 == 0: dd //= 5
    if dd == 1:
        s = f"{float(fr):.8f}".rstrip("0").rstrip(".")
        return s
    return "≈" + f"{float(fr):.4f}".rstrip("0").rstrip(".")
PFX = {1: "", WAN: "万", YI: "亿"}
def dunit(t):
    u = t["unit"] or ""
    return ("" if u == "%" else PFX[t["mult"]]) + u if u != "%" else "%"

# ---------- targets.jsonl
def target_json(t):
    mult = F(t["mult"])
    o = {"indicator_key": t["key"], "indicator": t["ind"], "unit": t["unit"]}
    o["baseline"] = None if t["b"] is None else {"value": float(F(t["b"]) * mult), "year": t["by"]}
    o["target"] = None if t["t"] is None else {"value": float(F(t["t"]) * mult), "year": t["ty"], "qualifier": t["tq"]}
    o["growth"] = None if t["g"] is None else float(F(t["g"]))
    if t["g"] is not None: o["growth_qualifier"] = t["gq"]
    o["cumulative"] = t["cum"]; o["direction"] = t["d"]; o["attribute"] = t["attr"]
    if t["note"]: o["note"] = t["note"]
    if t["source"]: o["source"] = t["source"]
    return o

def check_targets(name, L):
    text = PTEXT[name]
    keys = [t["key"] for t in L]
    assert len(set(keys)) == len(keys), name
    for t in L:
        assert t["key"] in t["ind"], (t["key"], t["ind"])
        for u in L:
            if u is not t: assert t["key"] not in u["ind"], (name, t["key"], u["ind"])
        if t["source"]: assert t["source"] in text, (name, t["source"])

# ---------- claim parsing
UNITS = ["微克/立方米", "吨标准煤", "平方公里", "立方米", "人次", "美元", "千瓦", "公里", "%", "元", "吨", "家", "人", "个", "岁", "年", "户", "套", "张", "亩", "件"]
def parse(text):
    m = re.fullmatch(r"第(\d+)位", text)
    if m: return F(m.group(1)), "位", "exact"
    m = re.fullmatch(r"([\d.,]+)(万|亿)?(.*?)(以上|以内|左右)?", text)
    v = F(m.group(1).replace(",", "")); mag = m.group(2); unit = m.group(3); qs = m.group(4)
    assert unit in UNITS, (text, unit)
    if mag == "万": v *= WAN
    if mag == "亿": v *= YI
    q = {"以上": "at_least", "以内": "at_most", "左右": "about", None: "exact"}[qs]
    return v, unit, q

def strip(src):
    out, spans, i = [], [], 0
    cur = None
    pos = 0
    for ch in src:
        if ch in "⟦⟪":
            cur = (ch, pos); continue
        if ch in "⟧⟫":
            spans.append((cur[0] == "⟦", cur[1], pos)); cur = None; continue
        out.append(ch); pos += 1
    return "".join(out), spans

def nth_for(text, needle, prev, start):
    n, at = 0, prev
    while True:
        f = text.find(needle, at)
        assert f >= 0 and f <= start, (needle, prev, start)
        n += 1
        if f == start: return n
        at = f + 1

def judge(t, m, v_base, claim_text):
    """returns verdict, expected(base float or None), why"""
    kind = m[0]; mult = F(t["mult"])
    du = dunit(t)
    if kind in ("path", "cum"):
        y = m[2]
        v = v_base / mult
        exp = path(t, y)
        tv = F(t["t"])
        if t["cum"]:
            b, y0 = F(0), 2025
        else:
            b, y0 = F(t["b"]), t["by"]
        up = t["d"] == "up"
        assert v != exp and v != tv, (claim_text, v, exp)
        if up:
            verdict = "met" if v >= tv else ("on_track" if v >= exp else "behind")
        else:
            verdict = "met" if v <= tv else ("on_track" if v <= exp else "behind")
        formula = f"expected({y}) = {fnum(b)} + ({fnum(tv)} − {fnum(b)})·({y}−{y0})/(2030−{y0}) = {fnum(exp)}{du}"
        if verdict == "met":
            cmp_ = f"{fnum(v)} {'≥' if up else '≤'} target {fnum(tv)} → met"
        elif verdict == "on_track":
            cmp_ = f"{fnum(v)} {'≥' if up else '≤'} {fnum(exp)} → on_track"
        else:
            cmp_ = f"{fnum(v)} {'<' if up else '>'} {fnum(exp)} → behind"
        pre = "cumulative target, path from 0; " if t["cum"] else ""
        yy = "" if f"y = {y}" in m[4] else f"y = {y}; "
        why = f"{m[4]}; {yy}{pre}{formula}; {cmp_}"
        return verdict, float(exp * mult), why
    if kind == "growth":
        g = F(t["g"]); v = v_base
        assert v != g
        verdict = "on_track" if v >= g else "behind"
        why = f"{m[3]}; annual-growth target {t['ind']} {fnum(g)}% ({t['gq']}); reported growth {fnum(v)}% {'≥' if v >= g else '<'} {fnum(g)} → {verdict} (rule 4, never met)"
        return verdict, None, why
    if kind == "bound":
        tv = F(t["t"]); v = v_base / mult
        assert v != tv
        if t["tq"] == "at_least":
            verdict = "met" if v >= tv else "behind"
        else:
            verdict = "met" if v <= tv else "behind"
        word = "within" if verdict == "met" else "outside"
        why = f"{m[3]}; {fnum(v)}{du} {word} the bound ({'≥' if t['tq']=='at_least' else '≤'} {fnum(tv)}{du}) → {verdict}"
        return verdict, None, why
    raise ValueError(kind)

def build():
    for name, (fn, L, pid) in PLANS.items():
        check_targets(name, L)
    with open(os.path.join(OUT, "targets.jsonl"), "w", encoding="utf-8") as f:
        for name in ("W", "X"):
            fn, L, pid = PLANS[name]
            doc = {"id": pid, "text": PTEXT[name], "targets": [target_json(t) for t in L], "extra_targets_allowed": 3}
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    cl_lines, m_lines = [], []
    stats = {}
    for rid in ("w1", "w2", "x1", "x2"):
        R = REPORTS[rid]
        text, spans = strip(R["text"])
        open(os.path.join(OUT, f"report_{rid}.txt"), "w", encoding="utf-8", newline="").write(text)
        tmap = {t["key"]: t for t in PLANS[R["plan"]][1]}
        specs = list(R["claims"])
        scored = [s for s in spans if s[0]]
        assert len(scored) == len(specs), (rid, len(scored), len(specs))
        claims, matches = [], []
        si = 0
        prev_c = prev_m = 0
        st = {}
        for is_scored, a, b in spans:
            span = text[a:b]
            if not is_scored:
                n = nth_for(text, span, prev_c, a); prev_c = a
                o = {"text": span}
                if n > 1: o["nth"] = n
                o["optional"] = True
                claims.append(o); continue
            s = specs[si]; si += 1
            assert s["text"] == span, (rid, s["text"], span)
            v, unit, q = parse(span)
            if s["q"]: q = s["q"]
            kind = s["kind"]; direction = None
            if kind.startswith("change"):
                direction = "up" if kind.endswith("+") else "down"; kind = "change"
            o = {"text": span}
            n = nth_for(text, span, prev_c, a); prev_c = a
            if n > 1: o["nth"] = n
            o.update({"value": num(v), "value_max": None, "unit": unit, "qualifier": q, "kind": kind,
                      "direction": direction, "status": s["status"], "subject_key": s["skey"]})
            if s["year"] != OMIT: o["year"] = s["year"]
            claims.append(o)
            # match
            m = s["m"]
            mo = {"claim_text": span}
            n = nth_for(text, span, prev_m, a); prev_m = a
            if n > 1: mo["nth"] = n
            if m[0] == "null":
                mo.update({"indicator_key": None, "verdict": None, "why": m[1]}); vd = "null"
            elif m[0] in ("nc", "contra"):
                assert m[1] in tmap
                vd = "not_comparable" if m[0] == "nc" else "contradicts_plan"
                mo.update({"indicator_key": m[1], "verdict": vd, "why": m[2]})
            else:
                t = tmap[m[1]]
                vd, exp, why = judge(t, m, v, span)
                want = m[3] if m[0] in ("path", "cum") else m[2]
                assert vd == want, (rid, span, vd, want)
                mo.update({"indicator_key": m[1], "verdict": vd})
                if exp is not None: mo["expected"] = exp
                mo["why"] = why
            st[vd] = st.get(vd, 0) + 1
            matches.append(mo)
        cl_lines.append({"id": f"blind-report-{rid}", "text": text, "claims": claims})
        m_lines.append({"id": f"blind-report-{rid}", "plan": PLANS[R["plan"]][0], "text": text, "matches": matches})
        # locate check
        d = {"id": rid, "text": text}
        got = locate(d, [dict(c) for c in claims])
        want = [a for _, a, _ in spans]
        assert [g["start"] for g in got] == want, rid
        got = locate(d, [dict(mm, text=mm["claim_text"]) for mm in matches])
        assert [g["start"] for g in got] == [a for sc, a, _ in spans if sc], rid
        # coverage
        cov = [False] * len(text)
        for _, a, b in spans:
            for i in range(a, b): cov[i] = True
        unc = []
        for mm in re.finditer(r"[0-9][0-9.,:\-]*|[〇一二三四五六七八九十百千万两]+", text):
            if not any(cov[mm.start():mm.end()]):
                unc.append(text[max(0, mm.start()-4):mm.end()+3].replace("\n", "⏎"))
        stats[rid] = (st, len(specs), len(claims) - len(specs), unc)
    with open(os.path.join(OUT, "claims.jsonl"), "w", encoding="utf-8") as f:
        for l in cl_lines: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "matches.jsonl"), "w", encoding="utf-8") as f:
        for l in m_lines: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    # byte identity
    for l in cl_lines:
        rid = l["id"].split("-")[-1]
        assert open(os.path.join(OUT, f"report_{rid}.txt"), encoding="utf-8", newline="").read() == l["text"]
    for line in open(os.path.join(OUT, "targets.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        fn = {"blind-plan-w": "plan_w.txt", "blind-plan-x": "plan_x.txt"}[d["id"]]
        assert open(os.path.join(OUT, fn), "rb").read() == d["text"].encode("utf-8")
    for rid, (st, n, nopt, unc) in stats.items():
        print(rid, n, "scored", nopt, "optional", st)
        print("   uncovered:", " | ".join(unc))

if __name__ == "__main__":
    build()
