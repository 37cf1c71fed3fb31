//! The text as a reader sees it, with a map back to the text as given.
//!
//! Pasted policy text carries the marks of where it came from: PDF extraction breaks
//! sentences (even a number from its unit: `365\n\n名`) and leaves page numbers (`— 9 —`);
//! web pages bring full-width digits and ideographic spaces. Every later stage reads the
//! cleaned text, and every span it finds is mapped back here, so offsets always point into
//! the original. Cleaning never inserts a character: each cleaned character stands for one
//! original character (folded, or a line break standing for a whole run of breaks), and
//! dropped characters simply have no cleaned counterpart.

use super::lines::{classify, continues_boilerplate, LineKind};
use crate::numbers::units::unit_at;

/// The cleaned text and its map to the original.
pub struct Cleaned {
    pub text: String,
    /// For each byte of `text`: the byte offset in the original of the character it belongs
    /// to; one extra entry at the end holds the original length.
    map: Vec<u32>,
    /// For each byte of `text`: the byte length in the original of the character it stands for.
    orig_len: Vec<u8>,
    /// The lines of the cleaned text (split at `\n`), each with its kind.
    pub lines: Vec<Line>,
}

/// A line of the cleaned text: a paragraph, a heading, a table row, boilerplate…
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub kind: LineKind,
}

impl Cleaned {
    /// The original byte offset of cleaned offset `at` taken as the start of a span.
    pub fn orig_start(&self, at: usize) -> usize {
        self.map[at.min(self.text.len())] as usize
    }

    /// The original byte offset of cleaned offset `at` taken as the end of a span: the end
    /// of the original character behind the cleaned character that ends there.
    pub fn orig_end(&self, at: usize) -> usize {
        if at == 0 {
            return 0;
        }
        let last = at.min(self.text.len()) - 1;
        self.map[last] as usize + self.orig_len[last] as usize
    }

    /// Maps a cleaned span to the original.
    pub fn orig_span(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end {
            let s = self.orig_start(start);
            return (s, s);
        }
        (self.orig_start(start), self.orig_end(end))
    }
}

/// One raw line of the original, before joining.
struct RawLine<'a> {
    start: usize,
    text: &'a str,
    /// The line break after it (`\n`, `\r\n`, `\r`), empty at the end of the text.
    brk: &'a str,
    kind: LineKind,
}

fn raw_lines(text: &str) -> Vec<RawLine<'_>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' || b == b'\r' {
            let brk_len = if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            out.push(RawLine {
                start,
                text: &text[start..i],
                brk: &text[i..i + brk_len],
                kind: LineKind::Blank,
            });
            i += brk_len;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < text.len() || out.is_empty() {
        out.push(RawLine {
            start,
            text: &text[start..],
            brk: "",
            kind: LineKind::Blank,
        });
    }
    let n = out.len();
    for k in 0..n {
        out[k].kind = classify(out[k].text, k, n);
        if k > 0
            && out[k].kind == LineKind::Text
            && continues_boilerplate(out[k - 1].kind, out[k].text, k)
        {
            out[k].kind = LineKind::Boilerplate;
        }
    }
    out
}

/// Folds a character to the form the extractors read: full-width digits, Latin letters and
/// `％` to ASCII, the ideographic space to a space. Chinese punctuation is kept: it carries
/// meaning (、 lists, ： ratios) that the extractors read as written.
pub fn fold(ch: char) -> char {
    match ch {
        '０'..='９'
        | 'Ａ'..='Ｚ'
        | 'ａ'..='ｚ'
        | '％'
        | '＋'
        | '．'
        | '／'
        | '＜'
        | '＞'
        | '＝' => char::from_u32(ch as u32 - 0xFEE0).unwrap_or(ch),
        '\u{3000}' | '\u{00A0}' => ' ',
        _ => ch,
    }
}

/// Characters that end a paragraph: a line ending in one of them is not continued on the
/// next line by a PDF break.
fn ends_paragraph(line: &str) -> bool {
    let t = line.trim_end();
    match t.chars().next_back() {
        None => true,
        Some(c) => {
            matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | '：' | ':' | '…')
                || (matches!(c, '”' | '’' | '）' | ')' | '」' | '』')
                    && t.chars()
                        .rev()
                        .nth(1)
                        .is_some_and(|p| matches!(p, '。' | '！' | '？' | '!' | '?' | '…')))
        }
    }
}

