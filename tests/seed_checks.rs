//! Draft checks on the published seeds (issue 7: "review every finding; report false
//! alarms per 10,000 characters of published text, goal ≤ 1").
//!
//! Every finding on `seeds/*.txt` was reviewed by hand (2026-12-01). Measured: **0 false
//! alarms in 98,771 characters (0.0 per 10,000)**. What the seeds really hold:
//! - 000: 16 sentences broken by page breaks (`…举措推` / `动重点领域…`), the copy-pasted
//!   fragment the seeds' README names, `365` cut from its `名` by a page break, and four
//!   half-width brackets (`村(社区)`, `专(工)委`);
//! - 001, 002, 004: half-width commas, semicolons and brackets all through the Chinese
//!   prose (206, 359 and 105 of them: the pages were typed that way), a `1-2项` and a
//!   `100万元—200万元` range written with a dash;
//! - 003 (the plan, PDF-extracted): 19 half-width marks (`新网络: 实施…, …`, `(B型)`),
//!   one summary of its 94 page-broken sentences, spaces around numbers in 253 places
//!   but not in 49 (one finding), and a real slip of the published text:
//!   `推进公共体育服务体系建设和，新建…`.
//!
//! The table below is that review: for each seed and code, the number of findings judged
//! true. A finding beyond it is counted as a false alarm until someone reviews it, and the
//! test fails when they exceed 1 per 10,000 characters (the goal), or when a reviewed
//! finding disappears (a lost true positive is as much a change as a new alarm).

mod common;

use std::collections::BTreeMap;

use common::analyzer;

/// (seed prefix, code, findings reviewed as true). `range_dash` on 002 (`1-2项`) and 004
/// (`100万元—200万元`) is no longer one: both seeds write every range with a dash, and the
/// rule now reports only a text that departs from its own usage.
const REVIEWED: &[(&str, &str, usize)] = &[
    ("000", "broken_sentence", 16),
    ("000", "dup_fragment", 1),
    ("000", "half_width_punct", 4),
    ("000", "number_style", 1),
    ("001", "half_width_punct", 206),
    ("002", "half_width_punct", 359),
    ("003", "broken_sentence", 1),
    ("003", "dangling_conj", 1),
    ("003", "half_width_punct", 19),
    ("003", "inconsistent_spacing", 1),
    ("004", "half_width_punct", 105),
];

/// False alarms allowed per 10,000 characters of the seeds.
const CEILING: f64 = 1.0;

#[test]
fn seeds_have_no_more_false_alarms_than_the_ceiling() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut chars = 0usize;
    let mut unreviewed = Vec::new();
    let mut lost = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds/")
        .map(|e| e.expect("seed entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        let prefix = &name[..3.min(name.len())];
        let text = std::fs::read_to_string(&path).expect("seed text");
        chars += text.chars().count();
        let analysis = analyzer().analyze(&text);
        let mut counts: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for f in &analysis.checks {
            counts.entry(f.code).or_default().push(format!(
                "{name} {} {:?}",
                f.code,
                &text[f.start..f.end]
            ));
        }
        for (code, found) in &counts {
            let ok = REVIEWED
                .iter()
                .find(|(p, c, _)| *p == prefix && c == code)
                .map_or(0, |r| r.2);
            unreviewed.extend(found.iter().skip(ok).cloned());
        }
        for (p, code, n) in REVIEWED.iter().filter(|r| r.0 == prefix) {
            let got = counts.get(code).map_or(0, Vec::len);
            if got < *n {
                lost.push(format!("{p} {code}: {got} of {n} reviewed findings"));
            }
        }
    }
    let per_10k = unreviewed.len() as f64 * 10_000.0 / chars as f64;
    eprintln!(
        "seeds: {} characters, {} unreviewed findings ({per_10k:.2} per 10,000)",
        chars,
        unreviewed.len()
    );
    assert!(
        per_10k <= CEILING,
        "{per_10k:.2} unreviewed findings per 10,000 characters (ceiling {CEILING}):\n{}",
        unreviewed.join("\n")
    );
    assert!(
        lost.is_empty(),
        "reviewed findings lost:\n{}",
        lost.join("\n")
    );
}
