//! The one result type. Everything the CLI prints and the wasm binding hands to JavaScript
//! is an [`Analysis`]; its field names are the contract of `../shared/spec/output.md`
//! (add fields freely, never rename or drop).
//!
//! Inside Rust every `start`/`end` is a byte offset into the text exactly as given. The
//! faces call [`Analysis::into_utf16`] once, at the edge, so that the numbers they print
//! are UTF-16 code units (what JavaScript's `String.slice` takes).

pub use crate::text::meta::DateSource;
use serde::{Deserialize, Serialize, Serializer};

use crate::measures::initiatives::Initiative;
use crate::measures::specificity::Specificity;
use crate::measures::taxonomy::Category;
use crate::text::offsets::Utf16Map;

/// What kind of quantity a claim states (claims.md, `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Amount,
    Rate,
    Change,
    Rank,
    Ratio,
}

/// How the written number bounds the real one (claims.md, `qualifier`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    AtMost,
    About,
    Range,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Actual,
    Target,
}

/// One numeric claim, normalised (claims.md).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The number with its magnitude folded in; `None` when it cannot be represented
    /// (a thousand-digit number): the claim is still reported, with a finding.
    #[serde(serialize_with = "plain_number")]
    pub value: Option<f64>,
    #[serde(serialize_with = "plain_number")]
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    pub kind: Kind,
    pub direction: Option<Direction>,
    pub status: Status,
    pub subject: Option<String>,
    pub time: Option<String>,
    pub year: Option<i32>,
    pub region: Option<String>,
    /// The year a change is measured from, where the clause names one
    /// (`比2025年累计下降6.1%` → 2025): a change since a plan's base year is a running
    /// total. Read by the verdicts; not part of the output contract.
    #[serde(skip)]
    pub since: Option<i32>,
}

/// A reform measure (measures.md).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measure {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `item` (enumerated: 一是…, （一）…) or `action` (a clause of prose).
    pub level: String,
    /// The lead verb, adverbs dropped (`积极培育` → 培育).
    pub action: Option<&'static str>,
    /// What the verb acts on: the rest of the clause.
    pub object: Option<String>,
    /// Its policy tools, each with the words that triggered it.
    pub category: Vec<Category>,
    /// The id of the outline entry it belongs to.
    pub parent: Option<String>,
    pub specificity: Specificity,
}

/// A heading or reform item of the document's outline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutlineEntry {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub level: u8,
    /// The unit responsible (a reform case's unit line).
    pub owner: Option<String>,
    /// `title`, `subtitle`, `part`, `chapter`, `section`, `case`, `heading`, `numbered`,
    /// `box` (专栏) or `table`.
    pub kind: &'static str,
    /// The id of the entry it sits under.
    pub parent: Option<String>,
}

/// A claim judged against a plan target (verdicts.md).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    pub claim: String,
    pub target: String,
    pub verdict: String,
    #[serde(serialize_with = "plain_number")]
    pub expected: Option<f64>,
    /// What matched, in Chinese; `why_en` in English.
    pub why: String,
    pub why_en: String,
    /// Why the verdict is what it is, in Chinese only; `note_en` is its English.
    pub note: Option<String>,
    pub note_en: Option<String>,
    /// The arithmetic of the verdict (`59 + (65 − 59) × (2023 − 2020) / (2025 − 2020) = 62.6`),
    /// as a statement; `formula_en` where it has words in it.
    pub formula: Option<String>,
    pub formula_en: Option<String>,
}

/// How much a plan section is spoken to by the draft.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    /// The plan section's id (`sections` of the plan), or its heading for a plan without.
    pub section: String,
    pub title: String,
    pub score: f64,
    pub spans: Vec<[usize; 2]>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// A defect of the draft. Findings are data, never errors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub message_en: String,
    pub fix: Option<String>,
}

/// Where a year assumed for a document without a date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Assumed {
    /// The computer's clock (set by the face: the core reads none).
    Today,
    /// The plan's target year (no clock was given).
    PlanEnd,
}

/// What the document says about itself: its title and date, where the text gives them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocumentInfo {
    pub title: Option<String>,
    /// The document's date as written (`发布时间:2019-07-17`, or a year in its title).
    pub date: Option<String>,
    pub year: Option<i32>,
    /// The year of the document's own date, against which 今年, 去年 and 前三季度 are
    /// read; `None` when neither the text nor the editor gives one.
    pub date_year: Option<i32>,
    /// Where that date was read, or `given` by the editor.
    pub date_source: Option<DateSource>,
    /// Where the document gives no year at all: the year its undated figures were judged
    /// as, shown to the editor as an assumption to confirm or change.
    pub assumed_year: Option<i32>,
    /// Where the assumed year comes from.
    pub assumed_from: Option<Assumed>,
    /// Length of the text in UTF-16 code units (after [`Analysis::into_utf16`]).
    pub length: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    /// Bylines and credits (`策划：省委改革办`, `本刊记者刘海`): metadata, not content.
    pub credits: Vec<String>,
}

/// The whole analysis of one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Analysis {
    pub document: DocumentInfo,
    pub claims: Vec<Claim>,
    pub measures: Vec<Measure>,
    pub outline: Vec<OutlineEntry>,
    pub initiatives: Vec<Initiative>,
    pub matches: Vec<Match>,
    pub coverage: Vec<Coverage>,
    pub checks: Vec<Finding>,
}

impl Analysis {
    /// Turns every byte offset into a UTF-16 offset into `text`, the text the analysis was
    /// made from. Called once by each face, never inside the core.
    pub fn into_utf16(mut self, text: &str) -> Self {
        let map = Utf16Map::new(text);
        let conv = |s: &mut usize, e: &mut usize| {
            *s = map.utf16(*s);
            *e = map.utf16(*e);
        };
        for c in &mut self.claims {
            conv(&mut c.start, &mut c.end);
        }
        for m in &mut self.measures {
            conv(&mut m.start, &mut m.end);
        }
        for o in &mut self.outline {
            conv(&mut o.start, &mut o.end);
        }
        for f in &mut self.checks {
            conv(&mut f.start, &mut f.end);
        }
        for i in &mut self.initiatives {
            conv(&mut i.start, &mut i.end);
            for [s, e] in i.occurrences.iter_mut().chain(i.expansion_span.iter_mut()) {
                conv(s, e);
            }
        }
        for c in &mut self.coverage {
            for [s, e] in &mut c.spans {
                conv(s, e);
            }
        }
        self.document.length = map.utf16(text.len());
        self
    }
}

/// An item's id: a letter and its 1-based number (`c1`, `m12`, `o3`). Written by hand
/// rather than with `format!`: a long text has a hundred thousand of them, and the
/// formatting machinery cost more than the measures' own analysis.
pub fn item_id(prefix: char, index: usize) -> String {
    let mut n = index + 1;
    let mut digits = [0u8; 20];
    let mut len = 0;
    while n > 0 || len == 0 {
        digits[len] = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
    }
    let mut id = String::with_capacity(len + 1);
    id.push(prefix);
    id.extend(digits[..len].iter().rev().map(|&d| char::from(d)));
    id
}

/// Prints whole numbers without a fraction (`21800000000000`, not `21800000000000.0`), so
/// that the JSON reads like the figures in the text; other values as they are.
fn plain_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(*x as i64),
        Some(x) if x.is_finite() => s.serialize_f64(*x),
        _ => s.serialize_none(),
    }
}
