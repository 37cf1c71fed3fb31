//! `dup_fragment`: a fragment of 12 or more characters repeated within the same paragraph
//! or the next one — a copy-paste slip, often across a page break. The span is the later
//! copy.
//!
//! ```text
//! 一码管理，即任务决算的流程及刚性要求，建立了项目、行业、综合绩效评价的“三评”体系…
//! (the same 40 characters already stood earlier in the paragraph) => the later copy
//! ```
//!
//! Linear in the text: every window of 12 characters of a prose line is hashed (a rolling
//! hash) and looked up among the windows of the same paragraph and the paragraph before;
//! only a hit is compared character by character and extended. Headings, tables, contents
//! and owner lines are not prose; a repeat that is only a standard formulation
//! (`data/formulations.txt`) or a quotation (`“…”`, `《…》`) is not a slip.

use rustc_hash::FxHashMap as HashMap;

use super::util::is_han;
use super::{Ctx, Out};
use crate::data;

const MIN_CHARS: usize = 12;
/// The hashed window: shorter than a reportable repeat by less than [`STEP`], so that
/// every repeat of 12 characters holds a stored window.
const WINDOW: usize = 10;
/// A repeat this long is a slip wherever it falls; a shorter one only when it doubles the
/// text right before it, or starts a clause both times (a noun phrase such as `乡镇卫生院、社区卫生服务中心` is repeated by design).
const LONG: usize = 20;
const STEP: usize = 3;
const FILTER_WORDS: usize = 1 << 14;
const BASE: u64 = 0x100_0000_01B3;

pub fn dup_fragment(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    // Windows of the prose lines: hash → (the line's number, the window's char index). Only
    // this line's and the previous line's count; older ones are stale and overwritten.
    let mut windows: HashMap<u64, (u32, u32)> = HashMap::default();
    // One bit per stored hash (2^20 bits): most windows were never stored, and are turned
    // away by one bit instead of a probe of the table.
    let mut seen = vec![0u64; FILTER_WORDS];
    let bit = |h: u64| ((h >> 40) as usize) & (FILTER_WORDS * 64 - 1);
    let mut seq: u32 = 0;
    // Characters of the previous line and this one, with their byte offsets.
    let mut prev_chars: Vec<(usize, char)> = Vec::new();
    let mut chars: Vec<(usize, char)> = Vec::new();
    let mut pow = 1u64;
    for _ in 0..WINDOW {
        pow = pow.wrapping_mul(BASE);
    }
    for (_, ls, le) in ctx.prose_lines() {
        if is_note(&text[ls..le]) {
            // A note under a table or a statistical bulletin's `[12]…` defines its terms in
            // set words, one note after another.
            continue;
        }
        chars.clear();
        chars.extend(text[ls..le].char_indices().map(|(i, c)| (ls + i, c)));
        let n = chars.len();
        if n < MIN_CHARS {
            // A short line (a running head, a signature) does not part two paragraphs.
            continue;
        }
        seq += 1;
        // Stale windows (older than the previous line) are dropped now and then, and the
        // filter rebuilt from what is left, so that it stays sparse.
        if windows.len() > 1 << 16 {
            windows.retain(|_, v| v.0 + 1 >= seq);
            seen.iter_mut().for_each(|w| *w = 0);
            for &h in windows.keys() {
                let b = bit(h);
                seen[b / 64] |= 1 << (b % 64);
            }
        }
        let mut h = 0u64;
        let mut j = 0; // window [j, j + WINDOW)
        let mut skip_until = 0; // char index before which windows are part of a reported copy
        for k in 0..n {
            h = h.wrapping_mul(BASE).wrapping_add(chars[k].1 as u64);
            if k >= WINDOW {
                h = h.wrapping_sub(pow.wrapping_mul(chars[k - WINDOW].1 as u64));
            }
            if k + 1 < WINDOW {
                continue;
            }
            j = k + 1 - WINDOW;
            if j >= skip_until {
                // An earlier copy: in this line, ending before this window starts, or in the
                // line before.
                let b = bit(h);
                let maybe = seen[b / 64] & (1 << (b % 64)) != 0;
                let found = if maybe { windows.get(&h) } else { None };
                let hit = match found {
                    Some(&(s, e)) if s == seq && e as usize + WINDOW <= j => {
                        Some((e as usize, true))
                    }
                    Some(&(s, e)) if s + 1 == seq => Some((e as usize, false)),
                    _ => None,
                };
                if let Some((e, same)) = hit {
                    let earlier: &[(usize, char)] = if same { &chars } else { &prev_chars };
                    // Back to where the copy begins (not into what was already reported).
                    let mut back = 0;
                    while back < STEP
                        && j > back.max(skip_until)
                        && e > back
                        && earlier[e - back - 1].1 == chars[j - back - 1].1
                        && j - back > skip_until
                    {
                        back += 1;
                    }
                    let (j, e) = (j - back, e - back);
                    let mut len = 0;
                    while j + len < n
                        && e + len < earlier.len()
                        && (!same || e + len < j)
                        && earlier[e + len].1 == chars[j + len].1
                    {
                        len += 1;
                    }
                    if len >= MIN_CHARS
                        && (len >= LONG
                            || same && e + len == j
                            || starts_clause(ctx, &chars, j)
                                && starts_clause(ctx, earlier, e)
                                && (ends_clause(&chars[j..j + len], chars.get(j + len))
                                    || ends_clause(&earlier[e..e + len], earlier.get(e + len))))
                    {
                        let start = chars[j].0;
                        let end = chars[j + len - 1].0 + chars[j + len - 1].1.len_utf8();
                        if report(ctx, ls, le, start, end) {
                            let frag = &text[start..end];
                            out.clean(
                                start,
                                end,
                                format!("与前文重复的片段（{}字），疑为复制粘贴", len),
                                format!(
                                    "A fragment of {} characters repeats the text just before it: a copy-paste slip?",
                                    len
                                ),
                            );
                            let _ = frag;
                            skip_until = j + len;
                        } else if len >= LONG {
                            // Not a slip, and long: not read again window by window (a run
                            // of one phrase would make that quadratic).
                            skip_until = j + len;
                        }
                    }
                }
            }
            // Windows are stored at every third start (a repeat of 12 characters holds three
            // windows of 10, one of them stored) and looked up at every start; a hit is extended
            // backwards to where the copy begins.
            if j % STEP == 0 {
                let b = bit(h);
                seen[b / 64] |= 1 << (b % 64);
                let here = (seq, j as u32);
                windows
                    .entry(h)
                    .and_modify(|v| {
                        if v.0 + 1 < seq {
                            *v = here;
                        }
                    })
                    .or_insert(here);
            }
        }
        let _ = j;
        std::mem::swap(&mut prev_chars, &mut chars);
    }
}

