//! The unit table (`data/units.tsv`): written form → base unit and class.

use crate::data;

/// What a unit measures; decides the claim's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Percent,
    Permille,
    Points,
    Multiple,
    Money,
    Count,
    Time,
    Age,
    Score,
    /// Length, area, mass, volume, power, energy, voltage.
    Measure,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    /// As written.
    pub written: &'static str,
    /// The base unit (claims.md): `名` → `人`, `千米` → `公里`.
    pub base: &'static str,
    pub class: Class,
}

fn class_of(name: &str) -> Class {
    match name {
        "percent" => Class::Percent,
        "permille" => Class::Permille,
        "points" => Class::Points,
        "multiple" => Class::Multiple,
        "money" => Class::Money,
        "count" => Class::Count,
        "time" => Class::Time,
        "age" => Class::Age,
        "score" => Class::Score,
        _ => Class::Measure,
    }
}

/// The longest unit `s` starts with.
pub fn unit_at(s: &str) -> Option<Unit> {
    let (written, value) = data::units().longest_prefix(s)?;
    let mut cols = value.split('\t');
    let base = cols.next().unwrap_or(written);
    let class = class_of(cols.next().unwrap_or(""));
    Some(Unit {
        written,
        base,
        class,
    })
}

/// The unit a figure leaves out: `元` for a quantity written with a bare magnitude
/// (`3万亿`, `1.2亿`) whose subject names an amount of money (`data/money_words.txt`:
/// `服务业增加值`, `营业收入`). `None` when the figure has a unit or names no money.
pub fn implied_unit(written: &str, subject: &str) -> Option<&'static str> {
    let bare_magnitude = written.trim_end().ends_with(['万', '亿']);
    let subject = subject.trim_end();
    let money = crate::data::money_words()
        .entries
        .iter()
        .any(|w| subject.ends_with(w));
    (bare_magnitude && money).then_some("元")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_yuan_a_money_figure_leaves_out() {
        assert_eq!(implied_unit("迈上 3 万亿", "服务业增加值"), Some("元"));
        assert_eq!(implied_unit("1.2亿", "实现营业收入"), Some("元"));
        assert_eq!(implied_unit("3万亿", "常住人口"), None);
        assert_eq!(implied_unit("3万亿元", "服务业增加值"), None);
    }

    #[test]
    fn longest_unit_wins() {
        assert_eq!(unit_at("个百分点，").map(|u| u.base), Some("百分点"));
        assert_eq!(unit_at("人次").map(|u| u.base), Some("人次"));
        assert_eq!(unit_at("名代表").map(|u| u.base), Some("人"));
        assert_eq!(unit_at("吨标准煤/万元").map(|u| u.base), Some("吨标准煤"));
        assert_eq!(unit_at("千米").map(|u| u.class), Some(Class::Measure));
        assert_eq!(unit_at("改革"), None);
    }
}
