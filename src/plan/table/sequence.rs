//! Indicator tables whose cells cannot be set under columns by position, read by what
//! each cell is: a table whose cells are one to a line (a table exported cell by cell
//! from a word processor or a PDF), or cells a single space apart (a table retyped or
//! extracted without its layout). The header still says which columns there are and in
//! what order; a row's cells are then assigned from both ends by their content: the 属性
//! at the end, the category and row number first, then the name (its wrapped parts
//! joined), the unit, and the values in the header's order, a value in words wrapped
//! over two cells joined.

use super::cell::{self, Cell};
use super::grid::Sep;
use super::header::{self, Columns, Role};
use super::{RawLine, Row, Tables};

/// The cells of a line a single space apart; `None` when the line is laid out otherwise
/// (tabs, runs of spaces, `|`), which the column reader reads.
fn spaced_cells(t: &str) -> Option<Vec<&str>> {
    if t.contains(['\t', '|']) || t.contains("  ") || t.contains('。') {
        return None;
    }
    Some(
        t.split([' ', '\u{3000}'])
            .filter(|c| !c.is_empty())
            .collect(),
    )
}

/// A 属性 cell: `预期性`, `约束性`, `指导性`.
pub(super) fn is_attribute(c: &str) -> bool {
    c.chars().count() <= 4 && ["预期性", "约束性", "指导性"].contains(&c)
}

/// A value cell: a number, a comparator and a number, a total in brackets, or `—`.
fn is_value(c: &str) -> bool {
    matches!(cell::parse(c), Cell::Number { .. } | Cell::Empty)
}

/// The cells of a header as one row of cells, with the cell after `年均增长` that only
/// qualifies it (`[累计]`) folded into it.
fn header_of(cells: &[&str], period: Option<(i32, i32)>) -> Option<Columns> {
    let mut merged: Vec<String> = Vec::new();
    for c in cells {
        let qualifies = c.starts_with(['[', '［', '（', '(']) && !merged.is_empty();
        match merged.last_mut() {
            Some(last) if qualifies => last.push_str(c),
            _ => merged.push(c.to_string()),
        }
    }
    if merged.len() < 4 {
        return None;
    }
    let cells: Vec<(String, usize, usize)> = merged
        .into_iter()
        .enumerate()
        .map(|(k, c)| (c, k, k + 1))
        .collect();
    header::read(&cells, Sep::Tab, period)
}

/// A second header line under a spaced header (`2030年 年均增长（%）` under `基期值 目标值`):
/// its years say which year the value columns are of, a growth or total column it names
/// is a column of its own, before the 属性.
fn widen(cols: &mut Columns, cells: &[&str]) -> bool {
    let headerish = cells
        .iter()
        .all(|c| !is_value(c) && c.chars().count() <= 10 || c.ends_with('年') && c.len() <= 7);
    if !headerish || cells.is_empty() {
        return false;
    }
    let mut widened = false;
    for c in cells {
        match header::role_of(c) {
            (Role::Other, Some(y)) if cols.base_year != Some(y) => {
                cols.target_year = Some(y);
                widened = true;
            }
            (role @ (Role::Growth | Role::Cumulative), _) if cols.role_index(role).is_none() => {
                let at = cols.role_index(Role::Attribute).unwrap_or(cols.cols.len());
                cols.cols.insert(
                    at,
                    header::Col {
                        role,
                        from: 0,
                        to: 0,
                    },
                );
                widened = true;
            }
            _ => {}
        }
    }
    widened
}

/// A row's cells set under the header's roles by what they are.
struct Assigned {
    category: Option<String>,
    name: String,
    unit: Option<String>,
    values: Vec<(Role, String)>,
    attribute: Option<String>,
}

