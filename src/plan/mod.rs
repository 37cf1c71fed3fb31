//! Plans and their targets (issue 4): read from a plan's text — its indicator table
//! ([`table`]) and the goals of its prose ([`prose`]) — into the [`model::Plan`] that
//! `policylens targets` prints, `--plan` reads back, and the built-in plan compiles in.

pub mod model;
pub mod prose;
pub mod sections;
pub mod table;

use crate::analysis::{Claim, Direction, Qualifier};
use crate::data;
use crate::measures::outline;
use crate::text::offsets::Utf16Map;
use crate::text::Document;
use model::{Goal, Plan, PlanInfo, Point, Target};
use table::Cell;

/// The plan of a document: its own description and every target found.
pub fn extract(doc: &Document, claims: &[Claim], dict: &crate::Dictionary) -> Plan {
    let rows = table::read(doc);
    let info = info(doc, &rows);
    let headings = outline::read(doc).headings;
    // Section headings (chapters, sections, numbered), as original spans.
    let sections: Vec<(usize, String)> = headings
        .iter()
        .filter(|h| {
            !matches!(
                h.kind,
                outline::Kind::Title | outline::Kind::Subtitle | outline::Kind::Table
            )
        })
        .map(|h| {
            let (s, e) = doc.orig_span(h.start, h.end);
            (s, doc.original[s..e].trim().to_string())
        })
        .collect();
    let section_of = |at: usize| {
        let k = sections.partition_point(|(s, _)| *s <= at);
        k.checked_sub(1).map(|k| sections[k].1.clone())
    };

    let mut targets = Vec::new();
    let mut table_spans = Vec::new();
    for r in &rows {
        let (start, end) = doc.orig_span(r.start, r.end);
        table_spans.push((start, end));
        targets.push(from_row(r, start, end, &info, section_of(start)));
    }
    let in_table = |at: usize| table_spans.iter().any(|&(s, e)| s <= at && at < e);
    // 专栏 boxes: from a box heading to the next heading that is not inside it.
    let boxes: Vec<(usize, usize)> = headings
        .iter()
        .enumerate()
        .filter(|(_, h)| h.kind == outline::Kind::Box)
        .map(|(k, h)| {
            let end = headings[k + 1..]
                .iter()
                .find(|n| n.level <= h.level && n.kind != outline::Kind::Table)
                .map_or(doc.clean().len(), |n| n.start);
            let (s, _) = doc.orig_span(h.start, h.end);
            let (e, _) = doc.orig_span(end, end);
            (s, e)
        })
        .collect();
    let in_box = |at: usize| boxes.iter().any(|&(s, e)| s <= at && at < e);
    let table_count = targets.len();
    for s in prose::read(doc, claims, in_table, in_box) {
        let t = from_prose(&s, claims, &info, section_of(s.start));
        // `粮食生产能力稳定在2500万吨以上` restates the table's 粮食综合生产能力: one target.
        let restated = targets[..table_count].iter().any(|r| same_target(r, &t));
        if !restated {
            targets.push(t);
        }
    }
    let sections = sections::read(doc, &headings, dict);
    for (k, t) in targets.iter_mut().enumerate() {
        t.id = crate::analysis::item_id('t', k);
        t.aliases = crate::compare::matcher::aliases_of(&t.indicator);
        // The innermost section that holds it.
        t.section_id = sections
            .iter()
            .filter(|s| s.start <= t.start && t.start < s.end)
            .max_by_key(|s| s.level)
            .map(|s| s.id.clone());
    }
    Plan {
        plan: info,
        targets,
        sections,
    }
}

/// Whether prose target `b` restates table target `a`: the same value and unit, and names
/// alike.
fn same_target(a: &Target, b: &Target) -> bool {
    use crate::compare::matcher::bigrams;
    let (Some(x), Some(y)) = (&a.target, &b.target) else {
        return false;
    };
    let same_value = (x.value - y.value).abs() <= 1e-9 * x.value.abs().max(1.0);
    if !same_value || a.unit != b.unit {
        return false;
    }
    let (p, q) = (bigrams(&a.indicator), bigrams(&b.indicator));
    let shared = q.iter().filter(|g| p.binary_search(g).is_ok()).count();
    // Nearly all of the shorter name in the other (`粮食生产能力` in `粮食综合生产能力`, not
    // `基本医疗保险参保率` in `基本养老保险参保率`).
    shared * 5 >= q.len().min(p.len()).max(1) * 4
}