/// A line that continues (`，`-ended, or long and unpunctuated) joins the next text line.
/// Short unpunctuated lines are headings and titles, which stand alone; but a number at
/// the end of a line whose next line starts with a unit was cut from it (`365` / `名`).
fn continues(line: &str, next: &str, wrap: Option<usize>, single_break: bool) -> bool {
    let t = line.trim_end();
    if ends_paragraph(t) {
        return false;
    }
    let next = next.trim_start();
    if t.ends_with(|c: char| c.is_ascii_digit())
        && (unit_at(next).is_some() || next.starts_with(['万', '亿']))
    {
        return true;
    }
    let last = t.chars().next_back().unwrap_or('。');
    if matches!(
        last,
        '，' | '、' | ',' | '（' | '(' | '“' | '《' | '—' | '-'
    ) {
        return true;
    }
    // A line cut by the page is as long as the page is wide and reads as prose; a heading
    // or title is short and has no clause punctuation (`关于2023年市级十件重点民生实事
    // 完成情况的报告` stands alone, `以更有力的举措推` continues).
    let n = t.chars().filter(|c| !c.is_whitespace()).count();
    let prose = t.contains(['，', '、', '；', '：', ',', ';']);
    // A long title ends as titles do (`…计划草案的报告（摘要）`): it stands alone.
    let titled = [
        "报告",
        "纲要",
        "规划",
        "公报",
        "（摘要）",
        "（草案）",
        "（节选）",
        "（征求意见稿）",
    ]
    .iter()
    .any(|w| t.ends_with(w));
    if titled && !prose {
        return false;
    }
    // Hard-wrapped text (a PDF of narrow columns): a line as wide as the wrap width,
    // followed directly by the next, continues.
    let wrapped = single_break && wrap.is_some_and(|w| n + 3 >= w);
    n > 40 || n >= 24 && prose || wrapped
}

/// A line's width as a page lays it out: a Chinese character takes two columns, an ASCII
/// digit or letter one (`2,136家` is as wide as four Chinese characters, not six).
fn display_width(line: &str) -> usize {
    line.trim()
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 2 })
        .sum()
}

