//! Kind and direction: a percentage after a change verb is a change (`增长13.4%`), a
//! level reached is not (`提升至98.77%`), an absolute difference against a comparator
//! is (`比上年末增加1526家`).

use crate::analysis::{Direction, Kind};
use crate::data;
use crate::numbers::claims::{base_kind, Found, Shape};
use crate::numbers::units::Class;

/// Words between a change verb and its number that do not change its meaning.
const FILLERS: [&str; 14] = [
    "了",
    "分别",
    "均",
    "都",
    "共",
    "约",
    "同比",
    "环比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "达",
    "为",
];

fn strip_fillers(mut s: &str) -> &str {
    loop {
        let t = s.trim_end();
        let next = FILLERS
            .iter()
            .find(|w| t.ends_with(**w))
            .map(|w| &t[..t.len() - w.len()]);
        match next {
            Some(n) => s = n,
            None => return t,
        }
    }
}

/// A level reached (`提升至98.77%`, `压缩至3分钟`, `达到21.8万亿元`) is not a change.
fn is_level(pre: &str) -> bool {
    let t = pre.trim_end();
    ["至", "到", "达到"].iter().any(|w| t.ends_with(w))
}

/// The change verb right before the number, with fillers and a comparator in between
/// (`增速高于全国4.3个百分点`: 高于 … 全国).
fn change_word(pre: &str) -> Option<Direction> {
    let t = strip_fillers(pre);
    let table = data::directions();
    let dir = |w: &str| {
        if w == "down" {
            Direction::Down
        } else {
            Direction::Up
        }
    };
    if let Some((_, d)) = table.longest_suffix(t) {
        return Some(dir(d));
    }
    // A comparator between verb and number: 高于全国, 低于全省平均, 快于全国平均水平.
    let t2 = t.trim_end_matches("水平").trim_end_matches("平均");
    if let Some((w, _)) = data::regions().longest_suffix(t2) {
        let t3 = &t2[..t2.len() - w.len()];
        if let Some((v, d)) = table.longest_suffix(t3) {
            if v.ends_with('于') {
                return Some(dir(d));
            }
        }
    }
    None
}

/// A change verb opening a short clause, its object between verb and number:
/// `减时间84%`, `降低成本20%`.
fn leading_change_word(pre: &str) -> Option<Direction> {
    let last_item = pre.rfind('、').map_or(pre, |p| &pre[p + '、'.len_utf8()..]);
    let t = last_item
        .trim_start()
        .trim_start_matches("平均")
        .trim_start_matches("分别");
    if t.chars().count() > 8 {
        return None;
    }
    let (_, d) = data::directions().longest_prefix(t)?;
    Some(if d == "down" {
        Direction::Down
    } else {
        Direction::Up
    })
}

pub fn kind_and_direction(f: &Found, pre: &str) -> (Kind, Option<Direction>) {
    let base = base_kind(f);
    let level = is_level(pre);
    let word = if level {
        None
    } else {
        change_word(pre).or_else(|| leading_change_word(pre))
    };
    let growth_subject = {
        let t = strip_fillers(pre);
        ["增速", "增幅", "涨幅", "增长率", "增长"]
            .iter()
            .any(|w| t.ends_with(w))
    };
    let sign = |d: Option<Direction>| if f.negative { Some(Direction::Down) } else { d };
    match base {
        Kind::Rate if matches!(f.shape, Shape::Plain | Shape::Tenths) => {
            if word.is_some() || growth_subject && !level || f.negative {
                (Kind::Change, sign(word.or(Some(Direction::Up))))
            } else {
                (Kind::Rate, None)
            }
        }
        Kind::Change => {
            // Percentage points: a gap to a comparator anywhere in the clause
            // (`增速高于全县农村居民人均可支配收入4.6个百分点`).
            let d = word
                .or_else(|| comparator_gap(pre))
                .or((f.class == Some(Class::Multiple)).then_some(Direction::Up));
            (Kind::Change, sign(d))
        }
        // A difference in the same indicator: `提高1.2岁`, `提高3.1分`, and any quantity
        // changed against a comparison (`比上年末增加1526家`, `同比减少4天`, `较上年提升3位`).
        Kind::Amount
            if word.is_some()
                && (matches!(f.class, Some(Class::Age | Class::Score)) || has_comparison(pre)) =>
        {
            (Kind::Change, word)
        }
        k => (k, None),
    }
}

/// `比上年`, `较2020年`, `同比`, `环比`: the clause compares with an earlier value.
fn has_comparison(pre: &str) -> bool {
    pre.contains("同比") || pre.contains("环比") || {
        pre.rfind(['比', '较']).is_some_and(|p| {
            let after = &pre[p + 3..];
            !after.starts_with(['例', '重', '率', '值', '较', '赛', '拼'])
                && after.chars().count() <= 10
        })
    }
}

/// The year a change is measured from, named right before its verb: `比2025年累计下降`,
/// `较2020年末提高` → the year; `比上年` names none.
pub fn since(pre: &str) -> Option<i32> {
    let at = pre.rfind(['比', '较'])?;
    let after = &pre[at + '比'.len_utf8()..];
    let year: i32 = after.get(..4)?.parse().ok()?;
    let rest = after[4..].strip_prefix('年')?;
    let rest = rest.trim_start_matches(['末', '底']);
    // The change verb right after (`累计下降`, `提高`), nothing else between.
    let close = rest.chars().count() <= 6 && !rest.contains(['，', '；', '。']);
    (close && (1949..=2100).contains(&year) && change_word(rest).is_some()).then_some(year)
}

/// `高于…N个百分点` with anything between the comparator and the number.
fn comparator_gap(pre: &str) -> Option<Direction> {
    let up = ["高于", "快于", "超过", "超出"]
        .iter()
        .filter_map(|w| pre.rfind(w))
        .max();
    let down = ["低于", "慢于", "落后"]
        .iter()
        .filter_map(|w| pre.rfind(w))
        .max();
    match (up, down) {
        (Some(u), Some(d)) => Some(if u > d {
            Direction::Up
        } else {
            Direction::Down
        }),
        (Some(_), None) => Some(Direction::Up),
        (None, Some(_)) => Some(Direction::Down),
        _ => None,
    }
}
