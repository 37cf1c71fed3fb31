//! A draft against a plan: each claim matched with at most one target ([`matcher`]) and
//! judged ([`verdict`]); the plan sections the draft speaks to ([`coverage`]).

pub mod coverage;
pub mod matcher;
pub mod verdict;

use std::sync::Arc;

use crate::analysis::{Claim, Coverage, Match, Measure};
use crate::data;
use crate::plan::model::Plan;

/// A plan made ready for comparison, built once per Analyzer and shared read-only.
pub struct PlanIndex {
    pub plan: Plan,
    entries: Vec<matcher::Entry>,
    sections: coverage::Sections,
}

impl PlanIndex {
    pub fn new(plan: Plan) -> Arc<PlanIndex> {
        let entries = matcher::index(&plan);
        let sections = coverage::Sections::new(&plan);
        Arc::new(PlanIndex {
            plan,
            entries,
            sections,
        })
    }
}

/// The region of a claim when it is not the plan's: a city's figure is never judged
/// against a provincial target.
fn other_region<'a>(claim: &'a Claim, plan: &Plan, doc_region: Option<&'a str>) -> Option<&'a str> {
    // A figure names its place, or is of the place the document is about.
    let r = match claim.region.as_deref() {
        Some(r) => r,
        None => claim
            .subject
            .as_deref()
            .and_then(crate::numbers::context::place::at_head)
            .or(doc_region)?,
    };
    let level = data::regions().get(r).unwrap_or("");
    let own = plan.plan.region.as_deref().unwrap_or("");
    // The same place written with or without its level (`湖北`, `湖北省`); a place whose
    // name begins with the plan's (`岳阳楼区`, `岳阳县` in 岳阳市) is inside it, not it.
    fn bare(name: &str) -> &str {
        name.trim_end_matches(['省', '市'])
    }
    // An autonomous prefecture or region by its short name (`黔东南州` for
    // 黔东南苗族侗族自治州, `宁夏` for 宁夏回族自治区).
    let short_of_autonomous = own.contains("自治") && {
        let stem = r.trim_end_matches(['州', '区', '县', '旗']);
        stem.chars().count() >= 2
            && own.starts_with(stem)
            && (r == stem || r.chars().last() == own.chars().last())
    };
    let same =
        !own.is_empty() && (r == own || r == bare(own) || bare(r) == own || short_of_autonomous);
    // `全省`, `我市`, `本县`: the plan's own scope, by the plan's level (a city's plan
    // judges the city's figures).
    // The scope word is the plan's region's own suffix: 全省, 全区 (自治区), 全市 (a city, or
    // a municipality like 重庆市), 全州, 全县, 全盟, 全地区.
    let suffix: Option<String> = match plan.plan.level.as_deref() {
        Some("national") => Some("国".into()),
        Some(_) if own.ends_with("地区") => Some("地区".into()),
        Some(plan_level) => own
            .chars()
            .last()
            .filter(|c| "省市区州县盟旗".contains(*c))
            .or((plan_level == "province").then_some('省'))
            .map(String::from),
        None => (level == "province").then(|| "省".into()),
    };
    let own_scope = suffix.is_some_and(|c| {
        let rest = r.strip_prefix(['全', '我', '本']);
        rest == Some(c.as_str()) || r == format!("{c}级")
    });
    (!same && !own_scope).then_some(r)
}

/// A figure for part of a year (`1—9月`, `上半年`, `一季度`).
fn part_year(claim: &Claim, doc: &DocTime) -> bool {
    claim.time.as_deref().is_some_and(|t| {
        t.contains('月') || t.contains("季度") || t.contains("半年")
            // `今年以来` in a document dated before December: the months so far.
            || (t.contains("今年以来") || t.contains("年初以来")) && doc.month.is_some_and(|m| m < 12)
    })
}

/// What the document's own date says of its figures' times.
#[derive(Debug, Clone, Copy, Default)]
pub struct DocTime {
    /// The title or headline names part of a year (`前三季度…经济运行情况`): figures with
    /// no time of their own are for that part.
    pub part_year: bool,
    /// The month of the document's date, where it gives one.
    pub month: Option<u32>,
}

/// The year a period ends (`2021—2022年` → 2022): the last it names, or for a period
/// left open (`2026年以来`) the year the document's figures are of, `now`.
fn period_end(time: Option<&str>, now: Option<i32>) -> Option<i32> {
    let t = time?;
    if t.contains("以来") {
        return now;
    }
    let bytes = t.as_bytes();
    (0..bytes.len().saturating_sub(3))
        .rev()
        .find(|&i| {
            bytes[i..i + 4].iter().all(u8::is_ascii_digit)
                && (i == 0 || !bytes[i - 1].is_ascii_digit())
                && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
        })
        .and_then(|i| t[i..i + 4].parse().ok())
}

/// Matches and coverage of a draft. `doc_year` is the year of the document's date or
/// title; `fallback_year` the year a figure that names none is judged at: the year the
/// document's figures default to (a report's reviewed year), else `doc_year`, else the
/// year assumed (`document.assumed_year`).
pub fn compare(
    index: &PlanIndex,
    claims: &[Claim],
    measures: &[Measure],
    doc_year: Option<i32>,
    fallback_year: Option<i32>,
    doc_region: Option<&str>,
    doc_time: DocTime,
) -> (Vec<Match>, Vec<Coverage>) {
    let plan = &index.plan;
    let mut matches = Vec::new();
    for c in claims {
        let Some((k, score)) = matcher::best(c, plan, &index.entries) else {
            continue;
        };
        let t = &plan.targets[k];
        let Some(year) = c
            .year
            .or_else(|| period_end(c.time.as_deref(), fallback_year))
            .or(fallback_year)
        else {
            continue; // no year to judge it at, and none to assume
        };
        let Some(j) = verdict::judge(
            c,
            t,
            &plan.plan,
            &verdict::When {
                year,
                // A figure with no time of its own under a part-year title is for that part.
                part_year: part_year(c, &doc_time) || doc_time.part_year && c.time.is_none(),
                now: doc_year,
            },
            // A target set for that place itself (`桐川经济开发区营业收入突破500亿元`) is its.
            other_region(c, plan, doc_region).filter(|r| !t.indicator.contains(r)),
        ) else {
            continue;
        };
        let subject = c.subject.as_deref().unwrap_or("");
        let unit = c.unit.as_deref().unwrap_or("—");
        matches.push(Match {
            claim: c.id.clone(),
            target: t.id.clone(),
            verdict: j.verdict.to_string(),
            expected: j.expected,
            why: format!(
                "“{subject}” ≈ “{}”（相似度 {score:.2}，单位 {unit}，{year} 年）",
                t.indicator
            ),
            why_en: format!(
                "“{subject}” ≈ “{}” (similarity {score:.2}, unit {unit}, year {year})",
                t.indicator
            ),
            note: j.note.as_ref().map(|s| s.zh.clone()),
            note_en: j.note.map(|s| s.en),
            formula: j.formula.as_ref().map(|s| s.zh.clone()),
            formula_en: j.formula.map(|s| s.en),
        });
    }
    let coverage = index.sections.cover(claims, measures);
    (matches, coverage)
}