/// Whether `chars[j..]` starts a clause
/// (or follows a break of the original's lines: a copy after a page break).
fn starts_clause(ctx: &Ctx, chars: &[(usize, char)], j: usize) -> bool {
    let stop = |c: char| matches!(c, '，' | '。' | '；' | '：' | '！' | '？' | ',' | ';' | ':');
    if j == 0 || stop(chars[j - 1].1) || stop(chars[j].1) {
        return true;
    }
    let (_, prev_end) = ctx
        .doc
        .orig_span(chars[j - 1].0, chars[j - 1].0 + chars[j - 1].1.len_utf8());
    let (here, _) = ctx
        .doc
        .orig_span(chars[j].0, chars[j].0 + chars[j].1.len_utf8());
    ctx.doc
        .original
        .get(prev_end..here)
        .is_some_and(|gap| gap.contains('\n'))
}

/// Whether a short repeat `copy` (followed by `next`; either copy may be) is a whole clause
/// said again, as a slip would be: it ends where a clause ends. A repeat that stops inside a phrase, or
/// before a figure, or that is only a clause's opening words up to its comma, without a
/// figure (`在固定资产投资中，`), is the frame of parallel sentences (排比: `必须同中国具体实际相结合…必须同
/// 中华优秀传统文化相结合`, `占规模以上工业增加值比重为17.1%…为12.5%`), written by design.
fn ends_clause(copy: &[(usize, char)], next: Option<&(usize, char)>) -> bool {
    let end = |c: char| {
        matches!(
            c,
            '，' | '。' | '；' | '：' | '！' | '？' | '、' | ',' | ';'
        )
    };
    let figure = copy.iter().any(|&(_, c)| c.is_ascii_digit());
    match copy.last().map(|&(_, c)| c) {
        // Opening words up to a comma; a clause with a figure in it is content, not a frame.
        Some('，' | '：' | '、' | ',') => figure,
        Some(c) if end(c) => true,
        _ => next.is_none_or(|&(_, c)| end(c) || c == '\n'),
    }
}

