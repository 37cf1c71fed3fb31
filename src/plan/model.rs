//! A plan and its targets: the `targets` contract of `../shared/spec/output.md`.
//!
//! The same structure is printed by `policylens targets`, read back by `--plan FILE.json`
//! (extra fields allowed, ids kept) and compiled in as the built-in plan, so everything the
//! verdicts need is in it.

use serde::{Deserialize, Serialize};

use crate::analysis::{Direction, Qualifier};

/// What the plan says about itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanInfo {
    pub title: Option<String>,
    pub region: Option<String>,
    /// `national`, `province`, `city` or `county`, from the region's name.
    #[serde(default)]
    pub level: Option<String>,
    pub base_year: Option<i32>,
    pub target_year: Option<i32>,
}

/// A table row or goal the reader could not read, and why: the reading report shows them,
/// so nothing is dropped silently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unread {
    /// UTF-16 offsets into the plan text (byte offsets inside Rust until printed).
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub why: String,
    pub why_en: String,
}

/// A value at a year: a baseline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub value: f64,
    pub year: Option<i32>,
}

/// The value a target sets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub value: f64,
    #[serde(default)]
    pub value_max: Option<f64>,
    /// The year it is due; `None` for a target set for every year (`每年…`).
    pub year: Option<i32>,
    pub qualifier: Qualifier,
}

/// One target of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub id: String,
    /// The indicator's name as written (a name wrapped over two lines joined).
    pub indicator: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub unit: Option<String>,
    pub baseline: Option<Point>,
    pub target: Option<Goal>,
    /// Annual average growth in %, for a growth target (`target` is then null).
    #[serde(default)]
    pub growth: Option<f64>,
    #[serde(default)]
    pub growth_qualifier: Option<Qualifier>,
    /// A five-year total (`[320]`, `“十四五”期间累计…`): `target.value` is that total.
    #[serde(default)]
    pub cumulative: bool,
    /// `up`: more is better; `down`: less is better.
    pub direction: Direction,
    /// `预期性` or `约束性`.
    #[serde(default)]
    pub attribute: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    /// The heading of the plan section it sits in.
    #[serde(default)]
    pub section: Option<String>,
    /// The id of that section in `sections`.
    #[serde(default)]
    pub section_id: Option<String>,
    /// UTF-16 offsets into the plan text (byte offsets inside Rust until printed).
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
    /// What the plan says in words (`控制在国家下达指标内`), or a remark on the value.
    #[serde(default)]
    pub note: Option<String>,
}

/// A section of the plan (a chapter, or a section of a chapter): what coverage reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanSection {
    pub id: String,
    pub title: String,
    pub level: u8,
    /// The id of the chapter it belongs to.
    #[serde(default)]
    pub parent: Option<String>,
    /// The words that say what it is about, most distinctive first: what a draft's
    /// measures and claims are set against.
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
}

/// A plan: what `policylens targets` prints.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub plan: PlanInfo,
    pub targets: Vec<Target>,
    /// Its chapters and sections (a plan read from older JSON may have none).
    #[serde(default)]
    pub sections: Vec<PlanSection>,
    /// What could not be read.
    #[serde(default)]
    pub unread: Vec<Unread>,
}
