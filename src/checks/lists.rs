//! List markers and document numbers (GB/T 9704, GB/T 15834).
//!
//! - `list_sequence`: markers out of sequence — `一、` `二、` `四、` (a gap), `一是…二是…二是`
//!   (a repeat). A higher-level marker or a heading restarts the levels below it.
//! - `list_marker_form`: a marker in the wrong form — `（一）、` and `（一）.` (a bracketed
//!   marker takes nothing after it), `一.` (a Chinese numeral takes `、`).
//! - `bracket_doc_number`: a 文号 year in the wrong brackets — `鄂政发（2021）5号`,
//!   `国发[2020]12号` → `〔2021〕`.

use rustc_hash::FxHashMap as HashMap;

use super::util::{char_at, char_before, is_han};
use super::{Ctx, Out};
use crate::measures::markers::{marker, Style};
use crate::numbers::numeral;

/// A line's marker: (level, number, marker text's byte length).
fn line_marker(t: &str) -> Option<(u8, u32, usize)> {
    if let Some(rest) = t.strip_prefix('第') {
        let digits: String = rest
            .chars()
            .take_while(|c| "一二三四五六七八九十".contains(*c))
            .collect();
        let after = rest[digits.len()..].chars().next()?;
        let level = match after {
            '篇' => 0,
            '章' => 1,
            '节' => 2,
            _ => return None,
        };
        let v = numeral::chinese(&digits)?.value as u32;
        return Some((level, v, '第'.len_utf8() + digits.len() + after.len_utf8()));
    }
    let (style, len) = marker(t)?;
    let level = match style {
        Style::Dun => 3,
        Style::ParenChinese => 4,
        Style::Arabic => 5,
        Style::ParenArabic => 6,
        Style::Circled => 7,
        _ => return None,
    };
    let inner: String = t[..len]
        .chars()
        .filter(|c| !matches!(c, '（' | '(' | '）' | ')' | '、' | '.' | '．'))
        .collect();
    let v = if let Some(c) = inner.chars().next().filter(|c| ('①'..='⑳').contains(c)) {
        c as u32 - '①' as u32 + 1
    } else if inner.chars().all(|c| c.is_ascii_digit()) {
        inner.parse().ok()?
    } else {
        numeral::chinese(&inner)?.value as u32
    };
    Some((level, v, len))
}

/// ```text
/// 一、总体要求 / 二、主要任务 / 四、保障措施 => `四、`
/// 一是加强…。二是完善…。二是推进…。          => the second `二是`
/// 一、… （一）… （二）… 二、… （一）…        => nothing (restarts under a new 一、)
/// ```
pub fn list_sequence(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    let lines = ctx.doc.lines();
    let mut last: HashMap<u8, u32> = HashMap::default();
    let mut shi_last: Option<u32> = None;
    for (li, line) in lines.iter().enumerate() {
        if line.kind != crate::text::LineKind::Text {
            continue;
        }
        let raw = &text[line.start..line.end];
        let t = raw.trim_start();
        let lead = raw.len() - t.len();
        match line_marker(t) {
            Some((level, v, len)) => {
                // A paragraph opening with `1.` under a Circled… : levels below restart.
                last.retain(|&l, _| l <= level);
                if let Some(&p) = last.get(&level) {
                    if v != p + 1 && v != 1 {
                        let at = line.start + lead;
                        let what = if v == p { "重复" } else { "不连续" };
                        out.clean(
                            at,
                            at + len,
                            format!("序号{what}：上一个是{p}，这里是{v}"),
                            format!("List marker out of sequence: {v} after {p}"),
                        );
                    }
                }
                last.insert(level, v);
                shi_last = None;
            }
            None if ctx.heading[li] => {
                // An unnumbered heading restarts the numbered lists below the chapter level.
                last.retain(|&l, _| l <= 2);
                shi_last = None;
            }
            None => {}
        }
        if ctx.prose[li] {
            shi_sequence(out, line.start, raw, &mut shi_last);
        }
    }
}

/// `一是…二是…`: markers at the start of a clause, in sequence through a paragraph and the
/// ones after it.
fn shi_sequence(out: &mut Out, ls: usize, line: &str, last: &mut Option<u32>) {
    if !line.contains('是') {
        return;
    }
    for (i, c) in line.char_indices() {
        if !matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        ) {
            continue;
        }
        let boundary = match char_before(line, i) {
            None => true,
            Some(p) => matches!(p, '。' | '；' | '，' | '：' | ' ' | '\u{3000}'),
        };
        if !boundary {
            continue;
        }
        let digits: String = line[i..]
            .chars()
            .take_while(|c| "一二三四五六七八九十".contains(*c))
            .collect();
        let after = i + digits.len();
        if char_at(line, after) != Some('是') {
            continue;
        }
        // `一是` followed by a clause, not `一是一，二是二`.
        if !char_at(line, after + '是'.len_utf8()).is_some_and(is_han) {
            continue;
        }
        let Some(v) = numeral::chinese(&digits).map(|n| n.value as u32) else {
            continue;
        };
        if v == 1 {
            *last = Some(1);
            continue;
        }
        if let Some(p) = *last {
            if v != p + 1 {
                let what = if v == p { "重复" } else { "不连续" };
                let end = after + '是'.len_utf8();
                out.clean(
                    ls + i,
                    ls + end,
                    format!(
                        "序号{what}：上一个是“{}是”，这里是“{}”",
                        cn(p),
                        &line[i..end]
                    ),
                    format!(
                        "Enumeration out of sequence: “{}” after item {p}",
                        &line[i..end]
                    ),
                );
            }
        }
        *last = Some(v);
    }
}

