//! Indicator tables turned on their side: one indicator to a column and one field to a
//! line, each line labelled in its first cell (`指标`, `单位`, `2025年现状值`,
//! `2030年预期值`, `年均增长（%）`, `属性`), as a table with few indicators and many fields is
//! laid out to fit a page, often in blocks under category lines (`一、经济发展`). The labels
//! down the first column are read as a header's cells are ([`header::read`]), so each
//! indicator's values fall into the same column model as a table row's. A line whose label
//! cell is blank continues the line above: the rest of a name (`研究与试验发展` /
//! `经费投入强度`) or of a value in words, set under the indicator whose name starts
//! nearest to it.

use super::cell::{self, Cell};
use super::grid::{self, Piece, Sep};
use super::header::{self, Columns, Role};
use super::{RawLine, Row, Tables, Unread};

/// One labelled line of a block, with the lines that continue it.
struct Field<'a> {
    line: RawLine<'a>,
    /// The cells after the label.
    cells: Vec<Piece<'a>>,
    more: Vec<(RawLine<'a>, Vec<Piece<'a>>)>,
}

/// A line's separator and its cells, the label first. Cells a single ideographic space
/// apart are cells (the layout of a table pasted from a word processor).
fn cells_of(line: &str) -> (Sep, Vec<Piece<'_>>) {
    let sep = match grid::sep_of(line) {
        Some(s @ (Sep::Tab | Sep::Pipe | Sep::Comma)) => s,
        _ => Sep::Spaces,
    };
    (sep, grid::pieces(line, sep))
}

/// The label of a line, when it opens the line: its first cell, not indented.
fn label<'a>(line: &'a str, sep: Sep, cells: &[Piece<'a>]) -> Option<&'a str> {
    let first = cells.first()?;
    let opens = match sep {
        Sep::Spaces => first.from == 0 && !line.starts_with([' ', '\u{3000}']),
        _ => !first.text.is_empty(),
    };
    (opens && first.text.chars().count() <= 12).then_some(first.text)
}

/// Whether a line continues the one above: its label cell blank, some cell after it.
fn continues(line: &str, sep: Sep, cells: &[Piece<'_>]) -> bool {
    label(line, sep, cells).is_none() && cells.iter().any(|p| !p.text.is_empty())
}

/// Whether a label names a field: a header's word (`单位`, `属性`, `年均增长`) or a year.
fn is_field(label: &str) -> bool {
    let (role, year) = header::role_of(label);
    role != Role::Other || year.is_some()
}

/// The block whose 指标 line is `lines[i]`: its fields (the 指标 line first) and the line
/// after it. `None` when the lines under it are no fields with values.
fn block<'a>(lines: &[RawLine<'a>], i: usize) -> Option<(Vec<Field<'a>>, usize)> {
    let (sep, cells) = cells_of(lines[i].text);
    let lead = label(lines[i].text, sep, &cells)?;
    if header::role_of(lead).0 != Role::Name || cells.len() < 2 {
        return None;
    }
    let mut fields = vec![Field {
        line: lines[i],
        cells: cells[1..].to_vec(),
        more: Vec::new(),
    }];
    let mut j = i + 1;
    while j < lines.len() {
        let text = lines[j].text;
        let (s, cells) = cells_of(text);
        if text.trim().is_empty() || s != sep && sep != Sep::Spaces {
            break;
        }
        if continues(text, sep, &cells) {
            let last = fields.last_mut().expect("the 指标 line is the first field");
            last.more.push((lines[j], cells));
        } else if label(text, sep, &cells).is_some_and(is_field) && cells.len() >= 2 {
            fields.push(Field {
                line: lines[j],
                cells: cells[1..].to_vec(),
                more: Vec::new(),
            });
        } else {
            break;
        }
        j += 1;
    }
    (fields.len() >= 3).then_some((fields, j))
}

/// The column model of a block's labels, one label to a column.
fn columns_of(fields: &[Field<'_>], period: Option<(i32, i32)>) -> Option<Columns> {
    let labels: Vec<(String, usize, usize)> = fields
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let (_, cells) = cells_of(f.line.text);
            (cells[0].text.to_string(), k, k + 1)
        })
        .collect();
    let mut cols = header::read(&labels, Sep::Tab, period)?;
    // The first label names the indicators whatever else it says (`指标名称`).
    cols.cols[0].role = Role::Name;
    Some(cols)
}

