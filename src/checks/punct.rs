//! Punctuation by GB/T 15834-2011 (标点符号用法): the marks themselves.
//!
//! - `half_width_punct`: `会议指出,要` — a half-width `, : ; ( ) ! ?` in Chinese text
//!   (fix: the full-width mark). Numbers (`2,136`, `1:500`, `10:30`), English, URLs, tables,
//!   contents lines and headings are left alone.
//! - `ellipsis`: `等等...` / `。。。` / a lone `…` — the ellipsis is `……`.
//! - `repeated_punct`: `，，` / `。，` — two clause marks in a row.
//! - `heading_punct`: `一、总体要求。` on a line of its own — a heading ends without a mark.
//! - `quote_dun`: `《条例》、《办法》` — quoted or titled items take no 顿号 between them.

use super::util::{char_at, char_before, is_chinese, is_han};
use super::{Ctx, Out};
use crate::measures::markers::{marker, Style};

const HALF: [(char, char); 7] = [
    (',', '，'),
    (':', '：'),
    (';', '；'),
    ('(', '（'),
    (')', '）'),
    ('!', '！'),
    ('?', '？'),
];

fn full_of(c: char) -> Option<char> {
    HALF.iter().find(|(h, _)| *h == c).map(|(_, f)| *f)
}

/// The nearest character before `i` that is not a space, and after `j`.
fn neighbours(line: &str, i: usize, j: usize) -> (Option<char>, Option<char>) {
    let p = line[..i].chars().rev().find(|c| *c != ' ');
    let n = line[j..].chars().find(|c| *c != ' ');
    (p, n)
}

/// Whether byte `i` of `line` is inside a URL, an e-mail address or a path: the run of
/// non-space ASCII around it holds `://`, `www.` or `@`.
fn in_url(line: &str, i: usize) -> bool {
    let b = line.as_bytes();
    let mut s = i;
    while s > 0 && b[s - 1].is_ascii() && !b[s - 1].is_ascii_whitespace() {
        s -= 1;
    }
    let mut e = i;
    while e < b.len() && b[e].is_ascii() && !b[e].is_ascii_whitespace() {
        e += 1;
    }
    let run = &line[s..e];
    run.contains("://") || run.contains("www.") || run.contains('@')
}

/// ```text
/// 会议指出,要加强改革   => `,` （fix `，`）
/// 武汉天河机场保税物流中心(B型) => `(` `)`
/// 2,136家 / 1:500 / 10:30 / GB/T 15835-2011 / Hello, world => nothing
/// ```
pub fn half_width_punct(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    for (_, ls, le) in ctx.prose_lines() {
        let line = &text[ls..le];
        if !line.contains([',', ':', ';', '(', ')', '!', '?']) {
            continue;
        }
        // Parentheses are judged as pairs: a pair around or beside Chinese text is Chinese.
        let mut paren_flag: Vec<(usize, bool)> = Vec::new(); // (offset of `(`, flagged)
        let mut open: Vec<usize> = Vec::new();
        let mut marks: Vec<(usize, char)> = Vec::new();
        for (i, c) in line.char_indices() {
            if full_of(c).is_none() || in_url(line, i) {
                continue;
            }
            let j = i + 1;
            let (p, n) = neighbours(line, i, j);
            let chinese_side = p.is_some_and(is_chinese) || n.is_some_and(is_chinese);
            let flag = match c {
                ',' | ';' => {
                    !(p.is_some_and(|p| p.is_ascii_digit())
                        && n.is_some_and(|n| n.is_ascii_digit()))
                        && chinese_side
                }
                ':' => {
                    // `1:500`, `10:30` are ratios and times.
                    !(char_before(line, i).is_some_and(|p| p.is_ascii_digit())
                        && char_at(line, j).is_some_and(|n| n.is_ascii_digit()))
                        && chinese_side
                }
                '!' | '?' => p.is_some_and(is_chinese),
                '(' => {
                    open.push(i);
                    paren_flag.push((i, false));
                    continue;
                }
                ')' => {
                    if let Some(o) = open.pop() {
                        let inner = &line[o + 1..i];
                        let (before, _) = neighbours(line, o, o + 1);
                        let (_, after) = neighbours(line, i, j);
                        let chinese = inner.chars().any(is_han)
                            || before.is_some_and(is_han)
                            || after.is_some_and(is_han);
                        // `(1)` opening a line is a list marker: its form is a style of its own.
                        if chinese {
                            if let Some(f) = paren_flag.iter_mut().find(|(at, _)| *at == o) {
                                f.1 = true;
                            }
                            marks.push((i, c));
                        }
                    } else if chinese_side {
                        marks.push((i, c));
                    }
                    continue;
                }
                _ => false,
            };
            if flag {
                marks.push((i, c));
            }
        }
        for (o, flagged) in paren_flag {
            let unclosed = open.contains(&o);
            let (p, n) = neighbours(line, o, o + 1);
            if flagged || unclosed && (p.is_some_and(is_han) || n.is_some_and(is_han)) {
                marks.push((o, '('));
            }
        }
        marks.sort_unstable();
        for (i, c) in marks {
            let full = full_of(c).unwrap_or(c);
            out.clean_fix(
                ls + i,
                ls + i + 1,
                format!("中文语句中使用了半角标点“{c}”，应为全角“{full}”"),
                format!("Half-width “{c}” in Chinese text; use the full-width “{full}”"),
                Some(full.to_string()),
            );
        }
    }
}

