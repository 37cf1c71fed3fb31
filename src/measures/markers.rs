//! Enumeration markers: how Chinese policy text numbers its headings and its items.
//!
//! One reader for both uses, so that `（一）` is recognised the same way whether it opens a
//! heading line (`（一）深化土地要素市场化配置改革`, the outline) or an item inside a
//! paragraph (`（一）深化…改革。`, a measure; measures.md).

/// The style of a marker, in the order of the levels it conventionally marks
/// (GB/T 9704: 一、 > （一） > 1. > （1）).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Style {
    /// `一、`: headings only (measures.md does not list it as an item marker).
    Dun,
    /// `（一）`, `(一)`.
    ParenChinese,
    /// `1.`, `1．`, `1、`.
    Arabic,
    /// `（1）`, `(1)`.
    ParenArabic,
    /// `①`.
    Circled,
    /// `一是`: items only.
    Shi,
    /// `第一，`, `第一、`: items only.
    Ordinal,
}

impl Style {
    /// Whether the marker may open an item (a measure).
    pub fn opens_item(self) -> bool {
        self != Style::Dun
    }

    /// Whether the marker may open a heading line.
    pub fn opens_heading(self) -> bool {
        !matches!(self, Style::Shi | Style::Ordinal)
    }
}

const CN_DIGITS: &str = "一二三四五六七八九十";

/// The marker `text` starts with: its style and its byte length.
pub fn marker(text: &str) -> Option<(Style, usize)> {
    let cn = text
        .char_indices()
        .take_while(|(_, c)| CN_DIGITS.contains(*c))
        .take(3)
        .last()
        .map(|(i, c)| i + c.len_utf8());
    if let Some(n) = cn {
        let rest = &text[n..];
        if rest.starts_with('是') {
            return Some((Style::Shi, n + '是'.len_utf8()));
        }
        if rest.starts_with('、') {
            return Some((Style::Dun, n + '、'.len_utf8()));
        }
        return None;
    }
    if let Some(rest) = text.strip_prefix('第') {
        let n = rest
            .char_indices()
            .take_while(|(_, c)| CN_DIGITS.contains(*c))
            .take(3)
            .last()
            .map(|(i, c)| i + c.len_utf8())?;
        let after = rest[n..].chars().next()?;
        return matches!(after, '，' | ',' | '、')
            .then(|| '第'.len_utf8() + n + after.len_utf8())
            .map(|len| (Style::Ordinal, len));
    }
    if let Some(open) = text.chars().next().filter(|c| matches!(c, '（' | '(')) {
        let rest = &text[open.len_utf8()..];
        let inner: String = rest
            .chars()
            .take_while(|c| !matches!(c, '）' | ')'))
            .collect();
        let close = rest[inner.len()..].chars().next()?;
        let len = open.len_utf8() + inner.len() + close.len_utf8();
        let count = inner.chars().count();
        if (1..=3).contains(&count) && inner.chars().all(|c| CN_DIGITS.contains(c)) {
            return Some((Style::ParenChinese, len));
        }
        if (1..=2).contains(&count) && inner.chars().all(|c| c.is_ascii_digit()) {
            return Some((Style::ParenArabic, len));
        }
        return None;
    }
    let first = text.chars().next()?;
    if ('①'..='⑳').contains(&first) {
        return Some((Style::Circled, first.len_utf8()));
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &text[digits..];
        let mark = rest.chars().next()?;
        // `1.` but not `1.5`; `1、`.
        let after = rest[mark.len_utf8()..].chars().next();
        if matches!(mark, '.' | '．' | '、') && !after.is_some_and(|c| c.is_ascii_digit()) {
            return Some((Style::Arabic, digits + mark.len_utf8()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        let cases: &[(&str, Option<(Style, &str)>)] = &[
            ("一是加强统筹。", Some((Style::Shi, "一是"))),
            ("十二是完善机制。", Some((Style::Shi, "十二是"))),
            ("第一，加强统筹。", Some((Style::Ordinal, "第一，"))),
            ("（一）深化改革", Some((Style::ParenChinese, "（一）"))),
            ("(3)推行试点", Some((Style::ParenArabic, "(3)"))),
            ("1.完善制度", Some((Style::Arabic, "1."))),
            ("2、加强监管", Some((Style::Arabic, "2、"))),
            ("①强化保障", Some((Style::Circled, "①"))),
            ("一、深化行政审批制度改革", Some((Style::Dun, "一、"))),
            ("1.5万亿元", None),
            ("2024年", None),
            ("第一章 总则", None),
            ("一批项目", None),
            ("（2024年）", None),
        ];
        let mut bad = Vec::new();
        for (text, want) in cases {
            let got = marker(text).map(|(s, n)| (s, &text[..n]));
            if got != *want {
                bad.push(format!("{text} => want {want:?}, got {got:?}"));
            }
        }
        assert!(bad.is_empty(), "\n{}", bad.join("\n"));
    }
}
