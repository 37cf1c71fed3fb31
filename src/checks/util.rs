//! What several rules share: the character classes of [`crate::text::chars`] and a small reader of a number with its
//! magnitude and unit (`21.8万亿元`, `20个百分点`, `三个`), in cleaned-text offsets.

use crate::numbers::numeral;
use crate::numbers::units::{unit_at, Class, Unit};

pub use crate::text::chars::{is_chinese, is_cjk_punct, is_clause_mark, is_han};

/// The character before byte offset `i` of `s`.
pub fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

/// The character at byte offset `i` of `s`.
pub fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// A number read from the text, with its magnitude and unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    pub start: usize,
    /// End of the numeral and its magnitude, before the unit.
    pub num_end: usize,
    /// End of the unit (or `num_end` without one).
    pub end: usize,
    /// The value, magnitude folded in (`21.8万亿` → 2.18e13).
    pub value: f64,
    pub unit: Option<Unit>,
    pub chinese: bool,
    /// Digits after the decimal point.
    pub decimals: usize,
    /// A magnitude was written (`万`, `亿`).
    pub magnitude: bool,
}

impl Num {
    pub fn class(&self) -> Option<Class> {
        self.unit.map(|u| u.class)
    }

    pub fn is_percent(&self) -> bool {
        self.class() == Some(Class::Percent)
    }

    pub fn is_points(&self) -> bool {
        self.class() == Some(Class::Points)
    }

    /// The base unit (`亿元` → `元`), or "".
    pub fn base(&self) -> &'static str {
        self.unit.map_or("", |u| u.base)
    }
}

/// Reads a number at byte `at` of `text` (Arabic or Chinese, with `万`/`亿` and a unit).
/// A number does not start in the middle of another (`123` read at `2`).
pub fn num_at(text: &str, at: usize) -> Option<Num> {
    let s = text.get(at..)?;
    let prev = char_before(text, at);
    let first = s.chars().next()?;
    let (value, len, chinese, decimals) = if first.is_ascii_digit() {
        if prev.is_some_and(|p| p.is_ascii_digit() || p == '.' || p == ',') {
            return None;
        }
        let n = numeral::arabic(s)?;
        if n.absurd {
            return None;
        }
        let dec = if n.decimal {
            s[..n.len].rsplit('.').next().map_or(0, str::len)
        } else {
            0
        };
        (n.value, n.len, false, dec)
    } else if numeral::chinese_digit(first).is_some() || first == '十' || first == '两' {
        if prev.is_some_and(|p| numeral::chinese_digit(p).is_some() || "十百千万亿".contains(p))
        {
            return None;
        }
        let n = numeral::chinese(s)?;
        (n.value, n.len, true, 0)
    } else {
        return None;
    };
    let mut value = value;
    let mut len = len;
    let mut magnitude = false;
    // `万`, `亿`, `万亿` (and `千`, `百` after Arabic digits, a style fault read anyway) —
    // but not the `百` of `百分点` or the `千` of `千米`.
    if let Some((f, mlen)) = numeral::magnitude(&s[len..]) {
        let rest = &s[len..];
        let unit_here = unit_at(rest).is_some_and(|u| u.written.len() > mlen);
        if !unit_here && (!chinese || rest.starts_with(['万', '亿'])) {
            value *= f;
            len += mlen;
            magnitude = true;
        }
    }
    let num_end = at + len;
    let unit = unit_at(&s[len..]);
    let end = num_end + unit.map_or(0, |u| u.written.len());
    Some(Num {
        start: at,
        num_end,
        end,
        value,
        unit,
        chinese,
        decimals,
        magnitude,
    })
}

/// Every number in `text[from..to]`, in order, each read whole.
pub fn nums_in(text: &str, from: usize, to: usize) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        match num_at(text, i).filter(|n| n.end <= to) {
            Some(n) => {
                i = n.end.max(i + 1);
                out.push(n);
            }
            None => i += char_at(text, i).map_or(1, char::len_utf8),
        }
    }
    out
}

/// Walks a line of `len` bytes through its `starts` (ascending offsets in the line): jumps
/// to each start not before where the walk stands, and `body(i)` returns where the walk
/// stands after what it read there (at or past `len` ends the walk).
pub fn walk_starts(len: usize, starts: &[usize], mut body: impl FnMut(usize) -> usize) {
    let mut next = 0;
    let mut i = 0;
    while i < len {
        match starts[next..].iter().position(|&p| p >= i) {
            Some(k) => {
                next += k;
                i = starts[next];
                next += 1;
            }
            None => break,
        }
        i = body(i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers() {
        let cases: [(&str, f64, &str); 7] = [
            ("21.8万亿元", 21.8e12, "元"),
            ("20个百分点", 20.0, "百分点"),
            ("三个", 3.0, "个"),
            ("80秒", 80.0, "秒"),
            ("15%", 15.0, "%"),
            ("3千米", 3.0, "公里"),
            ("4千亿元", 4e11, "元"),
        ];
        let mut bad = Vec::new();
        for (s, v, u) in cases {
            match num_at(s, 0) {
                Some(n) if (n.value - v).abs() < 1e-6 * v && n.base() == u && n.end == s.len() => {}
                other => bad.push(format!("{s}: {other:?}")),
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}
