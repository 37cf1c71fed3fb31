//! `dangling_conj`: a conjunction right before punctuation, the item it should join cut
//! away (`data/conjunctions.txt`). The span is the conjunction and the mark.
//!
//! ```text
//! 加强财政管理和，推动改革。   => `和，`
//! 完善制度以及。               => `以及。`
//! 鼓励社会参与，推动共建。     => nothing (`参与` is a word)
//! 从而，实现目标。             => nothing
//! ```
//!
//! A conjunction's character that ends a longer word (`参与`, `总和`, `从而`) is no
//! conjunction: the dictionary, and the list's `!` exceptions, decide.

use super::util::{char_before, is_han};
use super::{Ctx, Out};
use crate::data;

fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '、' | '；' | '：' | '！' | '？' | ',' | ';' | '!' | '?'
    )
}

pub fn dangling_conj(ctx: &Ctx, out: &mut Out) {
    let list = data::conjunctions();
    let text = ctx.text;
    for (_, ls, le) in ctx.text_lines() {
        let line = &text[ls..le];
        // The marks are ASCII or three bytes led by 0xE3 (`。、`) or 0xEF (`，；：！？`): only
        // there is a character decoded.
        let marks = line
            .bytes()
            .enumerate()
            .filter(|&(_, b)| matches!(b, 0xE3 | 0xEF | b',' | b';' | b'!' | b'?'))
            .map(|(i, _)| i);
        for i in marks {
            let Some(c) = line[i..].chars().next().filter(|c| ends_clause(*c)) else {
                continue;
            };
            let before = &line[..i];
            // Every conjunction ends in one of these.
            if !before.ends_with([
                '和', '与', '及', '或', '并', '且', '同', '跟', '其', '者', '是',
            ]) {
                continue;
            }
            // The longest conjunction the clause ends with.
            let Some(conj) = list
                .entries
                .iter()
                .filter(|w| before.ends_with(**w))
                .max_by_key(|w| w.len())
            else {
                continue;
            };
            let at = i - conj.len();
            // Nothing before it in the clause: `和，` alone is no list.
            let Some(prev) = char_before(line, at) else {
                continue;
            };
            if !is_han(prev) {
                continue;
            }
            if is_word_end(ctx, before, conj) {
                continue;
            }
            let end = i + c.len_utf8();
            out.clean(
                ls + at,
                ls + end,
                format!("连词“{conj}”后缺少并列成分，直接接标点“{c}”"),
                format!("The conjunction “{conj}” is followed by “{c}”: what it joins is missing"),
            );
        }
    }
}

/// Whether the conjunction ending `before` is the end of a longer word (`参与`, `总和`).
fn is_word_end(ctx: &Ctx, before: &str, conj: &str) -> bool {
    let list = data::conjunctions();
    let chars: Vec<(usize, char)> = before.char_indices().rev().take(4).collect();
    // Start offsets of the last 2, 3, 4 characters.
    for &(start, _) in chars.iter().skip(1) {
        let w = &before[start..];
        if w.len() <= conj.len() {
            continue;
        }
        if list.except.contains(&w) || ctx.dict.has_word(w) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::table;

    #[test]
    fn cases() {
        table(
            "dangling_conj",
            &[
                ("加强财政管理和，推动改革。", &["和，"]),
                ("完善制度以及。", &["以及。"]),
                ("推进教育、医疗与、养老服务。", &["与、"]),
                ("鼓励社会参与，推动共建。", &[]),
                ("从而，实现目标。", &[]),
                ("收支总和，保持平衡。", &[]),
                ("推进企业兼并，优化结构。", &[]),
                ("加强财政管理和资产管理。", &[]),
                ("坚持共同，协同推进。", &[]),
            ],
        );
    }
}
