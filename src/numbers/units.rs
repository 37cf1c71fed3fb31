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

#[cfg(test)]
mod tests {
    use super::*;

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