fn assign(cols: &Columns, cells: &[&str]) -> Option<Assigned> {
    let has = |r: Role| cols.role_index(r).is_some();
    let mut rest: &[&str] = cells;
    let mut attribute = None;
    if has(Role::Attribute) {
        if let Some((last, head)) = rest.split_last().filter(|(l, _)| is_attribute(l)) {
            attribute = Some(last.to_string());
            rest = head;
        }
    }
    let mut category = None;
    let digits = |c: &str| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit());
    if has(Role::Category) && rest.len() > 1 && !is_value(rest[0]) && digits(rest[1]) {
        category = Some(rest[0].to_string());
        rest = &rest[1..];
    }
    // A row number, in a 序号 column or before the name without one.
    let numbered = has(Role::Seq) || rest.get(1).is_some_and(|c| !is_value(c));
    if numbered && rest.first().is_some_and(|c| digits(c)) {
        rest = &rest[1..];
    }
    let named = rest
        .iter()
        .take_while(|c| !is_value(c) && !cell::is_unit(c))
        .count();
    let name: String = rest[..named].concat();
    rest = &rest[named..];
    let mut unit = None;
    if has(Role::Unit) && rest.first().is_some_and(|c| cell::is_unit(c)) {
        unit = Some(rest[0].to_string());
        rest = &rest[1..];
    }
    let roles: Vec<Role> = cols
        .cols
        .iter()
        .map(|c| c.role)
        .filter(|r| r.holds_value())
        .collect();
    let mut values: Vec<String> = rest.iter().map(|c| c.to_string()).collect();
    // A value in words wrapped over two cells (`完成国家下达` `任务`).
    while values.len() > roles.len() {
        let k =
            (0..values.len() - 1).find(|&k| !is_value(&values[k]) && !is_value(&values[k + 1]))?;
        let next = values.remove(k + 1);
        values[k].push_str(&next);
    }
    if name.is_empty() || values.is_empty() {
        return None;
    }
    Some(Assigned {
        category,
        name,
        unit,
        values: roles.into_iter().zip(values).collect(),
        attribute,
    })
}

/// The cells of a line of OCR text or of text retyped by eye: cells two or more spaces
/// apart, each cell's letter-spacing closed up (`人 均 预 期 寿 命` → `人均预期寿命`,
/// `2025 年` → `2025年`, a single space beside a Chinese character), full-width forms
/// folded (`％`). With whether the line opens at its first column (no indent: a category
/// cell there).
fn loose_cells(line: &str) -> (Vec<String>, bool) {
    let chars: Vec<char> = line.trim_end().chars().collect();
    let han = |c: char| crate::text::chars::is_han(c);
    let mut cells: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        if c == ' ' || c == '\u{3000}' || c == '\t' {
            let run = chars[k..]
                .iter()
                .take_while(|&&c| c == ' ' || c == '\u{3000}' || c == '\t')
                .count();
            let next = chars.get(k + run).copied();
            let spaced_letter = run == 1
                && c == ' '
                && !cur.is_empty()
                && next.is_some_and(|n| han(n) || cur.chars().last().is_some_and(han));
            if !spaced_letter && !cur.is_empty() {
                cells.push(std::mem::take(&mut cur));
            }
            k += run;
            continue;
        }
        cur.push(crate::text::clean::fold(c));
        k += 1;
    }
    if !cur.is_empty() {
        cells.push(cur);
    }
    let opens = !line.starts_with([' ', '\u{3000}', '\t']);
    (cells, opens)
}

/// A header line's cells with the characters of a word spread over its cell joined
/// (`指      标`): single characters side by side are one heading.
fn header_words(cells: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let single = |s: &str| s.chars().count() == 1 && s.chars().all(crate::text::chars::is_han);
    let mut prev_single = false;
    for c in cells {
        let one = single(&c);
        match out.last_mut() {
            Some(last) if one && prev_single => last.push_str(&c),
            _ => out.push(c),
        }
        prev_single = one;
    }
    out
}

