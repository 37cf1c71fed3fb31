//! Targets stated in the plan's prose and in its 专栏 boxes: the claims the claim extractor
//! marks as goals (`status: target`: 达到, 超过, 力争, 控制在…以内, 年均增长…), each turned into
//! a target — its indicator the claim's subject (without the words that mark a goal), a
//! growth target for `年均增长 g%`, a target for every year for `每年…`, a cumulative one for
//! `累计`, and a baseline for `由2020年的X提高到Y`.

use crate::analysis::{Claim, Kind};
use crate::compare::matcher::subject_core;
use crate::data;
use crate::numbers::context::subject::{is_level_noun, noun_after};
use crate::text::Document;

/// A target read from prose, with byte spans of the original text.
#[derive(Debug, Clone)]
pub struct Stated {
    pub start: usize,
    pub end: usize,
    pub indicator: String,
    pub claim: usize,
    pub growth: bool,
    pub every_year: bool,
    pub cumulative: bool,
    /// The year it is due, where its own clause says (`到2030年`); `None` for the plan's
    /// target year.
    pub year: Option<i32>,
    /// The claim giving the baseline (`由2020年的59%…`), and its year.
    pub baseline: Option<(usize, Option<i32>)>,
}

/// Units of a grade (`500千伏变电站`): specifications of a project, not goals.
const GRADE_UNITS: [&str; 3] = ["千伏", "伏", "千伏安"];

/// Words after an indicator: its verb (`经济总量跨越`).
const TRAILING: [&str; 12] = [
    "跨越",
    "达到",
    "突破",
    "超过",
    "提高到",
    "提升到",
    "增加到",
    "下降到",
    "控制在",
    "稳定在",
    "保持在",
    "增长",
];

/// An indicator from a claim's subject: without the words that mark the goal (the same as
/// matching drops, [`subject_core`]) and without its verb (`经济总量跨越` → 经济总量).
fn clean_indicator(subject: &str) -> String {
    let mut s = subject.trim();
    loop {
        let before = s.len();
        s = subject_core(s);
        for w in TRAILING {
            s = s.strip_suffix(w).unwrap_or(s).trim_end();
        }
        if s.len() == before {
            break;
        }
    }
    s.to_string()
}

/// `中心城区打造` + `10分钟急救圈` → 中心城区急救圈; `建成` + `13万个5G基站` → 5G基站: a count's
/// noun belongs to the indicator, and the verb before the figure does not.
fn with_noun_after(subject: &str, before: &str, after: &str) -> String {
    let compact: String = after
        .chars()
        .take(24)
        .filter(|c| !c.is_whitespace())
        .collect();
    let noun = noun_after(&compact);
    if noun.chars().count() < 2 {
        return subject.to_string();
    }
    // `迈上3万亿元新台阶`: the noun of a level reached says how much, not of what.
    if is_level_noun(noun) {
        return subject.to_string();
    }
    // The subject is the noun after the figure: what comes before it in the clause names
    // where or whose (`中心城区打造`); otherwise the subject itself does.
    // (Compared without spaces: PDF text puts them around numbers and names, `5G 基站`.)
    let plain: String = subject.chars().filter(|c| !c.is_whitespace()).collect();
    let head_source = if plain == noun {
        clean_indicator(before.trim())
    } else if plain.contains(noun) {
        return subject.to_string();
    } else {
        subject.to_string()
    };
    let head = without_verb(&head_source);
    let tail: String = {
        let n = head.chars().count();
        head.chars().skip(n.saturating_sub(12)).collect()
    };
    format!("{tail}{noun}")
}

/// `中心城区打造` → 中心城区: a phrase without the verb it ends with.
fn without_verb(phrase: &str) -> &str {
    match data::lead_words().longest_suffix(phrase) {
        Some((verb, class)) if !matches!(class, "adverb" | "suffix" | "subject_sign") => {
            phrase[..phrase.len() - verb.len()].trim_end()
        }
        _ => phrase,
    }
}

