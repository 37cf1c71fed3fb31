//! The indicator tables of a plan, read by a column model: a header row ([`header`]) says
//! which column holds what, and every following line is cut into cells ([`grid`]) and set
//! under those columns. The lines are read as given (not as the cleaner reflowed them),
//! because a table's meaning is in its layout: a name wrapped onto the line before or after
//! its values, a value cell in words over two lines (`与经济增长` / `基本同步`), category rows
//! (`一、经济发展`) or category cells on a group's first row, a page footer (`— 9 —`) and the
//! header repeated after it, notes under the table (`带*号的为2019年数据`).
//!
//! Every row read is a [`Row`]; a row that cannot be read (values without a name, two
//! values in one column, a value cell that is not a value) is kept in [`Tables::unread`]
//! with why, never dropped.

pub mod cell;
mod columns;
pub mod grid;
mod halves;
pub mod header;
mod records;
mod sequence;
mod transposed;

use cell::Cell;
use grid::{Piece, Sep};
use header::{Columns, Role};

/// A target read from a table, with byte spans into the text as given.
#[derive(Debug, Clone)]
pub struct Row {
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub unit: Option<String>,
    /// Multiplier of the unit's magnitude (`万吨` → 1e4 with unit `吨`).
    pub scale: f64,
    pub unit_note: Option<String>,
    pub category: Option<String>,
    pub attribute: Option<String>,
    pub base: Cell,
    pub target: Cell,
    pub growth: Cell,
    /// A column of its own for five-year totals (`累计`), where the table has one.
    pub cumulative: Cell,
    pub base_year: Option<i32>,
    pub target_year: Option<i32>,
    /// The baseline year given by a footnote for values marked `*`.
    pub starred_year: Option<i32>,
    /// The words of the row's 备注 cell (`基期值为2024年数据`), where the table has one.
    pub remark: String,
}

impl Row {
    /// A row from what a reader found for it: its span, the name cell (a unit in its
    /// parentheses taken off), a unit from a column or key of its own, the value cells
    /// (baseline, target, growth, cumulative) and the header's years. The one place a row
    /// is put together, for every kind of table.
    fn new(
        span: (usize, usize),
        name: &str,
        unit_cell: Option<String>,
        values: [Cell; 4],
        category: Option<String>,
        attribute: Option<String>,
        cols: &Columns,
    ) -> Row {
        let (name, unit, note) = cell::split_name(name);
        let [base, target, growth, cumulative] = values;
        let mut row = Row {
            start: span.0,
            end: span.1,
            name,
            unit: None,
            scale: 1.0,
            unit_note: note,
            category,
            attribute: attribute
                .map(|a| a.split_whitespace().collect::<String>())
                .filter(|a| !a.is_empty()),
            base,
            target,
            growth,
            cumulative,
            base_year: cols.base_year,
            target_year: cols.target_year,
            starred_year: None,
            remark: String::new(),
        };
        set_unit(&mut row, unit.or(unit_cell));
        row
    }
}

/// A table line that could not be read as a target, and why (Chinese, English).
#[derive(Debug, Clone, PartialEq)]
pub struct Unread {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub why: &'static str,
    pub why_en: &'static str,
}

#[derive(Debug, Default)]
pub struct Tables {
    pub rows: Vec<Row>,
    pub unread: Vec<Unread>,
    /// Each table's extent (header to last line read), byte spans: the prose reader
    /// leaves them alone.
    pub spans: Vec<(usize, usize)>,
}

/// A line of the text as given, with its byte span.
#[derive(Clone, Copy)]
struct RawLine<'a> {
    start: usize,
    text: &'a str,
}

fn raw_lines(text: &str) -> Vec<RawLine<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut open: Option<usize> = None; // where a CSV row with a quoted line break began
    for piece in text.split_inclusive('\n') {
        let end = start + piece.len();
        // A CSV or tab-separated cell quoted over a line break (`2,"每千人口拥有3岁以下` /
        // `婴幼儿托位数",个,…`, as a spreadsheet exports or copies a wrapped cell) keeps its
        // row one line.
        let from = open.unwrap_or(start);
        let row = &text[from..end];
        let unbalanced = row.contains([',', '\t']) && row.matches('"').count() % 2 == 1;
        let lines_in = text[from..start].matches('\n').count();
        if unbalanced && lines_in < 4 && end < text.len() {
            open = Some(from);
        } else if unbalanced && lines_in > 0 {
            // No closing quote near: the lines are lines after all.
            open = None;
            let mut at = from;
            for l in row.split_inclusive('\n') {
                out.push(RawLine {
                    start: at,
                    text: l.trim_end_matches(['\n', '\r']),
                });
                at += l.len();
            }
        } else {
            open = None;
            let body = row.trim_end_matches(['\n', '\r']);
            out.push(RawLine {
                start: from,
                text: body,
            });
        }
        start = end;
    }
    out
}

/// Words that end an unfinished name (`数字经济核心产业增加值占` goes on to the next line).
const OPEN_ENDS: [&str; 10] = ["占", "的", "和", "与", "及", "、", "拥有", "每", "或", "（"];

fn open_ended(name: &str) -> bool {
    OPEN_ENDS.iter().any(|w| name.ends_with(w))
        || name.matches(['(', '（']).count() > name.matches([')', '）']).count()
}

/// A category row written with its ordinal: `一、经济发展`, `（二）创新驱动`.
fn ordinal_category(t: &str) -> Option<String> {
    let t: String = t.split_whitespace().collect();
    let body = t.trim_start_matches(['（', '(']);
    let ordinal = body
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    if ordinal == 0 {
        return None;
    }
    let rest: String = body.chars().skip(ordinal).collect();
    let name = rest.strip_prefix(['、', '）', ')', '.', '．'])?;
    (!name.is_empty() && !name.chars().any(|c| c.is_ascii_digit())).then(|| name.trim().to_string())
}

