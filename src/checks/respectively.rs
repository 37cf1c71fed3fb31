//! `respectively_mismatch`: `分别` with a number of values unlike the number of subjects it
//! distributes them over. The span runs from `分别` to the last value.
//!
//! ```text
//! 办理环节、提交材料、办理时限分别压缩50%、40%。      => `分别压缩50%、40%`
//! 安全感、满意度分别上升至98.77%、96.81%。            => nothing
//! 营收分别增长13.4%、29.1%。 (subjects in the clauses before) => nothing: cannot tell
//! ```
//!
//! Subjects are the items of the list just before `分别` in its clause (split at `、` and
//! a last `和`/`与`/`及`); values are the numbers after it up to the clause's end, a range
//! counting once. Without a list of at least two subjects, or of two values (one value
//! is each subject's), the rule stays silent.

use super::util::{char_at, nums_in};
use super::{Ctx, Out};

pub fn respectively_mismatch(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    let lines = ctx.doc.lines();
    for (li, ls, le) in ctx.prose_lines() {
        let line = &text[ls..le];
        let mut from = 0;
        while let Some(k) = line[from..].find("分别") {
            let at = from + k;
            from = at + "分别".len();
            // A line that opens with its clause continues the line before when that one
            // did not end its sentence (a PDF line the cleaner left apart).
            let before = li
                .checked_sub(1)
                .map(|p| text[lines[p].start..lines[p].end].trim_end())
                .filter(|p| !p.ends_with(['。', '；', '！', '？', '：']) && ctx.prose[li - 1])
                .unwrap_or("");
            check(ctx, out, ls, line, at, before);
        }
    }
}

fn is_clause_end(c: char) -> bool {
    // A colon between ASCII digits is a time or a ratio (`2:1`), not a clause's end.
    c != ':' && super::util::is_clause_mark(c)
}

fn check(_ctx: &Ctx, out: &mut Out, ls: usize, line: &str, at: usize, line_before: &str) {
    // The clause before `分别`, outside brackets and quotes.
    // (At most 600 bytes back: a line without marks is not read whole for each `分别`.)
    let mut lo = at.saturating_sub(600);
    while !line.is_char_boundary(lo) {
        lo += 1;
    }
    let clause_start = line[lo..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_end(c))
        .map_or(lo, |(i, c)| lo + i + c.len_utf8());
    let mut subj = line[clause_start..at].to_string();
    if clause_start == 0 {
        let tail = line_before
            .rsplit(['，', '。', '；', '：', ',', ';'])
            .next()
            .unwrap_or("");
        subj = format!("{tail}{subj}");
    }
    // Without a list there, the list the sentence names in an earlier clause
    // (`按照基础类、完善类、提升类分类实施改造，改造小区数量分别为…`), if it holds no figures.
    let subjects = match count_items(&subj) {
        Some(n) => n,
        None if !subj.contains('、') => {
            let sentence_start = line[lo..clause_start]
                .char_indices()
                .rev()
                .find(|&(_, c)| matches!(c, '。' | '；' | '！' | '？'))
                .map_or(lo, |(i, c)| lo + i + c.len_utf8());
            let earlier = line[sentence_start..clause_start]
                .split(['，', ','])
                .rev()
                .find(|c| c.contains('、'));
            match earlier {
                Some(c) if !c.bytes().any(|b| b.is_ascii_digit()) => match count_items(c) {
                    Some(n) => n,
                    None => return,
                },
                _ => return,
            }
        }
        None => return,
    };
    // Values: from `分别` to the clause's end.
    let after = at + "分别".len();
    let mut hi = (after + 600).min(line.len());
    while !line.is_char_boundary(hi) {
        hi -= 1;
    }
    let clause_end = line[after..hi]
        .char_indices()
        .find(|&(_, c)| is_clause_end(c))
        .map_or(hi, |(i, _)| after + i);
    let nums = nums_in(line, after, clause_end);
    // Ranges (`10%～20%`, `100万元—200万元`, `3至5个`) count once; years are times, not values.
    let mut values = 0;
    let mut last_end = None;
    let mut prev_end: Option<usize> = None;
    for n in &nums {
        let year = line[n.num_end..].starts_with('年') && !n.chinese;
        if year
            || n.unit.is_none()
                && !n.magnitude
                && !line[n.num_end..].starts_with(['、', '和', '与', '及'])
                && n.end != clause_end
        {
            // A bare number inside a value (`第3位`) or a year: not a value of the list.
            if !year {
                continue;
            }
            continue;
        }
        let joined = prev_end.is_some_and(|pe| {
            let gap = &line[pe..n.start];
            matches!(gap, "～" | "~" | "—" | "-" | "－" | "至" | "到")
        });
        if !joined {
            values += 1;
        }
        prev_end = Some(n.end);
        last_end = Some(n.end);
    }
    let Some(end) = last_end else {
        return;
    };
    // One value over several subjects gives each the same (`化学需氧量和氨氮排放总量分别下降
    // 8%`): only a list of values can be one too few or too many.
    if values < 2 || values == subjects {
        return;
    }
    out.clean(
        ls + at,
        ls + end,
        format!("“分别”前列举{subjects}项，后面给出{values}个数值，数目不符"),
        format!("分别 distributes {values} values over {subjects} subjects"),
    );
    let _ = char_at;
}

