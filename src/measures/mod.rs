//! Reform measures (measures.md) and the document's outline.
//!
//! The flow: [`outline::read`] finds the headings (and the lines that are not prose); then
//! every sentence of prose is read once — a sentence that opens with an enumeration
//! marker ([`markers`]) is an `item` running to the end of its first sentence, and every
//! other clause that begins with an action verb ([`lead`]) is an `action`. Each measure is
//! then tagged with its policy tools ([`taxonomy`]) and how concretely it is stated
//! ([`specificity`]). Named initiatives ([`initiatives`]) are read from the quotes.
//!
//! Spans are found in the cleaned text (PDF breaks joined) and mapped to the original here.

pub mod initiatives;
pub mod lead;
pub mod markers;
pub mod outline;
pub mod specificity;
pub mod taxonomy;

use crate::analysis::{item_id, Claim, Measure, OutlineEntry};
use crate::data;
use crate::text::segment::{outside_brackets, Sentence};
use crate::text::{Document, LineKind};
use initiatives::Initiative;
use specificity::Specificity;

pub struct Extracted {
    pub outline: Vec<OutlineEntry>,
    pub measures: Vec<Measure>,
    pub initiatives: Vec<Initiative>,
}

/// A measure found in the cleaned text, before mapping.
struct Found {
    start: usize,
    end: usize,
    level: &'static str,
    verb: Option<(usize, usize)>,
    /// Cleaned span of what backs it (see [`specificity`]).
    scope: (usize, usize),
    /// Start of its sentence (the owner is named before the measure in it).
    sentence_start: usize,
}

pub fn extract(doc: &Document, claims: &[Claim]) -> Extracted {
    let text = doc.clean();
    let outline = outline::read(doc);
    let found = find_measures(doc, &outline.not_prose);

    let entries: Vec<OutlineEntry> = outline
        .headings
        .iter()
        .enumerate()
        .map(|(k, h)| {
            let (s, e) = doc.orig_span(h.start, h.end);
            OutlineEntry {
                id: item_id('o', k),
                start: s,
                end: e,
                text: doc.original[s..e].to_string(),
                level: h.level,
                owner: h.owner.clone(),
                kind: h.kind.name(),
                parent: h.parent.map(|p| item_id('o', p)),
            }
        })
        .collect();

    let mut measures = Vec::with_capacity(found.len());
    let mut heading = 0usize; // headings before the measure (both are in text order)
                              // The unit a sentence names is read once per sentence (its measures share it).
    let mut sentence_owner: (usize, Option<String>) = (usize::MAX, None);
    for (k, f) in found.iter().enumerate() {
        while heading < outline.headings.len() && outline.headings[heading].start <= f.start {
            heading += 1;
        }
        // The innermost heading before it that is not a table.
        let parent = outline.headings[..heading]
            .iter()
            .rposition(|h| h.kind != outline::Kind::Table);
        let (s, e) = doc.orig_span(f.start, f.end);
        // The lead verb as the word table holds it (no allocation per measure).
        let verb = f
            .verb
            .and_then(|(a, b)| data::lead_words().key(&text[a..b]));
        let object = f
            .verb
            .map(|(_, b)| text[b..f.end].trim().trim_end_matches(['。', '；', ';']))
            .filter(|o| !o.is_empty())
            .map(str::to_string);
        let measure_text = &text[f.start..f.end];
        if sentence_owner.0 != f.sentence_start {
            let named = specificity::owner_in(&text[f.sentence_start..f.start]);
            sentence_owner = (f.sentence_start, named);
        }
        let owner = sentence_owner
            .1
            .clone()
            .or_else(|| parent.and_then(|p| owner_of(&outline.headings, p)));
        measures.push(Measure {
            id: item_id('m', k),
            start: s,
            end: e,
            text: doc.original[s..e].to_string(),
            level: f.level.to_string(),
            action: verb,
            object,
            category: taxonomy::categorize(measure_text, verb),
            parent: parent.map(|p| item_id('o', p)),
            specificity: specificity(doc, f, claims, owner),
        });
    }

    Extracted {
        outline: entries,
        measures,
        initiatives: initiatives::extract(doc),
    }
}

/// The owner of heading `p` or of the nearest heading above it that has one.
fn owner_of(headings: &[outline::Heading], mut p: usize) -> Option<String> {
    loop {
        if let Some(o) = &headings[p].owner {
            return Some(o.clone());
        }
        p = headings[p].parent?;
    }
}