fn direction_of(name: &str) -> Direction {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        data::rows(include_str!("../../data/less_is_better.txt"))
            .map(|r| r[0])
            .collect()
    });
    if words.iter().any(|w| name.contains(w)) {
        Direction::Down
    } else {
        Direction::Up
    }
}

fn from_row(
    r: &table::Row,
    start: usize,
    end: usize,
    info: &PlanInfo,
    section: Option<String>,
) -> Target {
    let mut notes: Vec<String> = r.unit_note.iter().cloned().collect();
    let baseline = match &r.base {
        Cell::Number { value, starred, .. } => Some(Point {
            value: value * r.scale,
            year: if *starred {
                r.starred_year.or(r.base_year)
            } else {
                r.base_year.or(info.base_year)
            },
        }),
        Cell::Words(w) => {
            notes.push(format!("{}年 {w}", r.base_year.unwrap_or_default()));
            None
        }
        Cell::Empty => None,
    };
    let target_year = r.target_year.or(info.target_year);
    let mut target = match &r.target {
        Cell::Number {
            value, qualifier, ..
        } => Some(Goal {
            value: value * r.scale,
            value_max: None,
            year: target_year,
            qualifier: *qualifier,
        }),
        Cell::Words(w) => {
            notes.push(w.clone());
            None
        }
        Cell::Empty => None,
    };
    let mut growth = None;
    let mut growth_qualifier = None;
    let mut cumulative = false;
    match &r.growth {
        Cell::Number {
            value,
            qualifier,
            cumulative: true,
            ..
        } => {
            if target.is_none() {
                target = Some(Goal {
                    value: *value * r.scale,
                    value_max: None,
                    year: target_year,
                    qualifier: *qualifier,
                });
                cumulative = true;
            } else {
                notes.push(format!("五年累计 {value}"));
            }
        }
        Cell::Number {
            value, qualifier, ..
        } => {
            if r.name.contains("增长") || r.name.contains("增速") || target.is_some() {
                growth = Some(*value);
                growth_qualifier = Some(*qualifier);
            } else {
                // `城镇调查失业率 <6` in the growth column: a level kept every year.
                target = Some(Goal {
                    value: *value * r.scale,
                    value_max: None,
                    year: target_year,
                    qualifier: *qualifier,
                });
            }
        }
        Cell::Words(w) => notes.push(w.clone()),
        Cell::Empty => {}
    }
    Target {
        id: String::new(),
        indicator: r.name.clone(),
        aliases: Vec::new(),
        unit: r.unit.clone(),
        baseline,
        target,
        growth,
        growth_qualifier,
        cumulative,
        direction: direction_of(&r.name),
        attribute: r.attribute.clone(),
        category: r.category.clone(),
        section,
        section_id: None,
        start,
        end,
        note: (!notes.is_empty()).then(|| notes.join("；")),
    }
}

fn from_prose(
    s: &prose::Stated,
    claims: &[Claim],
    info: &PlanInfo,
    section: Option<String>,
) -> Target {
    let c = &claims[s.claim];
    let value = c.value.unwrap_or_default();
    let (target, growth, growth_qualifier) = if s.growth {
        (None, Some(value), Some(c.qualifier))
    } else {
        let year = if s.every_year {
            None
        } else {
            c.year.or(info.target_year)
        };
        (
            Some(Goal {
                value,
                value_max: c.value_max,
                year,
                qualifier: c.qualifier,
            }),
            None,
            None,
        )
    };
    let baseline = s.baseline.and_then(|(p, year)| {
        claims[p].value.map(|v| Point {
            value: v,
            year: year.or(info.base_year),
        })
    });
    let direction = match (c.direction, target.as_ref().map(|t| t.qualifier)) {
        (Some(d), _) => d,
        (None, Some(Qualifier::AtMost)) => Direction::Down,
        _ => direction_of(&s.indicator),
    };
    Target {
        id: String::new(),
        indicator: s.indicator.clone(),
        aliases: Vec::new(),
        unit: c.unit.clone(),
        baseline,
        target,
        growth,
        growth_qualifier,
        cumulative: s.cumulative,
        direction,
        attribute: None,
        category: None,
        section,
        section_id: None,
        start: s.start,
        end: s.end,
        note: None,
    }
}

