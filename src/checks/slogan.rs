//! `slogan_count`: a numbered slogan (`“六个一”`) whose list has another length. The span is
//! the slogan inside its quotes.
//!
//! ```text
//! 推行“三统一”管理，即人员统一调配、财务统一管理、药品耗材统一采购、信息系统统一建设。 => `三统一`
//! 坚持“三个统筹”（统筹发展、统筹安全）                                               => `三个统筹`
//! 明确“六个一”的管理原则。以“一表申请、一码管理、一图支撑、一库归集、一标到底”为原则 => `六个一`
//! 坚持“三个聚焦”，即聚焦作业提质、聚焦课堂增效、聚焦服务增值。                         => nothing
//! 实现A、B、C、D“四个100%” / “三合一”                                                  => nothing
//! ```
//!
//! The slogans and their announced numbers come from the initiatives extractor
//! (`measures/initiatives.rs`). The list is read where a reader counts it without doubt:
//! after `即` or `：` in the slogan's sentence (up to the next `，`/`。`/`；`), else the
//! expansion the extractor found after the slogan (in brackets, or a quoted list that
//! echoes it). A list before the slogan, a list ending in `等`, and `三合一` (three merged
//! into one) are not counted. A last item `B和C` is two when no other item has a `和` of
//! its own (`文化与旅游、农业与旅游` keeps its `与`).

use rustc_hash::FxHashMap as HashMap;

use super::{Ctx, Out};

pub fn slogan_count(ctx: &Ctx, out: &mut Out) {
    let counted: HashMap<&str, (usize, &crate::measures::initiatives::Initiative)> = ctx
        .initiatives
        .iter()
        .filter(|it| !it.text.contains("合一"))
        .filter_map(|it| it.count.map(|c| (it.text.as_str(), (c as usize, it))))
        .collect();
    if counted.is_empty() {
        return;
    }
    let text = ctx.text;
    let mut from = 0;
    let mut reported: Vec<&str> = Vec::new();
    while let Some(k) = text[from..].find('“') {
        let open = from + k + '“'.len_utf8();
        from = open;
        // Slogans are short: the closing mark is looked for in the next 64 bytes only.
        let mut reach = (open + 64).min(text.len());
        while !text.is_char_boundary(reach) {
            reach -= 1;
        }
        let Some(close) = text[open..reach].find(['”', '\n']).map(|c| open + c) else {
            continue;
        };
        if !text[close..].starts_with('”') {
            continue;
        }
        let inner = &text[open..close];
        let Some(&(count, it)) = counted.get(inner) else {
            continue;
        };
        if reported.contains(&inner) {
            continue;
        }
        let after = close + '”'.len_utf8();
        let items = match list_after(text, after) {
            Some(items) => items,
            None => {
                // The extractor's expansion, when it follows the slogan.
                match it.expansion_span {
                    Some([es, _])
                        if es >= it.end && it.items.len() >= 2 && close == open + inner.len() =>
                    {
                        if ctx.doc.orig_span(open, close).0 != it.start {
                            continue;
                        }
                        it.items.clone()
                    }
                    _ => continue,
                }
            }
        };
        let n = counted_items(&items, count);
        if n == count {
            continue;
        }
        reported.push(inner);
        out.clean(
            open,
            close,
            format!("“{inner}”提出{count}项，所列为{n}项，数目不符"),
            format!("“{inner}” announces {count} items but the list has {n}"),
        );
    }
}

/// The list after `即` or `：` (to the clause's end) or in brackets, a few characters
/// after the slogan: its items.
fn list_after(text: &str, at: usize) -> Option<Vec<String>> {
    let rest = &text[at..];
    // `…”管理，即…`, `…”要求：…`: `即` within a few characters, in this sentence.
    let mut start = None;
    for (k, (i, c)) in rest.char_indices().enumerate() {
        if k > 14 || matches!(c, '。' | '；' | '\n' | '“') {
            break;
        }
        if matches!(c, '即' | '：' | '（' | '(') {
            start = Some((i + c.len_utf8(), c));
            break;
        }
    }
    let (off, mark) = start?;
    let s = at + off;
    let body = &text[s..];
    let end = if matches!(mark, '（' | '(') {
        body.find(['）', ')', '。', '\n'])?
    } else {
        body.find(['，', '。', '；', '\n', '：'])
            .unwrap_or(body.len())
    };
    let list = &body[..end];
    if list.ends_with('等') || list.contains("等方面") {
        return None;
    }
    let items: Vec<String> = split_top(list)
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    (items.len() >= 2).then_some(items)
}

/// `、`-separated items, outside brackets and quotes.
fn split_top(list: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut last = 0;
    for (i, c) in list.char_indices() {
        match c {
            '“' | '《' | '（' | '(' => depth += 1,
            '”' | '》' | '）' | ')' => depth = depth.saturating_sub(1),
            '、' if depth == 0 => {
                out.push(&list[last..i]);
                last = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&list[last..]);
    out
}

/// The number of items as a reader counts them: a last item `B和C` is two when that
/// makes the count and no other item holds the same conjunction.
fn counted_items(items: &[String], count: usize) -> usize {
    let n = items.len();
    if n + 1 != count {
        return n;
    }
    let Some(last) = items.last() else { return n };
    for w in ["以及", "和", "及"] {
        let inside = last
            .char_indices()
            .skip(1)
            .any(|(i, _)| last[i..].starts_with(w));
        if inside && !items[..n - 1].iter().any(|it| it.contains(w)) {
            return n + 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::table;

    #[test]
    fn cases() {
        table(
            "slogan_count",
            &[
                (
                    "二是明确“六个一”的管理原则。以“一表申请、一码管理、一图支撑、一库归集、一标到底”为原则，重塑流程。",
                    &["六个一"],
                ),
                (
                    "二是明确“六个一”的管理原则。以“一表申请、一码管理、一图支撑、一库归集、一标到底、一套机制”为原则，重塑流程。",
                    &[],
                ),
                ("坚持“三个统筹”（统筹发展、统筹安全）。", &["三个统筹"]),
                ("落实“两个确保”要求（确保安全、确保稳定、确保质量）。", &["两个确保"]),
                (
                    "一是推行“三统一”管理，即人员统一调配、财务统一管理、药品耗材统一采购、信息系统统一建设，推动发展。",
                    &["三统一"],
                ),
                (
                    "坚持“三个聚焦”，即聚焦作业提质、聚焦课堂增效、聚焦服务增值，巩固成果。",
                    &[],
                ),
                (
                    "一是推进“四个融合”，即推动文化与旅游、农业与旅游、体育与旅游融合发展。",
                    &["四个融合"],
                ),
                (
                    "全面落实“五项管理”，即加强中小学生作业、睡眠、手机、读物和体质管理。",
                    &[],
                ),
                ("全省超85%的村实行纪检委员、监察信息员与村务监督委员会主任“三合一”。", &[]),
                ("恩施州全力创优法治环境、政务环境、金融环境和诚信环境“四大环境”。", &[]),
            ],
        );
    }
}