/// The targets of the prose. `in_table` tells whether an original offset is inside the
/// indicator table (read by [`super::table`]).
pub fn read(
    doc: &Document,
    claims: &[Claim],
    base_year: Option<i32>,
    in_table: impl Fn(usize) -> bool,
    in_box: impl Fn(usize) -> bool,
) -> Vec<Stated> {
    let text = doc.original;
    let mut out = Vec::new();
    let mut used_as_baseline = vec![false; claims.len()];
    for (k, c) in claims.iter().enumerate() {
        // In a plan, a figure in a 专栏 box is a goal even without a word that says so
        // (`新增高铁运营里程900公里以上`).
        let goal = c.status == crate::analysis::Status::Target || in_box(c.start);
        if !goal || c.kind == Kind::Rank || in_table(c.start) {
            continue;
        }
        // `超千亿元产业集群`, `300万以下城市`: a threshold that qualifies a noun, not a
        // goal (a count before its noun, `13万个5G基站`, is one).
        // Money and bare numbers are what such thresholds are written in; a share or a
        // range before a noun (`30%以上的面积`, `20-30年一遇`) is still the goal.
        let bounded = matches!(
            c.qualifier,
            crate::analysis::Qualifier::AtLeast | crate::analysis::Qualifier::AtMost
        );
        let threshold_unit = c.unit.as_deref().is_none_or(|u| u.contains('元'));
        let noun = noun_after(text[c.end..].trim_start());
        if bounded && threshold_unit && !noun.is_empty() && !is_level_noun(noun) {
            continue;
        }
        // `500千伏`, a grade of equipment, is a specification, not a goal.
        if c.unit.as_deref().is_some_and(|u| GRADE_UNITS.contains(&u)) {
            continue;
        }
        if used_as_baseline[k] || c.value.is_none() {
            continue;
        }
        let Some(subject) = c.subject.as_deref() else {
            continue;
        };
        // The clause before the figure says how the goal is set.
        // (Not at a line break: PDF text breaks clauses across lines.)
        let clause_start = text[..c.start]
            .rfind(['，', '。', '；', '：'])
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
        let before = &text[clause_start..c.start];
        let line_start = text[..c.start].rfind('\n').map_or(0, |i| i + 1);
        if text[line_start..c.start].trim_start().starts_with('注') {
            continue; // a table's footnote (`注：①[]内为5年累计数`)
        }
        // `每个县(市、区)至少1所`: a standard for every place, not a figure to check.
        if c.value == Some(1.0) && (before.contains("每个") || before.contains("各")) {
            continue;
        }
        let growth = c.kind == Kind::Change
            && c.unit.as_deref() == Some("%")
            && (before.contains("增长") || before.contains("增速"));
        // `年均增长`, `年均新增`: every year; `细颗粒物年均浓度`: a name (the year's mean).
        let yearly_mean = |at: usize| {
            ["浓度", "气温", "降水", "降雨"]
                .iter()
                .any(|w| before[at + "年均".len()..].starts_with(w))
        };
        let every_year =
            before.contains("每年") || before.match_indices("年均").any(|(at, _)| !yearly_mean(at));
        // A change with no yearly sense (`单位地区生产总值能耗降低13.5%`, `比2025年提高3个
        // 百分点`) is over the plan's whole period: the prose form of a table's `[13.5]`.
        let period_change = c.kind == Kind::Change
            && !growth
            && !every_year
            && matches!(c.unit.as_deref(), Some("%" | "百分点" | "个百分点"));
        // `累计新建…`, `“十五五”期间累计完成…` total the period; `累计建成…38万亩` is the
        // stock reached (a level), as `累计达到` is.
        let summed = before.find("累计").is_some_and(|i| {
            let after = &before[i + "累计".len()..];
            !["建成", "达到", "拥有"]
                .iter()
                .any(|w| after.starts_with(w))
        });
        let cumulative = summed || before.contains("期间") || period_change;
        // `由2020年的59%提高到65%`: the figure before, in the same clause, is the baseline.
        let baseline = (k > 0)
            .then(|| k - 1)
            .filter(|&p| {
                let prev = &claims[p];
                prev.end <= c.start
                    && prev.start >= clause_start
                    && prev.unit == c.unit
                    && text[clause_start..prev.start].contains(['由', '从'])
            })
            .map(|p| (p, claims[p].year));
        // Only a time written in the goal's own sentence dates it: a heading's or the
        // paragraph's year (`二〇三五年远景目标`) is no due date. The time reader
        // (numbers::context::time::time_of) already leaves out a baseline's time
        // (`由2025年的`) and an aside's (`（2025年为3.6个）`).
        let year = c.time.as_ref().and(c.year);
        // A figure dated at or before the base year is the review of the past period or a
        // baseline (`2025年全市地区生产总值预计达到5200亿元，…产业营业收入达到1800亿元`),
        // never a goal.
        // So is an annual growth (which has no year of its own) over a period that ended
        // then (`增加到2025年的1720亿元，按可比价格计算年均增长6.8%`).
        let period_end = c.time.as_deref().and_then(crate::text::meta::year_in);
        if year
            .or(period_end)
            .is_some_and(|y| base_year.is_some_and(|b| y <= b))
        {
            continue;
        }
        let baseline = baseline.or_else(|| baseline_after(text, claims, k, year));
        if let Some((p, _)) = baseline {
            used_as_baseline[p] = true;
            out.retain(|s: &Stated| s.claim != p); // it was read as a target of its own
        }
        // `货物贸易、服务贸易年均增长10%以上`: one target per listed indicator.
        let cleaned = with_noun_after(&clean_indicator(subject), before, &text[c.end..]);
        // `改造城市燃气、供排水、供热等地下管网`: the kinds of one thing (`等` and its noun
        // close the list), one target.
        let kinds_of_one = cleaned
            .rsplit('、')
            .next()
            .and_then(|last| last.split_once('等'))
            .is_some_and(|(_, noun)| noun.chars().count() >= 2);
        let parts: Vec<&str> = cleaned.split('、').filter(|p| !p.is_empty()).collect();
        let names: Vec<String> =
            if parts.len() > 1 && !kinds_of_one && parts.iter().all(|p| p.chars().count() <= 8) {
                parts.iter().map(|p| p.to_string()).collect()
            } else {
                vec![cleaned]
            };
        for indicator in names {
            if indicator.chars().count() < 2 {
                continue;
            }
            out.push(Stated {
                start: c.start,
                end: c.end,
                indicator,
                claim: k,
                growth,
                every_year,
                cumulative,
                year,
                baseline,
            });
        }
    }
    out
}

