//! Numbers by GB/T 15835-2011 (出版物上数字用法).
//!
//! - `number_style`: numeral styles against the standard (output.md: a GB/T 15835 rule
//!   uses this code):
//!   - `4千` (only 万 and 亿 may be Chinese inside an Arabic number), `.46` (→ `0.46`),
//!     `三、四个` (an approximate number takes no 顿号 → `三四个`), and a Chinese count
//!     beside Arabic ones of the same unit in one sentence (`新建5个园区、十二个基地`);
//!   - abbreviated years: `21年底`, `23年3月` — years are written in full;
//!   - ranges that drop the first value's unit or magnitude: `15～30%`, `9～16亿`
//!     (`15%～30%`, `9亿～16亿`);
//!   - a number split across lines by a PDF break (`pdf.rs`).
//! - `range_dash`: `100万元—200万元`, `1-2项` — numeric ranges take `～`; the dash is for
//!   spans of time and place (`1—9月`, `武汉—鄂州`).

use super::util::{char_at, char_before, is_han, num_at, walk_starts, Num};
use super::{Ctx, Out};
use crate::numbers::numeral;
use crate::numbers::units::{unit_at, Class};

/// Characters after an Arabic number that make it a time (its range takes `—`).
fn time_unit(s: &str) -> bool {
    s.starts_with([
        '年', '月', '日', '时', '点', '号', '季', '周', '世', '届', '期', '版',
    ]) || s.starts_with("个月")
        || s.starts_with("小时")
        || s.starts_with("分钟")
        || unit_at(s).is_some_and(|u| u.class == Class::Time)
}

/// ```text
/// 节约资金4千万元      => `4千万`
/// 占比为.46            => `.46` （fix `0.46`）
/// 每年开展三、四次检查 => `三、四次` （fix `三四次`）
/// 新建5个园区、十二个基地 => `十二个`
/// 3千米 / 5百分点 / 第三、四季度 / 一、二、三产业 => nothing
/// ```
pub fn number_style(ctx: &Ctx, out: &mut Out) {
    numerals(ctx, out);
    abbreviated_year(ctx, out);
    range_unit(ctx, out);
    super::pdf::split_number(ctx, out);
}

