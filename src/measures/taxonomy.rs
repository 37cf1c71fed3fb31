//! Policy-tool categories of a measure (Rothwell & Zegveld's supply / demand / environment
//! tools, with the sub-tools Chinese policy research uses): `data/taxonomy.tsv`, documented
//! in `docs/taxonomy.md`.
//!
//! A measure gets every label one of whose trigger words it contains, each with the words
//! found (`搭建全市统一的智能网联汽车服务平台` → 平台与数字化: 平台, 智能; 基础设施: …), so that
//! an editor sees why. A measure that contains none is a 策略性措施 (strategic measure, the
//! environment-side catch-all of the literature), triggered by its lead verb.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use serde::Serialize;

use crate::data;

/// One policy-tool label of a measure, with the words that triggered it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Category {
    pub label: &'static str,
    /// The English label: in `docs/taxonomy.md` and the UI's translations, not repeated
    /// in every measure of the output.
    #[serde(skip_serializing)]
    pub label_en: &'static str,
    /// `supply`, `demand` or `environment`.
    pub tool: &'static str,
    pub triggers: Vec<&'static str>,
}

struct Label {
    label: &'static str,
    label_en: &'static str,
    tool: &'static str,
}

struct Taxonomy {
    labels: Vec<Label>,
    /// Trigger words by their first character: (word, label index), longest first.
    by_first: HashMap<char, Vec<(&'static str, usize)>>,
    /// The label of a measure with no trigger word.
    fallback: usize,
}

fn taxonomy() -> &'static Taxonomy {
    static T: OnceLock<Taxonomy> = OnceLock::new();
    T.get_or_init(|| {
        let mut labels = Vec::new();
        let mut by_first: HashMap<char, Vec<(&'static str, usize)>> = HashMap::default();
        let mut fallback = 0;
        for row in data::rows(include_str!("../../data/taxonomy.tsv")) {
            let idx = labels.len();
            labels.push(Label {
                label: row[0],
                label_en: row.get(1).copied().unwrap_or(""),
                tool: row.get(2).copied().unwrap_or("environment"),
            });
            let words = row.get(3).copied().unwrap_or("");
            if words.is_empty() {
                fallback = idx;
            }
            for w in words.split_whitespace() {
                if let Some(c) = w.chars().next() {
                    by_first.entry(c).or_default().push((w, idx));
                }
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Taxonomy {
            labels,
            by_first,
            fallback,
        }
    })
}

/// The categories of a measure's text; `verb` triggers the fallback label.
pub fn categorize(text: &str, verb: Option<&'static str>) -> Vec<Category> {
    let tax = taxonomy();
    let mut found: Vec<(usize, Vec<&'static str>)> = Vec::new();
    let mut covered = 0; // a word inside a longer match found before is not counted again
    for (i, c) in text.char_indices() {
        if i < covered {
            continue;
        }
        let Some(words) = tax.by_first.get(&c) else {
            continue;
        };
        let rest = &text[i..];
        let mut longest = 0;
        // Words are sorted longest first: the first hit is the longest.
        for &(w, label) in words.iter().filter(|(w, _)| rest.starts_with(w)) {
            longest = longest.max(w.len());
            // Every label of the longest word and of shorter words at the same place
            // (`一网通办` is both 平台与数字化 and 审批与放管服).
            match found.iter_mut().find(|(l, _)| *l == label) {
                Some((_, ws)) if !ws.contains(&w) => ws.push(w),
                Some(_) => {}
                None => found.push((label, vec![w])),
            }
        }
        covered = i + longest;
    }
    if found.is_empty() {
        found.push((tax.fallback, verb.into_iter().collect()));
    }
    found.sort_by_key(|(l, _)| *l);
    found
        .into_iter()
        .map(|(l, triggers)| {
            let label = &tax.labels[l];
            Category {
                label: label.label,
                label_en: label.label_en,
                tool: label.tool,
                triggers,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<(&'static str, Vec<&'static str>)> {
        categorize(text, Some("推进"))
            .into_iter()
            .map(|c| (c.label, c.triggers))
            .collect()
    }

    #[test]
    fn labels_with_their_trigger_words() {
        let got = labels("搭建贯通省市县的投资项目绩效评价平台");
        let names: Vec<&str> = got.iter().map(|(l, _)| *l).collect();
        assert!(names.contains(&"平台与数字化"), "{got:?}");
        assert!(names.contains(&"考核督查与监督"), "{got:?}");
        assert!(names.contains(&"财政金融支持"), "{got:?}");
        let eval = got.iter().find(|(l, _)| *l == "考核督查与监督").unwrap();
        assert_eq!(eval.1, vec!["绩效", "评价"]);
    }

    #[test]
    fn every_label_has_a_tool_and_a_measure_without_triggers_is_strategic() {
        for l in &taxonomy().labels {
            assert!(
                ["supply", "demand", "environment"].contains(&l.tool),
                "{}",
                l.label
            );
            assert!(!l.label_en.is_empty(), "{}", l.label);
        }
        assert_eq!(labels("强化主责主业"), vec![("策略性措施", vec!["推进"])]);
    }
}