/// The indicator each cell of a line belongs to: by order when the line has a cell for
/// every indicator, else by the display column it starts at (the indicator whose name
/// starts nearest). `None` for a cell that lands where another already is.
fn place(cells: &[Piece<'_>], starts: &[usize], sep: Sep, full: bool) -> Vec<Option<usize>> {
    if sep != Sep::Spaces {
        // Delimited cells keep their empty ones: a cell's index is its column.
        return (0..cells.len())
            .map(|k| (k < starts.len()).then_some(k))
            .collect();
    }
    if full && cells.len() == starts.len() {
        return (0..cells.len()).map(Some).collect();
    }
    let mut taken = vec![false; starts.len()];
    cells
        .iter()
        .map(|p| {
            let k = (0..starts.len()).min_by_key(|&k| starts[k].abs_diff(p.from))?;
            (!std::mem::replace(&mut taken[k], true)).then_some(k)
        })
        .collect()
}

/// The byte span of a cell within its line.
fn span_of(line: RawLine<'_>, p: &Piece<'_>) -> (usize, usize) {
    let at = p.text.as_ptr() as usize - line.text.as_ptr() as usize;
    (line.start + at, line.start + at + p.text.len())
}

/// Reads every block of an indicator table turned on its side, into `out`.
pub(super) fn read(lines: &[RawLine<'_>], period: Option<(i32, i32)>, out: &mut Tables) {
    let first_row = out.rows.len();
    let mut category: Option<String> = None;
    let mut after_block: Option<usize> = None; // the line after the last block read
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].text.trim();
        if let Some(c) = super::ordinal_category(t) {
            category = Some(c);
        }
        if after_block.is_some_and(|a| i <= a + 1) && super::is_note(t) {
            super::apply_note(t, first_row, out);
            let line = lines[i];
            out.spans.push((line.start, line.start + line.text.len()));
            after_block = Some(i + 1);
            i += 1;
            continue;
        }
        let Some((fields, next)) = block(lines, i) else {
            i += 1;
            continue;
        };
        let Some(cols) = columns_of(&fields, period) else {
            i += 1;
            continue;
        };
        read_block(&fields, &cols, category.clone(), out);
        let last = lines[next - 1];
        out.spans
            .push((lines[i].start, last.start + last.text.len()));
        after_block = Some(next);
        i = next;
    }
    super::settle(out, first_row);
}

