//! Scoring against the gold sets, as `../shared/eval/score.py` does it: gold items are
//! located by their surface text in order (`nth` for a later occurrence), paired one-to-one
//! with predictions by largest overlap, and every miss is collected so a failing test
//! prints all of them at once.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use policylens::{Analyzer, Dictionary};
use serde_json::Value;

/// One Analyzer per test binary: loading jieba's dictionary is the slow part.
pub fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::new(Dictionary::full()))
}

pub fn small_analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::new(Dictionary::small()))
}

pub fn load(path: &str) -> Vec<Value> {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full)
        .unwrap_or_else(|e| panic!("{full}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{full}: {e}")))
        .collect()
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Gold spans in UTF-16 units, found in order as the scorer finds them.
pub fn locate(text: &str, items: &[Value], field: &str) -> Vec<(usize, usize)> {
    let mut pos = 0usize; // byte offset where the search for the next item starts
    let mut out = Vec::new();
    for it in items {
        let needle = it[field].as_str().expect("gold item without text");
        let nth = it.get("nth").and_then(Value::as_u64).unwrap_or(1);
        let mut at = pos;
        let mut found = None;
        for _ in 0..nth {
            let f = text[at..]
                .find(needle)
                .map(|i| i + at)
                .unwrap_or_else(|| panic!("gold text {needle:?} not found"));
            found = Some(f);
            at = f + text[f..].chars().next().map_or(1, char::len_utf8);
        }
        let f = found.unwrap();
        out.push((utf16_len(&text[..f]), utf16_len(&text[..f + needle.len()])));
        if !it
            .get("unordered")
            .and_then(Value::as_bool)
            .unwrap_or(false)
        {
            pos = f;
        }
    }
    out
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Greedy one-to-one pairing by largest overlap: (gold index, prediction index).
pub fn pair(
    gold: &[(usize, usize)],
    pred: &[(usize, usize)],
    min_frac: f64,
) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let ov = overlap(*g, *p);
            if ov > 0 && ov as f64 >= min_frac * (g.1 - g.0) as f64 {
                cands.push((ov, gi, pi));
            }
        }
    }
    cands.sort_by(|a, b| b.cmp(a));
    let (mut used_g, mut used_p, mut pairs) =
        (vec![false; gold.len()], vec![false; pred.len()], Vec::new());
    for (_, gi, pi) in cands {
        if !used_g[gi] && !used_p[pi] {
            used_g[gi] = true;
            used_p[pi] = true;
            pairs.push((gi, pi));
        }
    }
    pairs
}

/// Pairs gold items with predicted spans as `score.py` does, counting misses (`fn`),
/// extras (`fp`, unless on an optional gold item) and hits (`tp`). Returns the pairs of
/// scored (non-optional) gold items, for the caller to compare attributes.
pub fn detect(
    s: &mut Score,
    id: &str,
    text: &str,
    gold: &[Value],
    pred: &[(usize, usize, String)],
    min_frac: f64,
) -> Vec<(usize, usize)> {
    let gspans = locate(text, gold, "text");
    let pspans: Vec<(usize, usize)> = pred.iter().map(|p| (p.0, p.1)).collect();
    let pairs = pair(&gspans, &pspans, min_frac);
    let optional = |g: &Value| g.get("optional").and_then(Value::as_bool).unwrap_or(false);
    for (gi, g) in gold.iter().enumerate() {
        if !optional(g) && !pairs.iter().any(|&(pg, _)| pg == gi) {
            s.fn_ += 1;
            s.misses.push(format!("miss  {id}: {}", g["text"]));
        }
    }
    for (pi, (ps, pe, ptext)) in pred.iter().enumerate() {
        let paired = pairs.iter().any(|&(_, pp)| pp == pi);
        let on_optional = gold
            .iter()
            .zip(&gspans)
            .any(|(g, &gs)| optional(g) && gs.0 < *pe && *ps < gs.1);
        if !paired && !on_optional {
            s.fp += 1;
            s.misses.push(format!("extra {id}: {ptext}"));
        }
    }
    let scored: Vec<(usize, usize)> = pairs
        .into_iter()
        .filter(|&(gi, _)| !optional(&gold[gi]))
        .collect();
    s.tp += scored.len();
    scored
}

#[derive(Default)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub attrs: BTreeMap<&'static str, (usize, usize)>,
    pub misses: Vec<String>,
}

impl Score {
    pub fn f1(&self) -> f64 {
        let p = if self.tp + self.fp > 0 {
            self.tp as f64 / (self.tp + self.fp) as f64
        } else {
            0.0
        };
        let r = if self.tp + self.fn_ > 0 {
            self.tp as f64 / (self.tp + self.fn_) as f64
        } else {
            0.0
        };
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    pub fn rate(&self, name: &str) -> f64 {
        self.attrs
            .get(name)
            .map_or(f64::NAN, |&(ok, n)| ok as f64 / n as f64)
    }

    pub fn add(&mut self, name: &'static str, good: bool, miss: impl FnOnce() -> String) {
        let e = self.attrs.entry(name).or_default();
        e.1 += 1;
        if good {
            e.0 += 1;
        } else {
            self.misses.push(miss());
        }
    }

    pub fn summary(&self) -> String {
        let mut s = format!(
            "F1 {:.3} (tp {} fp {} fn {})",
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        );
        for (name, (ok, n)) in &self.attrs {
            s += &format!(", {name} {:.3} of {n}", *ok as f64 / *n as f64);
        }
        s
    }

    /// Asserts each floor, printing the summary and every miss when one fails.
    pub fn assert_floors(&self, label: &str, f1: f64, attrs: &[(&str, f64)]) {
        let mut failed = Vec::new();
        if self.f1() < f1 {
            failed.push(format!("F1 {:.3} < {f1}", self.f1()));
        }
        for (name, floor) in attrs {
            let r = self.rate(name);
            if r.is_nan() || r < *floor {
                failed.push(format!("{name} {r:.3} < {floor}"));
            }
        }
        eprintln!("{label}: {}", self.summary());
        assert!(
            failed.is_empty(),
            "{label}: {}\n{}\nmisses:\n{}",
            failed.join("; "),
            self.summary(),
            self.misses.join("\n")
        );
    }
}

pub fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * b.abs().max(1.0),
        _ => false,
    }
}

/// The scorer's unit synonyms (`亿元` and `元` are one unit once magnitudes are folded).
pub fn canon_unit(u: Option<&str>) -> Option<String> {
    let u = u?.trim();
    if u.is_empty() {
        return None;
    }
    let map = [
        ("千米", "公里"),
        ("km", "公里"),
        ("名", "人"),
        ("标煤", "吨标准煤"),
        ("吨标煤", "吨标准煤"),
        ("％", "%"),
        ("个百分点", "百分点"),
        ("pp", "百分点"),
        ("亿元", "元"),
        ("万元", "元"),
        ("人民币", "元"),
        ("美金", "美元"),
        ("番", "倍"),
    ];
    Some(
        map.iter()
            .find(|(a, _)| *a == u)
            .map_or(u, |(_, b)| b)
            .to_string(),
    )
}
