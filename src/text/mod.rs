//! The document model: the text as given, cleaned for reading, cut into lines, sentences
//! and clauses, with the document's own metadata (title, date).
//!
//! A [`Document`] is built once per analysis; every extractor reads it and none re-scans
//! the raw text for structure. Spans inside it are byte ranges of the cleaned text
//! ([`Document::clean`]); [`Document::orig_span`] maps them to the text as given.

pub mod chars;
pub mod clean;
pub mod html;
pub mod latex;
pub mod lines;
pub mod meta;
pub mod offsets;
pub mod segment;
pub mod words;

use clean::{Cleaned, Line};
pub use lines::LineKind;
use segment::Sentence;

pub struct Document<'a> {
    pub original: &'a str,
    cleaned: Cleaned,
    pub sentences: Vec<Sentence>,
    pub meta: meta::Meta,
}

impl<'a> Document<'a> {
    pub fn new(original: &'a str) -> Self {
        let cleaned = clean::clean(original);
        let sentences = segment::sentences(&cleaned.text, &cleaned.lines);
        let meta = meta::read(original, &cleaned);
        Document {
            original,
            cleaned,
            sentences,
            meta,
        }
    }

    /// The same document with the date the editor gave (see [`meta::Meta::set_date`]);
    /// `None` leaves the date the text gives.
    pub fn dated(mut self, year: Option<i32>) -> Self {
        if let Some(y) = year {
            self.meta.set_date(y);
        }
        self
    }

    /// The cleaned text all extractors read.
    pub fn clean(&self) -> &str {
        &self.cleaned.text
    }

    pub fn lines(&self) -> &[Line] {
        &self.cleaned.lines
    }

    /// A cleaned span as a byte span of the original text.
    pub fn orig_span(&self, start: usize, end: usize) -> (usize, usize) {
        self.cleaned.orig_span(start, end)
    }
}
