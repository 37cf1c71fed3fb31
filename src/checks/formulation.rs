//! `formulation`: a near miss of a standard formulation (规范提法, `data/formulations.txt`):
//! a character dropped, added, swapped with its neighbour, or replaced, inside the phrase.
//!
//! ```text
//! 坚持以习近平新时代中国特色社会主意思想为指导 => `习近平新时代中国特色社会主意思想`
//! 深化“高效办成一件件事”改革                    => `高效办成一件件事`
//! 推动高量质发展                                  => `高量质发展`
//! 全面深化农村改革 / 全面建设小康社会 (listed as legitimate) => nothing
//! ```
//!
//! The edit must be inside the phrase, with at least two of its characters matching on
//! either side, and the longer the phrase the more kinds of edit are read: a swap from 5
//! characters, a drop from 6, a replacement from 7, an addition from 8 — short phrases have
//! too many legitimate neighbours.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use super::util::is_han;
use super::{Ctx, Out};
use crate::data;

struct Index {
    /// A bit for every character of the Basic Multilingual Plane that starts a formulation:
    /// most characters of a text start none, and are rejected with one array look-up.
    firsts: Vec<u64>,
    /// Formulations as characters, indexed by their first character.
    by_first: HashMap<char, Vec<Vec<char>>>,
    exact: Vec<&'static str>,
}

fn index() -> &'static Index {
    static I: OnceLock<Index> = OnceLock::new();
    I.get_or_init(|| {
        let list = data::formulations();
        let mut by_first: HashMap<char, Vec<Vec<char>>> = HashMap::default();
        for f in &list.entries {
            let chars: Vec<char> = f.chars().collect();
            if chars.len() >= 5 {
                by_first.entry(chars[0]).or_default().push(chars);
            }
        }
        let mut exact: Vec<&'static str> = list.entries.clone();
        exact.extend(list.except.iter());
        let mut firsts = vec![0u64; 1024];
        for &c in by_first.keys() {
            let u = c as usize;
            if u < 65536 {
                firsts[u / 64] |= 1 << (u % 64);
            }
        }
        Index {
            firsts,
            by_first,
            exact,
        }
    })
}

/// The near miss of `f` that `t` starts with: its length in characters.
fn near_miss(t: &[char], f: &[char]) -> Option<usize> {
    let n = f.len();
    let k = t.iter().zip(f).take_while(|(a, b)| a == b).count();
    if k == n || k < 1 {
        return None;
    }
    let starts = |from: usize, part: &[char]| {
        t.len() >= from + part.len() && t[from..from + part.len()] == *part
    };
    // Swapped with the next character.
    if n >= 5
        && k + 2 < n
        && f[k] != f[k + 1]
        && t.get(k) == Some(&f[k + 1])
        && t.get(k + 1) == Some(&f[k])
        && starts(k + 2, &f[k + 2..])
    {
        return Some(n);
    }
    if k < 2 {
        return None;
    }
    let tail = n - k; // characters of f from the edit on
                      // Dropped.
    if n >= 6 && tail >= 3 && starts(k, &f[k + 1..]) {
        return Some(n - 1);
    }
    // Replaced, but not one numeral by another: `党的十一届三中全会` is another plenum than
    // `党的十八届三中全会`, not a slip for it.
    let numeral = |c: &char| "〇一二两三四五六七八九十百".contains(*c);
    if n >= 7
        && tail >= 3
        && t.get(k)
            .is_some_and(|c| is_han(*c) && !(numeral(c) && numeral(&f[k])))
        && starts(k + 1, &f[k + 1..])
    {
        return Some(n);
    }
    // Added.
    // (a doubled character, `一件件事`, from 5).
    let doubled = t.get(k) == Some(&f[k - 1]);
    if (n >= 8 && tail >= 2 || doubled)
        && t.get(k).is_some_and(|c| is_han(*c))
        && starts(k + 1, &f[k..])
    {
        return Some(n + 1);
    }
    None
}

pub fn formulation(ctx: &Ctx, out: &mut Out) {
    let idx = index();
    let text = ctx.text;
    let mut window: Vec<char> = Vec::with_capacity(32);
    for (_, ls, le) in ctx.text_lines() {
        let line = &text[ls..le];
        let mut skip_to = 0;
        for (i, c) in line.char_indices() {
            if i < skip_to {
                continue;
            }
            let u = c as usize;
            if u < 65536 && idx.firsts[u / 64] & (1 << (u % 64)) == 0 {
                continue;
            }
            let Some(cands) = idx.by_first.get(&c) else {
                continue;
            };
            // The second character must be one of a candidate's second or third (a swap).
            let c2 = line[i + c.len_utf8()..].chars().next();
            if !cands.iter().any(|f| c2 == Some(f[1]) || c2 == Some(f[2])) {
                continue;
            }
            window.clear();
            window.extend(line[i..].chars().take(20));
            for f in cands {
                let Some(len) = near_miss(&window, f) else {
                    continue;
                };
                let end = i + window[..len].iter().map(|c| c.len_utf8()).sum::<usize>();
                let written = &line[i..end];
                // A phrase of its own (listed, or another formulation) is no miss; nor is one
                // that goes on as a listed phrase (`中国特色社会主义` inside a longer one).
                if idx
                    .exact
                    .iter()
                    .any(|e| line[i..].starts_with(e) || e.starts_with(written))
                {
                    continue;
                }
                let right: String = f.iter().collect();
                out.clean_fix(
                    ls + i,
                    ls + end,
                    format!("“{written}”疑为规范提法“{right}”的误写"),
                    format!("“{written}” looks like a slip for the standard formulation “{right}”"),
                    Some(right.clone()),
                );
                skip_to = end;
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::table;

    #[test]
    fn cases() {
        table(
            "formulation",
            &[
                (
                    "坚持以习近平新时代中国特色社会主意思想为指导。",
                    &["习近平新时代中国特色社会主意思想"],
                ),
                ("深化“高效办成一件件事”改革。", &["高效办成一件件事"]),
                ("推动高量质发展。", &["高量质发展"]),
                ("全面深化改革，推动高质量发展。", &[]),
                ("全面深化农村改革，全面建设小康社会。", &[]),
                (
                    "贯彻习近平总书记重要讲话精神，坚持中国特色社会主义道路。",
                    &[],
                ),
                ("坚持以习近平新时代中国特色社会主义思想为指导。", &[]),
                ("深化“高效办好一件事”改革。", &["高效办好一件事"]),
                ("党的十一届三中全会开启了改革开放。", &[]),
                ("党的十八界三中全会作出部署。", &["党的十八界三中全会"]),
            ],
        );
    }
}
