//! The verdict on a figure against its plan target (`../shared/spec/verdicts.md`), in the
//! vocabulary of China's plan mid-term reviews: 已实现 (`met`), 符合进度 (`on_track`),
//! 滞后 (`behind`), 与规划不符 (`contradicts_plan`), 不可比 (`not_comparable`).
//!
//! A level target follows the straight line of 时间过半、任务过半:
//! `expected(y) = b + (t − b)·(y − y0)/(y1 − y0)`, y clamped to the plan period. Every
//! verdict carries the expected value and the formula, so an editor can check it.

use crate::analysis::{Claim, Direction, Kind, Qualifier, Status};
use crate::data;
use crate::numbers::numeral;
use crate::numbers::written::{number, with_unit};
use crate::plan::model::{PlanInfo, Target};

#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub verdict: &'static str,
    pub expected: Option<f64>,
    pub formula: Option<Said>,
    pub note: Option<Said>,
}

/// A sentence in each language of the interface: the Chinese one is shown as it is, with
/// no English mixed in (issue 14), and the English one only in the English interface.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub zh: String,
    pub en: String,
}

fn said(zh: impl Into<String>, en: impl Into<String>) -> Said {
    Said {
        zh: zh.into(),
        en: en.into(),
    }
}

/// Arithmetic reads the same in both languages.
fn math(formula: String) -> Said {
    said(formula.clone(), formula)
}

fn judged(verdict: &'static str, expected: Option<f64>, formula: Option<Said>) -> Judgement {
    Judgement {
        verdict,
        expected,
        formula,
        note: None,
    }
}

fn not_comparable(note: Said) -> Judgement {
    Judgement {
        verdict: "not_comparable",
        expected: None,
        formula: None,
        note: Some(note),
    }
}

/// A running total: `累计` in its words, or a time over several years ([`over_years`]:
/// `2021—2022年`, `“十五五”开局两年`), since a time (`以来`), or a change since the
/// plan's base year `y0` (`比2025年下降6.1%`).
fn is_cumulative(claim: &Claim, y0: Option<i32>) -> bool {
    let words = [
        claim.subject.as_deref(),
        claim.time.as_deref(),
        Some(claim.text.as_str()),
    ];
    words.iter().flatten().any(|w| w.contains("累计"))
        || over_years(claim)
        || claim.since.is_some_and(|y| Some(y) == y0)
        || claim.time.as_deref().is_some_and(|t| t.contains("以来"))
}

/// How many years a time phrase names in digits (`2021—2022年` 2, not the months of `1—9月`).
fn years_named(t: &str) -> usize {
    let b = t.as_bytes();
    b.windows(4)
        .enumerate()
        .filter(|&(i, w)| {
            w.iter().all(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_digit())
        })
        .count()
}

/// A figure over several years: a range of years, a span since a year (`2026年以来`), or
/// years counted (`两年来`, `两年累计`, `“十五五”期间`).
fn over_years(claim: &Claim) -> bool {
    claim.time.as_deref().is_some_and(|t| {
        years_named(t) >= 2
            || years_named(t) == 1 && t.contains("以来")
            || ["年来", "两年", "三年", "四年", "五年", "期间", "时期"]
                .iter()
                .any(|w| t.contains(w))
    })
}

/// When a figure is from: the year it refers to, whether it covers part of a year, and
/// the year of the document's own date (a figure of an earlier year is a report of what
/// was reached, even when the text says `预计`).
pub struct When {
    pub year: i32,
    pub part_year: bool,
    pub now: Option<i32>,
}

/// How a plan's own scope is said: 全省 for a province's plan, 全市 for a city's, …
fn plan_scope(plan: &PlanInfo) -> &'static str {
    let region = plan.region.as_deref().unwrap_or("");
    match plan.level.as_deref() {
        Some("city") if region.ends_with('州') => "全州",
        Some("province") if region.ends_with('区') => "全区",
        Some("city") => "全市",
        Some("county") => "全县",
        Some("national") => "全国",
        Some("province") => "全省",
        _ => "本",
    }
}

