//! `arith_mismatch`: a stated change that contradicts the stated before and after values,
//! `%` confused with `百分点` among them. The span runs from `由`/`从` to the stated change.
//!
//! ```text
//! 报警响应平均用时从120秒压缩至80秒，缩短50秒。          => `从120秒压缩至80秒，缩短50秒`
//! 城镇化率由60%提高到65%，提高5%。                       => (should be 5个百分点)
//! 城镇化率由60%提高到65%，提高5个百分点。                 => nothing
//! 营收由100亿元增长到120亿元，增长20%。                   => nothing
//! 营收由100亿元下降到120亿元。                             => (the verb says down)
//! ```
//!
//! Read as `由/从 [时间的] X 动词到/至 [时间的] Y[，] 动词[了] Z`; the verbs and their
//! directions are data (`data/change_words.tsv`). A change in `%` between two percentages
//! is read as relative; when it equals the difference in points instead, the finding says
//! `百分点`. Approximate figures (`约`, `多`, `以上`) get a wide tolerance.

use super::util::{char_at, num_at, Num};
use super::{Ctx, Out};
use crate::data;
use crate::numbers::units::Class;

pub fn arith_mismatch(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    for (_, ls, le) in ctx.prose_lines() {
        let line = &text[ls..le];
        for (i, c) in line.char_indices() {
            if c == '由' || c == '从' {
                if let Some((end, msg, msg_en)) = check(line, i + c.len_utf8()) {
                    out.clean(ls + i, ls + end, msg, msg_en);
                }
            }
        }
    }
}

/// A change verb at the start of `s`: its direction (+1 up, −1 down) and length.
fn verb_at(s: &str) -> Option<(i32, usize)> {
    let (w, dir) = data::change_words().longest_prefix(s)?;
    Some((if dir == "up" { 1 } else { -1 }, w.len()))
}

/// Skips `2020年的`, `改革前的`, `上年的`: a short phrase ending in `的` before a number.
fn skip_time(s: &str, at: usize) -> usize {
    let rest = &s[at..];
    for (k, (i, c)) in rest.char_indices().enumerate() {
        if k > 10 || matches!(c, '，' | '。' | '；') {
            break;
        }
        if c == '的' {
            let after = at + i + c.len_utf8();
            if num_at(s, after).is_some() {
                return after;
            }
            break;
        }
    }
    at
}

fn approx_before(s: &str, at: usize) -> bool {
    let before = &s[..at];
    ["约", "近", "超", "超过", "逾", "达", "左右"]
        .iter()
        .any(|w| before.ends_with(w) && *w != "达")
}