/// The width at which a text was hard-wrapped, if it was: the line length (in characters)
/// shared, within two, by at least three lines that run straight into the next line
/// without ending their sentence.
fn wrap_width(raw: &[RawLine<'_>]) -> Option<usize> {
    let mut lengths: Vec<usize> = raw
        .windows(2)
        // A wrapped line is followed by one no longer than itself (the rest of the
        // paragraph); a heading is followed by a paragraph far longer than the heading, so
        // a run of short headings (seed 002) is not taken for a narrow wrap…
        .filter(|w| {
            w[0].kind == LineKind::Text
                && w[1].kind == LineKind::Text
                && !ends_paragraph(w[0].text)
                && display_width(w[1].text) <= display_width(w[0].text) + 6
                // …and that next line goes on at the same width or ends the paragraph: a
                // heading over a short subheading (seed 004) is not a wrap.
                && (display_width(w[1].text) + 6 >= display_width(w[0].text)
                    || ends_paragraph(w[1].text))
        })
        .map(|w| w[0].text.trim().chars().count())
        .filter(|&n| n >= 8)
        .collect();
    lengths.sort_unstable();
    let mut best: Option<(usize, usize)> = None; // (count, width)
    for (i, &w) in lengths.iter().enumerate() {
        let count = lengths[..=i]
            .iter()
            .rev()
            .take_while(|&&n| n + 2 >= w)
            .count();
        if best.is_none_or(|(c, _)| count >= c) {
            best = Some((count, w));
        }
    }
    best.filter(|&(c, _)| c >= 3).map(|(_, w)| w)
}

/// Builds the cleaned text from the original.
pub fn clean(original: &str) -> Cleaned {
    let raw = raw_lines(original);
    let mut text = String::with_capacity(original.len());
    let mut map: Vec<u32> = Vec::with_capacity(original.len() + 1);
    let mut orig_len: Vec<u8> = Vec::with_capacity(original.len() + 1);
    let mut lines = Vec::new();

    let push = |text: &mut String,
                map: &mut Vec<u32>,
                orig_len: &mut Vec<u8>,
                ch: char,
                at: usize,
                len: usize| {
        let before = text.len();
        text.push(ch);
        for _ in before..text.len() {
            map.push(at as u32);
            orig_len.push(len as u8);
        }
    };

    let wrap = wrap_width(&raw);
    // Index of the raw line that the current cleaned line began with, and its kind.
    let mut cur_start = 0usize;
    let mut cur_kind: Option<LineKind> = None;
    // The break (original offset, length) waiting to be written when the next line starts.
    let mut pending_break: Option<(usize, usize)> = None;

    let mut i = 0;
    while i < raw.len() {
        let line = &raw[i];
        if matches!(line.kind, LineKind::Blank | LineKind::PageNumber) {
            if pending_break.is_none() && !line.brk.is_empty() && cur_kind.is_some() {
                pending_break = Some((line.start + line.text.len(), line.brk.len()));
            }
            i += 1;
            continue;
        }
        // Does this line continue the cleaned line before it?
        let joins = match (cur_kind, i.checked_sub(1)) {
            (Some(LineKind::Text), Some(before)) => {
                let prev = last_text_line(&raw, i);
                let single_break = raw[before].kind == LineKind::Text;
                prev.is_some_and(|p| continues(p.text, line.text, wrap, single_break))
                    && line.kind == LineKind::Text
            }
            _ => false,
        };
        if joins {
            pending_break = None;
        } else {
            if let Some(kind) = cur_kind {
                lines.push(Line {
                    start: cur_start,
                    end: text.len(),
                    kind,
                });
                let (at, len) = pending_break.take().unwrap_or((line.start, 0));
                if len > 0 {
                    push(&mut text, &mut map, &mut orig_len, '\n', at, 1);
                } else {
                    // No break char to stand for the boundary (cannot happen for lines that
                    // came from splitting, kept for safety): a zero-width boundary.
                    let _ = at;
                }
            }
            cur_start = text.len();
            cur_kind = Some(line.kind);
        }
        // Copy the line, folded. A joined line loses its leading indentation (it was the
        // page's, not the author's).
        let mut body = line.text;
        let mut body_at = line.start;
        if joins {
            let trimmed = body.trim_start();
            body_at += body.len() - trimmed.len();
            body = trimmed;
        }
        for (k, ch) in body.char_indices() {
            push(
                &mut text,
                &mut map,
                &mut orig_len,
                fold(ch),
                body_at + k,
                ch.len_utf8(),
            );
        }
        if !line.brk.is_empty() {
            pending_break = Some((line.start + line.text.len(), line.brk.len()));
        }
        i += 1;
    }
    if let Some(kind) = cur_kind {
        lines.push(Line {
            start: cur_start,
            end: text.len(),
            kind,
        });
    }
    map.push(original.len() as u32);
    orig_len.push(0);
    Cleaned {
        text,
        map,
        orig_len,
        lines,
    }
}

fn last_text_line<'a, 'b>(raw: &'b [RawLine<'a>], i: usize) -> Option<&'b RawLine<'a>> {
    raw[..i]
        .iter()
        .rev()
        .find(|l| !matches!(l.kind, LineKind::Blank | LineKind::PageNumber))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(c: &Cleaned) -> Vec<&str> {
        c.lines.iter().map(|l| &c.text[l.start..l.end]).collect()
    }

    #[test]
    fn joins_a_sentence_broken_by_a_page() {
        let src = "全省各地坚持以习近平新时代中国特色社会主义思想为指导，以更有力的举措推\n\n动改革迈上新台阶。\n\n推进大财政体系建设\n\n省经济体制改革专项小组办公室";
        let c = clean(src);
        assert_eq!(
            lines_of(&c),
            vec![
                "全省各地坚持以习近平新时代中国特色社会主义思想为指导，以更有力的举措推动改革迈上新台阶。",
                "推进大财政体系建设",
                "省经济体制改革专项小组办公室"
            ]
        );
        // Every cleaned character maps back to the same character in the original.
        let at = c.text.find("推动").unwrap();
        let (s, e) = c.orig_span(at, at + "推动".len());
        assert_eq!(&src[s..e], "推\n\n动");
    }

    #[test]
    fn number_split_from_its_unit_is_joined() {
        let src = "各级人大代表参与立法调研，共有代表365\n\n名参与。";
        let c = clean(src);
        assert_eq!(
            lines_of(&c),
            vec!["各级人大代表参与立法调研，共有代表365名参与。"]
        );
    }

    #[test]
    fn page_number_lines_are_dropped_and_the_sentence_joined() {
        let src = "这是一段很长很长的正文内容，它在页面的末尾被截断了而没有任何标点的结束符号\n\n— 9 —\n\n下一页继续这句话。";
        let c = clean(src);
        assert_eq!(lines_of(&c).len(), 1, "{:?}", lines_of(&c));
    }

    #[test]
    fn folds_full_width_digits_and_keeps_offsets() {
        let src = "增长１３．４％。";
        let c = clean(src);
        assert_eq!(c.text, "增长13.4%。");
        let at = c.text.find('1').unwrap();
        let (s, e) = c.orig_span(at, at + "13.4%".len());
        assert_eq!(&src[s..e], "１３．４％");
    }

    #[test]
    fn hard_wrapped_lines_are_joined_and_titles_kept() {
        let src = "长沙高新区2023年度科技创新工作总结\n\n2023年，高新区深入实施创新驱动发展战略，全\n力打造具有核心竞争力的科技创新高地，各项工作\n取得明显成效。\n\n一、创新主体不断壮大。全区高新技术企业达到\n2,136家，比上年净增412家；科技型中小企业评价\n入库3,850家。";
        let c = clean(src);
        assert_eq!(
            lines_of(&c),
            vec![
                "长沙高新区2023年度科技创新工作总结",
                "2023年，高新区深入实施创新驱动发展战略，全力打造具有核心竞争力的科技创新高地，各项工作取得明显成效。",
                "一、创新主体不断壮大。全区高新技术企业达到2,136家，比上年净增412家；科技型中小企业评价入库3,850家。"
            ]
        );
    }

    #[test]
    fn crlf_and_empty_input() {
        let c = clean("");
        assert!(c.text.is_empty());
        let c = clean("第一行。\r\n第二行。");
        assert_eq!(lines_of(&c), vec!["第一行。", "第二行。"]);
    }
}