/// A quantity that accrues over a period (`data/flow_words.txt`): money (产值, 投资, 收入),
/// energy (千瓦时), output, throughput, visits, trains run, and anything new (`新增`).
fn is_flow(claim: &Claim) -> bool {
    let subject = claim.subject.as_deref().unwrap_or("");
    let words = data::flow_words();
    let by_unit = claim
        .unit
        .as_deref()
        .is_some_and(|u| u.ends_with('元') || u == "千瓦时");
    // `截至6月底…床位5.12万张`: a count on a day is a stock, whatever its words (money
    // to date, `截至9月底完成投资`, is still a flow).
    let on_a_day = claim
        .time
        .as_deref()
        .is_some_and(|t| t.contains("截至") || t.contains("截止"));
    by_unit
        || !on_a_day
            && words.entries.iter().any(|w| subject.contains(w))
            && !words.except.iter().any(|w| subject.contains(w))
}

/// What the plan makes of `claim` about `target`. `when.year` is the year the figure refers to
/// (the claim's, else the document's, else today's); `None` when it is a restatement equal
/// to the plan (no match).
pub fn judge(
    claim: &Claim,
    target: &Target,
    plan: &PlanInfo,
    when: &When,
    other_region: Option<&str>,
) -> Option<Judgement> {
    let (year, part_year) = (when.year, when.part_year);
    // In the target's unit (`550亿斤` against 万吨, `280万公顷` against 万亩).
    let value =
        super::matcher::in_target_unit(claim.value?, claim.unit.as_deref(), target.unit.as_deref());
    let restates = claim.status == Status::Target
        && claim.year.is_none_or(|y| when.now.is_none_or(|n| y >= n));
    // `新增…企业2家` against the number of firms: what was added in a year is not the
    // stock a level target counts, and says nothing of it (a cumulative target does sum
    // additions, and an indicator of additions, `城镇新增就业`, is one).
    let addition = claim
        .subject
        .as_deref()
        .is_some_and(|s| s.starts_with("新增"));
    if addition
        && claim.kind == Kind::Amount
        && target.target.is_some()
        && !target.cumulative
        && !target.indicator.contains("新增")
    {
        return None;
    }
    if let Some(region) = other_region {
        return Some(not_comparable(said(
            format!("{region}的数据不能按{}规划目标评判", plan_scope(plan)),
            format!("a figure for {region}, not the plan's region"),
        )));
    }
    // A target stated in words.
    if target.target.is_none() && target.growth.is_none() {
        let words = target.note.clone().unwrap_or_default();
        return Some(not_comparable(said(
            format!("规划目标为定性表述：{words}"),
            format!("the plan states this target in words: {words}"),
        )));
    }
    // Annual-growth targets: a growth rate for a year or the year to date (also against
    // a target that sets a level and a growth, `36000亿元, 年均7%左右`).
    let growth_target = target
        .growth
        .filter(|_| target.target.is_none() || super::matcher::is_growth(claim));
    if let Some(g) = growth_target {
        if claim.kind != Kind::Change && claim.unit.as_deref() != Some("%") {
            return Some(not_comparable(said(
                "规划为年均增速目标，此数据不是增速",
                "a growth target; this figure is not a growth rate",
            )));
        }
        let v = if claim.direction == Some(Direction::Down) {
            -value.abs()
        } else {
            value
        };
        // A draft's own growth target: as high as the plan's, or higher, is no
        // contradiction (`5.5%左右` under `年均5%左右`); lower is.
        if restates {
            if v >= g - 1e-9 {
                return None;
            }
            return Some(Judgement {
                verdict: "contradicts_plan",
                expected: Some(g),
                formula: Some(said(
                    format!("文稿目标增长 {}% < 规划年均增长 {}%", number(v), number(g)),
                    format!(
                        "draft growth target {}% < plan annual growth {}%",
                        number(v),
                        number(g)
                    ),
                )),
                note: Some(said(
                    "文稿所定增速低于规划",
                    "the draft sets a lower growth than the plan",
                )),
            });
        }
        let (verdict, sign) = if v >= g {
            ("on_track", "≥")
        } else {
            ("behind", "<")
        };
        let formula = said(
            format!("增长 {}% {sign} 规划年均 {}%", number(v), number(g)),
            format!("growth {}% {sign} plan annual {}%", number(v), number(g)),
        );
        return Some(judged(verdict, Some(g), Some(formula)));
    }
    let goal = target.target.as_ref()?;
    let t = goal.value;
    // Values as the plan and the text write them (`4860.4亿元 < 6万亿元`), in its unit.
    let unit = target.unit.as_deref().or(claim.unit.as_deref());
    let w = |x: f64| with_unit(x, unit);
    // A restated target: the draft's own goal for the plan's indicator and year. One equal
    // to the plan, inside its bound, or set for an earlier year (a milestone) is no
    // contradiction.
    if restates {
        let due = goal.year.or(plan.target_year);
        let milestone = claim.year.is_some_and(|y| due.is_some_and(|d| y < d));
        let inside = match goal.qualifier {
            Qualifier::AtMost => value <= t,
            Qualifier::AtLeast => value >= t,
            _ => false,
        };
        if milestone || inside || (value - t).abs() <= 1e-9 * t.abs().max(1.0) {
            return None;
        }
        return Some(Judgement {
            verdict: "contradicts_plan",
            expected: Some(t),
            formula: Some(said(
                format!("文稿目标 {} ≠ 规划目标 {}", w(value), w(t)),
                format!("draft target {} ≠ plan target {}", w(value), w(t)),
            )),
            note: Some(said(
                "文稿所述目标与规划不一致",
                "the draft restates the target with another number",
            )),
        });
    }
    // A restated baseline: the figure for the plan's base year is the plan's own starting
    // point; another number contradicts it (beyond the rounding the plan wrote it with).
    if let Some(b) = target.baseline.as_ref() {
        if claim.year.is_some() && b.year == claim.year && !part_year {
            let tolerance = 0.5 * 10f64.powi(-numeral::decimal_places(b.value));
            // The plan's own baseline restated as it is: nothing to judge (rule 5, as for
            // an equal target).
            if (value - b.value).abs() <= 1e-9 * b.value.abs().max(1.0) {
                return None;
            }
            if (value - b.value).abs() > tolerance + 1e-9 * b.value.abs() {
                return Some(Judgement {
                    verdict: "contradicts_plan",
                    expected: Some(b.value),
                    formula: Some(said(
                        format!("规划基期值 {} ≠ 文稿 {}", w(b.value), w(value)),
                        format!("plan baseline {} ≠ draft {}", w(b.value), w(value)),
                    )),
                    note: Some(said(
                        "文稿所述基期数据与规划不一致",
                        "the draft states the plan's baseline with another number",
                    )),
                });
            }
        }
    }
    // A flow over part of the year (`1—9月` investment, 新增 jobs) is short of a full
    // year's target by its nature; a stock (`规模以上工业企业214家`, `通车里程96公里`) is
    // what it is on the day and compares.
    if part_year && claim.kind == Kind::Amount && is_flow(claim) && !target.cumulative {
        return Some(not_comparable(said(
            "部分月份的累计数不能与全年目标比较",
            "a part-year figure against a full-year target",
        )));
    }
    let y0 = target
        .baseline
        .as_ref()
        .and_then(|b| b.year)
        .or(plan.base_year);
    let y1 = goal.year.or(plan.target_year);
    let down = target.direction == Direction::Down || goal.qualifier == Qualifier::AtMost;
    let reached = |v: f64, bound: f64| if down { v <= bound } else { v >= bound };
    // Cumulative targets: the path starts at 0 in the base year, and only a cumulative
    // figure (`累计…`, `2021—2022年…`) can be set against it.
    if target.cumulative && !is_cumulative(claim, y0) {
        return Some(not_comparable(said(
            "规划为期间累计目标，此数据不是累计数",
            "a cumulative target; this figure is not a running total",
        )));
    }
    // A target for every year (`每年新增50家以上`) is one year's: a total over several
    // (`2026—2027年累计新增112家`) cannot be set against it.
    if goal.year.is_none() && !target.cumulative && over_years(claim) {
        return Some(not_comparable(said(
            "规划为每年目标，此数据是多年累计数",
            "a target for every year; this figure is a total over several years",
        )));
    }
    if target.cumulative {
        let (Some(y0), Some(y1)) = (y0, y1) else {
            return Some(not_comparable(said(
                "规划期未知",
                "the plan period is unknown",
            )));
        };
        let y = year.clamp(y0, y1);
        let expected = t * f64::from(y - y0) / f64::from((y1 - y0).max(1));
        let formula = format!(
            "{} × ({} − {}) / ({} − {}) = {}",
            w(t),
            y,
            y0,
            y1,
            y0,
            w(expected)
        );
        let verdict = if value >= t {
            "met"
        } else if value >= expected {
            "on_track"
        } else {
            "behind"
        };
        return Some(judged(verdict, Some(expected), Some(math(formula))));
    }
    if reached(value, t) {
        return Some(judged(
            "met",
            Some(t),
            Some(math(format!(
                "{} {} {}",
                w(value),
                if down { "≤" } else { "≥" },
                w(t)
            ))),
        ));
    }
    // No baseline: a floor or a cap is a bound (verdicts.md rule 2: within it or behind);
    // a level to reach has no path without one, and before its year it is not yet due.
    let Some(b) = target.baseline.as_ref().map(|b| b.value) else {
        let due = y1.is_some_and(|y1| year < y1);
        let bound = matches!(goal.qualifier, Qualifier::AtMost | Qualifier::AtLeast);
        if due && !bound {
            let (t, y1) = (w(t), y1.unwrap_or_default());
            return Some(not_comparable(said(
                format!("未到期：规划目标 {t} 在 {y1} 年，无基期值可推算进度"),
                format!(
                    "not yet due: the plan's {t} is for {y1}, and no baseline draws a path to it"
                ),
            )));
        }
        return Some(judged(
            "behind",
            Some(t),
            Some(math(format!(
                "{} {} {}",
                w(value),
                if down { ">" } else { "<" },
                w(t)
            ))),
        ));
    };
    let (Some(y0), Some(y1)) = (y0, y1) else {
        return Some(not_comparable(said(
            "规划期未知",
            "the plan period is unknown",
        )));
    };
    let y = year.clamp(y0, y1);
    let expected = b + (t - b) * f64::from(y - y0) / f64::from((y1 - y0).max(1));
    let formula = format!(
        "{} + ({} − {}) × ({} − {}) / ({} − {}) = {}",
        w(b),
        w(t),
        w(b),
        y,
        y0,
        y1,
        y0,
        w(expected)
    );
    let verdict = if reached(value, expected) {
        "on_track"
    } else {
        "behind"
    };
    Some(judged(verdict, Some(expected), Some(math(formula))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::model::{Goal, Point};

    fn claim(value: f64, unit: &str, kind: Kind, status: Status) -> Claim {
        Claim {
            id: "c1".into(),
            start: 0,
            end: 0,
            text: String::new(),
            value: Some(value),
            value_max: None,
            unit: Some(unit.into()),
            qualifier: Qualifier::Exact,
            kind,
            direction: None,
            status,
            subject: None,
            time: None,
            year: None,
            region: None,
            since: None,
        }
    }

    fn target(
        baseline: Option<f64>,
        t: Option<f64>,
        growth: Option<f64>,
        direction: Direction,
    ) -> Target {
        Target {
            id: "t1".into(),
            indicator: "常住人口城镇化率".into(),
            aliases: vec![],
            unit: Some("%".into()),
            baseline: baseline.map(|v| Point {
                value: v,
                year: Some(2020),
            }),
            target: t.map(|v| Goal {
                value: v,
                value_max: None,
                year: Some(2025),
                qualifier: Qualifier::Exact,
            }),
            growth,
            growth_qualifier: None,
            cumulative: false,
            direction,
            attribute: None,
            category: None,
            section: None,
            section_id: None,
            start: 0,
            end: 0,
            note: None,
        }
    }

    const PLAN: PlanInfo = PlanInfo {
        title: None,
        region: None,
        level: None,
        base_year: Some(2020),
        target_year: Some(2025),
    };

    #[test]
    fn an_addition_is_not_the_stock() {
        let t = target(Some(3.0), Some(10.0), None, Direction::Up);
        let when = When {
            year: 2023,
            part_year: false,
            now: None,
        };
        let added = Claim {
            subject: Some("新增专精特新企业".into()),
            ..claim(2.0, "%", Kind::Amount, Status::Actual)
        };
        assert!(judge(&added, &t, &PLAN, &when, None).is_none());
        let total = Claim {
            subject: Some("专精特新企业".into()),
            ..claim(6.0, "%", Kind::Amount, Status::Actual)
        };
        assert!(judge(&total, &t, &PLAN, &when, None).is_some());
    }

    #[test]
    fn flows_and_stocks() {
        let with = |subject: &str, unit: &str, time: Option<&str>| Claim {
            subject: Some(subject.into()),
            time: time.map(str::to_string),
            ..claim(1.0, unit, Kind::Amount, Status::Actual)
        };
        assert!(is_flow(&with("接待游客", "人次", Some("1—6月"))));
        assert!(is_flow(&with("完成投资", "元", Some("截至9月底"))));
        // A count on a day is a stock, whatever its words.
        assert!(!is_flow(&with("旅游住宿接待床位", "张", Some("截至6月底"))));
    }

    /// `(claim value, year) => verdict, expected` on the path 59 (2020) → 65 (2025).
    #[test]
    fn the_linear_path() {
        let t = target(Some(59.0), Some(65.0), None, Direction::Up);
        let cases = [
            (65.2, 2023, "met", 65.0),
            (63.0, 2023, "on_track", 62.6),
            (62.0, 2023, "behind", 62.6),
            (60.0, 2019, "on_track", 59.0), // the year clamped to the plan period
        ];
        let mut bad = Vec::new();
        for (v, y, want, exp) in cases {
            let c = claim(v, "%", Kind::Rate, Status::Actual);
            let j = judge(
                &c,
                &t,
                &PLAN,
                &When {
                    year: y,
                    part_year: false,
                    now: None,
                },
                None,
            )
            .unwrap();
            if j.verdict != want || (j.expected.unwrap() - exp).abs() > 1e-9 {
                bad.push(format!(
                    "{v} in {y}: want {want} {exp}, got {} {:?}",
                    j.verdict, j.expected
                ));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    /// The plan's baseline restated: as it is, nothing to judge; with another number, a
    /// contradiction.
    #[test]
    fn a_restated_baseline() {
        let t = target(Some(59.0), Some(65.0), None, Direction::Up);
        let when = When {
            year: 2020,
            part_year: false,
            now: Some(2022),
        };
        let mut c = claim(59.0, "%", Kind::Rate, Status::Actual);
        c.year = Some(2020);
        assert!(judge(&c, &t, &PLAN, &when, None).is_none());
        c.value = Some(58.2);
        assert_eq!(
            judge(&c, &t, &PLAN, &when, None).unwrap().verdict,
            "contradicts_plan"
        );
    }

    /// A target for every year (`每年新增50家以上`) against one year's figure, and against
    /// a total over several years.
    #[test]
    fn a_target_for_every_year() {
        let mut t = target(None, Some(50.0), None, Direction::Up);
        t.unit = Some("家".into());
        if let Some(g) = t.target.as_mut() {
            g.year = None;
            g.qualifier = Qualifier::AtLeast;
        }
        let when = When {
            year: 2027,
            part_year: false,
            now: Some(2028),
        };
        let mut c = claim(56.0, "家", Kind::Amount, Status::Actual);
        c.time = Some("2027年".into());
        assert_eq!(judge(&c, &t, &PLAN, &when, None).unwrap().verdict, "met");
        for time in ["2026—2027年", "两年累计", "2026年以来"] {
            c.value = Some(112.0);
            c.time = Some(time.into());
            assert_eq!(
                judge(&c, &t, &PLAN, &when, None).unwrap().verdict,
                "not_comparable",
                "{time}"
            );
        }
    }

    #[test]
    fn growth_restated_words_region_part_year_and_less_is_better() {
        let g = target(None, None, Some(6.5), Direction::Up);
        let c = claim(7.0, "%", Kind::Change, Status::Actual);
        assert_eq!(
            judge(
                &c,
                &g,
                &PLAN,
                &When {
                    year: 2023,
                    part_year: true,
                    now: None
                },
                None
            )
            .unwrap()
            .verdict,
            "on_track"
        );
        let c = claim(5.0, "%", Kind::Change, Status::Actual);
        assert_eq!(
            judge(
                &c,
                &g,
                &PLAN,
                &When {
                    year: 2023,
                    part_year: false,
                    now: None
                },
                None
            )
            .unwrap()
            .verdict,
            "behind"
        );

        let t = target(Some(59.0), Some(65.0), None, Direction::Up);
        let c = claim(66.0, "%", Kind::Rate, Status::Target);
        assert_eq!(
            judge(
                &c,
                &t,
                &PLAN,
                &When {
                    year: 2025,
                    part_year: false,
                    now: None
                },
                None
            )
            .unwrap()
            .verdict,
            "contradicts_plan"
        );
        let c = claim(65.0, "%", Kind::Rate, Status::Target);
        assert_eq!(
            judge(
                &c,
                &t,
                &PLAN,
                &When {
                    year: 2025,
                    part_year: false,
                    now: None
                },
                None
            ),
            None
        );

        let c = claim(63.0, "%", Kind::Rate, Status::Actual);
        assert_eq!(
            judge(
                &c,
                &t,
                &PLAN,
                &When {
                    year: 2023,
                    part_year: false,
                    now: None
                },
                Some("武汉市")
            )
            .unwrap()
            .verdict,
            "not_comparable"
        );

        let mut words = target(None, None, None, Direction::Down);
        words.note = Some("控制在国家下达指标内".into());
        assert_eq!(
            judge(
                &c,
                &words,
                &PLAN,
                &When {
                    year: 2023,
                    part_year: false,
                    now: None
                },
                None
            )
            .unwrap()
            .verdict,
            "not_comparable"
        );

        let amount = claim(1.2e12, "元", Kind::Amount, Status::Actual);
        let mut level = target(Some(1.0e12), Some(2.0e12), None, Direction::Up);
        level.unit = Some("元".into());
        assert_eq!(
            judge(
                &amount,
                &level,
                &PLAN,
                &When {
                    year: 2023,
                    part_year: true,
                    now: None
                },
                None
            )
            .unwrap()
            .verdict,
            "not_comparable"
        );

        // The baseline restated: 59.6 for 2020 against the plan's 59 (59.4 rounds to it).
        let mut base = claim(59.6, "%", Kind::Rate, Status::Actual);
        base.year = Some(2020);
        assert_eq!(
            judge(
                &base,
                &t,
                &PLAN,
                &When {
                    year: 2020,
                    part_year: false,
                    now: None
                },
                None
            )
            .unwrap()
            .verdict,
            "contradicts_plan"
        );
        base.value = Some(59.4);
        assert_ne!(
            judge(
                &base,
                &t,
                &PLAN,
                &When {
                    year: 2020,
                    part_year: false,
                    now: None
                },
                None
            )
            .unwrap()
            .verdict,
            "contradicts_plan"
        );

        // Cumulative: only a running total is set against it (180 over 2020→2025: 72 by 2022).
        let mut total = target(None, Some(180.0), None, Direction::Up);
        total.cumulative = true;
        let mut jobs = claim(89.2, "万人", Kind::Amount, Status::Actual);
        assert_eq!(
            judge(
                &jobs,
                &total,
                &PLAN,
                &When {
                    year: 2022,
                    part_year: false,
                    now: None
                },
                None
            )
            .unwrap()
            .verdict,
            "not_comparable"
        );
        jobs.subject = Some("累计城镇新增就业".into());
        let j = judge(
            &jobs,
            &total,
            &PLAN,
            &When {
                year: 2022,
                part_year: false,
                now: None,
            },
            None,
        )
        .unwrap();
        assert_eq!((j.verdict, j.expected), ("on_track", Some(72.0)));

        // Less is better: 失业率 kept below 6 (a cap with no baseline).
        let mut cap = target(None, Some(6.0), None, Direction::Down);
        cap.target.as_mut().unwrap().qualifier = Qualifier::AtMost;
        let c = claim(5.2, "%", Kind::Rate, Status::Actual);
        assert_eq!(
            judge(
                &c,
                &cap,
                &PLAN,
                &When {
                    year: 2023,
                    part_year: false,
                    now: None
                },
                None
            )
            .unwrap()
            .verdict,
            "met"
        );
        let c = claim(6.3, "%", Kind::Rate, Status::Actual);
        assert_eq!(
            judge(
                &c,
                &cap,
                &PLAN,
                &When {
                    year: 2023,
                    part_year: false,
                    now: None
                },
                None
            )
            .unwrap()
            .verdict,
            "behind"
        );
    }

    /// Issue 14: bounds are bounds, a draft's growth target as high as the plan's is no
    /// contradiction, a level with no baseline is not judged before its year, and a
    /// figure of an earlier year than the document's is a result even when marked 预计.
    #[test]
    fn bounds_growth_targets_and_levels_without_a_path() {
        let at = |year, now| When {
            year,
            part_year: false,
            now,
        };
        let mut cap = target(None, Some(6.0), None, Direction::Down);
        cap.target.as_mut().unwrap().qualifier = Qualifier::AtMost;
        let mut draft = claim(5.5, "%", Kind::Rate, Status::Target);
        draft.qualifier = Qualifier::About;
        assert_eq!(judge(&draft, &cap, &PLAN, &at(2025, None), None), None);
        let over = claim(6.5, "%", Kind::Rate, Status::Target);
        assert_eq!(
            judge(&over, &cap, &PLAN, &at(2025, None), None)
                .unwrap()
                .verdict,
            "contradicts_plan"
        );

        let growth = target(None, None, Some(6.0), Direction::Up);
        let higher = claim(6.5, "%", Kind::Change, Status::Target);
        assert_eq!(judge(&higher, &growth, &PLAN, &at(2024, None), None), None);
        let lower = claim(5.0, "%", Kind::Change, Status::Target);
        let j = judge(&lower, &growth, &PLAN, &at(2024, None), None).unwrap();
        assert_eq!(j.verdict, "contradicts_plan");
        let formula = j.formula.unwrap();
        assert_eq!(formula.zh, "文稿目标增长 5% < 规划年均增长 6%");
        assert_eq!(formula.en, "draft growth target 5% < plan annual growth 6%");
        // The Chinese note has no English in it, and the English one no Chinese.
        let note = j.note.unwrap();
        assert!(
            !note.zh.contains(|c: char| c.is_ascii_alphabetic()),
            "{}",
            note.zh
        );
        assert!(note.en.is_ascii(), "{}", note.en);

        let level = target(None, Some(65.0), None, Direction::Up);
        let early = claim(60.0, "%", Kind::Rate, Status::Actual);
        assert_eq!(
            judge(&early, &level, &PLAN, &at(2023, None), None)
                .unwrap()
                .verdict,
            "not_comparable"
        );
        let mut estimate = claim(66.0, "%", Kind::Rate, Status::Target);
        estimate.year = Some(2025);
        assert_eq!(
            judge(&estimate, &level, &PLAN, &at(2025, Some(2026)), None)
                .unwrap()
                .verdict,
            "met"
        );
    }
}