fn approx_after(s: &str, n: &Num) -> bool {
    let rest = &s[n.num_end..];
    rest.starts_with(['多', '余', '左']) || s[n.end..].starts_with(['多', '余', '以', '左'])
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

/// Reads the pattern after `由`/`从` at `at`: the end of the stated change and the message,
/// when the figures disagree.
fn check(s: &str, at: usize) -> Option<(usize, String, String)> {
    let xa = skip_time(s, at);
    let x = num_at(s, xa)?;
    if s[x.num_end..].starts_with('年') && !x.chinese {
        return None; // 从2020年起
    }
    let (dir1, vlen) = verb_at(&s[x.end..])?;
    let mut p = x.end + vlen;
    // `到`, `至`, `为` after the verb (unless the verb holds it: `增至`).
    let holds_to = s[x.end..x.end + vlen].ends_with(['至']);
    if !holds_to {
        let c = char_at(s, p)?;
        if !matches!(c, '到' | '至' | '为') {
            return None;
        }
        p += c.len_utf8();
    }
    let ya = skip_time(s, p);
    let y = num_at(s, ya)?;
    // Units: Y's, and X's when written, must agree.
    let (xu, yu) = (x.base(), y.base());
    if !xu.is_empty() && !yu.is_empty() && xu != yu {
        return None;
    }
    let unit = if yu.is_empty() { xu } else { yu };
    let (xv, yv) = (x.value, y.value);
    let pct = x.is_percent() || y.is_percent() && x.unit.is_none();
    let mut end = y.end;
    let mut problems: Vec<(String, String)> = Vec::new();
    if (yv - xv).signum() as i32 * dir1 < 0 && yv != xv {
        let w = &s[x.end..x.end + vlen];
        problems.push((
            format!(
                "“{w}”与数值变化方向相反（{} → {}）",
                written(s, &x),
                written(s, &y)
            ),
            format!(
                "“{w}” but the value goes from {} to {}",
                written(s, &x),
                written(s, &y)
            ),
        ));
    }
    // The stated change: `，增长20%`, `，提高5个百分点`, `、缩短40秒`.
    let mut q = y.end;
    // `以上`, `左右` after Y.
    for w in ["以上", "左右"] {
        if s[q..].starts_with(w) {
            q += w.len();
        }
    }
    if let Some(c) = char_at(s, q).filter(|c| matches!(c, '，' | '、' | ',')) {
        q += c.len_utf8();
    }
    for w in ["同比", "分别", "共", "累计"] {
        if s[q..].starts_with(w) {
            q += w.len();
        }
    }
    // `实现翻一番`, `翻了两番`: ×2, ×4.
    let mut r0 = q;
    for w in ["实现", "已经", "已"] {
        if s[r0..].starts_with(w) {
            r0 += w.len();
        }
    }
    if let Some(rest) = s[r0..].strip_prefix('翻') {
        let rest = rest.strip_prefix('了').unwrap_or(rest);
        let times = ["一番", "两番", "三番"]
            .iter()
            .position(|w| rest.starts_with(w))
            .map(|k| 2f64.powi(k as i32 + 1));
        if let (Some(t), true) = (times, xv > 0.0) {
            let w = if t == 2.0 {
                "一番"
            } else if t == 4.0 {
                "两番"
            } else {
                "三番"
            };
            end = s.len() - rest.len() + w.len();
            let ratio = yv / xv;
            if (ratio - t).abs() > 0.05 * t {
                problems.push((
                    format!(
                        "由{}到{}为{:.2}倍，不是翻{}（{}倍）",
                        written(s, &x),
                        written(s, &y),
                        ratio,
                        w,
                        t
                    ),
                    format!(
                        "From {} to {} is ×{:.2}, not ×{}",
                        written(s, &x),
                        written(s, &y),
                        ratio,
                        t
                    ),
                ));
            }
        }
    } else if let Some((dir2, l2)) = verb_at(&s[q..]) {
        let verb = &s[q..q + l2];
        let mut r = q + l2;
        for w in ["了", "达到", "达", "为", "约", "近", "超过", "超"] {
            if s[r..].starts_with(w) {
                r += w.len();
                break;
            }
        }
        if let Some(z) = num_at(s, r).filter(|z| !z.chinese || z.unit.is_some()) {
            end = z.end;
            let approx = approx_before(s, r)
                || approx_after(s, &z)
                || approx_after(s, &y)
                || approx_after(s, &x);
            let zv = z.value;
            let rounding = 0.5 * 10f64.powi(-(z.decimals as i32));
            let diff = (yv - xv).abs();
            let dir_ok = (yv - xv).signum() as i32 * dir2 >= 0 || yv == xv;
            if !dir_ok {
                problems.push((
                    format!("“{verb}”与数值变化方向相反"),
                    format!("“{verb}” but the value goes the other way"),
                ));
            }
            match z.class() {
                Some(Class::Points) => {
                    let tol = if approx {
                        zv * 0.2 + 1.0
                    } else {
                        rounding + 0.011
                    };
                    if pct && !close(diff, zv, tol) {
                        problems.push((
                            format!(
                                "由{}%到{}%相差{}个百分点，不是{}个百分点",
                                fmt(xv),
                                fmt(yv),
                                fmt(diff),
                                fmt(zv)
                            ),
                            format!(
                                "From {}% to {}% is {} points, not {}",
                                fmt(xv),
                                fmt(yv),
                                fmt(diff),
                                fmt(zv)
                            ),
                        ));
                    }
                }
                Some(Class::Percent) if xv != 0.0 => {
                    let rel = diff / xv.abs() * 100.0;
                    let tol = if approx {
                        zv * 0.15 + 1.0
                    } else {
                        rounding.max(zv * 0.01) + 0.06
                    };
                    if !close(rel, zv, tol) {
                        if pct && close(diff, zv, rounding + 0.011) {
                            problems.push((
                                format!(
                                    "由{}%到{}%是提高{}个百分点（相对变化{:.1}%），“%”应为“百分点”",
                                    fmt(xv), fmt(yv), fmt(diff), rel
                                ),
                                format!(
                                    "From {}% to {}% is {} percentage points ({:.1}% relative): write 百分点, not %",
                                    fmt(xv), fmt(yv), fmt(diff), rel
                                ),
                            ));
                        } else {
                            problems.push((
                                format!(
                                    "由{}到{}的变化为{:.1}%，不是{}%",
                                    written(s, &x),
                                    written(s, &y),
                                    rel,
                                    fmt(zv)
                                ),
                                format!(
                                    "From {} to {} is a change of {:.1}%, not {}%",
                                    written(s, &x),
                                    written(s, &y),
                                    rel,
                                    fmt(zv)
                                ),
                            ));
                        }
                    }
                }
                Some(Class::Multiple) if xv != 0.0 => {
                    // `增长1.5倍` is ×2.5 (GB/T usage: the increase, not the result).
                    let ratio = yv / xv;
                    let tol = if approx { 0.3 } else { rounding + 0.06 };
                    if !close(ratio - 1.0, zv, tol) {
                        problems.push((
                            format!(
                                "由{}到{}增长了{:.2}倍（为原来的{:.2}倍），不是{}倍",
                                written(s, &x),
                                written(s, &y),
                                ratio - 1.0,
                                ratio,
                                fmt(zv)
                            ),
                            format!(
                                "From {} to {} is an increase of {:.2} times (×{:.2}), not {}",
                                written(s, &x),
                                written(s, &y),
                                ratio - 1.0,
                                ratio,
                                fmt(zv)
                            ),
                        ));
                    }
                }
                _ if !pct && !unit.is_empty() && z.base() == unit => {
                    // The difference in the stated change's own magnitude and unit (`16.6亿元`).
                    let numeral = crate::numbers::numeral::arabic(&s[z.start..]);
                    let diff_written = match numeral {
                        Some(n) if n.value > 0.0 => {
                            format!("{}{}", fmt(diff * n.value / zv), &s[z.start + n.len..z.end])
                        }
                        _ => fmt(diff),
                    };
                    let tol = if approx {
                        zv * 0.15 + rounding
                    } else {
                        zv.abs() * 0.005 + rounding * magnitude_of(&z)
                    };
                    if !close(diff, zv, tol) {
                        problems.push((
                            format!(
                                "由{}到{}相差{}，不是{}",
                                written(s, &x),
                                written(s, &y),
                                diff_written,
                                written(s, &z)
                            ),
                            format!(
                                "From {} to {} is a difference of {}, not {}",
                                written(s, &x),
                                written(s, &y),
                                diff_written,
                                written(s, &z)
                            ),
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    let (m, e) = problems.into_iter().next()?;
    Some((end, m, e))
}

/// The factor a magnitude multiplies by (`万` → 1e4), for rounding tolerances.
fn magnitude_of(z: &Num) -> f64 {
    if z.magnitude {
        let digits = z.value.abs().log10().floor();
        10f64.powf(digits - 3.0).max(1.0)
    } else {
        1.0
    }
}

/// A number as the text writes it, with its unit (`120秒`, `21.8万亿元`).
fn written<'a>(s: &'a str, n: &Num) -> &'a str {
    &s[n.start..n.end]
}

/// A number as a reader writes it: `80`, `0.5`, `1.2e11` as `120000000000`.
fn fmt(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::table;

    #[test]
    fn cases() {
        table(
            "arith_mismatch",
            &[
                (
                    "报警响应平均用时从120秒压缩至80秒，缩短50秒。",
                    &["从120秒压缩至80秒，缩短50秒"],
                ),
                ("报警响应平均用时从120秒压缩至80秒，缩短40秒。", &[]),
                ("报警响应平均用时从120秒压缩至80秒。", &[]),
                (
                    "城镇化率由60%提高到65%，提高5%。",
                    &["由60%提高到65%，提高5%"],
                ),
                ("城镇化率由60%提高到65%，提高5个百分点。", &[]),
                ("城镇化率由60%提高到65%，提高8.3%。", &[]),
                (
                    "城镇化率由60%提高到65%，提高3个百分点。",
                    &["由60%提高到65%，提高3个百分点"],
                ),
                ("营收由100亿元增长到120亿元，增长20%。", &[]),
                (
                    "营收由100亿元增长到120亿元，增长25%。",
                    &["由100亿元增长到120亿元，增长25%"],
                ),
                ("营收由2020年的100亿元增长到2023年的120亿元，增长20%。", &[]),
                ("营收由100亿元下降到120亿元。", &["由100亿元下降到120亿元"]),
                ("从2020年起，营收由100亿元增长到约120亿元，增长近20%。", &[]),
                ("规模从3.2万亿元扩大到3.5万亿元，增加0.3万亿元。", &[]),
                ("规模从3.2万亿元扩大到3.5万亿元，增加3000亿元。", &[]),
                ("产值由50亿元提高到150亿元，增长2倍。", &[]),
                (
                    "产值由50亿元提高到100亿元，增长2倍。",
                    &["由50亿元提高到100亿元，增长2倍"],
                ),
                (
                    "吞吐量由12.6万标箱增长到21.8万标箱，实现翻一番。",
                    &["由12.6万标箱增长到21.8万标箱，实现翻一番"],
                ),
                ("吞吐量由312万标箱增长到624万标箱，实现翻一番。", &[]),
            ],
        );
    }
}
