//! `inconsistent_spacing`: a space between Chinese and a number in a draft that elsewhere
//! writes them together. Official documents write `建成13万个`, never `建成 13 万个`; this
//! rule never asks for a space, and stays silent in a draft that spaces consistently.
//! One finding per draft, on the first spaced number, counting the rest.
//!
//! ```text
//! 全省建成5G基站13万个，覆盖率不低于 50%。 => ` ` (before 50%; fix: remove)
//! 全省建成 5G 基站 13 万个。                 => nothing (consistent)
//! ```

use super::util::is_han;
use super::{Ctx, Out};

pub fn inconsistent_spacing(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    let mut tight = 0usize;
    let mut spaced: Vec<usize> = Vec::new(); // cleaned offsets of the spaces
    for (_, ls, le) in ctx.prose_lines() {
        let line = &text[ls..le];
        let b = line.as_bytes();
        // Only the edges of digit runs matter: found by bytes, characters decoded there.
        for i in 0..b.len() {
            if !b[i].is_ascii_digit() {
                continue;
            }
            let run_start = i == 0 || !b[i - 1].is_ascii_digit();
            let run_end = i + 1 == b.len() || !b[i + 1].is_ascii_digit();
            if run_start {
                let before = &line[..i];
                if let Some(rest) = before.strip_suffix(' ') {
                    if rest.chars().next_back().is_some_and(is_han) {
                        spaced.push(ls + i - 1);
                    }
                } else if before.chars().next_back().is_some_and(is_han) {
                    tight += 1;
                }
            }
            if run_end {
                let mut after = &line[i + 1..];
                if after.starts_with('%') {
                    after = &after[1..];
                }
                if let Some(rest) = after.strip_prefix(' ') {
                    if rest.chars().next().is_some_and(is_han) {
                        spaced.push(ls + (line.len() - after.len()));
                    }
                } else if after.chars().next().is_some_and(is_han) {
                    tight += 1;
                }
            }
        }
    }
    spaced.sort_unstable();
    if spaced.is_empty() || tight < 3 {
        return;
    }
    let at = spaced[0];
    let n = spaced.len();
    out.clean_fix(
        at,
        at + 1,
        format!("汉字与数字之间的空格不统一：全文{n}处有空格，{tight}处无空格；公文中不加空格"),
        format!("Spacing between Chinese and numbers is inconsistent: {n} spaced, {tight} not; official documents use none"),
        Some(String::new()),
    );
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::table;

    #[test]
    fn cases() {
        table(
            "inconsistent_spacing",
            &[
                (
                    "全省建成5G基站13万个，新增3家企业、4个园区，覆盖率不低于 50%。",
                    &[" "],
                ),
                ("全省建成 5G 基站 13 万个。", &[]),
                ("全省建成5G基站13万个，新增3家企业、4个园区。", &[]),
            ],
        );
    }
}