fn cn(v: u32) -> &'static str {
    [
        "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    ]
    .get(v as usize)
    .copied()
    .unwrap_or("")
}

/// ```text
/// （一）、加强领导 => `、`
/// 一.总体要求      => `.` （fix `、`）
/// （一）加强领导 / 1.加强领导 => nothing
/// ```
pub fn list_marker_form(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    for (_, ls, le) in ctx.text_lines() {
        let raw = &text[ls..le];
        let t = raw.trim_start();
        let at = ls + raw.len() - t.len();
        let first = t.chars().next();
        if matches!(first, Some('（' | '(')) {
            let Some((style, len)) = marker(t) else {
                continue;
            };
            if !matches!(style, Style::ParenChinese | Style::ParenArabic) {
                continue;
            }
            if let Some(c) = char_at(t, len).filter(|c| matches!(c, '、' | '.' | '．' | '，' | ','))
            {
                out.clean_fix(
                    at + len,
                    at + len + c.len_utf8(),
                    format!("带括号的序号后不加标点“{c}”"),
                    format!("A bracketed list marker takes no “{c}” after it"),
                    Some(String::new()),
                );
            }
        } else if first.is_some_and(|c| "一二三四五六七八九十".contains(c)) {
            let digits: String = t
                .chars()
                .take_while(|c| "一二三四五六七八九十".contains(*c))
                .collect();
            if let Some(c) = char_at(t, digits.len()).filter(|c| matches!(c, '.' | '．')) {
                if char_at(t, digits.len() + c.len_utf8()).is_some_and(is_han) {
                    let s = at + digits.len();
                    out.clean_fix(
                        s,
                        s + c.len_utf8(),
                        format!("汉字序号后应用顿号“、”，不用“{c}”"),
                        format!("A Chinese numeral marker takes “、”, not “{c}”"),
                        Some("、".to_string()),
                    );
                }
            }
        }
    }
}

/// ```text
/// 印发《方案》（鄂政发（2021）5号） => `（2021）` （fix `〔2021〕`）
/// 国发[2020]12号                     => `[2020]`
/// 鄂政发〔2021〕5号                   => nothing
/// ```
pub fn bracket_doc_number(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    for (_, ls, le) in ctx.text_lines() {
        let line = &text[ls..le];
        if !line.contains('号') {
            continue;
        }
        for (i, c) in line.char_indices() {
            let close = match c {
                '（' => '）',
                '(' => ')',
                '[' => ']',
                '【' => '】',
                '［' => '］',
                '〔' => '〕',
                _ => continue,
            };
            if c == '〔' {
                continue;
            }
            // Issuer's abbreviation just before: `…发`, `…办`, `…函`, `…字`.
            if !char_before(line, i)
                .is_some_and(|p| matches!(p, '发' | '办' | '函' | '字' | '令' | '规' | '通'))
            {
                continue;
            }
            let y = i + c.len_utf8();
            let digits = line[y..].bytes().take_while(u8::is_ascii_digit).count();
            if digits != 4 || !(line[y..].starts_with("19") || line[y..].starts_with("20")) {
                continue;
            }
            let e = y + 4;
            if char_at(line, e) != Some(close) {
                continue;
            }
            let after = e + close.len_utf8();
            let n = line[after..].bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 || !line[after + n..].starts_with('号') {
                continue;
            }
            let year = &line[y..e];
            out.clean_fix(
                ls + i,
                ls + after,
                format!("文号中的年份应使用六角括号“〔{year}〕”"),
                format!("The year of a document number takes 〔〕: “〔{year}〕”"),
                Some(format!("〔{year}〕")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::table;

    #[test]
    fn sequence() {
        table(
            "list_sequence",
            &[
                ("一、总体要求\n坚持稳中求进。\n二、主要任务\n推动发展。\n四、保障措施\n加强领导。", &["四、"]),
                ("一是加强管理。二是完善制度。二是推进改革。", &["二是"]),
                ("一是加强管理。二是完善制度。四是推进改革。", &["四是"]),
                ("一、总体要求\n（一）指导思想\n推动发展。\n（二）基本原则\n坚持改革。\n二、主要任务\n（一）推进改革\n深化改革。", &[]),
                ("一是加强管理，二是完善制度，三是推进改革。实现统一是关键。", &[]),
            ],
        );
    }

    #[test]
    fn marker_form() {
        table(
            "list_marker_form",
            &[
                ("（一）、加强领导\n推动发展。", &["、"]),
                ("一.总体要求\n推动发展。", &["."]),
                ("（一）加强领导\n1.加强领导", &[]),
            ],
        );
    }

    #[test]
    fn doc_number() {
        table(
            "bracket_doc_number",
            &[
                ("印发《方案》（鄂政发（2021）5号）。", &["（2021）"]),
                ("根据国发[2020]12号文件。", &["[2020]"]),
                ("根据鄂政发〔2021〕5号文件。", &[]),
            ],
        );
    }
}