/// The number of items of the list that ends `s` (the subjects of `分别`), if `s` is a list
/// of at least two: `A、B、C` → 3, `A、B和C` → 3, `A和B` → 2.
fn count_items(s: &str) -> Option<usize> {
    if s.ends_with('等') || s.contains("等") && s.ends_with(['项', '个']) {
        return None;
    }
    // Outside brackets and quotes.
    let mut depth = 0usize;
    let mut duns = 0;
    let mut last_dun = None;
    for (i, c) in s.char_indices() {
        match c {
            '“' | '《' | '（' | '(' => depth += 1,
            '”' | '》' | '）' | ')' => depth = depth.saturating_sub(1),
            '、' if depth == 0 => {
                duns += 1;
                last_dun = Some(i);
            }
            _ => {}
        }
    }
    let tail = match last_dun {
        Some(i) => &s[i..],
        None => s,
    };
    let conj = ["和", "与", "及", "以及", "或"].iter().any(|w| {
        tail.char_indices()
            .skip(1)
            .any(|(i, _)| tail[i..].starts_with(w))
    });
    let items = duns + 1 + usize::from(conj);
    (items >= 2 && (duns > 0 || conj)).then_some(items)
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::table;

    #[test]
    fn cases() {
        table(
            "respectively_mismatch",
            &[
                (
                    "办理环节、提交材料、办理时限分别压缩50%、40%。",
                    &["分别压缩50%、40%"],
                ),
                (
                    "办理环节、提交材料、办理时限分别压缩50%、40%和20%以上。",
                    &[],
                ),
                ("安全感、满意度分别上升至98.77%、96.81%，创历史新高。", &[]),
                ("全年实现营收5238亿元，分别同比增长13.4%、29.1%。", &[]),
                (
                    "工业和服务业分别增长5.2%、6.1%和7.3%。",
                    &["分别增长5.2%、6.1%和7.3%"],
                ),
                ("城镇和农村居民收入分别增长5%。", &[]),
                ("氮氧化物、挥发性有机物排放量分别下降8%以上。", &[]),
                ("各地分别召开会议，部署工作。", &[]),
                ("一、二、三产业分别增长3%～4%、5%～6%、7%。", &[]),
                (
                    "按照基础类、完善类、提升类分类实施改造，改造小区数量分别为126个、58个、22个和6个。",
                    &["分别为126个、58个、22个和6个"],
                ),
                ("推进教育、医疗改革，两项工作分别完成80%、90%。", &[]),
            ],
        );
    }
}
