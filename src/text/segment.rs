//! Sentences and clauses of the cleaned text.
//!
//! A sentence ends at `。！？；` (and their half-width forms, which pasted web text uses in
//! Chinese prose) or at the end of a line; a line is a paragraph, a heading or a table row
//! once PDF breaks are joined. Clauses split sentences further at `，：` and tabs: the unit
//! the claim extractor reads its context from.

use super::clean::Line;
use super::lines::LineKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of the line (paragraph) it belongs to.
    pub line: usize,
    pub kind: LineKind,
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
}

pub fn sentences(text: &str, lines: &[Line]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        let mut start = line.start;
        let body = &text[line.start..line.end];
        let mut iter = body.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if ends_sentence(c) {
                // Keep closing quotes and brackets with the sentence they close.
                let mut end = line.start + i + c.len_utf8();
                while let Some(&(j, n)) = iter.peek() {
                    if matches!(n, '”' | '’' | '）' | ')' | '」' | '』') || ends_sentence(n)
                    {
                        end = line.start + j + n.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                push(&mut out, text, start, end, li, line.kind);
                start = end;
            }
        }
        push(&mut out, text, start, line.end, li, line.kind);
    }
    out
}

fn push(
    out: &mut Vec<Sentence>,
    text: &str,
    start: usize,
    end: usize,
    line: usize,
    kind: LineKind,
) {
    if text[start..end].trim().is_empty() {
        return;
    }
    out.push(Sentence {
        start,
        end,
        line,
        kind,
    });
}

/// The characters of `s` outside quotation marks and brackets (`“…”`, `《…》`, `（…）`, `「…」`),
/// with their byte offsets: a clause mark or a verb inside a quotation (`“放管服”`) belongs to
/// the quotation. The marks themselves are not yielded.
pub fn outside_brackets(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut depth = 0usize;
    s.char_indices().filter(move |&(_, c)| match c {
        '“' | '《' | '（' | '(' | '「' | '‘' => {
            depth += 1;
            false
        }
        '”' | '》' | '）' | ')' | '」' | '’' => {
            depth = depth.saturating_sub(1);
            false
        }
        _ => depth == 0,
    })
}

/// Whether `c` separates clauses inside a sentence.
pub fn ends_clause(c: char) -> bool {
    ends_sentence(c) || matches!(c, '，' | ',' | '：' | ':' | '\t' | '\n')
}

/// The sentence holding byte `at`: from after the last `。！？；` or line
/// start, to the next one (inclusive) or the line end.
pub fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let is_end = |c: char| matches!(c, '。' | '！' | '？' | '；' | '\n' | '!' | '?' | ';');
    // At most this far either way: a text without sentence marks must not make every
    // lookup read it whole.
    const REACH: usize = 600;
    let mut lo = at.saturating_sub(REACH);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (at + REACH).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let start = text[lo..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_end(c))
        .map_or(lo, |(i, c)| lo + i + c.len_utf8());
    let end = text[at..hi]
        .char_indices()
        .find(|&(_, c)| is_end(c))
        .map_or(hi, |(i, c)| {
            at + i + if c == '\n' { 0 } else { c.len_utf8() }
        });
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::clean::clean;

    #[test]
    fn splits_at_sentence_marks_and_keeps_closing_quotes() {
        let c = clean("他说：“改革。”随后推进。二是加强管控；三是贯通。\n标题");
        let s: Vec<&str> = sentences(&c.text, &c.lines)
            .iter()
            .map(|s| &c.text[s.start..s.end])
            .collect();
        assert_eq!(
            s,
            vec![
                "他说：“改革。”",
                "随后推进。",
                "二是加强管控；",
                "三是贯通。",
                "标题"
            ]
        );
    }
}