/// `4千`, `.46`, `三、四个`, and Chinese counts beside Arabic ones.
fn numerals(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    for (li, ls, le) in ctx.text_lines() {
        let line = &text[ls..le];
        let prose = ctx.prose[li];
        let bytes = line.as_bytes();
        // The places anything starts here: the digit runs (and a `.` right before one), and
        // in prose each `、` (approximate numbers).
        let mut starts: Vec<usize> = ctx
            .digit_runs(ls, le)
            .map(|p| p - ls)
            .map(|i| {
                if i > 0 && bytes[i - 1] == b'.' {
                    i - 1
                } else {
                    i
                }
            })
            .collect();
        if prose && line.contains('、') {
            starts.extend(line.match_indices('、').map(|(i, _)| i));
            starts.sort_unstable();
        }
        walk_starts(line.len(), &starts, |i| {
            let Some(c) = char_at(line, i) else {
                return line.len();
            };
            // `4千`, `3百万`: Arabic digits with 千/百/十 as magnitude.
            if c.is_ascii_digit()
                && !char_before(line, i)
                    .is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == ',')
            {
                // The numeral's length, read by bytes (digits, separators, a decimal part).
                let n = bytes[i..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit() || **b == b'.' || **b == b',')
                    .count();
                let n = line[i..i + n].trim_end_matches(['.', ',']).len().max(1);
                let rest = &line[i + n..];
                if let Some(m) = rest
                    .chars()
                    .next()
                    .filter(|m| matches!(m, '千' | '百' | '十'))
                {
                    let unit_word = unit_at(rest).is_some_and(|u| {
                        u.written.starts_with(m) && u.written.len() > m.len_utf8()
                    });
                    let next = rest[m.len_utf8()..].chars().next();
                    // `3十年代`? no; `5十`, `4千`, `3百万`, `2千亿`.
                    if !unit_word && next != Some('分') {
                        let mut end = i + n + m.len_utf8();
                        // `1千2百万`: the rest of the same number.
                        loop {
                            let d = line[end..].bytes().take_while(u8::is_ascii_digit).count();
                            if d > 0 && line[end + d..].starts_with(['千', '百', '十']) {
                                end += d + 3;
                            } else {
                                break;
                            }
                        }
                        if line[end..].starts_with(['万', '亿']) {
                            end += 3;
                        }
                        out.clean(
                            ls + i,
                            ls + end,
                            format!("“{}”不规范：阿拉伯数字中只有“万”“亿”可用汉字", &line[i..end]),
                            format!("“{}”: only 万 and 亿 may be written in Chinese inside an Arabic number", &line[i..end]),
                        );
                        return end;
                    }
                }
                return i + n;
            }
            // `.46`: a decimal without its leading zero.
            if c == '.' {
                let p = char_before(line, i);
                let digits = line[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
                if digits > 0
                    && p.is_some_and(|p| is_han(p) || matches!(p, '，' | '为' | '：' | '（' | ' '))
                    && p.is_none_or(|p| p != ' ')
                {
                    let end = i + 1 + digits;
                    out.clean_fix(
                        ls + i,
                        ls + end,
                        format!(
                            "小数“{}”缺少整数位，应为“0{}”",
                            &line[i..end],
                            &line[i..end]
                        ),
                        format!(
                            "“{}” lacks its leading zero: write “0{}”",
                            &line[i..end],
                            &line[i..end]
                        ),
                        Some(format!("0{}", &line[i..end])),
                    );
                    return end;
                }
            }
            // `三、四个`: neighbouring Chinese digits joined by 顿号 before a unit (read at
            // the 顿号).
            if prose && c == '、' {
                let first = char_before(line, i).filter(|&p| p != '〇' && p != '零');
                if let Some((p, a)) = first.and_then(|p| numeral::chinese_digit(p).map(|a| (p, a)))
                {
                    let s0 = i - p.len_utf8();
                    let j = i + '、'.len_utf8();
                    let b = char_at(line, j).and_then(numeral::chinese_digit);
                    let before = char_before(line, s0);
                    let after_b = j + char_at(line, j).map_or(0, char::len_utf8);
                    let rest = &line[after_b..];
                    let classifier = rest.starts_with([
                        '个', '次', '天', '年', '岁', '倍', '种', '名', '人', '项', '家', '条',
                        '十', '百', '千', '万', '成', '位', '件', '所', '批', '轮', '层', '米',
                    ]) || unit_at(rest).is_some();
                    if b == Some(a + 1)
                        && a >= 1
                        && classifier
                        && !before.is_some_and(|p| {
                            p == '第' || p == '、' || numeral::chinese_digit(p).is_some()
                        })
                        && !rest.starts_with('、')
                        && !rest.starts_with("产")
                        // `一、二类`, `三、四级`: two named grades, not an approximate number.
                        && !rest.starts_with(['类', '级', '等', '档', '期', '号'])
                    {
                        let end = after_b;
                        let fixed: String = line[s0..end].chars().filter(|c| *c != '、').collect();
                        out.clean_fix(
                            ls + s0,
                            ls + end,
                            format!(
                                "表示概数的“{}”中间不用顿号，应为“{}”",
                                &line[s0..end],
                                fixed
                            ),
                            format!("An approximate number takes no 顿号: “{fixed}”"),
                            Some(fixed.clone()),
                        );
                        return end;
                    }
                }
            }
            i + c.len_utf8()
        });
        if prose {
            mixed_counts(ctx, out, ls, line);
        }
    }
}