/// A category row: `一、经济发展`, `（二）创新驱动`, or a short name alone in the category
/// column.
fn category_of(p: &[Piece<'_>], cols: &Columns) -> Option<String> {
    let [only] = p else { return None };
    let t: String = only.text.split_whitespace().collect();
    if let Some(c) = ordinal_category(&t) {
        return Some(c);
    }
    let short = t.chars().count() <= 8
        && t.chars()
            .all(|c| !c.is_ascii() && !"（）()，。".contains(c));
    let in_front = cols.sep == Sep::Spaces && {
        let name_from = cols.role_index(Role::Name).map_or(0, |k| cols.cols[k].from);
        only.to <= name_from + 1
    };
    (short && in_front).then_some(t)
}

/// A line of notes under a table: `注：…`, `①…`, `*…`.
fn is_note(t: &str) -> bool {
    ["注", "说明", "备注", "资料来源", "数据来源"]
        .iter()
        .any(|w| t.starts_with(w))
        || t.starts_with(['①', '②', '③', '④', '*', '＊'])
        || t.starts_with("带*")
}

/// A line that ends the table: a sentence, a chapter heading.
fn ends_table(t: &str, pieces: usize) -> bool {
    let heading = t.starts_with('第')
        && t.chars()
            .nth(1)
            .is_some_and(|c| "一二三四五六七八九十".contains(c))
        && (t.contains('章') || t.contains('节') || t.contains('篇'));
    heading || t.contains('。') && (pieces <= 2 || t.chars().count() > 40)
}

/// Every indicator table of `text`. `period` is the plan's (base year, target year) as its
/// title gives it: a header with one year column, or `目标值`, is read by it.
pub fn read(text: &str, period: Option<(i32, i32)>) -> Tables {
    let lines = raw_lines(text);
    let mut out = Tables::default();
    // Tables on their side first: their label column is no header of rows.
    transposed::read(&lines, period, &mut out);
    // Tables copied column by column: their headings stand alone on their lines.
    columns::read(&lines, period, &mut out);
    // Tables split over facing pages: neither half has a header of rows.
    halves::read(&lines, period, &mut out);
    let sideways = out.spans.clone();
    let mut i = 0;
    while i < lines.len() {
        let at = lines[i].start;
        if sideways.iter().any(|&(s, e)| s <= at && at < e) {
            i += 1;
            continue;
        }
        match find_header(&lines, i, period) {
            Some((cols, used)) => {
                let table_start = lines[i].start;
                i = read_table(text, &lines, i + used, cols, period, table_start, &mut out);
            }
            None => i += 1,
        }
    }
    records::read(&lines, period, &mut out);
    sequence::read(&lines, period, &mut out);
    for u in &mut out.unread {
        if u.text.is_empty() {
            u.text = text.get(u.start..u.end).unwrap_or("").trim().to_string();
        }
    }
    out
}

/// A header at line `i` (or over lines `i` and `i + 1`), and how many lines it takes.
fn find_header(
    lines: &[RawLine<'_>],
    i: usize,
    period: Option<(i32, i32)>,
) -> Option<(Columns, usize)> {
    let line = lines[i].text;
    let sep = grid::sep_of(line)?;
    let a = grid::pieces(line, sep);
    // A heading set letter-spaced (`指　　标`) is one cell where the rows line up under the
    // header; an OCR'd scan letter-spaces its header too, but its rows do not line up,
    // and `sequence::read_loose` reads it by content.
    let joined = |cells: Vec<(String, usize, usize)>, used: usize| {
        let spaced = header::letters_joined(cells.clone());
        let lined_up = || {
            header::read(&spaced, sep, period).is_some_and(|h| rows_line_up(lines, i + used, &h))
        };
        if spaced != cells && lined_up() {
            spaced
        } else {
            cells
        }
    };
    let one = header::read(&joined(header::cells_of(&a), 1), sep, period);
    // Wrapped over two lines: both short, the same separator, the second without values.
    let next = lines.get(i + 1).map_or("", |l| l.text);
    let wrapped = !(grid::width(line) > 120 || grid::width(next) > 120 || next.trim().is_empty());
    let b = grid::pieces(next, sep);
    // Values, not a year heading (`2025年`).
    let valueless = !b
        .iter()
        .any(|p| cell::looks_numeric(p.text) && header::role_of(p.text).1.is_none());
    if sep != grid::Sep::Spaces {
        if let Some(found) = spanned_header(lines, i, sep, period) {
            return Some(found);
        }
    }
    if wrapped && valueless && sep != grid::Sep::Spaces {
        // A delimited line broken inside a cell: more columns than either line alone.
        let joined = header::read(&header::continued(&a, &b), sep, period);
        // Told by the first row under it: as many cells as the two lines joined.
        let row_cells = lines[i + 2..]
            .iter()
            .map(|l| l.text)
            .find(|t| !t.trim().is_empty())
            .map_or(0, |t| grid::pieces(t, sep).len());
        let joined_cells = (a.len() + b.len()).saturating_sub(1);
        if joined_cells == row_cells && joined_cells > a.len().max(b.len()) {
            if let Some(h) = joined {
                return Some((h, 2));
            }
        }
    }
    let merged = wrapped
        .then(|| header::read(&joined(header::merge(&a, &b, sep), 2), sep, period))
        .flatten();
    // A second line that says what the first line's columns hold (`指标值` over `2025年`
    // and `2030年`, as a cell spanning two columns leaves it) makes the header two lines.
    let years = |h: &Columns| {
        h.cols
            .iter()
            .filter(|c| matches!(c.role, Role::Base | Role::Target))
            .count()
    };
    match (one, merged) {
        (Some(o), Some(m)) if valueless && years(&m) > years(&o) => Some((m, 2)),
        (Some(o), _) => Some((o, 1)),
        (None, m) => m.map(|h| (h, 2)),
    }
}

/// Whether the space-aligned rows from line `from` on reach the header's last column (a
/// table laid out for the eye), rather than crowding to the left of it (an OCR'd scan,
/// whose cells keep their order but not their places).
fn rows_line_up(lines: &[RawLine<'_>], from: usize, cols: &Columns) -> bool {
    let known = |c: &&header::Col| !matches!(c.role, Role::Other | Role::Remark);
    let Some(last) = cols.cols.iter().rev().find(known) else {
        return false;
    };
    let ends: Vec<usize> = lines[from.min(lines.len())..]
        .iter()
        .filter(|l| l.text.trim().chars().count() > 8)
        .take(6)
        .map(|l| grid::pieces(l.text, Sep::Spaces).last().map_or(0, |p| p.to))
        .collect();
    let reaching = ends.iter().filter(|&&e| e >= last.from).count();
    !ends.is_empty() && reaching * 2 > ends.len()
}

/// A delimited header with a cell spanning the year columns on the line below it
/// ([`header::subdivided`]), its first line perhaps broken inside a cell onto the next
/// (`年均增长` / `【累计】`, a `<br>` in the cell): as a browser copies an HTML table's
/// header. Told by the rows under it: the widest of the next three has as many cells.
fn spanned_header(
    lines: &[RawLine<'_>],
    i: usize,
    sep: Sep,
    period: Option<(i32, i32)>,
) -> Option<(Columns, usize)> {
    let cells_at = |k: usize| lines.get(k).map(|l| grid::pieces(l.text, sep));
    let a = cells_at(i)?;
    let mut firsts = vec![(header::cells_of(&a), 1)];
    if let Some(b) = cells_at(i + 1) {
        let values = b.iter().any(|p| cell::looks_numeric(p.text));
        if !values && !b.is_empty() {
            firsts.push((header::continued(&a, &b), 2));
        }
    }
    for (cells, used) in firsts {
        let Some(below) = cells_at(i + used) else {
            continue;
        };
        let Some(full) = header::subdivided(&cells, &below) else {
            continue;
        };
        // The line below broken inside its last cell (`年均增长` / `〔累计〕`, a second
        // paragraph in a Word cell): the fragment is a heading of values, not a row.
        let fragment = cells_at(i + used + 1).is_some_and(|p| {
            let words: Vec<&str> = p.iter().map(|p| p.text).filter(|t| !t.is_empty()).collect();
            words.len() == 1 && header::role_of(words[0]).0.holds_value()
        });
        let used = used + 1 + usize::from(fragment);
        let widest = lines[(i + used).min(lines.len())..]
            .iter()
            .filter(|l| !l.text.trim().is_empty())
            .take(3)
            .map(|l| grid::pieces(l.text, sep).len())
            .max();
        if widest == Some(full.len()) {
            if let Some(h) = header::read(&full, sep, period) {
                return Some((h, used));
            }
        }
    }
    None
}

/// Reads one table's rows from line `i` on; returns the line after it.
fn read_table<'a>(
    src: &'a str,
    lines: &[RawLine<'a>],
    mut i: usize,
    mut cols: Columns,
    period: Option<(i32, i32)>,
    table_start: usize,
    out: &mut Tables,
) -> usize {
    let first_row = out.rows.len();
    let mut category: Option<String> = None;
    let mut pending = String::new(); // the head of a name whose values come on a later line
    let mut pending_at: Option<usize> = None;
    // The 属性 on a name's line whose values come on the next line.
    let mut pending_attribute = String::new();
    let mut awaiting_values = false;
    let mut last: Option<usize> = None; // the last row read, in `out.rows`
    let mut table_end = lines[i.saturating_sub(1)].start + lines[i.saturating_sub(1)].text.len();
    let mut blanks = 0;
    let mut in_notes = false;
    while i < lines.len() {
        let line = lines[i];
        let t = line.text.trim();
        if t.is_empty() {
            blanks += 1;
            if blanks > 3 {
                break;
            }
            i += 1;
            continue;
        }
        if crate::text::lines::is_page_number(t) || grid::is_rule(t) {
            i += 1;
            continue;
        }
        // `续表 1`: the table goes on after a page break, whatever blank lines come first.
        if t.starts_with("续表") && t.chars().count() <= 12 {
            blanks = 0;
            i += 1;
            continue;
        }
        if let Some((h, used)) = find_header(lines, i, period) {
            // The header repeated after a page break (or a new table right below).
            cols = h;
            i += used;
            blanks = 0;
            continue;
        }
        if is_note(t) || in_notes && t.starts_with(|c: char| c.is_ascii_digit()) {
            in_notes = true;
            apply_note(t, first_row, out);
            table_end = line.start + line.text.len();
            i += 1;
            continue;
        }
        // A tab-separated row broken by a line break inside a cell (a `<br>` copied from a
        // web page: `16\t人均预期寿命\t岁\t81.9` / `（2024年）\t82.6\t/\t预期性`) is one row.
        let joined = broken_row(lines, i, &cols);
        let line = match joined {
            Some(next) => RawLine {
                start: line.start,
                text: &src[line.start..next.start + next.text.len()],
            },
            None => line,
        };
        i += usize::from(joined.is_some());
        // Delimited cells keep their empty ones: a cell's index is its column.
        let all: Vec<Piece> = grid::pieces(line.text, cols.sep);
        let pieces: Vec<Piece> = all.iter().filter(|p| !p.text.is_empty()).cloned().collect();
        let foreign = match cols.sep {
            Sep::Pipe => !t.starts_with(['|', '│']),
            Sep::Tab => !line.text.contains('\t') && pieces.len() > 1,
            _ => false,
        };
        if in_notes || ends_table(t, pieces.len()) || (foreign && blanks > 0) {
            break;
        }
        // Beyond the table's width and no cells: prose under the table.
        if cols.sep == Sep::Spaces
            && pieces.len() == 1
            && grid::width(t) > header::span_width(&cols)
        {
            break;
        }
        blanks = 0;
        table_end = line.start + line.text.len();
        if let Some(c) = category_of(&pieces, &cols) {
            flush_pending(&mut pending, last, out);
            category = Some(c);
            i += 1;
            continue;
        }
        let cells = cols.assign(&all);
        let text_of = |r: Role| {
            cols.role_index(r)
                .map(|k| cells.texts[k].trim().to_string())
                .unwrap_or_default()
        };
        let (base, target, growth, cum) = (
            cell::parse(&text_of(Role::Base)),
            cell::parse(&text_of(Role::Target)),
            cell::parse(&text_of(Role::Growth)),
            cell::parse(&text_of(Role::Cumulative)),
        );
        let attribute = text_of(Role::Attribute);
        let cat = text_of(Role::Category);
        if !cat.is_empty() && !cat.chars().any(|c| c.is_ascii_digit()) {
            category = Some(cat.split_whitespace().collect());
        }
        let mut name = text_of(Role::Name);
        // A row number in a column of its own, or a number that strayed into the name.
        let seq = text_of(Role::Seq);
        if name.is_empty() && !seq.is_empty() && !seq.chars().all(|c| c.is_ascii_digit()) {
            name = seq.clone();
        }
        let unit_cell = text_of(Role::Unit);
        // A line with values, or a named line with words in its value cells (a target in
        // words); words alone continue the cells above.
        let numbers = [&base, &target, &growth, &cum]
            .iter()
            .any(|c| matches!(c, Cell::Number { .. }));
        let words = [&base, &target, &growth, &cum]
            .iter()
            .any(|c| !c.is_empty());
        // A name with only its 属性 (and row number) whose values come on the next line,
        // unnamed (`预期性 7 每万人口高价值发明专利拥有量（件）` / `4.2* 7 —`), waits for them.
        let values_follow = !numbers
            && !words
            && !name.is_empty()
            && next_row_named(lines, i + 1, &cols) == Some(false);
        // The values the line above waits for, in words too (`— 完成国家下达目标 —`).
        let awaited = name.is_empty() && words && !pending.is_empty() && awaiting_values;
        // `│    │    │（%）   │      │增长同步│`: the unit of the name above and the rest of
        // its words, wrapped onto a line of their own.
        let wrapped = !numbers && name.starts_with(['（', '(']) && last.is_some();
        let valued = numbers
            || awaited
            || !wrapped
                && !values_follow
                && (!name.is_empty() || !seq.is_empty())
                && (words || !attribute.is_empty());
        awaiting_values = values_follow;
        let attribute = if values_follow {
            pending_attribute = attribute;
            String::new()
        } else if attribute.is_empty() {
            std::mem::take(&mut pending_attribute)
        } else {
            pending_attribute.clear();
            attribute
        };
        let span = (
            line.start + (line.text.len() - line.text.trim_start().len()),
            line.start + line.text.trim_end().len(),
        );
        if valued {
            let head = std::mem::take(&mut pending);
            let start = pending_at.take().unwrap_or(span.0);
            let full = head + &name;
            let unit_cell = (!unit_cell.is_empty()).then(|| unit_cell.clone());
            let values = [base, target, growth, cum];
            let row = Row::new(
                (start, span.1),
                &full,
                unit_cell,
                values,
                category.clone(),
                Some(attribute),
                &cols,
            );
            if cells.clash {
                out.unread.push(Unread {
                    start: span.0,
                    end: span.1,
                    text: t.to_string(),
                    why: "两个数值落在同一列，无法按列读出",
                    why_en: "two values fall under one column: the row cannot be read by columns",
                });
            }
            last = Some(out.rows.len());
            out.rows.push(Row {
                remark: text_of(Role::Remark),
                ..row
            });
        } else {
            // No values: the rest of a name, a unit, or the words of a value cell wrapped.
            if let Some(k) = last {
                let row = &mut out.rows[k];
                for (role, cellref) in [
                    (Role::Base, &mut row.base),
                    (Role::Target, &mut row.target),
                    (Role::Growth, &mut row.growth),
                    (Role::Cumulative, &mut row.cumulative),
                ] {
                    let w = text_of(role);
                    if !w.is_empty() {
                        cellref.extend(&w);
                    }
                }
                if row.unit.is_none() && !unit_cell.is_empty() {
                    set_unit(row, Some(unit_cell.clone()));
                }
                row.remark.push_str(&text_of(Role::Remark));
            }
            if !name.is_empty() {
                let next_named = next_row_named(lines, i + 1, &cols);
                let tail = match last.map(|k| &out.rows[k]) {
                    None => false,
                    Some(r) if r.name.is_empty() => true,
                    Some(r) if open_ended(&r.name) => true,
                    Some(_) if name.starts_with(['(', '（']) => true,
                    Some(_) if open_ended(&name) => false,
                    Some(r) if r.unit.is_none() && cell::split_name(&name).1.is_some() => true,
                    // The next row carries no name of its own: this is its name.
                    Some(_) if next_named == Some(false) => false,
                    // A short fragment alone under a row whose next row is named: the end of
                    // the name above, wrapped in its cell (`城乡居民收入` / `倍差`).
                    Some(_) if next_named == Some(true) && name.chars().count() <= 4 => true,
                    Some(_) => next_named.is_none() || !pending.is_empty(),
                };
                if tail && pending.is_empty() {
                    let k = last.expect("tail needs a row");
                    append_name(&mut out.rows[k], &name, span.1);
                } else {
                    if pending.is_empty() {
                        pending_at = Some(span.0);
                    }
                    pending.push_str(&name);
                }
            }
        }
        i += 1;
    }
    flush_pending(&mut pending, last, out);
    out.rows[first_row..].iter_mut().for_each(apply_remark);
    settle(out, first_row);
    out.spans.push((table_start, table_end));
    i
}

/// What a row's 备注 says of its values: the year of its baseline (`2024年数据`,
/// `基期值为2024年数据`), which outranks the notes under the table, and that its values are
/// five-year totals (`五年累计`).
fn apply_remark(row: &mut Row) {
    let remark: String = row.remark.split_whitespace().collect();
    if remark.is_empty() {
        return;
    }
    // `2024年数据`: the row's baseline is of that year.
    let year = remark
        .contains("年数据")
        .then(|| header::year_in(&remark))
        .flatten();
    if let (Some(y), Cell::Number { year, .. }) = (year, &mut row.base) {
        year.get_or_insert(y);
    }
    if remark.contains("累计") {
        for c in [&mut row.target, &mut row.growth, &mut row.cumulative] {
            if let Cell::Number { cumulative, .. } = c {
                *cumulative = true;
            }
        }
    }
}

/// Reports the rows read from `first_row` on that still lack a name, or whose value cells
/// hold words with figures in them, and takes them out of the rows read: a row reported
/// unread is not also kept half-read (its baseline without its target).
fn settle(out: &mut Tables, first_row: usize) {
    // Rows that still lack a name (or whose name cell holds a unit or a number: the cells
    // slid off their columns), or whose value cells hold words with figures in them or a
    // 属性 (`预期性`).
    for r in &out.rows[first_row..] {
        let garbled = [&r.base, &r.target, &r.growth, &r.cumulative]
            .iter()
            .any(|c| {
                matches!(c, Cell::Words(w) if w.chars().any(|c| c.is_ascii_digit())
                || w.contains("预期性") || w.contains("约束性"))
            });
        let (why, why_en) = if r.name.is_empty() {
            ("有数值但没有指标名称", "values without an indicator name")
        } else if !is_name(&r.name) {
            (
                "指标名称一栏是单位或数值，各栏错位",
                "the indicator's cell holds a unit or a number: the cells are out of their columns",
            )
        } else if garbled {
            (
                "数值单元格无法读出",
                "a value cell could not be read as a value",
            )
        } else {
            continue;
        };
        out.unread.push(Unread {
            start: r.start,
            end: r.end,
            text: r.name.clone(),
            why,
            why_en,
        });
    }
    // A row reported unread is not also kept half-read (its baseline without its target).
    let unread: Vec<usize> = out.unread.iter().map(|u| u.start).collect();
    let mut k = 0;
    out.rows.retain(|r| {
        k += 1;
        let reported = k > first_row && unread.contains(&r.start);
        !r.name.is_empty() && !reported
    });
}

/// Whether a name cell can name an indicator: Chinese words outside its parentheses
/// (`16（2024年）` is a value, `%` and `亿元` units), not a unit alone.
fn is_name(name: &str) -> bool {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in name.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside.chars().any(crate::text::chars::is_han) && !cell::is_unit(&outside)
}

/// What a note under a table says of the rows read from `first_row` on: the year of
/// values marked `*`/`△`/`①` (`带*号的为2019年数据`), or of the baseline column
/// (`基期值为2025年数据`). The one reader of notes, for every kind of table.
fn apply_note(t: &str, first_row: usize, out: &mut Tables) {
    let starred = cell::starred_year(t);
    let base = t.find("基期值为").and_then(|at| {
        let y = &t[at + "基期值为".len()..];
        y.get(..4)
            .and_then(|y| y.parse::<i32>().ok())
            .filter(|_| y[4..].starts_with('年'))
    });
    // `研究与试验发展经费投入强度、人均预期寿命基期值为2024年数据`: those rows only.
    let named: Vec<String> = t
        .find("基期值为")
        .map(|at| {
            let head = t[..at].rsplit(['：', ':', '。', '；']).next().unwrap_or("");
            let head =
                head.trim_start_matches(|c: char| c.is_ascii_digit() || "．.、 ".contains(c));
            head.split(['、', '，', '和'])
                .map(|n| n.split_whitespace().collect::<String>())
                .filter(|n| n.chars().count() >= 2)
                .collect()
        })
        .unwrap_or_default();
    let rows = &mut out.rows[first_row..];
    let named_rows = |r: &Row| {
        named
            .iter()
            .any(|n| r.name.contains(n.as_str()) || n.contains(&r.name))
    };
    let some_named = rows.iter().any(&named_rows);
    for r in rows.iter_mut() {
        r.starred_year = starred.or(r.starred_year);
        if !some_named || named_rows(r) {
            r.base_year = base.or(r.base_year);
        }
    }
}

/// Whether the next line that carries values has a name cell of its own (`None`: no such
/// line before the table's end).
/// The line after `i` when the two are one tab-separated row broken inside a cell: both
/// short of the header's cells and together no more than it has, the first not ending with
/// its 属性, the second not starting a row of its own (a row number) or a table of its own.
fn broken_row<'a>(lines: &[RawLine<'a>], i: usize, cols: &Columns) -> Option<RawLine<'a>> {
    let next = *lines.get(i + 1)?;
    if cols.sep != Sep::Tab || !next.text.contains('\t') || !lines[i].text.contains('\t') {
        return None;
    }
    let n = cols.cols.len();
    let a = grid::pieces(lines[i].text, Sep::Tab);
    let b = grid::pieces(next.text, Sep::Tab);
    let attribute = sequence::is_attribute;
    let row_number = cell::is_row_number;
    let fits = a.len() < n && b.len() < n && a.len() + b.len() - 1 <= n;
    let starts_row = b
        .first()
        .is_none_or(|p| row_number(p.text) || p.text.is_empty())
        || ordinal_category(b[0].text).is_some();
    let a_ends = a
        .last()
        .is_some_and(|p| attribute(p.text) || p.text.is_empty());
    (fits && !starts_row && !a_ends && find_header(lines, i + 1, None).is_none()).then_some(next)
}

fn next_row_named(lines: &[RawLine<'_>], from: usize, cols: &Columns) -> Option<bool> {
    for line in lines.iter().skip(from).take(4) {
        let t = line.text.trim();
        if t.is_empty() || crate::text::lines::is_page_number(t) {
            continue;
        }
        let cells = cols.assign(&grid::pieces(line.text, cols.sep));
        let get = |r: Role| cols.role_index(r).map_or("", |k| cells.texts[k].trim());
        let valued = header::VALUE_ROLES
            .iter()
            .any(|&r| !cell::parse(get(r)).is_empty());
        if valued {
            return Some(!get(Role::Name).is_empty());
        }
        return None;
    }
    None
}

fn flush_pending(pending: &mut String, last: Option<usize>, out: &mut Tables) {
    if pending.is_empty() {
        return;
    }
    if let Some(k) = last {
        let end = out.rows[k].end;
        append_name(&mut out.rows[k], &std::mem::take(pending), end);
    }
    pending.clear();
}

fn set_unit(row: &mut Row, unit: Option<String>) {
    if let Some(u) = unit {
        let u: String = u.chars().map(crate::text::clean::fold).collect();
        let (u, scale) = cell::scale_unit(&u);
        row.unit = Some(u);
        row.scale = scale;
    }
    // A unit written in the value cells themselves (`3.3万亿元`, `6.5%`).
    if row.unit.is_none() {
        row.unit = [&row.base, &row.target].iter().find_map(|c| match c {
            Cell::Number { unit, .. } => unit.clone(),
            _ => None,
        });
    }
}

/// Appends the rest of a wrapped name (`拥有量(件)`) to a row, reading its unit again.
fn append_name(row: &mut Row, rest: &str, end: usize) {
    let joined = format!(
        "{}{}",
        row.name,
        rest.split_whitespace().collect::<String>()
    );
    let (name, unit, note) = cell::split_name(&joined);
    row.name = name;
    if unit.is_some() {
        set_unit(row, unit);
    }
    if note.is_some() {
        row.unit_note = note;
    }
    row.end = row.end.max(end);
}

/// A number cell's value with every magnitude folded in: the row's unit (`亿元`) and the
/// cell's own (`3.3万亿`).
pub fn value_of(row: &Row, value: f64, cell_scale: f64) -> f64 {
    value * row.scale * cell_scale
}

/// What the readers' tests share: a reader run over a text, and the names it read.
#[cfg(test)]
mod testing {
    use super::{RawLine, Tables};

    /// A table reader: the lines, the plan's period, where rows go.
    type Reader = fn(&[RawLine<'_>], Option<(i32, i32)>, &mut Tables);

    pub fn run(read: Reader, src: &str) -> Tables {
        let lines = super::raw_lines(src);
        let mut out = Tables::default();
        read(&lines, Some((2025, 2030)), &mut out);
        out
    }

    pub fn names(t: &Tables) -> Vec<&str> {
        t.rows.iter().map(|r| r.name.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::names;
    use super::*;

    #[test]
    fn a_spreadsheet_range_copied_with_quoted_cells() {
        // A cell with a line break or a quote is quoted, an inner quote doubled.
        let src = "类别\t序号\t指标名称\t单位\t指标属性\t2025年基数\t2030年目标\t\"年均增长\n〔累计〕\"\n经济发展\t1\t地区生产总值\t亿元\t预期性\t1,720\t2,150\t4.5左右\n\t2\t\"专精特新\"\"小巨人\"\"企业数量\"\t家\t预期性\t3\t10\t—\n\n正文。";
        let t = read(src, None);
        assert_eq!(names(&t), ["地区生产总值", "专精特新\"小巨人\"企业数量"]);
        assert!(matches!(t.rows[0].target, Cell::Number { value, .. } if value == 2150.0));
        assert!(matches!(t.rows[0].growth, Cell::Number { value, .. } if value == 4.5));
    }

    #[test]
    fn a_word_table_copied_as_text_with_a_spanning_header_cell() {
        // `规划目标` spans 2025年 / 2030年 / 年均增长〔累计〕 on the second header row, whose
        // merged cells are empty; a second paragraph in a cell is a bare line break.
        let src = "类别\t序号\t指　　标\t单位\t规划目标\t属性\r\n\t\t\t\t2025年\t2030年\t年均增长\r\n〔累计〕\t\r\n经济发展\t1\t地区生产总值\t亿元\t372\t520\t6.5左右\t预期性\r\n\t2\t实际使用外资\t亿美元\t—\t—\t〔6〕\t预期性\r\n\r\n正文。";
        let t = read(src, None);
        assert_eq!(names(&t), ["地区生产总值", "实际使用外资"]);
        assert!(matches!(t.rows[0].base, Cell::Number { value, .. } if value == 372.0));
        assert!(matches!(t.rows[0].target, Cell::Number { value, .. } if value == 520.0));
        assert!(matches!(
            t.rows[1].growth,
            Cell::Number {
                cumulative: true,
                ..
            }
        ));
        assert!(t.unread.is_empty());
    }

    #[test]
    fn a_space_aligned_table_with_a_wrapped_name_and_a_repeated_header() {
        let src = "主要指标\n\n类别      指标名称                    2020年    2025年    年均增速    属性\n经济发展  1.地区生产总值(亿元)          43443     60000     6.5         预期性\n          2.每万人口高价值发明专利    3.83*     8         —           预期性\n          拥有量(件)\n\n— 9 —\n\n类别      指标名称                    2020年    2025年    年均增速    属性\n绿色生态  3.单位GDP能耗降低(%)         —         —         [13.5]      约束性\n\n注：带*号的为2019年数据。\n\n正文。";
        let t = read(src, None);
        assert_eq!(
            names(&t),
            vec![
                "地区生产总值",
                "每万人口高价值发明专利拥有量",
                "单位GDP能耗降低"
            ]
        );
        assert_eq!(
            (t.rows[0].unit.as_deref(), t.rows[0].scale),
            (Some("元"), 1e8)
        );
        assert_eq!(t.rows[1].unit.as_deref(), Some("件"));
        assert_eq!(t.rows[1].starred_year, Some(2019));
        assert_eq!(t.rows[2].category.as_deref(), Some("绿色生态"));
        assert!(matches!(
            t.rows[2].growth,
            Cell::Number {
                cumulative: true,
                ..
            }
        ));
        assert!(t.unread.is_empty());
    }

    /// A portal's HTML table copied from the browser: the header's `colspan` cell
    /// (`指标值`) with its years on a line of their own, a `<br>` breaking a header cell,
    /// a name and a value cell; `rowspan` category cells only on a group's first row; a
    /// words cell spanning the value columns.
    #[test]
    fn a_web_table_copied_from_the_browser() {
        let src = "类别\t序号\t指标\t单位\t指标值\t年均增长\n【累计】\t属性\n2025年\t2030年\n经济发展\t1\t地区生产总值\t亿元\t17600\t23000\t5.5左右\t预期性\n2\t全员劳动生产率增长\t%\t/\t/\t6以上\t预期性\n3\t每万人口高价值\n发明专利拥有量\t件\t38.5\t60\t/\t预期性\n民生福祉\t4\t居民人均可支配收入增长\t%\t与经济增长同步\t预期性\n5\t人均预期寿命\t岁\t81.9\n（2024年）\t82.6\t/\t预期性\n6\t城镇新增就业\t万人\t/\t/\t【190】\t预期性\n";
        let t = read(src, Some((2025, 2030)));
        assert_eq!(
            names(&t),
            [
                "地区生产总值",
                "全员劳动生产率增长",
                "每万人口高价值发明专利拥有量",
                "居民人均可支配收入增长",
                "人均预期寿命",
                "城镇新增就业"
            ]
        );
        assert!(t.unread.is_empty(), "{:?}", t.unread);
        assert!(matches!(t.rows[1].growth, Cell::Number { value, .. } if value == 6.0));
        assert_eq!(t.rows[3].target, Cell::Words("与经济增长同步".into()));
        assert_eq!(t.rows[3].category.as_deref(), Some("民生福祉"));
        assert!(
            matches!(t.rows[4].base, Cell::Number { value, year: Some(2024), .. } if value == 81.9)
        );
        assert!(matches!(
            t.rows[5].growth,
            Cell::Number {
                cumulative: true,
                ..
            }
        ));
    }

    /// A plan through `pdftotext -layout`: years over a letter-spaced header (`指　　标`)
    /// and a third line (`（累计）`), centred cells, a 备注 column that dates a baseline,
    /// totals in parentheses.
    #[test]
    fn a_laid_out_table_with_a_remarks_column() {
        let src = "                                        2025年      2030年     “十五五”\n 序号        指　　标                    基期值      目标值     年均增长     属性       备注\n                                                               （累计）\n一、创新引领\n  1   研究与试验发展经费投入强度（%）    13.6       14以上                 预期性    基期值为\n                                                                                     2024年数据\n  2   城镇新增就业（万人）                                       （25）     预期性    五年累计\n  3   森林覆盖率（%）                    29.8        30.5                  约束性\n";
        let t = read(src, Some((2025, 2030)));
        assert_eq!(
            names(&t),
            ["研究与试验发展经费投入强度", "城镇新增就业", "森林覆盖率"]
        );
        assert!(matches!(
            t.rows[0].base,
            Cell::Number {
                year: Some(2024),
                ..
            }
        ));
        assert!(
            matches!(t.rows[1].growth, Cell::Number { value, cumulative: true, .. } if value == 25.0)
        );
        assert!(matches!(t.rows[2].base, Cell::Number { year: None, .. }));
        // An OCR'd scan letter-spaces its header too, but its rows crowd to the left of it:
        // the letter-spaced cells stay apart there (its own reader reads it by content).
        let scan = "序号  指      标          单 位   2025年  2030年   属 性\n1  地区生产总值  亿元  2150  2850  预期性\n2  森林覆盖率  ％  47.5   53  约束性\n";
        let lines = raw_lines(scan);
        assert!(find_header(&lines, 0, Some((2025, 2030))).is_none());
    }

    /// A spreadsheet's CSV with a cell quoted over a line break, full-width figures.
    #[test]
    fn csv_cells_quoted_over_a_line_break() {
        let src = "序号,指标,单位,2025年,2030年,属性\n1,\"每千人口拥有3岁以下\n婴幼儿托位数\",个,3.5,4.5,预期性\n2,森林覆盖率,％,４６．３,４６．８,约束性\n";
        let t = read(src, Some((2025, 2030)));
        assert_eq!(names(&t), ["每千人口拥有3岁以下婴幼儿托位数", "森林覆盖率"]);
        assert_eq!(t.rows[1].unit.as_deref(), Some("%"));
        assert_eq!(t.rows[1].target, cell::parse("46.8"));
        // An unclosed quote far from its end leaves the lines as lines.
        assert_eq!(raw_lines("a,\"b\nc\nd\ne\nf\ng\n").len(), 6);
    }

    #[test]
    fn tab_rows_whose_values_come_on_the_next_line() {
        let src = "类别\t属性\t序号\t指标\t2025年\t2030年\t年均增长\n经济发展\t预期性\t1\t地区生产总值（亿元）\t16800\t21500\t5左右\n\t预期性\t2\t每万人口高价值发明专利拥有量（件）\n\t\t\t\t4.2\t7\t—\n绿色生态\t约束性\t3\t单位GDP能源消耗降低（%）\n\t\t\t\t—\t完成国家下达目标\t—\n\t约束性\t4\t森林覆盖率（%）\t47.3\t48\t—\n";
        let t = read(src, Some((2025, 2030)));
        assert_eq!(
            names(&t),
            vec![
                "地区生产总值",
                "每万人口高价值发明专利拥有量",
                "单位GDP能源消耗降低",
                "森林覆盖率"
            ]
        );
        assert!(t.unread.is_empty(), "{:?}", t.unread);
        assert!(matches!(t.rows[1].target, Cell::Number { value, .. } if value == 7.0));
        assert_eq!(t.rows[1].attribute.as_deref(), Some("预期性"));
        assert_eq!(t.rows[2].target, Cell::Words("完成国家下达目标".into()));
        assert_eq!(t.rows[2].category.as_deref(), Some("绿色生态"));
    }

    #[test]
    fn category_rows_names_before_their_values_and_words_over_two_lines() {
        let src = "序号  指标                          单位    2025年  2030年  年均增长    属性\n一、经济发展\n1     地区生产总值                  万亿元  2.6     3.3     5左右       预期性\n      数字经济核心产业增加值占\n2     地区生产总值比重              %       6.5     10      —           预期性\n二、民生福祉\n3     居民人均可支配收入增长        %       —       —       与经济增长  预期性\n                                                            基本同步\n4     城镇调查失业率                %       5.3     ＜5.5   —           预期性\n";
        let t = read(src, Some((2025, 2030)));
        assert_eq!(
            names(&t),
            vec![
                "地区生产总值",
                "数字经济核心产业增加值占地区生产总值比重",
                "居民人均可支配收入增长",
                "城镇调查失业率"
            ]
        );
        assert_eq!(t.rows[0].scale, 1e12);
        assert_eq!(t.rows[1].category.as_deref(), Some("经济发展"));
        assert_eq!(t.rows[2].growth, Cell::Words("与经济增长基本同步".into()));
        assert_eq!(t.rows[3].category.as_deref(), Some("民生福祉"));
    }

    #[test]
    fn markdown_with_growth_before_the_target() {
        let src = "| 序号 | 指标 | 单位 | 2025年基数 | 年均增长 | 2030年目标 | 属性 |\n|---|---|---|---|---|---|---|\n| 1 | 地区生产总值（亿元） | | 5200 | 6% | 7000 | 预期性 |\n| 2 | 森林覆盖率 | % | 40.1* | — | 42 | 约束性 |\n\n注：带*号的为2024年数据。\n";
        let t = read(src, None);
        assert_eq!(names(&t), vec!["地区生产总值", "森林覆盖率"]);
        assert!(matches!(t.rows[0].target, Cell::Number { value, .. } if value == 7000.0));
        assert!(matches!(t.rows[0].growth, Cell::Number { value, .. } if value == 6.0));
        assert_eq!(t.rows[1].starred_year, Some(2024));
    }

    #[test]
    fn a_table_drawn_in_box_characters() {
        let src = "┌────┬──────────────────┬──────┬──────┬────────┬──────┐\n│序号│指标              │2025年│2030年│年均增长│属性  │\n├────┼──────────────────┼──────┼──────┼────────┼──────┤\n│①   │地区生产总值（亿元）│26800 │34200 │5左右   │预期性│\n│②   │居民人均可支配收入增长│—     │—     │与经济  │预期性│\n│    │（%）             │      │      │增长同步│      │\n│③   │人均预期寿命（岁）│78.1# │79.2  │—       │预期性│\n└────┴──────────────────┴──────┴──────┴────────┴──────┘\n";
        let t = read(src, Some((2025, 2030)));
        assert_eq!(
            names(&t),
            vec!["地区生产总值", "居民人均可支配收入增长", "人均预期寿命"]
        );
        assert_eq!(t.rows[1].growth, Cell::Words("与经济增长同步".into()));
        assert_eq!(t.rows[1].unit.as_deref(), Some("%"));
        assert!(
            matches!(t.rows[2].base, Cell::Number { value, starred: true, .. } if value == 78.1)
        );
        assert!(t.unread.is_empty(), "{:?}", t.unread);
    }

    #[test]
    fn a_row_without_a_name_is_reported() {
        let src = "指标\t单位\t2020年\t2025年\n地区生产总值\t亿元\t100\t200\n\t%\t5\t6\n";
        let t = read(src, None);
        assert_eq!(names(&t), vec!["地区生产总值"]);
        assert_eq!(t.unread.len(), 1);
    }
}