/// `到2030年，森林覆盖率达到45%（2025年为42%）`, `…达到7万亿元，2025年为5.6万亿元`: the
/// figure right after a goal, dated earlier, in the same unit, and introduced by its year
/// alone is the goal's baseline (not a goal of its own).
fn baseline_after(
    text: &str,
    claims: &[Claim],
    k: usize,
    due: Option<i32>,
) -> Option<(usize, Option<i32>)> {
    let (c, p) = (&claims[k], claims.get(k + 1)?);
    let year = p.year?;
    if p.unit != c.unit || p.start < c.end || due.is_some_and(|y| year >= y) {
        return None;
    }
    let between = &text[c.end..p.start];
    if between.contains(['。', '；']) || between.chars().count() > 14 {
        return None;
    }
    let opened = between.trim_start_matches([' ', '\n', '（', '(', '，', ',', '、']);
    let rest = opened
        .strip_prefix(year.to_string().as_str())?
        .strip_prefix('年')?;
    let rest = rest.trim_start_matches("底").trim_start_matches("末");
    ["为", "是", "达", "的"]
        .iter()
        .any(|w| rest.trim() == *w || rest.trim().is_empty())
        .then_some((k + 1, Some(year)))
}

/// A target the plan states in words only (`data/goals_in_words.txt`): its span, its
/// indicator (the clause before the words) and the words.
#[derive(Debug, Clone)]
pub struct InWords {
    pub start: usize,
    pub end: usize,
    pub indicator: String,
    pub words: String,
}

/// The targets of the prose stated in words, outside the indicator table (whose cells
/// say it there).
/// A target set by the level above, whichever it is (`完成国家下达任务`, `完成自治区下达
/// 任务`, `控制在省下达指标内`): `完成` or `控制在`, the body in at most five characters,
/// then `下达`.
fn set_from_above(rest: &str) -> bool {
    let Some(after) = rest
        .strip_prefix("完成")
        .or_else(|| rest.strip_prefix("控制在"))
    else {
        return false;
    };
    after
        .char_indices()
        .take(6)
        .any(|(i, c)| c == '下' && after[i..].starts_with("下达") && i > 0)
}

pub fn in_words(text: &str, in_table: impl Fn(usize) -> bool) -> Vec<InWords> {
    let phrases = &data::goals_in_words().entries;
    let mut out = Vec::new();
    for (at, _) in text.char_indices() {
        let rest = &text[at..];
        if !(phrases.iter().any(|p| rest.starts_with(p)) || set_from_above(rest)) || in_table(at) {
            continue;
        }
        let clause_start = text[..at]
            .rfind(['，', '。', '；', '：', '\n', '—'])
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
        let words_end = rest
            .find(['，', '。', '；', '\n'])
            .map_or(text.len(), |i| at + i);
        // Its change word kept: `…收入增长` is a rate of change, as a table names it.
        let indicator = subject_core(text[clause_start..at].trim()).to_string();
        let named = indicator.chars().count() >= 2
            && !indicator.chars().any(|c| c.is_ascii_digit())
            && !indicator.contains("增长与");
        if named {
            out.push(InWords {
                start: clause_start,
                end: words_end,
                indicator,
                words: text[at..words_end].to_string(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn targets_set_from_above() {
        for (rest, want) in [
            ("完成国家下达任务", true),
            ("完成自治区下达任务", true),
            ("控制在省下达指标内", true),
            ("完成年度目标任务", false),
            ("完成下达", false),
        ] {
            assert_eq!(super::set_from_above(rest), want, "{rest}");
        }
    }
}
