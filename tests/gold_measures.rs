//! The accuracy floors of reform measures (issue 3), scored as `../shared/eval/score.py
//! measures` scores them (a prediction pairs with a gold span it covers by half or more):
//! - `tests/gold/measures.jsonl`: the enumerated items of seed 000 (items only);
//! - `tests/gold/measures_prose.jsonl`: every measure, items and prose actions, of seed 001
//!   and of chapter 9 of seed 003, annotated blind to the implementation
//!   (tests/gold/README-measures.md).
//!
//! Every miss is printed when a floor fails.

mod common;

use common::{analyzer, detect, load, small_analyzer, Score};
use policylens::{Analyzer, Measure};
use serde_json::Value;

fn score(path: &str, a: &Analyzer) -> Score {
    let mut s = Score::default();
    for doc in load(path) {
        let id = doc["id"].as_str().unwrap_or("?").to_string();
        let text = doc["text"].as_str().expect("document text");
        let items_only = doc
            .get("items_only")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let gold: Vec<Value> = doc["measures"].as_array().cloned().unwrap_or_default();
        let pred: Vec<Measure> = a
            .analyze(text)
            .into_utf16(text)
            .measures
            .into_iter()
            .filter(|m| !items_only || m.level == "item")
            .collect();
        let spans: Vec<(usize, usize, String)> = pred
            .iter()
            .map(|m| (m.start, m.end, m.text.clone()))
            .collect();
        for (gi, pi) in detect(&mut s, &id, text, &gold, &spans, 0.5) {
            let (g, p) = (&gold[gi], &pred[pi]);
            let want = g["action"].as_str();
            s.add("action", p.action == want, || {
                format!(
                    "action    {id}: {} gold={want:?} got={:?}",
                    g["text"], p.action
                )
            });
        }
    }
    s
}

#[test]
fn dev_items_floors() {
    score("tests/gold/measures.jsonl", analyzer()).assert_floors(
        "dev measures (items of seed 000)",
        0.95,
        &[("action", 0.95)],
    );
}

#[test]
fn prose_floors() {
    score("tests/gold/measures_prose.jsonl", analyzer()).assert_floors(
        "prose measures (seeds 001, 003)",
        0.9,
        &[("action", 0.9)],
    );
}

/// Measures come from the lead-word table, not from jieba: the small dictionary gives
/// the same floors.
#[test]
fn prose_floors_with_the_small_dictionary() {
    score("tests/gold/measures_prose.jsonl", small_analyzer()).assert_floors(
        "prose measures, small dictionary",
        0.9,
        &[("action", 0.9)],
    );
}