/// A Chinese count beside Arabic counts of the same unit in one sentence. Chinese digits
/// are found first (few), and only their sentences are read for Arabic counts.
fn mixed_counts(_ctx: &Ctx, out: &mut Out, ls: usize, line: &str) {
    for (i, c) in line.char_indices() {
        if !matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        ) {
            continue;
        }
        // 一 and 二 count below three unless a 十/百/千 follows (`二十三个`): most are words
        // (`进一步`, `统一`), passed over without reading a number.
        if matches!(c, '一' | '二') && !line[i + c.len_utf8()..].starts_with(['十', '百', '千'])
        {
            continue;
        }
        let Some(n) = num_at(line, i) else { continue };
        if crate::data::numeral_terms()
            .entries
            .iter()
            .any(|t| line[i..].starts_with(t))
        {
            continue;
        }
        if !n.chinese || !n.unit.is_some_and(|u| u.class == Class::Count) {
            continue;
        }
        let v = n.value;
        if v < 3.0 || v.fract() != 0.0 {
            continue;
        }
        let unit = n.base();
        let (ss, se) = crate::text::segment::sentence_around(line, i);
        let before = char_before(line, n.start);
        let after = &line[n.end..];
        let in_quote = {
            let pre = &line[ss..n.start];
            pre.matches('“').count() > pre.matches('”').count()
        };
        let approx = before.is_some_and(|p| {
            matches!(
                p,
                '第' | '几' | '数' | '近' | '约' | '上' | '每' | '这' | '那' | '前' | '后' | '各'
            )
        }) || after.starts_with(['多', '余', '几', '来', '左']);
        // `二、三十个`: the second half of an approximate pair.
        let pair = before == Some('、')
            && char_before(line, n.start - '、'.len_utf8())
                .is_some_and(|p| numeral::chinese_digit(p).is_some());
        // `七张问题清单`, `四处历史文物遗存`, `社保五项参保人数`: a count before the noun it
        // numbers names a set, and may be written in words (GB/T 15835: numbers that are part
        // of a phrase), unless an Arabic count of the sentence is written the same way
        // (`新建5个园区、十二个基地`); a figure that stands as the quantity itself
        // (`建成产业园三个，`) is compared with any Arabic count.
        let before_noun = |end: usize| line[end..].chars().next().is_some_and(is_han);
        let names_a_set = before_noun(n.end);
        if approx || pair || in_quote || !line[ss..se].bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        // Arabic counts in the same sentence (`建成产业园三个，集聚企业126家`).
        let _ = unit;
        let arabic = super::util::nums_in(line, ss, se).iter().any(|a| {
            !a.chinese
                && a.class() == Some(Class::Count)
                && !a.base().is_empty()
                && (!names_a_set || before_noun(a.end))
        });
        if arabic {
            out.clean(
                ls + n.start,
                ls + n.end,
                format!(
                    "同句中计数多用阿拉伯数字，“{}”宜写作阿拉伯数字",
                    &line[n.start..n.end]
                ),
                format!(
                    "Counts beside it are in Arabic digits: write “{}” in digits too",
                    &line[n.start..n.end]
                ),
            );
        }
    }
}

/// ```text
/// 21年底 / 23年3月 / 22年上半年 => the year
/// 5年 / 近20年来 / 15年以上       => nothing (durations)
/// ```
fn abbreviated_year(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    for (_, ls, le) in ctx.prose_lines() {
        let line = &text[ls..le];
        let b = line.as_bytes();
        for i in ctx.digit_runs(ls, le).map(|p| p - ls) {
            if i + 2 < b.len()
                && b[i + 1].is_ascii_digit()
                && !b.get(i + 2).is_some_and(u8::is_ascii_digit)
                && (i == 0 || b[i - 1] != b'.')
                && line[i + 2..].starts_with('年')
            {
                let rest = &line[i + 2 + '年'.len_utf8()..];
                let prev = char_before(line, i);
                let dated = rest.starts_with(['底', '初', '末'])
                    || rest.starts_with("上半年")
                    || rest.starts_with("下半年")
                    || rest.starts_with("前三季度")
                    || rest.starts_with("第一季度")
                    || (rest.starts_with(|c: char| c.is_ascii_digit())
                        && rest
                            .trim_start_matches(|c: char| c.is_ascii_digit())
                            .starts_with('月'));
                // `较22年增长`, `自19年实施`: a year compared with or started from.
                let after_year = rest.chars().next();
                // `自21年以来` is a year; `近20年以来` a duration (below).
                let since =
                    prev.is_some_and(|p| matches!(p, '自' | '从')) && rest.starts_with("以来");
                let compared = since
                    || prev.is_some_and(|p| matches!(p, '较' | '比' | '自' | '于' | '从'))
                        && !after_year.is_some_and(|c| {
                            matches!(
                                c,
                                '前' | '后'
                                    | '来'
                                    | '内'
                                    | '间'
                                    | '以'
                                    | '左'
                                    | '多'
                                    | '余'
                                    | '里'
                                    | '的'
                                    | '期'
                                    | '时'
                            )
                        });
                let dated = dated || compared;
                let duration = prev.is_some_and(|p| {
                    matches!(
                        p,
                        '近' | '前' | '后' | '每' | '约' | '达' | '用' | '历' | '经' | '续'
                    )
                });
                if dated && !duration {
                    let end = i + 2 + '年'.len_utf8();
                    out.clean(
                        ls + i,
                        ls + end,
                        format!("年份“{}”不应简写，应写全四位", &line[i..end]),
                        format!("Write the year “{}” in full (four digits)", &line[i..end]),
                    );
                }
            }
        }
    }
}