/// ```text
/// 加强水、电、气等... => `...` （fix `……`）
/// 等等。。。 => `。。。`
/// 稳增长…促改革 => `…`
/// ```
pub fn ellipsis(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    for (_, ls, le) in ctx.text_lines() {
        let line = &text[ls..le];
        if !(line.contains("...") || line.contains("。。") || line.contains('…')) {
            continue;
        }
        let b = line.as_bytes();
        let mut i = 0;
        while i < line.len() {
            let c = match char_at(line, i) {
                Some(c) => c,
                None => break,
            };
            let run_of = |ch: char| line[i..].chars().take_while(|&x| x == ch).count();
            let (n, bad) = match c {
                '.' => {
                    let n = run_of('.');
                    let before = char_before(line, i);
                    (n, n >= 3 && before.is_some_and(is_chinese))
                }
                '。' => {
                    let n = run_of('。');
                    (n, n >= 3)
                }
                '…' => {
                    let n = run_of('…');
                    (n, n == 1 || n == 3)
                }
                _ => (1, false),
            };
            let len = n * c.len_utf8();
            if bad {
                out.clean_fix(
                    ls + i,
                    ls + i + len,
                    format!("省略号应写作“……”，不写作“{}”", &line[i..i + len]),
                    format!("Write the ellipsis as “……”, not “{}”", &line[i..i + len]),
                    Some("……".to_string()),
                );
            }
            i += len.max(1);
            let _ = b;
        }
    }
}

/// ```text
/// 推动改革，，加快发展 => `，，` （fix `，`）
/// 推动改革。，加快发展 => `。，`
/// 真的吗？！ => nothing
/// ```
pub fn repeated_punct(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    for (_, ls, le) in ctx.text_lines() {
        let line = &text[ls..le];
        let b = line.as_bytes();
        // The marks are three bytes long, led by 0xE3 (`。、`) or 0xEF (`，；：`): only
        // there is a character decoded.
        // A clause mark as its three bytes (`，` EF BC 8C, `。` E3 80 82, `；` EF BC 9B,
        // `：` EF BC 9A, `、` E3 80 81): compared without decoding.
        let mark = |t: &[u8]| {
            matches!(
                t,
                [0xEF, 0xBC, 0x8C]
                    | [0xE3, 0x80, 0x82]
                    | [0xEF, 0xBC, 0x9B]
                    | [0xEF, 0xBC, 0x9A]
                    | [0xE3, 0x80, 0x81]
            )
        };
        let mut i = 0;
        while i + 6 <= b.len() {
            if !(b[i] == 0xE3 || b[i] == 0xEF) || !mark(&b[i..i + 3]) {
                i += 1;
                continue;
            }
            if !mark(&b[i + 3..i + 6]) {
                i += 3;
                continue;
            }
            let (p, c) = (
                char_at(line, i).unwrap_or('，'),
                char_at(line, i + 3).unwrap_or('，'),
            );
            let end = i + 6;
            let fix = (p == c).then(|| c.to_string());
            out.clean_fix(
                ls + i,
                ls + end,
                format!("标点重复：“{}”", &line[i..end]),
                format!("Repeated punctuation: “{}”", &line[i..end]),
                fix,
            );
            i = end;
        }
    }
}

/// ```text
/// 一、总体要求。（a line of its own） => `。` （fix: none, remove it）
/// （二）主要目标：                     => `：`
/// 一、总体要求。坚持…（a paragraph）   => nothing
/// ```
pub fn heading_punct(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    for (_, ls, le) in ctx.text_lines() {
        let line = text[ls..le].trim_end();
        let body = line.trim_start();
        let lead = line.len() - body.len();
        let Some(last) = body.chars().next_back() else {
            continue;
        };
        if !matches!(last, '。' | '，' | '；' | '、' | '：' | ':' | ',' | ';') {
            continue;
        }
        let numbered = marker(body).is_some_and(|(s, _)| {
            matches!(s, Style::Dun | Style::ParenChinese) && body.chars().count() <= 30
        }) || (body.starts_with('第')
            && body
                .chars()
                .take(6)
                .any(|c| matches!(c, '章' | '节' | '篇'))
            && body.chars().count() <= 30);
        if !numbered {
            continue;
        }
        let inner = &body[..body.len() - last.len_utf8()];
        let (_, mlen) = marker(body).unwrap_or((Style::Dun, 0));
        if inner[mlen.min(inner.len())..].contains(['。', '，', '；', '：', ',', ';', '！', '？'])
        {
            continue;
        }
        let at = ls + lead + inner.len();
        out.clean_fix(
            at,
            at + last.len_utf8(),
            format!("标题末尾不加标点“{last}”"),
            format!("A heading ends without “{last}”"),
            Some(String::new()),
        );
    }
}

