//! The place a claim is about (claims.md `region`): the scope of a rank, else the last
//! place named before it, else the place the paragraph opens with.

use crate::data;
use crate::numbers::claims::{Found, Shape};
use crate::text::Document;

/// The place the claim is about: the scope of a rank, else the last place named before
/// it in its sentence.
pub fn region_of(text: &str, f: &Found, from: usize, to: usize) -> Option<String> {
    if f.shape == Shape::Rank {
        if let Some((w, _)) = data::regions().longest_prefix(&text[f.start..f.end]) {
            return Some(w.to_string());
        }
    }
    last_region(&text[from..to])
}

fn last_region(s: &str) -> Option<String> {
    let regions = data::regions();
    let mut best: Option<(usize, &str)> = None;
    for (i, _) in s.char_indices() {
        if let Some((w, _)) = regions.longest_prefix(&s[i..]) {
            if best.is_none_or(|(bi, bw)| i >= bi + bw.len()) {
                best = Some((i, w));
            }
        }
    }
    best.map(|(_, w)| w.to_string())
}

/// A place named at the head of the paragraph (`咸宁市…`), for claims whose sentence names none.
pub fn paragraph_region(doc: &Document, sentence: usize) -> Option<String> {
    let s = doc.sentences[sentence];
    let line = doc.lines()[s.line];
    let text = doc.clean();
    let head: String = text[line.start..line.end]
        .trim_start()
        .chars()
        .take(8)
        .collect();
    let regions = data::regions();
    (0..head.len())
        .filter(|&i| head.is_char_boundary(i))
        .take(4)
        .find_map(|i| {
            regions
                .longest_prefix(&head[i..])
                .map(|(w, _)| w.to_string())
        })
}