/// Whether a range connector (`～ ~ — - － 至 到`) follows within a few bytes of `i`: most
/// numbers are no range, and are passed over without being read.
fn connector_near(b: &[u8], i: usize) -> bool {
    let end = (i + 28).min(b.len());
    let w = &b[i..end];
    w.iter().any(|&x| x == b'~' || x == b'-')
        || w.windows(3).any(|t| {
            matches!(
                t,
                [0xEF, 0xBD, 0x9E]
                    | [0xE2, 0x80, 0x94]
                    | [0xEF, 0xBC, 0x8D]
                    | [0xE8, 0x87, 0xB3]
                    | [0xE5, 0x88, 0xB0]
            )
        })
}

/// A range at byte `i` of `line`: (first number, the connector's span, second number).
fn range_at(line: &str, i: usize) -> Option<(Num, (usize, usize), Num)> {
    let a = num_at(line, i)?;
    let conn = line[a.end..].chars().next()?;
    if !matches!(conn, '～' | '~' | '—' | '-' | '－' | '至' | '到') {
        return None;
    }
    let mut cs = a.end;
    let mut ce = a.end + conn.len_utf8();
    // `——`: a double dash is one connector.
    if conn == '—' && line[ce..].starts_with('—') {
        ce += '—'.len_utf8();
    }
    if conn == '到' || conn == '至' {
        cs = a.end;
    }
    let b = num_at(line, ce)?;
    if a.chinese || b.chinese {
        return None;
    }
    Some((a, (cs, ce), b))
}

/// ```text
/// 增长15～30%      => `15～30%` （`15%～30%`）
/// 投资9～16亿元    => `9～16亿`
/// 15%～30% / 1—9月 => nothing
/// ```
fn range_unit(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    for (_, ls, le) in ctx.prose_lines() {
        let line = &text[ls..le];
        ctx.walk_numbers(ls, le, |i| {
            let c = char_at(line, i).unwrap_or(' ');
            if !c.is_ascii_digit()
                || char_before(line, i).is_some_and(|p| p.is_ascii_alphanumeric() || p == '.')
            {
                return i + c.len_utf8();
            }
            if !connector_near(line.as_bytes(), i) {
                return i + 1;
            }
            if let Some((a, (cs, ce), b)) = range_at(line, i) {
                let conn = &line[cs..ce];
                let plain_a = a.unit.is_none() && !a.magnitude;
                let pct = b.is_percent() || b.class() == Some(Class::Permille);
                let (missing, fixed) =
                    if plain_a && pct && matches!(conn, "～" | "~" | "—" | "-" | "－") {
                        let u = b.unit.map_or("%", |u| u.written);
                        (
                            Some(u.to_string()),
                            format!(
                                "{}{u}{conn}{}",
                                &line[a.start..a.num_end],
                                &line[b.start..b.end]
                            ),
                        )
                    } else if plain_a && b.magnitude && !matches!(conn, "到" | "至") {
                        let m = &line[b.start..b.num_end]
                            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
                        (
                            Some(m.to_string()),
                            format!(
                                "{}{m}{conn}{}",
                                &line[a.start..a.num_end],
                                &line[b.start..b.num_end]
                            ),
                        )
                    } else {
                        (None, String::new())
                    };
                if let Some(u) = missing {
                    let end = if b.magnitude && !pct {
                        b.num_end
                    } else {
                        b.end
                    };
                    out.clean(
                        ls + a.start,
                        ls + end,
                        format!("数值范围前后都要带“{u}”：应为“{fixed}”"),
                        format!("Both ends of the range take “{u}”: “{fixed}”"),
                    );
                }
                return b.end;
            }
            i + 1
        });
    }
}

