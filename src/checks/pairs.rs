//! `unpaired_quote`: an unbalanced `“ ”`, `《 》` or `（ ）` inside a paragraph (a PDF break
//! is joined first, so a quotation cut by a page is whole again).
//!
//! ```text
//! 推动“放管服改革，深化“一网通办”。 => the first `“`
//! 出台《条例，推动落实。               => `《`
//! 推动放管服”改革。                    => `”`
//! 1）加强领导                          => nothing (a list marker)
//! ```
//!
//! A half-width `(` or `)` pairs with a full-width one (the half width is
//! `half_width_punct`'s to report). The span is the mark left alone.

use super::{Ctx, Out};

const PAIRS: [(char, char, &str); 3] = [
    ('“', '”', "引号"),
    ('《', '》', "书名号"),
    ('（', '）', "括号"),
];

fn kind_of(c: char) -> Option<(usize, bool)> {
    match c {
        '“' => Some((0, true)),
        '”' => Some((0, false)),
        '《' => Some((1, true)),
        '》' => Some((1, false)),
        '（' | '(' => Some((2, true)),
        '）' | ')' => Some((2, false)),
        _ => None,
    }
}

pub fn unpaired_quote(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    // Marks still open at the end of a line that does not end its sentence are carried to
    // the next line (a quotation the cleaner left cut by a PDF line break).
    let mut carry: [Vec<(usize, char)>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    let mut alone: Vec<(usize, char)> = Vec::new();
    let mut last_end = 0;
    for (_, ls, le) in ctx.text_lines() {
        let line = &text[ls..le];
        // Only a line right after the last one continues it.
        if !text[last_end..ls].trim().is_empty() || ls == 0 && last_end == 0 {
            for st in carry.iter_mut() {
                alone.append(st);
            }
        }
        last_end = le;
        if !line.contains(['“', '”', '《', '》', '（', '）']) && carry.iter().all(Vec::is_empty)
        {
            continue;
        }
        let mut stacks = std::mem::take(&mut carry);
        for (i, c) in line.char_indices() {
            let Some((k, opens)) = kind_of(c) else {
                continue;
            };
            if opens {
                stacks[k].push((ls + i, c));
            } else if stacks[k].pop().is_none() {
                // `1）`, `a）`, `一）` opening a line or a clause: a list marker.
                let before = line[..i].trim_start();
                let head = before
                    .rsplit(['，', '。', '；', '：'])
                    .next()
                    .unwrap_or(before);
                let marker = !head.is_empty()
                    && head.chars().count() <= 2
                    && head
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "一二三四五六七八九十".contains(c));
                if !marker {
                    alone.push((ls + i, c));
                }
            }
        }
        let ends_sentence = line
            .trim_end()
            .ends_with(['。', '！', '？', '；', '：', '”', '）', '》']);
        if ends_sentence || line.trim().is_empty() {
            for st in stacks.iter_mut() {
                alone.append(st);
            }
        } else {
            carry = stacks;
        }
    }
    for st in carry.iter_mut() {
        alone.append(st);
    }
    alone.sort_unstable();
    for (at, c) in alone {
        // Half-width marks alone are half_width_punct's business.
        if c == '(' || c == ')' {
            continue;
        }
        let name = PAIRS
            .iter()
            .find(|(o, cl, _)| *o == c || *cl == c)
            .map_or("标点", |p| p.2);
        out.clean(
            at,
            at + c.len_utf8(),
            format!("{name}“{c}”不成对"),
            format!("Unpaired “{c}”"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::table;

    #[test]
    fn cases() {
        table(
            "unpaired_quote",
            &[
                ("推动“放管服改革，深化“一网通办”。", &["“"]),
                ("出台《条例，推动落实。", &["《"]),
                ("推动放管服”改革。", &["”"]),
                ("推动“放管服”改革，出台《条例》（试行）。", &[]),
                ("1）加强领导，推动发展。", &[]),
                ("支持村（社区)治理。", &[]),
                ("实施“三大行动（2021—2025年）”计划。", &[]),
                ("推进“一网通办\n”改革，提升服务效能。", &[]),
                ("推进“一网通办。\n改革”提升服务效能。", &["“", "”"]),
            ],
        );
    }
}
