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
pub mod checks;
pub mod compare;
pub mod data;
pub mod measures;
pub mod numbers;
pub mod plan;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::*;
use std::sync::Arc;
pub use text::words::{DictError, Dictionary};

pub use text::Document;

/// The analyzer: built once (dictionary, options), then [`Analyzer::analyze`] many times.
/// Holds only read-only state, so one Analyzer serves any number of calls and two
/// Analyzers never disturb each other.
#[derive(Clone)]
pub struct Analyzer {
    dict: Dictionary,
    /// The plan figures are judged against (shared read-only), or none.
    plan: Option<Arc<compare::PlanIndex>>,
    /// The current year, for figures and documents that give none (the faces set it: the
    /// core never reads a clock, which wasm32 does not have).
    today: Option<i32>,
}

impl Analyzer {
    /// An Analyzer without a plan: claims, measures and outline, no verdicts.
    pub fn new(dict: Dictionary) -> Analyzer {
        Analyzer {
            dict,
            plan: None,
            today: None,
        }
    }

    /// The same Analyzer judging figures against the built-in plan (the Hubei 14th
    /// five-year plan). The wasm binding loads it itself.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with_builtin_plan(self) -> Analyzer {
        self.with_plan(Some(plan::builtin()))
    }

    /// The same Analyzer judging figures against `plan` (or against none).
    pub fn with_plan(mut self, plan: Option<plan::model::Plan>) -> Analyzer {
        self.plan = plan.map(compare::PlanIndex::new);
        self
    }

    /// The same Analyzer with the current year set.
    pub fn with_today(mut self, year: i32) -> Analyzer {
        self.today = Some(year);
        self
    }

    pub fn plan(&self) -> Option<&plan::model::Plan> {
        self.plan.as_deref().map(|p| &p.plan)
    }

    pub fn dictionary(&self) -> &Dictionary {
        &self.dict
    }

    /// The plan `text` sets out: its description and its targets (byte offsets; call
    /// [`plan::model::Plan::into_utf16`] before handing it on).
    /// A saved web page (or pasted `text/html`), or a converter's LaTeX (`tabular`), is read
    /// as its flattened text, its table as rows of cells, and the spans mapped back to the
    /// text as given.
    pub fn targets(&self, text: &str) -> plan::model::Plan {
        // Markup (a web page, a converter's LaTeX) is read as the text it prints.
        let flat = if text::html::is_html(text) {
            text::html::flatten(text)
        } else if text::latex::is_latex(text) {
            text::latex::flatten(text)
        } else {
            return self.targets_of_text(text);
        };
        let mut plan = self.targets_of_text(&flat.text);
        let at = |k: usize| flat.original(k, text.len());
        for t in &mut plan.targets {
            (t.start, t.end) = (at(t.start), at(t.end));
        }
        for u in &mut plan.unread {
            (u.start, u.end) = (at(u.start), at(u.end));
        }
        for s in &mut plan.sections {
            (s.start, s.end) = (at(s.start), at(s.end));
        }
        plan
    }

    fn targets_of_text(&self, text: &str) -> plan::model::Plan {
        let doc = Document::new(text);
        let claims = numbers::claims::extract(&doc, &self.dict);
        plan::extract(&doc, &claims, &self.dict)
    }

    /// Analyses `text`. Offsets in the result are byte offsets into `text`; the faces call
    /// [`Analysis::into_utf16`] before handing it on.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_document(&Document::new(text))
    }

    /// Analyses `text` as a document of `date` (a year), the editor's word over the date
    /// the text gives; `None` is [`Analyzer::analyze`].
    pub fn analyze_dated(&self, text: &str, date: Option<i32>) -> Analysis {
        self.analyze_document(&Document::new(text).dated(date))
    }

    /// Analyses a document already read with [`Document::new`] (which needs no
    /// dictionary): a caller can read the text while the dictionary loads.
    pub fn analyze_document(&self, doc: &Document) -> Analysis {
        let text = doc.original;
        // The year of figures that name none, where the document gives no date or year:
        // the clock's (the faces set it), else the plan's target year. Never silent: the
        // Analysis says it was assumed, and the faces show it for the editor to change.
        let assumed = match doc.meta.year {
            Some(_) => None,
            None => self
                .today
                .map(|y| (y, analysis::Assumed::Today))
                .or_else(|| {
                    let plan = self.plan.as_deref()?;
                    Some((plan.plan.plan.target_year?, analysis::Assumed::PlanEnd))
                }),
        };
        // The draft checks over the text alone need no claims: natively they run on a
        // thread of their own while the claims, measures and plan comparison are made
        // (segmentation is the long part); wasm32 has no threads and runs them in turn.
        let extract = |claims: &[Claim]| {
            let extracted = measures::extract(doc, claims);
            let (matches, coverage) = match &self.plan {
                Some(index) => compare::compare(
                    index,
                    claims,
                    &extracted.measures,
                    doc.meta.year,
                    // Figures with no year of their own (a period, `年均`) are judged at
                    // the year the document's figures default to, else its date's.
                    numbers::context::time::default_year(doc)
                        .or(doc.meta.year)
                        .or(assumed.map(|a| a.0)),
                    plan::meta::document_region(doc).as_deref(),
                    compare::DocTime {
                        part_year: [&doc.meta.title, &doc.meta.headline]
                            .into_iter()
                            .flatten()
                            .any(|t| text::meta::names_part_of_year(t)),
                        month: doc.meta.date.as_deref().and_then(text::meta::month_of),
                    },
                ),
                None => (Vec::new(), Vec::new()),
            };
            (extracted, matches, coverage)
        };
        #[cfg(not(target_arch = "wasm32"))]
        let (claims, extracted, matches, coverage, ctx, text_findings) = std::thread::scope(|s| {
            let handle = s.spawn(|| {
                let ctx = checks::Ctx::new(doc, &[], &[], &self.dict);
                let found = checks::run_text_rules(&ctx);
                (ctx, found)
            });
            let claims = numbers::claims::extract(doc, &self.dict);
            let (extracted, matches, coverage) = extract(&claims);
            let (ctx, found) = handle
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (claims, extracted, matches, coverage, ctx, found)
        });
        #[cfg(target_arch = "wasm32")]
        let (claims, extracted, matches, coverage, ctx, text_findings) = {
            let claims = numbers::claims::extract(doc, &self.dict);
            let (extracted, matches, coverage) = extract(&claims);
            let ctx = checks::Ctx::new(doc, &[], &[], &self.dict);
            let found = checks::run_text_rules(&ctx);
            (claims, extracted, matches, coverage, ctx, found)
        };
        let measures::Extracted {
            outline,
            measures,
            initiatives,
        } = extracted;
        let checks = checks::run_item_rules(&ctx.with_items(&claims, &initiatives), text_findings);
        Analysis {
            document: DocumentInfo {
                title: doc.meta.title.clone(),
                date: doc.meta.date.clone(),
                year: doc.meta.year,
                date_year: doc.meta.date_year,
                date_source: doc.meta.date_source,
                assumed_year: assumed.map(|a| a.0),
                assumed_from: assumed.map(|a| a.1),
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
            matches,
            coverage,
            checks,
        }
    }
}