/// A line of notes: `注：…`, `[12]…` (a bulletin's numbered note), `①…`.
fn is_note(line: &str) -> bool {
    let t = line.trim_start();
    let bracketed = |open: char, close: char| {
        t.strip_prefix(open)
            .and_then(|r| r.split_once(close))
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    t.starts_with("注：")
        || t.starts_with("注:")
        || t.starts_with(|c| ('①'..='⑳').contains(&c))
        || bracketed('[', ']')
        || bracketed('［', '］')
}

/// Whether a repeated fragment is a slip worth reporting: it still has 12 Chinese
/// characters outside standard formulations and titles (`《…条例》` may be named twice)
/// of its line `[ls, le)`.
fn report(ctx: &Ctx, ls: usize, le: usize, start: usize, end: usize) -> bool {
    // The fragment and a little around it (a formulation or a title it is part of), not
    // the whole line: a long line may hold many repeats.
    let text = ctx.text;
    let mut ls = start.saturating_sub(96).max(ls);
    while !text.is_char_boundary(ls) {
        ls += 1;
    }
    let mut le = (end + 96).min(le);
    while !text.is_char_boundary(le) {
        le -= 1;
    }
    let line = &text[ls..le];
    let (s, e) = (start - ls, end - ls);
    let mut covered = vec![false; line.len()];
    for f in &data::formulations().entries {
        let mut from = 0;
        while let Some(k) = line[from..].find(f) {
            let a = from + k;
            covered[a..a + f.len()].iter_mut().for_each(|c| *c = true);
            from = a + f.len();
        }
    }
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in line.char_indices() {
        match c {
            '《' => open.push(i),
            '》' => {
                if let Some(o) = open.pop() {
                    covered[o..i + c.len_utf8()]
                        .iter_mut()
                        .for_each(|c| *c = true);
                }
            }
            _ => {}
        }
    }
    // A run of one figure or character (`111…`, `——`) repeats itself by nature.
    let mut distinct: Vec<char> = line[s..e].chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < 6 {
        return false;
    }
    line[s..e]
        .char_indices()
        .filter(|&(i, c)| (is_han(c) || c.is_ascii_alphanumeric()) && !covered[s + i])
        .count()
        >= MIN_CHARS
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::table;

    #[test]
    fn cases() {
        let seed = "建立了项目、行业、综合绩效评价的“三评”体系，实现覆盖项目前期、项目建设的全生命周期管控。一码管理，即建立了项目、行业、综合绩效评价的“三评”体系，实现覆盖项目前期管理。";
        table(
            "dup_fragment",
            &[
                (seed, &["建立了项目、行业、综合绩效评价的“三评”体系，实现覆盖项目前期"]),
                (
                    "全面推进乡村振兴，加快农业农村现代化。\n全面推进乡村振兴，加快农业农村现代化步伐。",
                    &["全面推进乡村振兴，加快农业农村现代化"],
                ),
                (
                    "坚持以习近平新时代中国特色社会主义思想为指导，推动发展。坚持以习近平新时代中国特色社会主义思想为指导，深化改革。",
                    &[],
                ),
                (
                    "出台《武汉市智能网联汽车发展促进条例》，推动立法。落实《武汉市智能网联汽车发展促进条例》要求。",
                    &[],
                ),
                ("推进改革，推进发展，推进创新，推进开放，推进共享。", &[]),
                (
                    "今年要推动数字政府建设提质增效推动数字政府建设提质增效，加快发展。",
                    &["推动数字政府建设提质增效"],
                ),
                (
                    "加快疾病预防控制体系改革和公共卫生体系建设。努力建成国家疾病预防控制体系改革和公共卫生体系建设示范区。",
                    &[],
                ),
                ("推动数字政府建设，提升政务服务效能。推动数字政府建设，提升政务服务效能。", &["推动数字政府建设，提升政务服务效能。"]),
                // Parallel sentences: the frame repeats, the clauses differ.
                (
                    "坚持和发展马克思主义，必须同中国具体实际相结合。坚持和发展马克思主义，必须同中华优秀传统文化相结合。",
                    &[],
                ),
                (
                    "高技术制造业增加值增长9.4%，占规模以上工业增加值比重为17.1%；装备制造业增加值增长9.2%，占规模以上工业增加值比重为36.8%。",
                    &[],
                ),
                (
                    "在固定资产投资（不含农户）中，民间投资下降。\n在固定资产投资（不含农户）中，第一产业投资增长。",
                    &[],
                ),
                // The same clause said twice is still a slip.
                (
                    "全市新建供水工程42处，新增受益农村人口38.6万人。\n新增受益农村人口38.6万人，普及率达到96.2%。",
                    &["新增受益农村人口38.6万人"],
                ),
                // Notes define their terms in set words.
                (
                    "[12]城镇居民人均可支配收入是指将所有调查户的收入平均。\n[13]农村居民人均可支配收入是指将所有调查户的收入平均。",
                    &[],
                ),
            ],
        );
    }
}
