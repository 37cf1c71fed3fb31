//! A wide table split over two facing pages, as a printed booklet runs it across the
//! gutter and a PDF reader gives it page after page: the left page holds each row's number,
//! name and unit (`类别  序号  指　　标  单位`), the right page the same row numbers with the
//! values (`序号  2025年  2030年  年均增长  属性`). Neither half is a table alone: the names
//! have no values, the values no names. Each half is read by its own header's columns, and
//! the rows are paired by their numbers; a row number one half has and the other lacks is
//! reported.

use super::cell::{self, Cell};
use super::grid::{self, Piece};
use super::header::{self, Columns, Role};
use super::{RawLine, Row, Tables, Unread};

/// One half's row: its number, the texts of its columns, its span.
struct HalfRow {
    seq: String,
    texts: Vec<String>,
    span: (usize, usize),
}

/// A half read: its columns, its rows, and the line after it.
struct Half {
    cols: Columns,
    rows: Vec<HalfRow>,
    span: (usize, usize),
    next: usize,
}

/// The header of a half at line `i` (over one or two lines): which half, and its lines.
fn half_header(
    lines: &[RawLine<'_>],
    i: usize,
    period: Option<(i32, i32)>,
) -> Option<(Columns, usize)> {
    let line = lines[i].text;
    let sep = grid::sep_of(line)?;
    let a = grid::pieces(line, sep);
    let one = header::model(&header::letters_joined(header::cells_of(&a)), sep, period)?;
    if !one.has(Role::Seq) || one.has(Role::Name) == one.valued() {
        return None;
    }
    // A second line of header words (`基期值  目标值  ［累计］`) says more of the same
    // columns: no row number, no value.
    let Some(next) = lines.get(i + 1).filter(|l| !l.text.trim().is_empty()) else {
        return Some((one, 1));
    };
    let b = grid::pieces(next.text, sep);
    let headerish = b
        .iter()
        .all(|p| !cell::looks_numeric(p.text) && !p.text.chars().all(|c| c.is_ascii_digit()));
    if headerish {
        if let Some(m) = header::model(&header::merge(&a, &b, sep), sep, period) {
            if m.has(Role::Seq) && m.has(Role::Name) == one.has(Role::Name) {
                return Some((m, 2));
            }
        }
    }
    Some((one, 1))
}

/// The rows of a half from line `i`: a line with a row number opens a row, a line without
/// one continues the row above (a wrapped name, a value in words over two lines). The half
/// ends at its page's footer, at a blank stretch, a note or prose.
fn read_half(lines: &[RawLine<'_>], mut i: usize, cols: Columns, start: usize) -> Half {
    let seq_k = cols.role_index(Role::Seq).unwrap_or(0);
    let mut rows: Vec<HalfRow> = Vec::new();
    let mut end = start;
    let mut blanks = 0;
    while i < lines.len() {
        let line = lines[i];
        let t = line.text.trim();
        if t.is_empty() {
            blanks += 1;
            if blanks > 1 && !rows.is_empty() {
                break;
            }
            i += 1;
            continue;
        }
        if crate::text::lines::is_page_number(t) || super::is_note(t) || super::ends_table(t, 1) {
            break;
        }
        blanks = 0;
        let pieces: Vec<Piece> = grid::pieces(line.text, cols.sep);
        let cells = cols.assign(&pieces);
        let seq = cells.texts[seq_k].trim();
        let span = (
            line.start + (line.text.len() - line.text.trim_start().len()),
            line.start + line.text.trim_end().len(),
        );
        if !seq.is_empty() && seq.chars().all(|c| c.is_ascii_digit()) {
            // A row of names is where its name is (not its category's character).
            let span = cols
                .role_index(Role::Name)
                .and_then(|k| line.text.find(cells.texts[k].trim()))
                .map_or(span, |at| (line.start + at, span.1));
            rows.push(HalfRow {
                seq: seq.to_string(),
                texts: cells.texts,
                span,
            });
        } else if let Some(row) = rows.last_mut() {
            // A category set vertically leaves a character alone on a line: no part of
            // the row above.
            for (k, text) in cells.texts.iter().enumerate() {
                let role = cols.cols[k].role;
                let continues = role == Role::Name
                    || role.holds_value() && matches!(cell::parse(&row.texts[k]), Cell::Words(_));
                if continues && !text.trim().is_empty() {
                    row.texts[k].push_str(text.trim());
                    row.span.1 = span.1;
                }
            }
        }
        end = span.1;
        i += 1;
    }
    Half {
        cols,
        rows,
        span: (start, end),
        next: i,
    }
}

/// Reads every table split over facing pages in `lines`, outside the tables read already.
pub(super) fn read(lines: &[RawLine<'_>], period: Option<(i32, i32)>, out: &mut Tables) {
    let taken = out.spans.clone();
    let free = |at: usize| !taken.iter().any(|&(s, e)| s <= at && at < e);
    let mut i = 0;
    while i < lines.len() {
        if !free(lines[i].start) {
            i += 1;
            continue;
        }
        let Some((cols, used)) = half_header(lines, i, period) else {
            i += 1;
            continue;
        };
        let first = read_half(lines, i + used, cols, lines[i].start);
        // The other half begins on the next page: within a few lines (the footer, the
        // running head, a caption).
        let other = (first.next..lines.len().min(first.next + 8)).find_map(|j| {
            let (cols, used) = half_header(lines, j, period)?;
            (cols.has(Role::Name) != first.cols.has(Role::Name))
                .then(|| read_half(lines, j + used, cols, lines[j].start))
        });
        let Some(other) = other.filter(|o| !o.rows.is_empty() && !first.rows.is_empty()) else {
            i = first.next.max(i + 1);
            continue;
        };
        let (names, values) = if first.cols.has(Role::Name) {
            (first, other)
        } else {
            (other, first)
        };
        let first_row = out.rows.len();
        pair(&names, &values, out);
        let mut next = names.next.max(values.next);
        out.spans.push(names.span);
        out.spans.push(values.span);
        // Notes under the values (`注：1.标△的为2024年数据`) belong to the whole table.
        while let Some(l) = lines.get(next).filter(|l| {
            let t = l.text.trim();
            super::is_note(t) || t.is_empty()
        }) {
            let t = l.text.trim();
            if !t.is_empty() {
                super::apply_note(t, first_row, out);
                out.spans.push((l.start, l.start + l.text.len()));
            }
            next += 1;
        }
        super::settle(out, first_row);
        i = next;
    }
}

/// The rows of the two halves, paired by their numbers.
fn pair(names: &Half, values: &Half, out: &mut Tables) {
    let text = |h: &Half, r: &HalfRow, role: Role| {
        h.cols
            .role_index(role)
            .map(|k| r.texts[k].trim().to_string())
            .unwrap_or_default()
    };
    for n in &names.rows {
        let Some(v) = values.rows.iter().find(|v| v.seq == n.seq) else {
            out.unread.push(unpaired(n));
            continue;
        };
        let name: String = text(names, n, Role::Name).split_whitespace().collect();
        let unit = Some(text(names, n, Role::Unit)).filter(|u| !u.is_empty());
        let values_of = header::VALUE_ROLES.map(|role| cell::parse(&text(values, v, role)));
        let attribute = Some(text(values, v, Role::Attribute)).filter(|a| !a.is_empty());
        let category = Some(text(names, n, Role::Category))
            .filter(|c| c.chars().count() > 1)
            .map(|c| c.split_whitespace().collect());
        out.rows.push(Row::new(
            n.span,
            &name,
            unit,
            values_of,
            category,
            attribute,
            &values.cols,
        ));
    }
    for v in &values.rows {
        if !names.rows.iter().any(|n| n.seq == v.seq) {
            out.unread.push(unpaired(v));
        }
    }
}

/// A row whose number the other half lacks.
fn unpaired(r: &HalfRow) -> Unread {
    Unread {
        start: r.span.0,
        end: r.span.1,
        text: String::new(),
        why: "对页表格的这一行在另一页上没有对应的序号",
        why_en: "a row of a table split over two pages whose number the other page lacks",
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::names;
    use super::*;

    #[test]
    fn names_on_the_left_page_values_on_the_right() {
        let src = "表1　主要指标\n\n类别  序号    指　　标                    单位\n 经   1       地区生产总值                亿元\n 济   2       农村集体经济年经营性收入\n 发           50万元以上行政村占比        %\n 展   3       人均预期寿命                岁\n\n                — 10 —\n\n  第一章　发展基础\n\n序号    2025年        2030年        年均增长        属性\n        基期值        目标值        ［累计］\n1       98.6          135           6.5左右         预期性\n2       45            80            —               预期性\n3       81.6△         完成市下达    —               约束性\n                      任务\n注：1.标△的为2024年数据。\n\n正文。\n";
        let t = super::super::testing::run(read, src);
        assert_eq!(
            names(&t),
            [
                "地区生产总值",
                "农村集体经济年经营性收入50万元以上行政村占比",
                "人均预期寿命"
            ]
        );
        assert!(t.unread.is_empty(), "{:?}", t.unread);
        let gdp = &t.rows[0];
        assert_eq!((gdp.unit.as_deref(), gdp.scale), (Some("元"), 1e8));
        assert_eq!(gdp.target, cell::parse("135"));
        assert_eq!(gdp.growth, cell::parse("6.5左右"));
        assert_eq!(t.rows[2].starred_year, Some(2024));
        assert!(matches!(t.rows[2].target, Cell::Words(ref w) if w == "完成市下达任务"));
        assert_eq!(t.rows[2].attribute.as_deref(), Some("约束性"));
        assert_eq!(&src[gdp.start..gdp.end], "地区生产总值                亿元");
    }
}