/// ```text
/// 支持额度为100万元—200万元 => `—` （fix `～`）
/// 推进1-2项重大改革           => `-`
/// 1—9月 / 2021—2025年 / GB/T 15835-2011 => nothing
/// ```
pub fn range_dash(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    // Official writing joins numeric ranges with a dash as often as with `～`
    // (`增长4.5%—5%`, `3-5家`): only a text that also writes `～` departs from its own usage.
    if !has_tilde_range(text) {
        return;
    }
    for (_, ls, le) in ctx.prose_lines() {
        let line = &text[ls..le];
        ctx.walk_numbers(ls, le, |i| {
            let c = char_at(line, i).unwrap_or(' ');
            if !c.is_ascii_digit()
                || char_before(line, i).is_some_and(|p| {
                    p.is_ascii_alphanumeric() || p == '.' || p == '-' || p == ' ' || p == '/'
                })
            {
                return i + c.len_utf8();
            }
            if !connector_near(line.as_bytes(), i) {
                return i + 1;
            }
            if let Some((a, (cs, ce), b)) = range_at(line, i) {
                let conn = &line[cs..ce];
                let dash = matches!(conn, "—" | "-" | "－" | "——");
                let with_unit = b.unit.is_some() || b.magnitude;
                let time = time_unit(&line[b.num_end..]) || time_unit(&line[a.num_end..]);
                // Both ends numbers of a quantity, not a time, a code or a phone number.
                if dash && with_unit && !time && b.value > a.value {
                    out.clean_fix(
                        ls + cs,
                        ls + ce,
                        format!("数值范围宜用浪纹线“～”，不用“{conn}”"),
                        format!("A numeric range takes “～”, not “{conn}”"),
                        Some("～".to_string()),
                    );
                }
                return b.end;
            }
            i + 1
        });
    }
}

/// Whether `text` writes a numeric range with `～` (`15%～30%`, `3～5家`).
fn has_tilde_range(text: &str) -> bool {
    text.match_indices(['～', '〜', '~']).any(|(k, m)| {
        let before = text[..k].chars().next_back();
        let after = text[k + m.len()..].chars().next();
        before.is_some_and(|c| c.is_ascii_digit() || c == '%' || !c.is_ascii() && c.is_alphabetic())
            && after.is_some_and(|c| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::{fixes, table};

    #[test]
    fn style() {
        table(
            "number_style",
            &[
                ("节约资金4千万元。", &["4千万"]),
                ("新增就业4千人。", &["4千"]),
                ("投资规模达1千2百万元。", &["1千2百万"]),
                ("占比为.46。", &[".46"]),
                ("每年开展三、四次检查。", &["三、四"]),
                ("新建5个园区、十二个基地。", &["十二个"]),
                ("开发上线七张问题清单，累计办理事项1260件。", &[]),
                ("水质达到一、二类标准的面积占84.9%，监测点位126个。", &[]),
                ("新建道路3千米，提高5百分点。", &[]),
                ("第三、四季度增长较快。", &[]),
                ("一、二、三产业协调发展。", &[]),
                ("建成三个中心、两个基地。", &[]),
                ("一、总体要求", &[]),
                ("版本1.46发布，比例为0.46。", &[]),
                ("打好十大标志性战役，新建5个园区。", &[]),
                ("全县有二、三十个村开展了试点，新建5个示范点。", &["二、三"]),
                ("形成三次产业协调发展格局，新建5个园区。", &[]),
            ],
        );
        fixes(
            "number_style",
            &[
                ("占比为.46。", &[Some("0.46")]),
                ("开展三、四次检查。", &[Some("三四")]),
            ],
        );
    }

    #[test]
    fn years() {
        table(
            "number_style",
            &[
                ("21年底全面完成。", &["21年"]),
                ("23年3月启动。", &["23年"]),
                ("自21年以来累计投入资金3.5亿元。", &["21年"]),
                ("近20年来持续推进，用5年时间完成。", &[]),
                ("2021年底全面完成。", &[]),
            ],
        );
    }

    #[test]
    fn ranges() {
        table(
            "number_style",
            &[
                ("增长15～30%。", &["15～30%"]),
                ("投资9～16亿元。", &["9～16亿"]),
                ("增长15%～30%，投资9亿～16亿元。", &[]),
                ("1—9月增长较快。", &[]),
            ],
        );
        table(
            "range_dash",
            &[
                ("支持额度为100万元—200万元，补贴5万元～10万元。", &["—"]),
                ("推进1-2项重大改革，培育3～5家企业。", &["-"]),
                // The text's own usage, throughout: no finding.
                ("推进1-2项重大改革，增长4.5%—5%。", &[]),
                ("1—9月，2021—2025年，执行GB/T 15835-2011。", &[]),
                ("增长15%～30%。", &[]),
            ],
        );
    }
}
