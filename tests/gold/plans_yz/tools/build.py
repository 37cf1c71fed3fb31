#!/usr/bin/env python3
"""Build targets.jsonl, claims.jsonl, matches.jsonl and the report files; check everything.

    python3 tools/plans.py && python3 tools/build.py
"""
import json
import os
import re
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from tdefs import PLANS, EXTRA, by_key, expected  # noqa: E402
from reports import REPORTS, OMIT  # noqa: E402

sys.path.insert(0, "/work/shared/eval")
from score import locate  # noqa: E402

PLAN_FILES = {"Y": "plan_y.md", "Z": "plan_z.txt"}
PLAN_IDS = {"Y": "blind-plan-y", "Z": "blind-plan-z"}

MAGS = {"万": F(10) ** 4, "亿": F(10) ** 8}
UNITS = {"元", "千瓦", "家", "人", "吨", "亩", "辆", "人次", "公里", "个", "%", "微克/立方米", "岁", "年",
         "件", "处", "户", "套"}
QUAL_WORDS = ("以上", "左右")

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR", msg)


def num(x):
    """A Fraction as a JSON number: int when integral, else float."""
    if x is None:
        return None
    x = F(x)
    return int(x) if x.denominator == 1 else float(x)


def fmt(x):
    """A Fraction for humans: up to 4 decimals, trailing zeros stripped."""
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = f"{float(x):.4f}".rstrip("0").rstrip(".")
    return s


def parse(text):
    m = re.match(r"^(\d+(?:\.\d+)?)(万|亿)?(.*)$", text)
    assert m, text
    v = F(m.group(1))
    if m.group(2):
        v *= MAGS[m.group(2)]
    unit = m.group(3)
    for w in QUAL_WORDS:
        if unit.endswith(w):
            unit = unit[: -len(w)]
    assert unit in UNITS, (text, unit)
    return v, unit


def disp(t, v):
    mag, unit = t["_disp"]
    if mag:
        v = F(v) / (F(10) ** (4 if mag == "万" else 8))
    return fmt(v), (mag + unit if unit else "")


def strip_markers(src):
    """Remove ⟦…⟧ / ⟪…⟫, returning the text and [(start, end, surface, optional)]."""
    out, spans, i = [], [], 0
    pos = 0
    pat = re.compile(r"⟦(.*?)⟧|⟪(.*?)⟫")
    for m in pat.finditer(src):
        out.append(src[i:m.start()])
        pos += m.start() - i
        s = m.group(1) if m.group(1) is not None else m.group(2)
        spans.append((pos, pos + len(s), s, m.group(2) is not None))
        out.append(s)
        pos += len(s)
        i = m.end()
    out.append(src[i:])
    text = "".join(out)
    assert not re.search("[⟦⟧⟪⟫]", text)
    return text, spans


def nths(text, items):
    """nth for each (needle, start) as validate.py/score.locate search: from the previous start."""
    pos, res = 0, []
    for needle, start in items:
        n, at = 0, pos
        while True:
            f = text.find(needle, at)
            assert f >= 0 and f <= start, (needle, start)
            n += 1
            if f == start:
                break
            at = f + 1
        res.append(n)
        pos = start
    return res


def judge(c, t, val):
    """Compute the verdict by verdicts.md; return (verdict, expected or None, formula text)."""
    y = c["judge"] if c["judge"] is not None else c["year"]
    if t["cumulative"]:
        tv = t["target"]["value"]
        e = expected(t, y)
        dv, du = disp(t, val)
        de, _ = disp(t, e)
        dt, _ = disp(t, tv)
        assert val != e and val != tv, (c["text"], "on the path or target")
        f = (f"cumulative target, path from 0; expected({y}) = 0 + ({dt} − 0)·({y}−2025)/(2030−2025) = {de}{du}; ")
        if val >= tv:
            return "met", e, f + f"{dv} ≥ target {dt} → met"
        if val >= e:
            return "on_track", e, f + f"{dv} ≥ {de} → on_track"
        return "behind", e, f + f"{dv} < {de} → behind"
    if c["kind"] == "change" and t["growth"] is not None:
        g = t["growth"]
        v = -val if c["d"] == "down" else val
        assert v != g, (c["text"], "growth equals bound")
        f = (f"annual-growth target {t['indicator']} {fmt(g)}% ({t['growth_qualifier']}); reported growth "
             f"{fmt(v)}% ")
        if v >= g:
            return "on_track", None, f + f"≥ {fmt(g)} → on_track (rule 4, never met)"
        return "behind", None, f + f"< {fmt(g)} → behind (rule 4, never met)"
    tg = t["target"]
    tv = tg["value"]
    dv, du = disp(t, val)
    dt, _ = disp(t, tv)
    if t["baseline"] is None:
        q = tg["qualifier"]
        assert q in ("at_least", "at_most"), c["text"]
        # a figure exactly on a bound is within it (≥ / ≤); only z2 100% (水源地, 保持100%) is
        if val == tv:
            print(f"  note: {c['text']} sits on its bound {fmt(tv)}")
        if q == "at_least":
            ok = val >= tv
            f = f"floor {dt}{du} with no baseline (rule 2); {dv}{du} {'within' if ok else 'outside'} the bound (≥ {dt}{du})"
        else:
            ok = val <= tv
            f = f"cap {dt}{du} with no baseline (rule 2); {dv}{du} {'within' if ok else 'outside'} the bound (≤ {dt}{du})"
        return ("met" if ok else "behind"), None, f + (" → met" if ok else " → behind")
    b = t["baseline"]["value"]
    y0 = t["baseline"]["year"]
    e = expected(t, y)
    de, _ = disp(t, e)
    db, _ = disp(t, b)
    up = tg["qualifier"] == "at_least" or (tg["qualifier"] != "at_most" and tv > b)
    assert val != e and val != tv, (c["text"], "on the path or target")
    f = (f"y = {y}; expected({y}) = {db} + ({dt} − {db})·({y}−{y0})/(2030−{y0}) = {de}{du}; ")
    if up:
        if val >= tv:
            return "met", e, f + f"{dv} ≥ target {dt} → met"
        if val >= e:
            return "on_track", e, f + f"{dv} ≥ {de} → on_track"
        return "behind", e, f + f"{dv} < {de} → behind"
    f = "less is better; " + f
    if val <= tv:
        return "met", e, f + f"{dv} ≤ target {dt} → met"
    if val <= e:
        return "on_track", e, f + f"{dv} ≤ {de} → on_track"
    return "behind", e, f + f"{dv} > {de} → behind"


