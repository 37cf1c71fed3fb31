//! Indicator tables copied out of a PDF column by column: each column's heading on a line
//! (`类别`, `序号`, `指标`, `单位`, `2025年`, `2030年`, `年均增长` `（%）`, `属性`), then its
//! cells one to a line, then the next column, as a viewer copies a table whose columns were
//! set as frames of their own; over a page break the headings come again. The headings are
//! read as a header's cells are ([`header::read`]); the rows are counted where a column
//! says how many there are (its row numbers, its 属性 or values, one line each), and the
//! columns with more lines than rows are a cell wrapped onto a second line, joined back:
//! a name's short last part (`研究与试验发展经费投入` / `强度`), a value in words
//! (`与经济增长` / `同步`). A column that cannot be brought to the rows' count is reported.

use super::cell::{self, Cell};
use super::grid::Sep;
use super::header::{self, Columns, Role};
use super::{RawLine, Row, Tables, Unread};

/// One column as copied: its heading and its cells, with their lines.
struct Column<'a> {
    heading: String,
    cells: Vec<RawLine<'a>>,
}

/// A line that can be a column's heading: a header's word, short, alone on its line.
fn heading(t: &str) -> Option<Role> {
    let t: String = t.split_whitespace().collect();
    if t.is_empty() || t.chars().count() > 10 {
        return None;
    }
    let (role, year) = header::role_of(&t);
    // `单位GDP能耗降低` is a name, `单位` the heading.
    let unit_word = role != Role::Unit || t.chars().count() <= 4;
    (unit_word && (role != Role::Other || year.is_some() && t.len() <= 8)).then_some(role)
}

/// A line that ends the cells of a column block: a blank line, a page number, a note, a
/// sentence.
fn ends_block(t: &str) -> bool {
    // A bare number is a cell here (a row number, a value); a page number is dressed
    // (`— 6 —`).
    let page = crate::text::lines::is_page_number(t) && !t.chars().all(|c| c.is_ascii_digit());
    t.is_empty() || page || super::is_note(t) || t.contains('。') || t.chars().count() > 24
}

/// The columns of a block from line `i`: headings each followed by two or more cells (a
/// heading wrapped onto a second line, `年均增长` / `（%）`, joined). `None` when the lines
/// are no such block; else the columns and the line after them.
fn block<'a>(lines: &[RawLine<'a>], mut i: usize) -> Option<(Vec<Column<'a>>, usize)> {
    let mut cols: Vec<Column> = Vec::new();
    let mut roles: Vec<Role> = Vec::new();
    while i < lines.len() {
        let t = lines[i].text.trim();
        if ends_block(t) {
            break;
        }
        match heading(t) {
            // A heading whose role the block has already is the next block's.
            Some(r) if r != Role::Other && roles.contains(&r) => break,
            Some(r) if cols.last().is_none_or(|c| !c.cells.is_empty()) => {
                roles.push(r);
                cols.push(Column {
                    heading: t.split_whitespace().collect(),
                    cells: Vec::new(),
                });
            }
            _ => match cols.last_mut() {
                // `（%）` right under its heading says the heading's unit.
                Some(c) if c.cells.is_empty() && t.starts_with(['（', '(']) => {
                    c.heading.push_str(t)
                }
                Some(c) => c.cells.push(lines[i]),
                None => return None,
            },
        }
        i += 1;
    }
    // Every column holds cells: two or more, a category's merged cells one or more.
    let full = cols.len() >= 3
        && cols
            .iter()
            .zip(&roles)
            .all(|(c, r)| c.cells.len() >= if *r == Role::Category { 1 } else { 2 });
    full.then_some((cols, i))
}

