//! The plan's chapters and sections, each with the words that say what it is about, so
//! that coverage can tell which parts of the plan a draft speaks to — and which it leaves
//! out — including the parts that set no numeric target (a reform chapter).
//!
//! Keywords are the section's most distinctive words: jieba's nouns of two or more Chinese
//! characters, ranked by frequency in the section times rarity across sections (tf·idf),
//! so that `发展`, found everywhere, says nothing, and `营商环境` says much.

use rustc_hash::{FxHashMap, FxHashSet};

use super::model::PlanSection;
use crate::analysis::item_id;
use crate::measures::outline::{Heading, Kind};
use crate::text::Document;
use crate::Dictionary;

/// Keywords kept per section (they are compiled into the .wasm with the built-in plan).
const KEYWORDS: usize = 12;

/// The headings that make sections: parts, chapters and their sections; in a document
/// without them, its top two levels of headings.
fn is_section(h: &Heading, structured: bool) -> bool {
    if structured {
        matches!(h.kind, Kind::Part | Kind::Chapter | Kind::Section)
    } else {
        !matches!(
            h.kind,
            Kind::Title | Kind::Subtitle | Kind::Table | Kind::Box
        ) && h.level <= 2
    }
}

pub fn read(doc: &Document, headings: &[Heading], dict: &Dictionary) -> Vec<PlanSection> {
    let text = doc.clean();
    let structured = headings
        .iter()
        .any(|h| matches!(h.kind, Kind::Chapter | Kind::Section));
    let chosen: Vec<&Heading> = headings
        .iter()
        .filter(|h| is_section(h, structured))
        .collect();
    // Each section runs to the next section heading of the same or a higher level.
    let spans: Vec<(usize, usize)> = chosen
        .iter()
        .enumerate()
        .map(|(k, h)| {
            let end = chosen[k + 1..]
                .iter()
                .find(|n| n.level <= h.level)
                .map_or(text.len(), |n| n.start);
            (h.start, end)
        })
        .collect();
    // Words of each section's own text (up to its first subsection).
    let own_end = |k: usize| {
        chosen
            .get(k + 1)
            .map_or(spans[k].1, |n| n.start.min(spans[k].1))
    };
    let words: Vec<FxHashMap<&str, usize>> = (0..chosen.len())
        .map(|k| {
            let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
            let body = &text[spans[k].0..own_end(k)];
            for w in dict.content_words(body) {
                if w.chars().count() >= 2 && w.chars().all(crate::text::chars::is_han) {
                    *counts.entry(w).or_default() += 1;
                }
            }
            counts
        })
        .collect();
    let mut df: FxHashMap<&str, usize> = FxHashMap::default();
    for counts in &words {
        for w in counts.keys() {
            *df.entry(w).or_default() += 1;
        }
    }
    let n = chosen.len().max(1) as f64;
    let mut out = Vec::with_capacity(chosen.len());
    for (k, h) in chosen.iter().enumerate() {
        let mut ranked: Vec<(&str, f64)> = words[k]
            .iter()
            .map(|(w, &tf)| (*w, tf as f64 * (n / df[w] as f64).ln()))
            .filter(|(_, score)| *score > 0.0)
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        let mut seen = FxHashSet::default();
        // A section with subsections is covered through them: no keywords of its own.
        let has_children = chosen[k + 1..].first().is_some_and(|n| n.level > h.level);
        let keywords = ranked
            .into_iter()
            .take(if has_children { 0 } else { usize::MAX })
            .filter(|(w, _)| seen.insert(*w))
            .take(KEYWORDS)
            .map(|(w, _)| w.to_string())
            .collect();
        let parent = chosen[..k]
            .iter()
            .rposition(|p| p.level < h.level)
            .map(|p| item_id('s', p));
        let (s, _) = doc.orig_span(spans[k].0, spans[k].0);
        let (e, _) = doc.orig_span(spans[k].1, spans[k].1);
        let (ts, te) = doc.orig_span(h.start, h.end);
        out.push(PlanSection {
            id: item_id('s', k),
            title: doc.original[ts..te].trim().to_string(),
            level: h.level,
            parent,
            keywords,
            start: s,
            end: e,
        });
    }
    out
}