/// The rows of one block, a row for each indicator column.
fn read_block(fields: &[Field<'_>], cols: &Columns, category: Option<String>, out: &mut Tables) {
    let names = &fields[0];
    let sep = cells_of(names.line.text).0;
    let starts: Vec<usize> = names.cells.iter().map(|p| p.from).collect();
    let n = starts.len();
    // Each field's text under each indicator, its continuation lines joined.
    let mut texts = vec![vec![String::new(); n]; fields.len()];
    let mut spans: Vec<Option<(usize, usize)>> = vec![None; n];
    for (f, field) in fields.iter().enumerate() {
        let mut lines = vec![(field.line, field.cells.clone(), true)];
        lines.extend(field.more.iter().map(|(l, c)| (*l, c.clone(), false)));
        for (line, cells, first) in lines {
            let cells: Vec<Piece> = match sep {
                Sep::Spaces => cells.into_iter().filter(|p| !p.text.is_empty()).collect(),
                // A continuation line's first cell is its blank label.
                _ if !first => cells.into_iter().skip(1).collect(),
                _ => cells,
            };
            let placed = place(&cells, &starts, sep, first);
            for (p, at) in cells.iter().zip(placed) {
                if p.text.is_empty() {
                    continue;
                }
                let Some(k) = at else {
                    let (start, end) = span_of(line, p);
                    out.unread.push(Unread {
                        start,
                        end,
                        text: p.text.to_string(),
                        why: "单元格无法对应到指标列",
                        why_en: "a cell that falls under no indicator's column",
                    });
                    continue;
                };
                texts[f][k].push_str(p.text.trim());
                if f == 0 {
                    let s = span_of(line, p);
                    spans[k] = Some(spans[k].map_or(s, |(a, b)| (a.min(s.0), b.max(s.1))));
                }
            }
        }
    }
    for k in 0..n {
        let text = |r: Role| {
            cols.role_index(r)
                .map(|f| texts[f][k].clone())
                .filter(|t| !t.is_empty())
        };
        let span = spans[k].unwrap_or((names.line.start, names.line.start));
        let values = header::VALUE_ROLES.map(|r| cell::parse(&text(r).unwrap_or_default()));
        let valued = values.iter().any(|c| !c.is_empty());
        let name = text(Role::Name).unwrap_or_default();
        let row = Row::new(
            span,
            &name,
            text(Role::Unit),
            values,
            category.clone(),
            text(Role::Attribute),
            cols,
        );
        if valued || matches!(row.target, Cell::Words(_)) {
            out.rows.push(row);
        } else {
            out.unread.push(Unread {
                start: span.0,
                end: span.1,
                text: name,
                why: "这一列没有可读的数值",
                why_en: "an indicator column with no value that can be read",
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::names;
    use super::*;
    use crate::analysis::Qualifier;

    fn read_text(src: &str) -> Tables {
        super::super::testing::run(read, src)
    }

    const BLOCKS: &str = "表1　主要指标\n\n一、经济发展\n指标　　　　地区生产总值　常住人口城镇化率　固定资产投资增长\n单位　　　　亿元　　　　　%　　　　　　　　%\n2025年　　　5300　　　　　63.2　　　　　　　—\n2030年　　　6900左右　　　67　　　　　　　　—\n年均增长（%）5.5左右　　　　—　　　　　　　　＞6\n属性　　　　预期性　　　　预期性　　　　　　预期性\n\n二、创新驱动\n指标　　　　研究与试验发展　高新技术企业数量\n　　　　　　经费投入强度\n单位　　　　%　　　　　　　　家\n2025年　　　2.1（2024年）　　86\n2030年　　　2.6　　　　　　　＞150\n属性　　　　预期性　　　　　预期性\n\n注：[ ]内为五年累计数。\n\n第二章　建设现代化产业体系\n";

    #[test]
    fn columns_are_indicators_and_lines_are_fields() {
        let t = read_text(BLOCKS);
        assert_eq!(
            names(&t),
            [
                "地区生产总值",
                "常住人口城镇化率",
                "固定资产投资增长",
                "研究与试验发展经费投入强度",
                "高新技术企业数量"
            ]
        );
        assert!(t.unread.is_empty(), "{:?}", t.unread);
        let gdp = &t.rows[0];
        assert_eq!((gdp.unit.as_deref(), gdp.scale), (Some("元"), 1e8));
        assert!(
            matches!(gdp.target, Cell::Number { value, qualifier: Qualifier::About, .. } if value == 6900.0)
        );
        assert_eq!(gdp.category.as_deref(), Some("经济发展"));
        assert_eq!(gdp.attribute.as_deref(), Some("预期性"));
        assert_eq!(&BLOCKS[gdp.start..gdp.end], "地区生产总值");
        assert!(
            matches!(t.rows[2].growth, Cell::Number { value, qualifier: Qualifier::AtLeast, .. } if value == 6.0)
        );
        let rd = &t.rows[3];
        assert_eq!(rd.category.as_deref(), Some("创新驱动"));
        assert!(matches!(
            rd.base,
            Cell::Number {
                year: Some(2024),
                ..
            }
        ));
        assert!(matches!(t.rows[4].target, Cell::Number { value, .. } if value == 150.0));
        // The blocks and their note are the table's: no prose reader reads them again.
        let note = BLOCKS.find("注：").unwrap();
        assert!(t.spans.iter().any(|&(s, e)| s <= note && note < e));
    }

    #[test]
    fn delimited_blocks_and_unreadable_columns() {
        let t = read_text(
            "指标\t地区生产总值\t森林覆盖率\n单位\t亿元\t%\n2025年\t5300\t—\n2030年\t6900\t—\n",
        );
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.unread.len(), 1, "{:?}", t.unread);
        assert_eq!(t.unread[0].text, "森林覆盖率");
    }

    #[test]
    fn an_ordinary_header_is_left_to_the_row_reader() {
        let t = read_text("指标　　　　单位　2025年　2030年　属性\n地区生产总值　亿元　5300　6900　预期性\n森林覆盖率　%　46.3　46.8　约束性\n");
        assert!(t.rows.is_empty() && t.unread.is_empty());
    }
}