/// How many rows the block has: the count of a column that has one line per row (row
/// numbers, 属性, values), the one most columns agree with.
fn row_count(cols: &[Column<'_>], model: &Columns) -> Option<usize> {
    let seq = |c: &Column| {
        c.cells
            .iter()
            .all(|l| l.text.trim().chars().all(|ch| ch.is_ascii_digit()))
    };
    if let Some(c) = model
        .role_index(Role::Seq)
        .map(|k| &cols[k])
        .filter(|c| seq(c))
    {
        return Some(c.cells.len());
    }
    // One line per row: a value column, the 属性, the unit.
    let counts: Vec<usize> = model
        .cols
        .iter()
        .zip(cols)
        .filter(|(m, _)| m.role.holds_value() || matches!(m.role, Role::Attribute | Role::Unit))
        .map(|(_, c)| c.cells.len())
        .collect();
    // The count most columns have; the smallest of equals (wraps only add lines).
    let votes = |n: usize| counts.iter().filter(|&&m| m == n).count();
    counts
        .iter()
        .copied()
        .max_by_key(|&n| (votes(n), std::cmp::Reverse(n)))
}

/// A column's cells brought to `n` rows by joining wrapped lines: in a value column two
/// lines of words in a row (`与经济增长` `同步`), in a name column the shortest line onto a
/// long one above it. `None` when it cannot be done.
fn to_rows(cells: &[RawLine<'_>], n: usize, names: bool) -> Option<Vec<(String, usize, usize)>> {
    let mut rows: Vec<(String, usize, usize)> = cells
        .iter()
        .map(|l| {
            let t = l.text.trim();
            let at = l.start + (l.text.len() - l.text.trim_start().len());
            (t.to_string(), at, at + t.len())
        })
        .collect();
    while rows.len() > n {
        let k = if names {
            // The shortest line below a long one, or below one left open (`…占`).
            (1..rows.len())
                .filter(|&k| {
                    super::open_ended(&rows[k - 1].0) || rows[k - 1].0.chars().count() >= 8
                })
                .min_by_key(|&k| {
                    (
                        !super::open_ended(&rows[k - 1].0),
                        rows[k].0.chars().count(),
                    )
                })?
        } else {
            let words = |s: &str| !matches!(cell::parse(s), Cell::Number { .. } | Cell::Empty);
            (1..rows.len()).find(|&k| words(&rows[k - 1].0) && words(&rows[k].0))?
        };
        let (text, _, end) = rows.remove(k);
        rows[k - 1].0.push_str(&text);
        rows[k - 1].2 = end;
    }
    (rows.len() == n).then_some(rows)
}

/// Reads every table copied column by column in `lines`, outside the tables read already.
pub(super) fn read(lines: &[RawLine<'_>], period: Option<(i32, i32)>, out: &mut Tables) {
    let taken = out.spans.clone();
    let first_row = out.rows.len();
    let mut after: Option<usize> = None; // the line after the last block read
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let t = line.text.trim();
        if taken
            .iter()
            .any(|&(s, e)| s <= line.start && line.start < e)
        {
            i += 1;
            continue;
        }
        // The note under the last block (`注：带*的为2024年数据`) belongs to the table.
        if after.is_some_and(|a| i <= a + 1) && super::is_note(t) {
            super::apply_note(t, first_row, out);
            out.spans.push((line.start, line.start + line.text.len()));
            after = Some(i + 1);
            i += 1;
            continue;
        }
        let found = heading(t)
            .and_then(|_| block(lines, i))
            .and_then(|(cols, next)| {
                let cells: Vec<(String, usize, usize)> = cols
                    .iter()
                    .enumerate()
                    .map(|(k, c)| (c.heading.clone(), k, k + 1))
                    .collect();
                header::read(&cells, Sep::Tab, period).map(|m| (cols, m, next))
            });
        let Some((cols, model, next)) = found else {
            i += 1;
            continue;
        };
        let last = lines[next - 1];
        let span = (line.start, last.start + last.text.len());
        match row_count(&cols, &model) {
            Some(n) if n > 0 => read_block(&cols, &model, n, span, out),
            _ => out.unread.push(Unread {
                start: span.0,
                end: span.1,
                text: String::new(),
                why: "按列复制的表格数不出行数",
                why_en: "a table copied column by column whose rows cannot be counted",
            }),
        }
        out.spans.push(span);
        after = Some(next);
        i = next;
    }
    super::settle(out, first_row);
}

/// The rows of one block of `n` rows.
fn read_block(
    cols: &[Column<'_>],
    model: &Columns,
    n: usize,
    span: (usize, usize),
    out: &mut Tables,
) {
    let mut texts: Vec<Option<Vec<(String, usize, usize)>>> = Vec::new();
    for (c, m) in cols.iter().zip(&model.cols) {
        let rows = to_rows(&c.cells, n, m.role == Role::Name);
        // A category's merged cells stand once for their group: where they fall is unknown.
        if rows.is_none() && !matches!(m.role, Role::Category | Role::Other) {
            out.unread.push(Unread {
                start: c.cells.first().map_or(span.0, |l| l.start),
                end: c.cells.last().map_or(span.1, |l| l.start + l.text.len()),
                text: format!("{}：{} 行，表有 {n} 行", c.heading, c.cells.len()),
                why: "这一列的行数与表格对不上",
                why_en: "a column whose lines do not match the table's rows",
            });
            return;
        }
        texts.push(rows);
    }
    for r in 0..n {
        let text = |role: Role| {
            model
                .role_index(role)
                .and_then(|k| texts[k].as_ref())
                .map(|rows| rows[r].clone())
        };
        let Some((name, start, end)) = text(Role::Name) else {
            return;
        };
        let values = header::VALUE_ROLES
            .map(|role| cell::parse(&text(role).map(|t| t.0).unwrap_or_default()));
        let unit = text(Role::Unit)
            .map(|t| t.0)
            .filter(|u| !cell::parse(u).is_empty() || cell::is_unit(u));
        let category = text(Role::Category).map(|t| t.0);
        let attribute = text(Role::Attribute).map(|t| t.0);
        let row = Row::new(
            (start, end),
            &name,
            unit,
            values,
            category,
            attribute,
            model,
        );
        out.rows.push(row);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::names;
    use super::*;

    fn read_text(src: &str) -> Tables {
        super::super::testing::run(read, src)
    }

    #[test]
    fn columns_one_after_another_over_two_pages() {
        let src = "表1　主要指标\n类别\n经济发展\n创新驱动\n序号\n1\n2\n3\n指标\n地区生产总值\n研究与试验发展经费投入\n强度\n居民人均可支配收入增长\n单位\n亿元\n%\n%\n2025年\n33200\n2.45*\n—\n2030年\n43400\n2.9\n—\n年均增长\n（%）\n5.5左右\n—\n与经济增长\n同步\n属性\n预期性\n预期性\n预期性\n— 6 —\n续表1\n类别\n绿色生态\n序号\n4\n5\n指标\n森林覆盖率\n单位GDP二氧化碳排放降低\n单位\n%\n%\n2025年\n55.5\n—\n2030年\n57\n[17]\n年均增长\n（%）\n—\n—\n属性\n约束性\n约束性\n注：带*的为2024年数据；[ ]内为五年累计数。\n\n第二章　产业\n";
        let t = read_text(src);
        assert_eq!(
            names(&t),
            [
                "地区生产总值",
                "研究与试验发展经费投入强度",
                "居民人均可支配收入增长",
                "森林覆盖率",
                "单位GDP二氧化碳排放降低"
            ]
        );
        assert!(t.unread.is_empty(), "{:?}", t.unread);
        let gdp = &t.rows[0];
        assert_eq!((gdp.unit.as_deref(), gdp.scale), (Some("元"), 1e8));
        assert_eq!(gdp.target, cell::parse("43400"));
        assert_eq!(gdp.growth, cell::parse("5.5左右"));
        assert_eq!(gdp.attribute.as_deref(), Some("预期性"));
        assert_eq!(t.rows[1].starred_year, Some(2024));
        assert!(matches!(t.rows[2].growth, Cell::Words(ref w) if w == "与经济增长同步"));
        assert!(matches!(
            t.rows[4].target,
            Cell::Number {
                cumulative: true,
                ..
            }
        ));
        assert_eq!(&src[gdp.start..gdp.end], "地区生产总值");
    }

    #[test]
    fn a_table_of_cells_row_by_row_is_left_to_its_reader() {
        let t =
            read_text("指标\n单位\n2025年\n2030年\n属性\n地区生产总值\n亿元\n5300\n6900\n预期性\n");
        assert!(t.rows.is_empty() && t.unread.is_empty());
    }
}
