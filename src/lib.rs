//! PolicyLens (政策文稿核查): reads Chinese policy text and finds its numeric claims, reform
//! measures and defects, and judges its figures against a five-year plan.
//!
//! One core, three faces: the CLI (`src/main.rs`), the wasm binding (`src/wasm.rs`, built
//! only for wasm32) and, through it, the page and the widget in `www/`. The core never
//! touches wasm-bindgen; the faces convert types, errors and offsets and nothing else.
//!
//! ```
//! use policylens::{Analyzer, Dictionary};
//! let analyzer = Analyzer::new(Dictionary::minimal());
//! let analysis = analyzer.analyze("截至2024年底，全省国有“三资”总规模达到21.8万亿元。");
//! assert_eq!(analysis.claims[0].value, Some(21.8e12));
//! ```

pub mod analysis;
pub mod data;
pub mod measures;
pub mod numbers;
pub mod plan;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::*;
pub use text::words::{DictError, Dictionary};
use text::Document;

/// The analyzer: built once (dictionary, options), then [`Analyzer::analyze`] many times.
/// Holds only read-only state, so one Analyzer serves any number of calls and two
/// Analyzers never disturb each other.
#[derive(Clone)]
pub struct Analyzer {
    dict: Dictionary,
}

impl Analyzer {
    pub fn new(dict: Dictionary) -> Analyzer {
        Analyzer { dict }
    }

    pub fn dictionary(&self) -> &Dictionary {
        &self.dict
    }

    /// The plan `text` sets out: its description and its targets (byte offsets; call
    /// [`plan::model::Plan::into_utf16`] before handing it on).
    pub fn targets(&self, text: &str) -> plan::model::Plan {
        let doc = Document::new(text);
        let claims = numbers::claims::extract(&doc, &self.dict);
        plan::extract(&doc, &claims)
    }

    /// Analyses `text`. Offsets in the result are byte offsets into `text`; the faces call
    /// [`Analysis::into_utf16`] before handing it on.
    pub fn analyze(&self, text: &str) -> Analysis {
        let doc = Document::new(text);
        let claims = numbers::claims::extract(&doc, &self.dict);
        let checks = numbers::claims::findings(&claims);
        let measures::Extracted {
            outline,
            measures,
            initiatives,
        } = measures::extract(&doc, &claims);
        Analysis {
            document: DocumentInfo {
                title: doc.meta.title.clone(),
                date: doc.meta.date.clone(),
                year: doc.meta.year,
                length: text.len(),
                paragraphs: doc
                    .lines()
                    .iter()
                    .filter(|l| l.kind != text::LineKind::Blank)
                    .count(),
                sentences: doc.sentences.len(),
                credits: doc
                    .lines()
                    .iter()
                    .filter(|l| l.kind == text::LineKind::Credit)
                    .map(|l| doc.clean()[l.start..l.end].trim().to_string())
                    .collect(),
            },
            claims,
            measures,
            outline,
            initiatives,
            checks,
            ..Analysis::default()
        }
    }
}
