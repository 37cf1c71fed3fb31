//! Text pasted from PDFs: what the page layout left in the text.
//!
//! - `page_artifact`: a page number (`— 9 —`, `- 12 -`, `第 3 页`) left between the lines, and
//!   the running head printed under it (`省人大常委会公报 2024年第6号`).
//! - `broken_sentence`: a sentence cut by a page or line break (`…的举措推` / (blank) / `动重点
//!   领域…`); the cleaner joins it for reading, the draft still has the break. Span: the
//!   characters on either side of the break.
//! - a number, or a number and its unit, cut across lines (`365` / `名`): a GB/T 15835
//!   rule, reported as `number_style`.
//!
//! These rules read the original text's lines: their subject is the layout itself.

use super::util::is_han;
use super::{Ctx, Out};
use crate::numbers::units::unit_at;
use crate::text::lines::{classify, LineKind};

/// ```text
/// 推动改革迈上新台阶。\n\n— 9 —\n\n下一页继续。 => `— 9 —`
/// ```
pub fn page_artifact(ctx: &Ctx, out: &mut Out) {
    let original = ctx.doc.original;
    let mut start = 0;
    let count = original.matches('\n').count() + 1;
    for (index, line) in original.split('\n').enumerate() {
        let t = line.trim();
        let at = start;
        start += line.len() + 1;
        if t.is_empty() || t.len() > 40 {
            continue;
        }
        if classify(line, index, count) == LineKind::PageNumber {
            // The running head printed under it is the page's too.
            let next_at = start;
            if let Some(next) = original.get(next_at..).and_then(|r| r.split('\n').next()) {
                let h = next.trim();
                let lines = ctx.doc.lines();
                let k = lines.partition_point(|l| ctx.doc.orig_span(l.start, l.end).0 < next_at);
                let here = lines
                    .get(k)
                    .is_some_and(|l| ctx.doc.orig_span(l.start, l.end).0 <= next_at + next.len());
                if here && ctx.running[k] && !h.is_empty() {
                    let lead = next.len() - next.trim_start().len();
                    out.orig(
                        next_at + lead,
                        next_at + lead + h.len(),
                        format!("页眉“{h}”混入正文，应删除"),
                        format!("The running head “{h}” was pasted into the text: delete it"),
                        Some(String::new()),
                    );
                }
            }
            let lead = line.len() - line.trim_start().len();
            out.orig(
                at + lead,
                at + lead + t.len(),
                format!("页码“{t}”混入正文，应删除"),
                format!("The page number “{t}” was pasted into the text: delete it"),
                Some(String::new()),
            );
        }
    }
}

/// A break inside a cleaned line: (byte in the cleaned text where the second part starts,
/// original span from the last character before the break to the first after it).
fn breaks<'a>(ctx: &'a Ctx) -> &'a [(usize, usize, usize)] {
    ctx.breaks.get_or_init(|| find_breaks(ctx))
}

fn find_breaks(ctx: &Ctx) -> Vec<(usize, usize, usize)> {
    let text = ctx.text;
    let original = ctx.doc.original;
    let mut out = Vec::new();
    for (_, ls, le) in ctx.prose_lines() {
        let (os, oe) = ctx.doc.orig_span(ls, le);
        // Each line break of the original inside the line: the cleaned character after it
        // is found by binary search (the map to the original only grows), not by walking
        // every character.
        let mut from = os;
        while let Some(k) = original[from..oe].find('\n') {
            let nl = from + k;
            // The first cleaned offset (a char boundary) whose original start is past it.
            let mut lo = ls;
            let mut hi = le;
            while lo < hi {
                let mid = (lo + hi) / 2;
                let mut m = mid;
                while !text.is_char_boundary(m) {
                    m += 1;
                }
                if m >= hi {
                    hi = mid;
                    continue;
                }
                if ctx.doc.orig_span(m, m + 1).0 > nl {
                    hi = mid;
                } else {
                    lo = m + text[m..].chars().next().map_or(1, char::len_utf8);
                }
            }
            let at = lo;
            if at >= le || at <= ls {
                break;
            }
            let prev = text[..at].chars().next_back().map_or(1, char::len_utf8);
            let c = text[at..].chars().next().map_or(1, char::len_utf8);
            let (s, _) = ctx.doc.orig_span(at - prev, at);
            let (next_start, e) = ctx.doc.orig_span(at, at + c);
            out.push((at, s, e));
            // On past this break (a blank line or a page number line is one break).
            from = next_start.max(nl + 1);
        }
    }
    out
}

