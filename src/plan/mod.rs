//! Plans and their targets (issue 4): read from a plan's text — its indicator table
//! ([`table`]) and the goals of its prose ([`prose`]) — into the [`model::Plan`] that
//! `policylens targets` prints, `--plan` reads back, and the built-in plan compiles in.

pub mod meta;
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
use table::cell::Cell;

/// The plan of a document: its own description and every target found.
pub fn extract(doc: &Document, claims: &[Claim], dict: &crate::Dictionary) -> Plan {
    let period = meta::period(doc);
    let tables = table::read(doc.original, period);
    let rows = &tables.rows;
    let info = meta::info(doc, rows, period);
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
    for r in rows {
        targets.push(from_row(r, &info, section_of(r.start)));
    }
    let in_table = |at: usize| tables.spans.iter().any(|&(s, e)| s <= at && at < e);
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
    let mut beyond = Vec::new();
    for s in prose::read(doc, claims, info.base_year, in_table, in_box) {
        let t = from_prose(&s, claims, &info, section_of(s.start));
        // `到2035年，全省地区生产总值力争达到5万亿元`: a long-range vision, due after the plan's
        // period, is no target of this plan; the reading report says it was left.
        let due = t.target.as_ref().and_then(|g| g.year);
        let a_plan = info
            .title
            .as_deref()
            .is_some_and(|t| t.contains("规划") || t.contains("纲要"));
        if a_plan && due.is_some_and(|y| info.target_year.is_some_and(|end| y > end)) {
            let (start, end) = crate::text::segment::sentence_around(doc.original, t.start);
            beyond.push(model::Unread {
                start,
                end,
                text: doc.original[start..end].trim().to_string(),
                why: "远景目标，晚于规划期末，不作为本规划的目标".to_string(),
                why_en: "a long-range goal, due after the plan's period: not one of its targets"
                    .to_string(),
            });
            continue;
        }
        // `粮食生产能力稳定在2500万吨以上` restates the table's 粮食综合生产能力: one target.
        let restated = targets[..table_count].iter().any(|r| same_target(r, &t));
        if restated {
            continue;
        }
        // `地区生产总值年均增长6%左右，到2030年达到385亿元左右`: one indicator's growth and
        // level in one sentence are one target, as a table row gives both.
        if let Some(prev) = targets[table_count..].last_mut() {
            if let Some(merged) = growth_and_level(prev, &t, doc.original) {
                *prev = merged;
                continue;
            }
        }
        targets.push(t);
    }
    // Targets in words (`…增长与经济增长同步`): named, never judged (verdicts.md rule 6).
    for w in prose::in_words(doc.original, in_table) {
        let named_already = targets
            .iter()
            .any(|t| alike_names(&t.indicator, &w.indicator));
        if !named_already {
            targets.push(from_words(&w, section_of(w.start)));
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
    let unread = tables
        .unread
        .iter()
        .map(|u| model::Unread {
            start: u.start,
            end: u.end,
            text: u.text.clone(),
            why: u.why.to_string(),
            why_en: u.why_en.to_string(),
        })
        .chain(beyond)
        .collect();
    Plan {
        plan: info,
        targets,
        sections,
        unread,
    }
}

/// Prose targets `a` then `b` as one target, when they are the growth and the level of
/// the same indicator in the same sentence.
fn growth_and_level(a: &Target, b: &Target, text: &str) -> Option<Target> {
    if a.indicator != b.indicator || b.start < a.end || text[a.end..b.start].contains(['。', '；'])
    {
        return None;
    }
    let (growth, level) = match (a.growth.is_some(), b.growth.is_some()) {
        (true, false) if a.target.is_none() && b.target.is_some() => (a, b),
        (false, true) if b.target.is_none() && a.target.is_some() => (b, a),
        _ => return None,
    };
    Some(Target {
        growth: growth.growth,
        growth_qualifier: growth.growth_qualifier,
        start: a.start,
        end: b.end,
        ..level.clone()
    })
}

/// A target stated in words: no figure, its words as its note. A change (`…增长`,
/// `…降低`) is a rate, in %, so that the figures for it are named against it.
fn from_words(w: &prose::InWords, section: Option<String>) -> Target {
    let change = ["增长", "降低", "下降", "减少", "提高"]
        .iter()
        .any(|c| w.indicator.ends_with(c));
    Target {
        id: String::new(),
        indicator: w.indicator.clone(),
        aliases: Vec::new(),
        unit: change.then(|| "%".to_string()),
        baseline: None,
        target: None,
        growth: None,
        growth_qualifier: None,
        cumulative: false,
        direction: direction_of(&w.indicator),
        attribute: None,
        category: None,
        section,
        section_id: None,
        start: w.start,
        end: w.end,
        note: Some(w.words.clone()),
    }
}

/// Names nearly the same, by their bigrams (`粮食生产能力` in `粮食综合生产能力`, not
/// `基本医疗保险参保率` in `基本养老保险参保率`).
fn alike_names(a: &str, b: &str) -> bool {
    use crate::compare::matcher::bigrams;
    let (p, q) = (bigrams(a), bigrams(b));
    let shared = q.iter().filter(|g| p.binary_search(g).is_ok()).count();
    // `农村居民人均可支配收入增速` is not `居民人均可支配收入增长`: a part of it.
    shared * 5 >= q.len().min(p.len()).max(1) * 4 && crate::compare::matcher::name_score(a, b) > 0.0
}

/// Whether prose target `b` restates table target `a`: the same value and unit, and names
/// alike.
fn same_target(a: &Target, b: &Target) -> bool {
    let (Some(x), Some(y)) = (&a.target, &b.target) else {
        return false;
    };
    let same_value = (x.value - y.value).abs() <= 1e-9 * x.value.abs().max(1.0);
    if !same_value || a.unit != b.unit {
        return false;
    }
    alike_names(&a.indicator, &b.indicator)
}

fn is_less_better(name: &str) -> bool {
    direction_of(name) == Direction::Down
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

fn from_row(r: &table::Row, info: &PlanInfo, section: Option<String>) -> Target {
    let mut notes: Vec<String> = r.unit_note.iter().cloned().collect();
    let num = |c: &Cell| match c {
        Cell::Number {
            value,
            qualifier,
            cumulative,
            starred,
            scale,
            ..
        } => Some((
            table::value_of(r, *value, *scale),
            *qualifier,
            *cumulative,
            *starred,
        )),
        _ => None,
    };
    let own_year = match &r.base {
        Cell::Number { year, .. } => *year,
        _ => None,
    };
    let baseline = match &r.base {
        Cell::Words(w) => {
            notes.push(format!("{}年 {w}", r.base_year.unwrap_or_default()));
            None
        }
        c => num(c).map(|(value, _, _, starred)| Point {
            value,
            year: if own_year.is_some() {
                own_year
            } else if starred {
                r.starred_year.or(r.base_year)
            } else {
                r.base_year.or(info.base_year)
            },
        }),
    };
    let target_year = r.target_year.or(info.target_year);
    let goal = |value: f64, qualifier: Qualifier| Goal {
        value,
        value_max: None,
        year: target_year,
        qualifier,
    };
    let mut cumulative = false;
    let mut target = match &r.target {
        Cell::Words(w) => {
            notes.push(w.clone());
            None
        }
        c => num(c).map(|(v, q, cum, _)| {
            cumulative |= cum;
            goal(v, q)
        }),
    };
    // A column of its own for five-year totals.
    match &r.cumulative {
        Cell::Words(w) => notes.push(w.clone()),
        c => {
            if let Some((v, q, _, _)) = num(c) {
                if target.is_none() {
                    target = Some(goal(v, q));
                    cumulative = true;
                } else {
                    notes.push(format!("五年累计 {v}"));
                }
            }
        }
    }
    let mut growth = None;
    let mut growth_qualifier = None;
    match &r.growth {
        Cell::Number {
            value,
            qualifier,
            cumulative: true,
            ..
        } => {
            if target.is_none() {
                target = Some(goal(*value * r.scale, *qualifier));
                cumulative = true;
            } else {
                notes.push(format!("五年累计 {value}"));
            }
        }
        Cell::Number {
            value, qualifier, ..
        } => {
            // `城镇调查失业率 <6` in the growth column: a level kept every year; anything
            // else there is an annual growth.
            let level = r.unit.as_deref() == Some("%")
                && ["率", "比重", "比例"].iter().any(|w| r.name.ends_with(w));
            if r.name.contains("增长") || r.name.contains("增速") || target.is_some() || !level
            {
                growth = Some(*value);
                growth_qualifier = Some(*qualifier);
            } else {
                target = Some(goal(*value * r.scale, *qualifier));
            }
        }
        Cell::Words(w) => notes.push(w.clone()),
        Cell::Empty => {}
    }
    let direction = match target.as_ref().map(|t| t.qualifier) {
        _ if is_less_better(&r.name) => Direction::Down,
        Some(Qualifier::AtMost) => Direction::Down,
        // A floor (`>92`) under a higher baseline is still more-is-better.
        Some(Qualifier::AtLeast) => Direction::Up,
        _ => match (&baseline, &target) {
            (Some(b), Some(t)) if t.value < b.value && !cumulative => Direction::Down,
            _ => Direction::Up,
        },
    };
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
        direction,
        attribute: r.attribute.clone(),
        category: r.category.clone(),
        section,
        section_id: None,
        start: r.start,
        end: r.end,
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
            s.year.or(info.target_year)
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
        for u in &mut self.unread {
            u.start = map.utf16(u.start);
            u.end = map.utf16(u.end);
        }
        self
    }
}
