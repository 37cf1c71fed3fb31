//! The cells of one line of a table, whatever separates them: tabs, `|` (Markdown), commas
//! (CSV, with quoted fields) or runs of spaces (a table laid out for the eye, as PDF
//! extraction leaves it). Each cell keeps where it sits: its display columns for
//! space-aligned text (a CJK character is two columns wide, as a page lays it out), its
//! index for delimited text, so that a row's cells can be set under the header's columns.

/// How the cells of a table's lines are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sep {
    Tab,
    Pipe,
    Comma,
    Spaces,
}

/// A cell of a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece<'a> {
    /// The cell's text, trimmed.
    pub text: &'a str,
    /// Where it begins and ends: display columns (spaces), or `k..k+1` for the k-th cell of
    /// a delimited line.
    pub from: usize,
    pub to: usize,
}

/// Display width: ASCII is one column, anything else two (CJK, full-width forms).
pub fn width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// The separator a line's cells would be split by, if it looks like a table line at all.
pub fn sep_of(line: &str) -> Option<Sep> {
    let t = line.trim();
    if t.is_empty() {
        return None;
    }
    if t.contains('\t') {
        return Some(Sep::Tab);
    }
    // Markdown `|`, or the box-drawing `│` of a table drawn in text.
    if t.starts_with(['|', '│']) && t.matches(['|', '│']).count() >= 3 {
        return Some(Sep::Pipe);
    }
    // CSV: ASCII commas between cells, in a line that is not a sentence.
    if split_csv(t).len() >= 3 && !t.contains(['。', '；']) {
        return Some(Sep::Comma);
    }
    if t.contains("  ") || t.contains('\u{3000}') {
        return Some(Sep::Spaces);
    }
    None
}

/// A Markdown separator row (`|---|:---:|`) or a border drawn in box-drawing characters
/// (`┌────┬────┐`, `├────┼────┤`).
pub fn is_rule(line: &str) -> bool {
    let t = line.trim();
    let markdown = t.starts_with('|')
        && t.contains('-')
        && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '+'));
    let drawn = !t.is_empty()
        && t.chars()
            .all(|c| ('\u{2500}'..='\u{257f}').contains(&c) && c != '│');
    markdown || drawn
}

/// The cells of `line` split by `sep`.
pub fn pieces(line: &str, sep: Sep) -> Vec<Piece<'_>> {
    fn indexed(cells: Vec<&str>) -> Vec<Piece<'_>> {
        cells
            .into_iter()
            .enumerate()
            .map(|(k, c)| Piece {
                text: c.trim_matches(|c: char| c.is_whitespace()),
                from: k,
                to: k + 1,
            })
            .collect()
    }
    match sep {
        // A spreadsheet copy quotes a cell holding a line break or a quote (`"年均增长
        // 〔累计〕"`).
        Sep::Tab => indexed(
            line.trim_end_matches(['\r', '\n'])
                .split('\t')
                .map(unquote)
                .collect(),
        ),
        Sep::Pipe => {
            let t = line.trim();
            let t = t.strip_prefix(['|', '│']).unwrap_or(t);
            let t = t.strip_suffix(['|', '│']).unwrap_or(t);
            indexed(t.split(['|', '│']).collect())
        }
        Sep::Comma => indexed(split_csv(line.trim())),
        Sep::Spaces => spaced(line),
    }
}

/// CSV fields, quotes taken off (`"1,2"` is one field; a doubled quote inside is kept as
/// written, which no indicator table needs more of).
fn split_csv(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                out.push(unquote(&line[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(unquote(&line[start..]));
    out
}

fn unquote(s: &str) -> &str {
    let t = s.trim();
    t.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(t)
}

/// Cells separated by two or more spaces (or an ideographic space), with their columns.
/// A cell and a number one space apart (`微克/立方米 30`: a long unit leaves one space
/// before the next column) are two cells.
fn spaced(line: &str) -> Vec<Piece<'_>> {
    let mut out: Vec<Piece> = Vec::new();
    let mut col = 0usize;
    let mut start: Option<(usize, usize)> = None; // (byte, column) where a cell began
    let mut gap = 0usize; // spaces (in columns) since the last character of a cell
    let mut last = (0usize, 0usize); // (byte, column) just after the last character
    let mut flush = |start: &mut Option<(usize, usize)>, last: (usize, usize)| {
        if let Some((b, k)) = start.take() {
            out.push(Piece {
                text: &line[b..last.0],
                from: k,
                to: last.1,
            });
        }
    };
    for (i, c) in line.char_indices() {
        let w = if c.is_ascii() { 1 } else { 2 };
        if c == ' ' || c == '\u{3000}' || c == '\t' {
            gap += w;
            if gap >= 2 {
                flush(&mut start, last);
            }
        } else if !matches!(c, '\r' | '\n') {
            if start.is_none() {
                start = Some((i, col));
            }
            gap = 0;
            last = (i + c.len_utf8(), col + w);
        }
        col += w;
    }
    flush(&mut start, last);
    let mut k = 0;
    while k < out.len() {
        let p = out[k].clone();
        if let Some((left, right)) = p.text.rsplit_once(' ') {
            let num = |s: &str| super::cell::looks_numeric(s);
            if num(right) && !num(left) && !left.trim().is_empty() {
                let left = left.trim_end();
                let right_from = p.to - width(right);
                out[k] = Piece {
                    text: left,
                    from: p.from,
                    to: p.from + width(left),
                };
                out.insert(
                    k + 1,
                    Piece {
                        text: right,
                        from: right_from,
                        to: p.to,
                    },
                );
            }
        }
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<&str> {
        let sep = sep_of(line).unwrap();
        pieces(line, sep).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn every_separator() {
        assert_eq!(texts("类别\t指标\t2020年"), ["类别", "指标", "2020年"]);
        assert_eq!(
            texts("| 指标 | 单位 | 2030年 |"),
            ["指标", "单位", "2030年"]
        );
        assert_eq!(
            texts("指标,单位,\"1,200\",预期性"),
            ["指标", "单位", "1,200", "预期性"]
        );
        assert_eq!(
            texts("1  地区生产总值  亿元  43443"),
            ["1", "地区生产总值", "亿元", "43443"]
        );
        assert_eq!(
            texts("浓度  微克/立方米 30  <28"),
            ["浓度", "微克/立方米", "30", "<28"]
        );
        assert!(is_rule("|---|:--:|"));
        assert!(is_rule("├────┼────┤"));
        assert_eq!(
            texts("│类别│序号│指标    │2025年│"),
            ["类别", "序号", "指标", "2025年"]
        );
        assert_eq!(sep_of("这是一句话，不是表格。"), None);
    }

    #[test]
    fn columns_count_cjk_twice() {
        let p = pieces("指标      2025年", Sep::Spaces);
        assert_eq!((p[0].from, p[0].to), (0, 4));
        assert_eq!((p[1].from, p[1].to), (10, 16));
    }
}