fn specificity(doc: &Document, f: &Found, claims: &[Claim], owner: Option<String>) -> Specificity {
    let text = doc.clean();
    let scope = &text[f.scope.0..f.scope.1];
    let (os, oe) = doc.orig_span(f.scope.0, f.scope.1);
    // Claims are in text order and do not overlap: the ones in scope are a slice, found by
    // binary search (a scan per measure would make long texts quadratic).
    let lo = claims.partition_point(|c| c.end <= os);
    let hi = claims.partition_point(|c| c.start < oe).max(lo);
    let in_scope = &claims[lo..hi];
    let number = !in_scope.is_empty();
    let money = in_scope
        .iter()
        .any(|c| c.unit.as_deref().is_some_and(|u| u.contains('元')));
    let deadline = specificity::deadline_in(scope);
    let vague_phrase = specificity::vague_phrase(&text[f.start..f.end]);
    Specificity {
        vague: vague_phrase.is_some() && !number && !money && deadline.is_none(),
        owner,
        deadline,
        number,
        money,
        vague_phrase,
    }
}

/// Items and actions of the prose, in text order.
fn find_measures(doc: &Document, not_prose: &[bool]) -> Vec<Found> {
    let text = doc.clean();
    let mut out = Vec::new();
    let sentences = &doc.sentences;
    let mut i = 0;
    while i < sentences.len() {
        let s = sentences[i];
        if s.kind != LineKind::Text || not_prose.get(s.line).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        let body = &text[s.start..s.end];
        let lead_ws = body.len() - body.trim_start().len();
        if let Some((style, len)) =
            markers::marker(&body[lead_ws..]).filter(|(st, _)| st.opens_item())
        {
            // An item: from its marker to the end of its first sentence — across `；` only
            // when the next part does not open the next item.
            let start = s.start + lead_ws;
            let mut last = i;
            while ends_with_semicolon(text, &sentences[last])
                && last + 1 < sentences.len()
                && sentences[last + 1].line == s.line
                && !opens_item(text, &sentences[last + 1])
            {
                last += 1;
            }
            let end = trim_end(text, start, sentences[last].end);
            let after_marker = start + len;
            let verb = lead::find(&text[after_marker..end])
                .map(|(a, b)| (after_marker + a, after_marker + b));
            // Its scope: up to the next item of the same style or the end of the line.
            let mut scope_end = sentences[last].end;
            let mut k = last + 1;
            while k < sentences.len() && sentences[k].line == s.line {
                let t = text[sentences[k].start..sentences[k].end].trim_start();
                if markers::marker(t).is_some_and(|(st, _)| st == style) {
                    break;
                }
                scope_end = sentences[k].end;
                k += 1;
            }
            out.push(Found {
                start,
                end,
                level: "item",
                verb,
                scope: (start, scope_end),
                sentence_start: start,
            });
            i = last + 1;
            continue;
        }
        for (cs, ce) in clauses(text, s.start, s.end) {
            if let Some((a, b)) = lead::find(&text[cs..ce]) {
                let start = cs + a;
                out.push(Found {
                    start,
                    end: ce,
                    level: "action",
                    verb: Some((cs + a, cs + b)),
                    scope: (start, ce),
                    sentence_start: s.start,
                });
            }
        }
        i += 1;
    }
    out
}

fn ends_with_semicolon(text: &str, s: &Sentence) -> bool {
    text[s.start..s.end].trim_end().ends_with(['；', ';'])
}

fn opens_item(text: &str, s: &Sentence) -> bool {
    markers::marker(text[s.start..s.end].trim_start()).is_some_and(|(st, _)| st.opens_item())
}

/// `end` moved back over trailing white space.
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// The clauses of a sentence: split at `，；。：！？` (and their half-width forms) outside
/// quotation marks and brackets; each clause without its punctuation and outer spaces.
fn clauses(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = from;
    let marks = outside_brackets(&text[from..to]).filter(|&(_, c)| {
        matches!(
            c,
            '，' | '；' | '。' | '：' | '！' | '？' | ',' | ';' | ':' | '!' | '?'
        )
    });
    for (i, c) in marks {
        push_clause(text, start, from + i, &mut out);
        start = from + i + c.len_utf8();
    }
    push_clause(text, start, to, &mut out);
    out
}

fn push_clause(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let len = s.trim().len();
    if len > 0 {
        out.push((start + lead, start + lead + len));
    }
}
