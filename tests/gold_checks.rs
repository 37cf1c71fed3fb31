//! Draft checks (issue 7) on the corpus of drafts with planted defects in
//! `tests/gold/checks/` (written blind to the implementation; README there), scored as
//! `../shared/eval/score.py checks` scores them: only the codes evaluations read, gold
//! spans located by their text, one-to-one pairing by overlap, and the code compared.
//! Every miss and every extra finding is printed when a floor fails.

mod common;

use common::{analyzer, detect, load, small_analyzer, Score};
use policylens::Analyzer;
use serde_json::Value;

/// The codes evaluations read (output.md); other findings are not scored.
const SCORED: [&str; 9] = [
    "dup_fragment",
    "half_width_punct",
    "unpaired_quote",
    "dangling_conj",
    "respectively_mismatch",
    "slogan_count",
    "arith_mismatch",
    "inconsistent_figure",
    "number_style",
];

fn score(path: &str, a: &Analyzer) -> Score {
    let mut s = Score::default();
    for doc in load(path) {
        let id = doc["id"].as_str().unwrap_or("?").to_string();
        let text = doc["text"].as_str().expect("document text");
        let gold: Vec<Value> = doc["checks"].as_array().cloned().unwrap_or_default();
        let pred: Vec<_> = a
            .analyze(text)
            .into_utf16(text)
            .checks
            .into_iter()
            .filter(|f| SCORED.contains(&f.code))
            .collect();
        let spans: Vec<(usize, usize, String)> = pred
            .iter()
            .map(|f| {
                let units: Vec<u16> = text.encode_utf16().collect();
                let t = String::from_utf16_lossy(&units[f.start..f.end]);
                (f.start, f.end, format!("{} {t}", f.code))
            })
            .collect();
        for (gi, pi) in detect(&mut s, &id, text, &gold, &spans, 0.0) {
            let want = gold[gi]["code"].as_str().unwrap_or("");
            let got = pred[pi].code;
            s.add("code", want == got, || {
                format!("code      {id}: {} gold={want} got={got}", gold[gi]["text"])
            });
        }
    }
    s
}

fn assert_floors(label: &str, s: &Score) {
    let p = s.tp as f64 / (s.tp + s.fp).max(1) as f64;
    let r = s.tp as f64 / (s.tp + s.fn_).max(1) as f64;
    let code = s.rate("code");
    eprintln!("{label}: precision {p:.3} recall {r:.3} {}", s.summary());
    assert!(
        p >= 0.9 && r >= 0.9 && code >= 0.95,
        "{label}: precision {p:.3} recall {r:.3} code {code:.3} (floors 0.9, 0.9, 0.95)\n{}\nmisses:\n{}",
        s.summary(),
        s.misses.join("\n")
    );
}

#[test]
fn corpus_floors() {
    assert_floors(
        "checks corpus",
        &score("tests/gold/checks/drafts.jsonl", analyzer()),
    );
}

#[test]
fn corpus_floors_with_the_small_dictionary() {
    assert_floors(
        "checks corpus (small dictionary)",
        &score("tests/gold/checks/drafts.jsonl", small_analyzer()),
    );
}