/// Reads the tables of `lines` outside those read already.
pub(super) fn read(lines: &[RawLine<'_>], period: Option<(i32, i32)>, out: &mut Tables) {
    let taken = out.spans.clone();
    let in_table = |at: usize| taken.iter().any(|&(s, e)| s <= at && at < e);
    let mut i = 0;
    while i < lines.len() {
        if in_table(lines[i].start) {
            i += 1;
            continue;
        }
        let t = lines[i].text.trim();
        // Cells one to a line: a run of short lines that reads as a header.
        let stacked: Vec<&str> = lines[i..]
            .iter()
            .map(|l| l.text.trim())
            .take_while(|c| !c.is_empty() && c.chars().count() <= 10 && !c.contains([' ', '\t']))
            .take(12)
            .collect();
        if stacked.len() >= 4 && !is_value(stacked[0]) {
            // The longest run that is a header and names the 属性 its rows end with, else
            // the longest that ends with a value column (its rows end with their values).
            let ends_with = |h: &Columns, roles: &[Role]| {
                h.cols.last().is_some_and(|c| roles.contains(&c.role))
            };
            let longest = |roles: &[Role]| {
                (4..=stacked.len()).rev().find_map(|n| {
                    header_of(&stacked[..n], period)
                        .filter(|h| ends_with(h, roles))
                        .map(|h| (h, n))
                })
            };
            let found = longest(&[Role::Attribute]).or_else(|| longest(&header::VALUE_ROLES));
            if let Some((cols, n)) = found {
                i = read_stacked(lines, i + n, &cols, lines[i].start, out);
                continue;
            }
        }
        // Cells two or more spaces apart that no column lines up (OCR, retyping).
        if t.contains("  ") && !t.contains(['\t', '|', '。']) {
            let cells = header_words(loose_cells(lines[i].text).0);
            let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
            if let Some(mut cols) = header_of(&refs, period) {
                let mut j = i + 1;
                let next = lines.get(j).map(|l| header_words(loose_cells(l.text).0));
                if let Some(next) = next {
                    let refs: Vec<&str> = next.iter().map(String::as_str).collect();
                    if widen(&mut cols, &refs)
                        || refs.iter().all(|c| !is_value(c) || c.ends_with('〕'))
                    {
                        j += 1;
                    }
                }
                i = read_loose(lines, j, &cols, lines[i].start, out);
                continue;
            }
        }
        if let Some(cells) = spaced_cells(t).filter(|c| c.len() >= 4) {
            if let Some(mut cols) = header_of(&cells, period) {
                let mut j = i + 1;
                if let Some(next) = lines.get(j).and_then(|l| spaced_cells(l.text.trim())) {
                    if widen(&mut cols, &next) {
                        j += 1;
                    }
                }
                i = read_spaced(lines, j, &cols, lines[i].start, out);
                continue;
            }
        }
        i += 1;
    }
}

fn row_of(a: Assigned, cols: &Columns, start: usize, end: usize) -> Row {
    let value = |r: Role| {
        a.values
            .iter()
            .find(|(role, _)| *role == r)
            .map_or(Cell::Empty, |(_, v)| cell::parse(v))
    };
    let cells = header::VALUE_ROLES.map(value);
    Row::new(
        (start, end),
        &a.name,
        a.unit,
        cells,
        a.category,
        a.attribute,
        cols,
    )
}

/// Whether a row of cells one to a line is complete: at its 属性, or in a table without
/// one, at its last value (as many cells from its first value on as the header has value
/// columns).
fn row_ends(cols: &Columns, cells: &[&str]) -> bool {
    let last = cells.last().copied().unwrap_or("");
    if cols.role_index(Role::Attribute).is_some() {
        return is_attribute(last);
    }
    let values = cols.cols.iter().filter(|c| c.role.holds_value()).count();
    // The first value after the name (a row number before it is none).
    let Some(name) = cells.iter().position(|c| !is_value(c)) else {
        return false;
    };
    let first = (name..cells.len()).find(|&k| is_value(cells[k]));
    first.is_some_and(|k| cells.len() - k == values)
}

/// Rows of cells one to a line, each ending with its 属性 or its last value.
fn read_stacked(
    lines: &[RawLine<'_>],
    mut i: usize,
    cols: &Columns,
    table_start: usize,
    out: &mut Tables,
) -> usize {
    let first_row = out.rows.len();
    let mut cells: Vec<&str> = Vec::new();
    let mut row_start = None;
    let mut end = table_start;
    let mut category: Option<String> = None;
    while i < lines.len() {
        let line = lines[i];
        let t = line.text.trim();
        if t.is_empty()
            && cells.is_empty()
            && lines
                .get(i + 1)
                .is_some_and(|l| super::is_note(l.text.trim()))
        {
            i += 1;
            continue;
        }
        if super::is_note(t) {
            super::apply_note(t, first_row, out);
            end = line.start + line.text.len();
            i += 1;
            break;
        }
        if t.is_empty() || t.chars().count() > 24 || t.contains('。') {
            break;
        }
        row_start.get_or_insert(line.start + (line.text.len() - line.text.trim_start().len()));
        cells.push(t);
        if row_ends(cols, &cells) {
            let at = row_start.take().unwrap_or(line.start);
            let row_end = line.start + line.text.trim_end().len();
            match assign(cols, &cells) {
                Some(mut a) => {
                    // A category cell stands on its group's first row only.
                    if a.category.is_some() {
                        category.clone_from(&a.category);
                    }
                    a.category = a.category.or_else(|| category.clone());
                    out.rows.push(row_of(a, cols, at, row_end));
                }
                None => out.unread.push(super::Unread {
                    start: at,
                    end: row_end,
                    text: cells.concat(),
                    why: "按内容无法分出这一行的各列",
                    why_en: "the cells of this row cannot be told apart by what they hold",
                }),
            }
            cells.clear();
            end = row_end;
        }
        i += 1;
    }
    super::settle(out, first_row);
    out.spans.push((table_start, end));
    i
}

/// Rows of cells a single space apart, one row to a line; a line of one cell continues
/// the row above (the rest of its name, or of a value in words).
fn read_spaced(
    lines: &[RawLine<'_>],
    mut i: usize,
    cols: &Columns,
    table_start: usize,
    out: &mut Tables,
) -> usize {
    let first_row = out.rows.len();
    let mut end = table_start;
    while i < lines.len() {
        let line = lines[i];
        let t = line.text.trim();
        if super::is_note(t) {
            super::apply_note(t, first_row, out);
            end = line.start + line.text.len();
            i += 1;
            break;
        }
        let Some(cells) = spaced_cells(t).filter(|c| !c.is_empty()) else {
            break;
        };
        let span = (
            line.start + (line.text.len() - line.text.trim_start().len()),
            line.start + line.text.trim_end().len(),
        );
        if cells.len() == 1 && out.rows.len() > first_row && !is_value(cells[0]) {
            let row = out.rows.last_mut().expect("a row above");
            let words = [
                &mut row.cumulative,
                &mut row.growth,
                &mut row.target,
                &mut row.base,
            ]
            .into_iter()
            .find(|c| !c.is_empty())
            .filter(|c| matches!(c, Cell::Words(_)));
            match words {
                Some(w) => w.extend(cells[0]),
                None => super::append_name(row, cells[0], span.1),
            }
            row.end = row.end.max(span.1);
            end = span.1;
            i += 1;
            continue;
        }
        match assign(cols, &cells) {
            Some(a) => out.rows.push(row_of(a, cols, span.0, span.1)),
            None => break,
        }
        end = span.1;
        i += 1;
    }
    super::settle(out, first_row);
    out.spans.push((table_start, end));
    i
}

/// Rows of cells two or more spaces apart, read by what each cell holds. A row whose
/// name is wrapped has its values on its first line or on the next (a scan's row centred
/// over two lines): a numbered line without values waits for them, and a line without a
/// row number or values continues the name above. A category written over two lines
/// (`创新` / `驱动`) stands at the line's start.
fn read_loose(
    lines: &[RawLine<'_>],
    mut i: usize,
    cols: &Columns,
    table_start: usize,
    out: &mut Tables,
) -> usize {
    let first_row = out.rows.len();
    let mut end = table_start;
    // A numbered line awaiting its values: its cells, start and line.
    let mut pending: Option<(Vec<String>, usize, usize)> = None;
    let mut category: Option<String> = None;
    let mut half: Option<usize> = None; // the line of a category's first part, alone so far
    let mut cat_row = first_row; // the first row of the category's group
    let has_category = cols.role_index(Role::Category).is_some();
    let digits = |c: &str| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit());
    while i < lines.len() {
        let line = lines[i];
        let t = line.text.trim();
        if super::is_note(t) {
            super::apply_note(t, first_row, out);
            end = line.start + line.text.len();
            i += 1;
            break;
        }
        if t.is_empty() || t.contains('。') || super::ends_table(t, 1) {
            break;
        }
        let (mut cells, opens) = loose_cells(line.text);
        let span = (
            line.start + (line.text.len() - line.text.trim_start().len()),
            line.start + line.text.trim_end().len(),
        );
        // A category's second line at the line's start (`驱动`), before the name's rest.
        let mut cat_part = None;
        if has_category && opens && cells.len() > 1 && !digits(&cells[0]) && !digits(&cells[1]) {
            cat_part = Some(cells.remove(0));
        }
        let seq_at = usize::from(has_category && opens && cells.len() > 1 && digits(&cells[1]));
        let numbered = cells.get(seq_at).is_some_and(|c| digits(c));
        // Values after the row number, or a 属性.
        let valued = cells
            .iter()
            .skip(if numbered { seq_at + 1 } else { 0 })
            .any(|c| is_value(c) || is_attribute(c));
        if !valued {
            if numbered {
                pending = Some((cells, span.0, i));
            } else if let Some((p, _, _)) = pending.as_mut() {
                p.extend(cells);
            } else if let Some(row) = out.rows[first_row..].last_mut() {
                super::append_name(row, &cells.concat(), span.1);
            }
            end = span.1;
            i += 1;
            continue;
        }
        let (cells, start, row_line) = match pending.take() {
            Some((mut p, at, l)) => {
                p.extend(cells);
                (p, at, l)
            }
            None => (cells, span.0, i),
        };
        let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
        match assign(cols, &refs) {
            Some(mut a) => {
                // A category written over two lines (`经济` / `发展`): its second part, on the
                // line right under the first, completes it for the rows of its group.
                match (a.category.take(), cat_part) {
                    (Some(x), Some(y)) => {
                        category = Some(x + &y);
                        half = None;
                        cat_row = out.rows.len();
                    }
                    (Some(p), None) | (None, Some(p)) => match (category.as_mut(), half) {
                        (Some(c), Some(l)) if l + 1 == row_line => {
                            c.push_str(&p);
                            half = None;
                            let whole = category.clone();
                            for r in &mut out.rows[cat_row..] {
                                r.category.clone_from(&whole);
                            }
                        }
                        _ => {
                            category = Some(p);
                            half = Some(i);
                            cat_row = out.rows.len();
                        }
                    },
                    (None, None) => {}
                }
                a.category.clone_from(&category);
                out.rows.push(row_of(a, cols, start, span.1));
            }
            None => out.unread.push(super::Unread {
                start,
                end: span.1,
                text: String::new(),
                why: "按内容无法分出这一行的各列",
                why_en: "the cells of this row cannot be told apart by what they hold",
            }),
        }
        end = span.1;
        i += 1;
    }
    super::settle(out, first_row);
    out.spans.push((table_start, end));
    i
}

#[cfg(test)]
mod tests {
    use super::super::testing::names;
    use super::*;

    fn read_text(src: &str) -> Tables {
        super::super::testing::run(read, src)
    }

    #[test]
    fn cells_one_to_a_line() {
        let src = "表1　主要指标\n\n类别\n序号\n指标\n单位\n“十四五”末\n“十五五”末\n年均增长\n[累计]\n属性\n经济发展\n1\n地区生产总值\n万亿元\n6.1\n7.9\n5.5左右\n预期性\n2\n数字经济核心产业增加值\n占GDP比重\n%\n11.2\n15\n—\n预期性\n绿色生态\n3\n单位GDP能源消耗降低\n%\n—\n—\n完成国家下达\n任务\n约束性\n4\n人均预期寿命\n岁\n79.6①\n80.5\n—\n预期性\n\n注：1.标注①的为2024年数据。\n\n第二章　产业\n";
        let t = read_text(src);
        assert_eq!(
            names(&t),
            [
                "地区生产总值",
                "数字经济核心产业增加值占GDP比重",
                "单位GDP能源消耗降低",
                "人均预期寿命"
            ]
        );
        assert_eq!(t.rows[0].scale, 1e12);
        assert!(matches!(t.rows[0].target, Cell::Number { value, .. } if value == 7.9));
        assert!(matches!(t.rows[0].growth, Cell::Number { value, .. } if value == 5.5));
        assert_eq!(t.rows[2].growth, Cell::Words("完成国家下达任务".into()));
        assert_eq!(t.rows[2].category.as_deref(), Some("绿色生态"));
        assert_eq!(t.rows[1].category.as_deref(), Some("经济发展"));
        assert_eq!(t.rows[3].starred_year, Some(2024));
        assert_eq!(
            (t.rows[0].base_year, t.rows[0].target_year),
            (Some(2025), Some(2030))
        );
        assert!(t.unread.is_empty(), "{:?}", t.unread);
    }

    #[test]
    fn cells_a_single_space_apart_under_a_two_line_header() {
        let src = "表1　主要指标\n类别 序号 指标 基期值 目标值 属性\n2030年 年均增长（%）\n1 地区生产总值 1380亿元 1850亿元 6左右 预期性\n经济发展 2 常住人口城镇化率（%） 53.2 60 — 预期性\n3 研究与试验发展经费投入 0.62△ 1.0 — 预期性\n强度（%）\n4 居民人均可支配收入增长（%） — — 与经济增长 预期性\n同步\n注：1.基期值为2025年数据，带△的为2024年数据。\n\n表2　资源环境指标\n序号 指标 单位 2025年 2030年\n1 森林覆盖率 % 68.2 69\n2 单位GDP能耗降低 % — 完成省下达\n任务\n3 县级城市空气质量优良天数 % 97.8 ≥98.5\n比率\n注：[ ]内为五年累计数。\n";
        let t = read_text(src);
        assert_eq!(
            names(&t),
            [
                "地区生产总值",
                "常住人口城镇化率",
                "研究与试验发展经费投入强度",
                "居民人均可支配收入增长",
                "森林覆盖率",
                "单位GDP能耗降低",
                "县级城市空气质量优良天数比率"
            ]
        );
        let gdp = &t.rows[0];
        assert_eq!((gdp.unit.as_deref(), gdp.scale), (Some("元"), 1.0));
        assert!(matches!(gdp.growth, Cell::Number { value, .. } if value == 6.0));
        assert_eq!(gdp.target_year, Some(2030));
        assert_eq!(t.rows[2].unit.as_deref(), Some("%"));
        assert_eq!(t.rows[2].starred_year, Some(2024));
        assert_eq!(t.rows[3].growth, Cell::Words("与经济增长同步".into()));
        assert_eq!(t.rows[5].target, Cell::Words("完成省下达任务".into()));
        assert!(t.unread.is_empty(), "{:?}", t.unread);
    }

    /// Without a 属性 column a row of cells one to a line ends with its last value.
    #[test]
    fn stacked_rows_without_an_attribute() {
        let src = "指标\n单位\n2025年\n2030年\n年均增长（%）\n1\n地区生产总值\n亿元\n5300\n6900左右\n5.5左右\n2\n单位GDP能源消耗降低\n%\n—\n完成国家下达任务\n—\n3\n森林覆盖率\n%\n46.3\n46.8\n—\n\n第二章\n";
        let t = read_text(src);
        assert_eq!(
            names(&t),
            ["地区生产总值", "单位GDP能源消耗降低", "森林覆盖率"]
        );
        assert!(matches!(t.rows[1].target, Cell::Words(_)));
        assert!(t.unread.is_empty(), "{:?}", t.unread);
    }

    /// OCR text of a scanned table: cells two or more spaces apart, letter-spaced cells,
    /// a wrapped name with its values on either line, a category over two lines, a note
    /// that names the rows whose baseline is of another year.
    #[test]
    fn ocr_rows() {
        let src = "类 别  序号  指      标          单 位   2025 年  2030 年  年均增长(%)   属 性\n                                   基期值   目标值   〔累计〕\n经济   1  地区生产总值  亿元   2150  2850   6左右  预期性\n发展   2   固定资产投资增长   ％  -   -  ＞7   预期性\n创新   3  研究与试验发展经费\n驱动      投入强度   ％  0.38   0.7   -   预期性\n       4  人 均 预 期 寿 命   岁   75.6   77   -  预期性\n       5  单位GDP二氧化碳排放   ％   -   -   〔15〕   约束性\n           降低\n注：1.研究与试验发展经费投入强度、人均预期寿命基期值为2024年数据。\n";
        let t = read_text(src);
        assert_eq!(
            names(&t),
            [
                "地区生产总值",
                "固定资产投资增长",
                "研究与试验发展经费投入强度",
                "人均预期寿命",
                "单位GDP二氧化碳排放降低"
            ]
        );
        assert!(t.unread.is_empty(), "{:?}", t.unread);
        assert_eq!(t.rows[0].base_year, Some(2025));
        assert_eq!(
            (t.rows[2].base_year, t.rows[3].base_year),
            (Some(2024), Some(2024))
        );
        assert_eq!(t.rows[1].unit.as_deref(), Some("%"));
        assert!(matches!(
            t.rows[4].growth,
            Cell::Number {
                cumulative: true,
                ..
            }
        ));
        assert_eq!(t.rows[2].category.as_deref(), Some("创新驱动"));
    }
}
