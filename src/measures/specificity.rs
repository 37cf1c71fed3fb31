//! How concretely a measure is stated: who does it, by when, how much (numbers, money), and
//! whether it is only a phrase of effort (`加大…力度`, `进一步加强` with nothing concrete):
//! editors use this to find empty sentences.
//!
//! A measure's *scope* is what backs it: for an action, its own clause and the sentence it
//! sits in (for the unit that acts); for an item, everything up to the next item.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use serde::Serialize;

use super::lead;
use crate::data;

/// Only what a measure states is written out (most measures state little, and a long
/// text has a hundred thousand of them): absent means none, or false.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Specificity {
    /// The unit that acts, as the sentence names it (`省公安厅`) or, failing that, the
    /// responsible unit of the reform case the measure belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// A deadline as written (`2025年底前`, `年内`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// Whether the scope states a figure.
    #[serde(skip_serializing_if = "is_false")]
    pub number: bool,
    /// Whether the scope states an amount of money.
    #[serde(skip_serializing_if = "is_false")]
    pub money: bool,
    /// Only a phrase of effort: a vague phrase and no deadline, number or money.
    #[serde(skip_serializing_if = "is_false")]
    pub vague: bool,
    /// The vague phrase found (`进一步加强`), whether or not it was backed up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vague_phrase: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The unit named at the start of `prefix` (the sentence before the measure), if any:
/// `省公安厅在全国率先` → 省公安厅.
pub fn owner_in(prefix: &str) -> Option<String> {
    // The subject is the run of text before the first clause mark or preposition-like
    // break; it must end with a unit suffix.
    let head: &str = prefix
        .split(['，', '、', '。', '；', ',', ';', '：', ':'])
        .next()
        .unwrap_or("");
    let chars: Vec<(usize, char)> = head.char_indices().collect();
    // Longest unit name first: try every end position up to 16 characters.
    // The characters unit names end with: a cheap test before the table lookups.
    static LAST: OnceLock<FxHashSet<char>> = OnceLock::new();
    let last = LAST.get_or_init(|| {
        data::unit_suffixes()
            .map
            .keys()
            .filter_map(|k| k.chars().next_back())
            .collect()
    });
    for k in (2..=chars.len().min(16)).rev() {
        if !last.contains(&chars[k - 1].1) {
            continue;
        }
        let end = chars.get(k).map_or(head.len(), |(i, _)| *i);
        let cand = &head[..end];
        if data::unit_suffixes()
            .longest_suffix(cand)
            .is_some_and(|(s, _)| s.len() < cand.len())
            && cand.chars().all(crate::text::chars::is_han)
            // A unit name followed by its predicate (`省公安厅|在全国率先推行`), not a word
            // that merely ends like one (`全省各地各部|门坚持`).
            && lead::starts_predicate(&prefix[end..])
        {
            return Some(cand.to_string());
        }
    }
    None
}

/// The first deadline in `scope`: `到2025年`, `2025年底前`, `年内`, `6月底前`, `限期`.
pub fn deadline_in(scope: &str) -> Option<String> {
    const WORDS: [&str; 8] = [
        "年底前",
        "月底前",
        "年内",
        "限期",
        "如期",
        "按期",
        "前完成",
        "以前",
    ];
    for (i, c) in scope.char_indices() {
        // `到2025年` / `至2025年` / `于2025年`, not `截至2024年底` (a date already past).
        if matches!(c, '到' | '至' | '于') && !scope[..i].ends_with('截') {
            let after = &scope[i + c.len_utf8()..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 4 && after[4..].starts_with('年') {
                let end = i + c.len_utf8() + 4 + '年'.len_utf8();
                return Some(scope[i..end].to_string());
            }
        }
        if !matches!(c, '年' | '月' | '限' | '如' | '按' | '前' | '以') {
            continue;
        }
        for w in WORDS {
            if scope[i..].starts_with(w) {
                // Take the date written before the word (`2025年底前`, `6月底前`).
                let from = scope[..i]
                    .char_indices()
                    .rev()
                    .take_while(|(_, d)| d.is_ascii_digit() || matches!(d, '年' | '月'))
                    .last()
                    .map_or(i, |(j, _)| j);
                if w == "以前" && from == i {
                    continue; // `以前` alone is not a deadline
                }
                return Some(scope[from..i + w.len()].to_string());
            }
        }
    }
    None
}

/// The phrase of effort in `text` (`data/vague.txt`), `…` matching up to eight characters.
pub fn vague_phrase(text: &str) -> Option<String> {
    // The patterns by their first character: each can only start where that character is,
    // so only those places are tested.
    static PATTERNS: OnceLock<FxHashMap<char, Vec<&'static str>>> = OnceLock::new();
    let patterns = PATTERNS.get_or_init(|| {
        let mut by_first: FxHashMap<char, Vec<&'static str>> = FxHashMap::default();
        for row in data::rows(include_str!("../../data/vague.txt")) {
            if let Some(c) = row[0].chars().next() {
                by_first.entry(c).or_default().push(row[0]);
            }
        }
        by_first
    });
    for (i, c) in text.char_indices() {
        let Some(candidates) = patterns.get(&c) else {
            continue;
        };
        for &pattern in candidates {
            let rest = &text[i..];
            match pattern.split_once('…') {
                Some((a, b)) if rest.starts_with(a) => {
                    let after = &rest[a.len()..];
                    let window_end = after
                        .char_indices()
                        .nth(8 + b.chars().count())
                        .map_or(after.len(), |(j, _)| j);
                    if let Some(j) = after[..window_end].find(b) {
                        return Some(rest[..a.len() + j + b.len()].to_string());
                    }
                }
                None if rest.starts_with(pattern) => return Some(pattern.to_string()),
                _ => {}
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_deadlines_and_vague_phrases() {
        assert_eq!(owner_in("省公安厅在全国率先").as_deref(), Some("省公安厅"));
        assert_eq!(owner_in("全省各地").as_deref(), None);
        assert_eq!(owner_in("全省各地各部门坚持").as_deref(), None);
        assert_eq!(
            owner_in("湖北省委改革办会同改革专项小组办公室").as_deref(),
            Some("湖北省委改革办")
        );
        assert_eq!(owner_in("").as_deref(), None);
        assert_eq!(
            deadline_in("到2025年建成10个示范区").as_deref(),
            Some("到2025年")
        );
        assert_eq!(
            deadline_in("2025年底前完成改造").as_deref(),
            Some("2025年底前")
        );
        assert_eq!(deadline_in("截至2024年底，累计完成").as_deref(), None);
        assert_eq!(deadline_in("年内实现全覆盖").as_deref(), Some("年内"));
        assert_eq!(
            vague_phrase("加大政策支持力度").as_deref(),
            Some("加大政策支持力度")
        );
        assert_eq!(
            vague_phrase("进一步加强组织领导").as_deref(),
            Some("进一步加强")
        );
        assert_eq!(vague_phrase("建设309公里车路协同道路"), None);
    }
}