/// Title, region and period: the table's year columns, else the plan's number in its title
/// (`第十四个五年规划` runs from 2021 to 2025: base year 2020).
fn info(doc: &Document, rows: &[table::Row]) -> PlanInfo {
    let title = doc.meta.title.clone();
    let t = title.as_deref().unwrap_or("");
    let region = t.char_indices().find_map(|(i, _)| {
        data::regions()
            .longest_prefix(&t[i..])
            .map(|(w, _)| w.to_string())
    });
    let from_title = five_year_plan_number(t).map(|n| (1950 + 5 * n, 1955 + 5 * n));
    let base_year = rows
        .iter()
        .find_map(|r| r.base_year)
        .or(from_title.map(|p| p.0));
    let target_year = rows
        .iter()
        .find_map(|r| r.target_year)
        .or(from_title.map(|p| p.1));
    PlanInfo {
        title,
        region,
        base_year,
        target_year,
    }
}

/// `第十四个五年规划` → 14; `“十五五”规划` → 15.
fn five_year_plan_number(title: &str) -> Option<i32> {
    let digits = |s: &str| -> Option<i32> {
        let n: String = s
            .chars()
            .take_while(|c| "一二三四五六七八九十".contains(*c))
            .collect();
        crate::numbers::numeral::chinese(&n).map(|x| x.value as i32)
    };
    if let Some(i) = title.find("第") {
        let rest = &title[i + '第'.len_utf8()..];
        if rest.contains("个五年") {
            return digits(rest);
        }
    }
    let i = title.find("五”")?;
    let before = &title[..i];
    let start = before.rfind('“').map(|j| j + '“'.len_utf8())?;
    digits(&title[start..i])
}

/// The targets JSON of the built-in plan: the Hubei 14th five-year plan (seed 003), as
/// [`extract`] reads it, reviewed (`data/plans/hubei-14.json`). In wasm32 builds only with
/// the feature `builtin-plan` (the web build leaves it out and is handed the file as JSON).
#[cfg(any(not(target_arch = "wasm32"), feature = "builtin-plan"))]
pub const BUILTIN_JSON: &str = include_str!("../../data/plans/hubei-14.json");

/// The built-in plan, parsed. Native only: the wasm binding parses [`BUILTIN_JSON`] with
/// the engine's own `JSON.parse`, which keeps serde_json's parser out of the .wasm.
#[cfg(not(target_arch = "wasm32"))]
pub fn builtin() -> Plan {
    static P: std::sync::OnceLock<Plan> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        from_json(BUILTIN_JSON).expect("data/plans/hubei-14.json is a plan (checked by a test)")
    })
    .clone()
}

/// A plan from targets JSON (what `policylens targets` prints), or why it is not one.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_json(json: &str) -> Result<Plan, String> {
    let plan: Plan = serde_json::from_str(json)
        .map_err(|e| format!("不是规划目标 JSON：{e} (not targets JSON: {e})"))?;
    check(plan)
}

/// A plan that has targets, or why it is no plan.
pub fn check(plan: Plan) -> Result<Plan, String> {
    if plan.targets.is_empty() {
        return Err("规划目标 JSON 中没有任何目标 (the targets JSON has no targets)".into());
    }
    Ok(plan)
}

impl Plan {
    /// Byte offsets into `text` → UTF-16 code units (as [`crate::Analysis::into_utf16`]).
    pub fn into_utf16(mut self, text: &str) -> Plan {
        let map = Utf16Map::new(text);
        for t in &mut self.targets {
            t.start = map.utf16(t.start);
            t.end = map.utf16(t.end);
        }
        self
    }
}