/// ```text
/// 以更有力的举措推\n\n动重点领域改革 => `推\n\n动`
/// ```
pub fn broken_sentence(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    let original = ctx.doc.original;
    let found: Vec<(usize, usize, usize)> = breaks(ctx)
        .iter()
        .copied()
        .filter(|&(at, s, e)| {
            let before = text[..at].chars().next_back().unwrap_or(' ');
            let after = text[at..].chars().next().unwrap_or(' ');
            // A page break (a blank line or a page number between), not a soft wrap, and
            // not a number cut from its unit (`split_number`).
            let gap = &original[s..e];
            gap.matches('\n').count() >= 2
                && !number_cut(before, &text[at..])
                && (is_han(before) || is_han(after))
        })
        .collect();
    let total = found.len();
    // A text hard-wrapped page by page has a break in most paragraphs: one finding says so.
    let limit = if total > 20 { 1 } else { total };
    for &(_, s, e) in found.iter().take(limit) {
        let (m, m_en) = if total > 20 {
            (
                format!("句子被分页断开（全文共{total}处），疑为从PDF复制"),
                format!(
                    "A sentence broken by a page break ({total} in the text): pasted from a PDF?"
                ),
            )
        } else {
            (
                "句子被分页或换行断开，疑为从PDF复制".to_string(),
                "A sentence broken by a page or line break: pasted from a PDF?".to_string(),
            )
        };
        out.orig(s, e, m, m_en, None);
    }
}

fn number_cut(before: char, after: &str) -> bool {
    before.is_ascii_digit()
        && (after.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '%')
            || unit_at(after).is_some()
            || after.starts_with(['万', '亿']))
}

/// ```text
/// 联系省人大代表365\n\n名 => `365\n\n名`
/// ```
pub fn split_number(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    // Between two lines the cleaner left apart: `共计12` / `8.6万亩`.
    let lines = ctx.doc.lines();
    for w in lines.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a.kind != LineKind::Text || b.kind != LineKind::Text {
            continue;
        }
        let first = &text[a.start..a.end];
        let second = &text[b.start..b.end];
        if !first.ends_with(|c: char| c.is_ascii_digit())
            || !second.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        {
            continue;
        }
        let digits = first
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .map(char::len_utf8)
            .sum::<usize>();
        // A line that is only a number is a table cell or a page number, not a cut figure.
        if digits == first.trim().len() {
            continue;
        }
        let rest = second
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .map(char::len_utf8)
            .sum::<usize>();
        let (s, _) = ctx.doc.orig_span(a.end - digits, a.end);
        let (_, e) = ctx.doc.orig_span(b.start, b.start + rest);
        out.orig(
            s,
            e,
            "数字被换行断开".to_string(),
            "A number is cut across lines".to_string(),
            None,
        );
    }
    for &(at, s, e) in breaks(ctx) {
        let before = text[..at].chars().next_back().unwrap_or(' ');
        if number_cut(before, &text[at..]) {
            // The whole number and what follows the break up to its unit.
            let digits = text[..at]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
                .map(char::len_utf8)
                .sum::<usize>();
            // A number after a space is the last cell of a space-aligned table row
            // (`其他用品及服务 9.3 9.5 8.3` / `年末…`), not a figure the page cut.
            if text[..at - digits]
                .chars()
                .next_back()
                .is_some_and(|c| c == ' ' || c == '\t')
            {
                continue;
            }
            let (ns, _) = ctx.doc.orig_span(at - digits, at);
            out.orig(
                ns.min(s),
                e,
                "数字与其单位或数字本身被换行断开".to_string(),
                "A number is cut across lines (from its unit or in the middle)".to_string(),
                None,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::table;

    #[test]
    fn page_numbers() {
        table(
            "page_artifact",
            &[
                ("这是一段很长很长的正文内容，它在页面的末尾被截断了而没有任何标点的结束符号\n\n— 9 —\n\n下一页继续这句话。", &["— 9 —"]),
                ("全省经济持续向好。\n下一步继续推进。", &[]),
            ],
        );
    }

    #[test]
    fn broken() {
        table(
            "broken_sentence",
            &[
                (
                    "全省各地坚持以习近平新时代中国特色社会主义思想为指导，以更有力的举措推\n\n动改革迈上新台阶。",
                    &["推\n\n动"],
                ),
                ("全省经济持续向好。\n\n下一步继续推进。", &[]),
            ],
        );
        table(
            "number_style",
            &[
                (
                    "各级人大代表参与立法调研，省人大常委会组成人员直接联系代表365\n\n名参与。",
                    &["365\n\n名"],
                ),
                (
                    "（三）推进国土绿化。全省完成人工造林面积共计12\n8.6万亩。",
                    &["12\n8.6"],
                ),
            ],
        );
    }
}
