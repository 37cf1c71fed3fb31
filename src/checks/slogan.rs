//! `slogan_count`: a numbered slogan (`“六个一”`) whose list has another length. The span is
//! the slogan inside its quotes.
//!
//! ```text
//! 明确“六个一”的管理原则。以“一表申请、一码管理、一图支撑、一库归集、一标到底”为原则 => `六个一`
//! 坚持“三个统筹”（统筹A、统筹B）                                             => `三个统筹`
//! 实现A、B、C、D“四个100%”                                                    => nothing
//! ```
//!
//! The initiatives extractor reads the slogans and their expansions and marks a mismatch
//! (`measures/initiatives.rs`); this rule reports it where the list is one the reader can
//! count without doubt: given after the slogan (in brackets, after `即`/`：`, or as a quoted
//! list that echoes it). A list before the slogan counts only when its items are alike (all
//! end in the same character, `…电子化率、…挂牌率`). `三合一` (three merged into one) and a
//! last item joined by `和`/`与` (`A、B和C` is three) are read as such.

use super::{Ctx, Out};

pub fn slogan_count(ctx: &Ctx, out: &mut Out) {
    for it in ctx.initiatives {
        let (Some(count), Some([es, _])) = (it.count, it.expansion_span) else {
            continue;
        };
        if it.items.len() < 2 || it.text.contains("合一") {
            continue;
        }
        let count = count as usize;
        let after = es >= it.end;
        let alike = {
            let last: Vec<Option<char>> = it.items.iter().map(|s| s.chars().next_back()).collect();
            last.windows(2).all(|w| w[0] == w[1])
        };
        if !(after || alike && it.text.contains('个')) {
            continue;
        }
        // Items as the reader counts them: a last item `B和C` is two.
        let mut n = it.items.len();
        if let Some(last) = it.items.last() {
            if n + 1 == count
                && ["和", "与", "及", "以及"].iter().any(|w| {
                    last.char_indices()
                        .skip(1)
                        .any(|(i, _)| last[i..].starts_with(w))
                })
            {
                n += 1;
            }
        }
        if n == count || !it.mismatch && n == it.items.len() {
            continue;
        }
        out.orig(
            it.start,
            it.end,
            format!("“{}”提出{}项，所列为{}项，数目不符", it.text, count, n),
            format!(
                "“{}” announces {} items but the list has {}",
                it.text, count, n
            ),
            None,
        );
    }
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
                ("全省超85%的村实行纪检委员、监察信息员与村务监督委员会主任“三合一”。", &[]),
                ("恩施州全力创优法治环境、政务环境、金融环境和诚信环境“四大环境”。", &[]),
            ],
        );
    }
}