/// ```text
/// 《条例》、《办法》 => `、`
/// “放管服”、“一网通办” => `、`
/// ```
pub fn quote_dun(ctx: &Ctx, out: &mut Out) {
    let text = ctx.text;
    // GB/T 15834 says "通常不用": official writing puts 顿号 between quoted items as often as
    // not (`“一国两制”、“港人治港”`), so only a text that also writes them without one
    // (`“放管服”“一网通办”`) departs from its own usage.
    if !text.contains("”“") && !text.contains("》《") {
        return;
    }
    for (_, ls, le) in ctx.prose_lines() {
        let line = &text[ls..le];
        for (pat, close) in [("》、《", '》'), ("”、“", '”')] {
            let mut from = 0;
            while let Some(k) = line[from..].find(pat) {
                let at = from + k + close.len_utf8();
                from = at + '、'.len_utf8();
                // Only a list of bare quoted items: the next item ends the list or is quoted
                // too (`《条例》、《办法》等`); a quote with words after it (`“四个三”重大工程`)
                // or an unquoted item next (`“万里茶道”、“关圣史迹”、黄鹤楼`) keeps its 顿号.
                let next_open = from;
                let Some(end) = line[next_open..]
                    .find(close)
                    .map(|e| next_open + e + close.len_utf8())
                else {
                    continue;
                };
                let after = &line[end..];
                let bare_end = after.starts_with(['等', '，', '。', '；', '“', '《'])
                    || after.starts_with("、“")
                    || after.starts_with("、《")
                    || after.is_empty();
                if !bare_end {
                    continue;
                }
                out.clean_fix(
                    ls + at,
                    ls + at + '、'.len_utf8(),
                    "标有引号或书名号的并列成分之间通常不用顿号".to_string(),
                    "No 顿号 between items in quotation marks or title marks".to_string(),
                    Some(String::new()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::{fixes, table};

    #[test]
    fn half_width() {
        table(
            "half_width_punct",
            &[
                ("会议指出,要加强改革。", &[","]),
                (
                    "主要任务:一是推进改革;二是加快发展!要求各地落实。",
                    &[":", ";", "!"],
                ),
                ("建设保税物流中心(B型)和口岸。", &["(", ")"]),
                (
                    "实行纪检委员“三合一”制度,推动村(社区)治理。",
                    &[",", "(", ")"],
                ),
                ("全区高新技术企业达到2,136家。", &[]),
                ("比例尺为1:500，会议于10:30召开。", &[]),
                ("按照GB/T 15835-2011执行，详见https://www.gov.cn/a,b。", &[]),
                ("Hello, world: it works (really)!", &[]),
                ("如何加快推进先行区建设成势见效?全省各地认真贯彻。", &["?"]),
                ("地区生产总值增长(%)\t—\t6.5", &[]),
                ("（一）加强领导", &[]),
            ],
        );
        fixes(
            "half_width_punct",
            &[(
                "会议指出,要加强(试行)。",
                &[Some("，"), Some("（"), Some("）")],
            )],
        );
    }

    #[test]
    fn ellipsis() {
        table(
            "ellipsis",
            &[
                ("加强水、电、气等...各项保障。", &["..."]),
                ("等等。。。", &["。。。"]),
                ("稳增长…促改革。", &["…"]),
                ("稳增长……促改革。", &[]),
                ("版本为1.2.3。", &[]),
            ],
        );
    }

    #[test]
    fn repeated() {
        table(
            "repeated_punct",
            &[
                ("推动改革，，加快发展。", &["，，"]),
                ("推动改革。，加快发展。", &["。，"]),
                ("真的吗？！", &[]),
                ("推动改革，加快发展。", &[]),
            ],
        );
    }

    #[test]
    fn heading() {
        table(
            "heading_punct",
            &[
                ("一、总体要求。\n坚持稳中求进，推动发展。", &["。"]),
                (
                    "（二）主要目标：\n到2025年，全省经济总量明显提升。",
                    &["："],
                ),
                ("一、总体要求\n坚持稳中求进。", &[]),
                ("一、总体要求。坚持稳中求进，推动发展。", &[]),
            ],
        );
    }

    #[test]
    fn dun_between_quotes() {
        table(
            "quote_dun",
            &[
                (
                    "出台《条例》、《办法》等文件，依据《纲要》《规划》。",
                    &["、"],
                ),
                (
                    "推行“放管服”、“一网通办”等改革，实行“一窗受理”“一次办好”。",
                    &["、"],
                ),
                ("推进“万里茶道”、“关圣史迹”、黄鹤楼保护。", &[]),
                ("推进“三大行动计划”、“四个三”重大生态工程。", &[]),
                ("推行“放管服”“一网通办”改革。", &[]),
                // The text's own usage, throughout: no finding.
                ("坚持“一国两制”、“港人治港”方针。", &[]),
            ],
        );
    }
}