def clean_target(t):
    o = {}
    for k, v in t.items():
        if k.startswith("_"):
            continue
        if k in ("baseline", "target") and v is not None:
            v = {kk: (float(vv) if isinstance(vv, F) else vv) for kk, vv in v.items()}
        elif k == "growth" and v is not None:
            v = float(v)
        o[k] = v
    return o


CN_NUM = "〇零一二三四五六七八九十百千万亿两"


def coverage(doc_id, text, spans):
    covered = [False] * len(text)
    for s, e, _, _ in spans:
        for i in range(s, e):
            covered[i] = True
    runs = []
    for m in re.finditer(r"[0-9０-９]+(?:[.．][0-9]+)?|[" + CN_NUM + "]+", text):
        if not any(covered[m.start():m.end()]):
            ctx = text[max(0, m.start() - 6):m.end() + 6].replace("\n", "⏎")
            runs.append(f"{m.group()}  «{ctx}»")
    print(f"  uncovered numeral runs in {doc_id} ({len(runs)}):")
    for r in runs:
        print("    ", r)


def main():
    plan_text = {}
    tdocs = []
    for p in ("Y", "Z"):
        path = os.path.join(OUT, PLAN_FILES[p])
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        plan_text[p] = text
        targets = PLANS[p]
        keys = [t["indicator_key"] for t in targets]
        if len(set(keys)) != len(keys):
            err(f"{p}: duplicate keys")
        for t in targets:
            k = t["indicator_key"]
            if k not in t["indicator"]:
                err(f"{p}: key {k} not in its indicator {t['indicator']}")
            for o in targets:
                if o is not t and k in o["indicator"]:
                    err(f"{p}: key {k} occurs in {o['indicator']}")
            if t.get("source") and t["source"] not in text:
                err(f"{p}: source not in plan: {t['source']}")
            # table-row sanity: numbers of the target appear in the plan
            for part in ("baseline", "target"):
                if t[part] is not None:
                    d, _ = disp(t, t[part]["value"])
                    if d not in text:
                        err(f"{p}: {k} {part} {d} not in plan text")
        tdocs.append({"id": PLAN_IDS[p], "text": text, "targets": [clean_target(t) for t in targets],
                      "extra_targets_allowed": EXTRA[p]})
        n = len(targets)
        print(f"plan {p}: {n} targets; with target {sum(1 for t in targets if t['target'])}, "
              f"growth-only {sum(1 for t in targets if t['target'] is None and t['growth'] is not None)}, "
              f"words {sum(1 for t in targets if t['target'] is None and t['growth'] is None)}, "
              f"cumulative {sum(1 for t in targets if t['cumulative'])}, "
              f"baseline {sum(1 for t in targets if t['baseline'])}, "
              f"level+growth {sum(1 for t in targets if t['target'] and t['growth'] is not None)}")

    cdocs, mdocs = [], []
    stats = {}
    for rid, fname, p, src, specs in REPORTS:
        text, spans = strip_markers(src)
        if len(spans) != len(specs):
            err(f"{rid}: {len(spans)} markers vs {len(specs)} specs")
            continue
        keyed = by_key(p)
        claims, matches = [], []
        cl_items, m_items = [], []
        st = {"on_track": 0, "behind": 0, "met": 0, "not_comparable": 0, "contradicts_plan": 0, "null": 0,
              "amount": 0, "change": 0, "rate": 0, "target": 0, "ynull": 0, "yomit": 0, "optional": 0}
        for (s, e, surf, opt), c in zip(spans, specs):
            if c["text"] != surf:
                err(f"{rid}: marker {surf!r} vs spec {c['text']!r}")
                continue
            if opt or c.get("optional"):
                assert opt and c.get("optional"), surf
                claims.append({"text": surf, "optional": True})
                cl_items.append((surf, s))
                st["optional"] += 1
                continue
            val, unit = parse(surf)
            if c["value"] is not None:
                val = F(c["value"])
            if c["unit"] is not None:
                unit = c["unit"]
            cl = {"text": surf, "value": num(val), "value_max": None, "unit": unit, "qualifier": c["q"],
                  "kind": c["kind"], "direction": c["d"], "status": c["st"], "subject_key": c["subj"]}
            if c["kind"] == "change":
                assert c["d"] in ("up", "down"), surf
            else:
                assert c["d"] is None, surf
            if c["year"] != OMIT:
                cl["year"] = c["year"]
            claims.append(cl)
            cl_items.append((surf, s))
            st[c["kind"]] += 1
            if c["st"] == "target":
                st["target"] += 1
            if c["year"] is None:
                st["ynull"] += 1
            if c["year"] == OMIT:
                st["yomit"] += 1
            m = {"claim_text": surf, "indicator_key": c["key"], "verdict": c["verdict"]}
            why = c["why"]
            if c["key"] is None:
                assert c["verdict"] is None, surf
                st["null"] += 1
            else:
                t = keyed[c["key"]]
                v = c["verdict"]
                if v in ("not_comparable",):
                    pass
                elif v == "contradicts_plan":
                    if c["mode"] == "base":
                        assert t["baseline"] and val != t["baseline"]["value"] and c["year"] == t["baseline"]["year"], surf
                    else:
                        assert t["target"] and val != t["target"]["value"] and c["year"] == t["target"]["year"], surf
                else:
                    got, exp, formula = judge(c, t, val)
                    if got != v:
                        err(f"{rid}: {surf}: intended {v}, computed {got} ({formula})")
                    if exp is not None:
                        m["expected"] = float(exp) if F(exp).denominator != 1 else float(exp)
                    why = (why + "; " if why else "") + formula
                st[v] += 1
            m["why"] = why
            matches.append(m)
            m_items.append((surf, s))
        # nth, separately for claims and for matches
        for lst, items in ((claims, cl_items), (matches, m_items)):
            for obj, n in zip(lst, nths(text, items)):
                if n > 1:
                    # put nth right after the text field, as in the earlier sets
                    items_ = list(obj.items())
                    obj.clear()
                    for k, v in items_:
                        obj[k] = v
                        if k in ("text", "claim_text"):
                            obj["nth"] = n
                    print(f"  {rid}: {obj.get('text') or obj.get('claim_text')} needs nth {n}")
        # locate check
        loc = locate({"id": rid, "text": text}, [dict(c) for c in claims])
        for g, (surf, s) in zip(loc, cl_items):
            if g["start"] != s:
                err(f"{rid}: claims locate {surf} at {g['start']} not {s}")
        loc = locate({"id": rid, "text": text}, [dict(m, text=m["claim_text"]) for m in matches])
        for g, (surf, s) in zip(loc, m_items):
            if g["start"] != s:
                err(f"{rid}: matches locate {surf} at {g['start']} not {s}")
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        cdocs.append({"id": rid, "text": text, "claims": claims})
        mdocs.append({"id": rid, "plan": PLAN_FILES[p], "text": text, "matches": matches})
        stats[rid] = (st, len(text), len(matches))
        coverage(rid, text, spans)

    with open(os.path.join(OUT, "targets.jsonl"), "w", encoding="utf-8") as f:
        for d in tdocs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "claims.jsonl"), "w", encoding="utf-8") as f:
        for d in cdocs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "matches.jsonl"), "w", encoding="utf-8") as f:
        for d in mdocs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    # byte identity
    for d, fn in zip(tdocs, PLAN_FILES.values()):
        with open(os.path.join(OUT, fn), encoding="utf-8", newline="") as f:
            if f.read() != d["text"]:
                err(f"{fn}: text differs")
    for (rid, fname, *_), d in zip(REPORTS, cdocs):
        with open(os.path.join(OUT, fname), encoding="utf-8", newline="") as f:
            if f.read() != d["text"]:
                err(f"{fname}: text differs")

    print()
    print("report  chars  scored  amount change rate  target ynull yomit opt | on_track behind met nc contra null")
    for rid, (st, n, nm) in stats.items():
        print(f"{rid[-2:]:6s} {n:6d} {nm:6d}   {st['amount']:5d} {st['change']:6d} {st['rate']:4d}  {st['target']:6d} "
              f"{st['ynull']:5d} {st['yomit']:5d} {st['optional']:3d} | {st['on_track']:8d} {st['behind']:6d} "
              f"{st['met']:3d} {st['not_comparable']:2d} {st['contradicts_plan']:6d} {st['null']:4d}")
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
