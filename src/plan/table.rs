//! The main-indicator table of a plan (`专栏1 “十四五”时期…主要指标`), in the layouts real
//! plans use once pasted: cells split by tabs or by runs of spaces; a header row naming
//! the columns (`类别 指标名称 2020年 2025年 年均增速[累计] 属性`), repeated after a page
//! break; the category cell on the first row of its group only; a unit in the name's
//! parentheses (`(%)`, `(万吨标煤,不含三峡)`) or in a unit column; `—` for no value; `>6.5`,
//! `＜6`; `[0.5]` five-year cumulative values; `3.83*` with a footnote that changes the
//! baseline year (`带*号的为2019年数据`); targets stated in words (`控制在国家下达指标内`);
//! names wrapped onto a second row.

use crate::analysis::Qualifier;
use crate::numbers::{numeral, units};
use crate::text::{Document, LineKind};

/// A target read from the table, with spans in the cleaned text.
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
    pub base_year: Option<i32>,
    pub target_year: Option<i32>,
    /// The baseline year given by a footnote for values marked `*`.
    pub starred_year: Option<i32>,
}

/// A value cell.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Cell {
    #[default]
    Empty,
    Number {
        value: f64,
        qualifier: Qualifier,
        cumulative: bool,
        starred: bool,
    },
    Words(String),
}

#[derive(Debug, Default, Clone)]
struct Columns {
    category: Option<usize>,
    name: usize,
    unit: Option<usize>,
    base: Option<(usize, i32)>,
    target: Option<(usize, i32)>,
    growth: Option<usize>,
    attribute: Option<usize>,
    count: usize,
    /// Where each header cell starts (display columns; indices for tab-separated rows).
    starts: Vec<usize>,
}

/// The cells of a row, each with the display column it starts at (a Chinese character is
/// two columns wide, as a page lays it out). Tab-separated cells are numbered instead.
fn cells(line: &str) -> (Vec<&str>, Vec<usize>, bool) {
    if line.contains('\t') {
        let cs: Vec<&str> = line.split('\t').map(str::trim).collect();
        let at = (0..cs.len()).collect();
        return (cs, at, true);
    }
    // Columns aligned with spaces: cells are separated by runs of two or more.
    let (mut cs, mut at) = (Vec::new(), Vec::new());
    let mut col = 0usize;
    let mut start: Option<(usize, usize)> = None; // (byte, column) where a cell began
    let mut spaces = 0usize;
    let mut last_end = 0usize;
    for (i, c) in line.char_indices() {
        if c == ' ' || c == '\u{3000}' {
            spaces += 1;
            if spaces >= 2 {
                if let Some((b, k)) = start.take() {
                    cs.push(line[b..last_end].trim());
                    at.push(k);
                }
            }
        } else {
            if start.is_none() {
                start = Some((i, col));
            }
            spaces = 0;
            last_end = i + c.len_utf8();
        }
        col += if c.is_ascii() { 1 } else { 2 };
    }
    if let Some((b, k)) = start {
        cs.push(line[b..last_end].trim());
        at.push(k);
    }
    // `微克/立方米 30`: a long unit leaves one space before the next column's number.
    let mut k = 0;
    while k < cs.len() {
        if let Some((left, right)) = cs[k].rsplit_once(' ') {
            let left = left.trim_end();
            if matches!(parse_cell(right), Cell::Number { .. })
                && !matches!(parse_cell(left), Cell::Number { .. })
            {
                let width: usize = left.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
                let right_at = at[k] + width + 1;
                cs[k] = left;
                cs.insert(k + 1, right);
                at.insert(k + 1, right_at);
            }
        }
        k += 1;
    }
    (cs, at, false)
}

/// A space-aligned row's cells placed under the header's columns: each cell goes to the
/// column whose heading starts nearest to it (a row may leave cells empty, as the unit
/// or category cell often is).
fn align<'a>(cells: &[&'a str], at: &[usize], header_at: &[usize]) -> Vec<&'a str> {
    let mut out = vec![""; header_at.len()];
    for (cell, &a) in cells.iter().zip(at) {
        let k = header_at
            .iter()
            .enumerate()
            .min_by_key(|(_, &h)| h.abs_diff(a))
            .map_or(0, |(k, _)| k);
        out[k] = if out[k].is_empty() { cell } else { out[k] };
    }
    out
}

fn year_of(cell: &str) -> Option<i32> {
    let digits: String = cell.chars().take_while(char::is_ascii_digit).collect();
    (digits.len() == 4 && cell[4..].starts_with('年')).then(|| digits.parse().ok())?
}

fn header(cells: &[&str]) -> Option<Columns> {
    let name = cells.iter().position(|c| c.contains("指标"))?;
    let years: Vec<(usize, i32)> = cells
        .iter()
        .enumerate()
        .filter_map(|(i, c)| year_of(c).map(|y| (i, y)))
        .collect();
    if years.is_empty() {
        return None;
    }
    let find = |words: &[&str]| {
        cells
            .iter()
            .position(|c| words.iter().any(|w| c.contains(w)))
    };
    Some(Columns {
        category: find(&["类别", "领域", "类型"]).filter(|&i| i != name),
        name,
        unit: find(&["单位"]),
        base: (years.len() > 1).then(|| years[0]),
        target: years.last().copied(),
        growth: find(&["年均", "增速", "累计"]),
        attribute: find(&["属性"]),
        count: cells.len(),
        starts: Vec::new(),
    })
}

fn parse_cell(cell: &str) -> Cell {
    let t: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty()
        || t.chars()
            .all(|c| matches!(c, '—' | '-' | '－' | '/' | '–' | '―'))
    {
        return Cell::Empty;
    }
    let (t, cumulative) = match t.strip_prefix(['[', '［', '【']) {
        Some(inner) => (inner.trim_end_matches([']', '］', '】']).to_string(), true),
        None => (t, false),
    };
    let (t, qualifier) = if let Some(r) = t.strip_prefix(['>', '＞', '≥']) {
        (r.to_string(), Qualifier::AtLeast)
    } else if let Some(r) = t.strip_prefix(['<', '＜', '≤']) {
        (r.to_string(), Qualifier::AtMost)
    } else if let Some(r) = t.strip_suffix("左右") {
        (r.to_string(), Qualifier::About)
    } else if let Some(r) = t.strip_suffix("以上") {
        (r.to_string(), Qualifier::AtLeast)
    } else if let Some(r) = t.strip_suffix("以内").or_else(|| t.strip_suffix("以下")) {
        (r.to_string(), Qualifier::AtMost)
    } else {
        (t, Qualifier::Exact)
    };
    let starred = t.ends_with(['*', '＊']);
    let num = t.trim_end_matches(['*', '＊']).replace(',', "");
    match num.parse::<f64>() {
        Ok(value) if value.is_finite() => Cell::Number {
            value,
            qualifier,
            cumulative,
            starred,
        },
        _ => Cell::Words(cell.split_whitespace().collect()),
    }
}

/// `1.地区生产总值增长(%)` → (`地区生产总值增长`, `%`, note); `(万吨标煤,不含三峡)` → unit
/// `万吨标煤` and note `不含三峡`.
fn split_name(cell: &str) -> (String, Option<String>, Option<String>) {
    let t = cell.trim();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let t = match t[digits..].strip_prefix(['.', '．', '、']) {
        Some(rest) if digits > 0 => rest.trim_start(),
        _ => t,
    };
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(open) = t.rfind(['(', '（']).filter(|_| t.ends_with([')', '）'])) {
        let inner = &t[open + t[open..].chars().next().map_or(1, char::len_utf8)..];
        let inner = inner.trim_end_matches([')', '）']);
        let mut parts = inner.splitn(2, [',', '，', '；', ';']);
        let unit = parts.next().map(str::to_string).filter(|u| !u.is_empty());
        let note = parts.next().map(str::to_string);
        // `每千人口拥有执业(助理)医师数(人)`: only the last parentheses hold the unit.
        return (t[..open].to_string(), unit, note);
    }
    (t, None, None)
}

/// `万吨` → (`吨`, 1e4); `亿元` → (`元`, 1e8); `万吨标煤` → (`吨标准煤`, 1e4); `千瓦`, a unit of its
/// own, → (`千瓦`, 1): the claims' unit table and numeral magnitudes, so that a target's
/// unit and value read as a claim's do.
pub fn scale_unit(unit: &str) -> (String, f64) {
    let whole = |u: &str| {
        units::unit_at(u)
            .filter(|x| x.written.len() == u.len())
            .map(|x| x.base.to_string())
    };
    if let Some(base) = whole(unit) {
        return (base, 1.0);
    }
    match numeral::magnitude(unit) {
        Some((f, len)) if len < unit.len() => {
            let rest = &unit[len..];
            (whole(rest).unwrap_or_else(|| rest.to_string()), f)
        }
        _ => (unit.to_string(), 1.0),
    }
}

/// The footnote year for starred values: `带*号的为2019年数据`.
fn starred_year(text: &str) -> Option<i32> {
    let at = text.find(['*', '＊'])?;
    let after = &text[at..];
    let i = after.find(|c: char| c.is_ascii_digit())?;
    let year: String = after[i..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    (year.len() == 4 && after[i + 4..].starts_with('年'))
        .then(|| year.parse().ok())
        .flatten()
}

/// Appends the rest of a wrapped name (`拥有量(件)`) to a row, reading its unit again.
fn append_name(row: &mut Row, rest: &str) {
    let joined = format!(
        "{}{}",
        row.name,
        rest.split_whitespace().collect::<String>()
    );
    let (name, unit, note) = split_name(&joined);
    row.name = name;
    if let Some(u) = unit {
        let (unit, scale) = scale_unit(&u);
        row.unit = Some(unit);
        row.scale = scale;
    }
    if note.is_some() {
        row.unit_note = note;
    }
}

/// Every indicator table of the document.
pub fn read(doc: &Document) -> Vec<Row> {
    let text = doc.clean();
    let lines = doc.lines();
    let mut out: Vec<Row> = Vec::new();
    let mut cols: Option<Columns> = None;
    let mut category: Option<String> = None;
    let mut pending_name = String::new();
    let mut table_rows: Vec<usize> = Vec::new(); // indices into `out` of the current table
    let mut after_row = false; // the line before (page numbers aside) was a table row
    let mut in_notes = false; // reading the notes under a table
    for line in lines {
        let raw = &text[line.start..line.end];
        let prev_was_row = after_row;
        after_row =
            line.kind == LineKind::TableRow || line.kind == LineKind::PageNumber && prev_was_row;
        match line.kind {
            LineKind::TableRow => {}
            LineKind::Blank | LineKind::PageNumber => continue,
            _ => {
                // A footnote under the table may set the year of starred values.
                if cols.is_some() {
                    let t = raw.trim();
                    // A short line right under a row: the rest of a wrapped name.
                    if line.kind == LineKind::Text
                        && prev_was_row
                        && t.chars().count() <= 20
                        && !t.contains(['。', '，', '；', '：'])
                        && !t.starts_with('注')
                    {
                        if let Some(&k) = table_rows.last() {
                            append_name(&mut out[k], t);
                            continue;
                        }
                    }
                    // `注：1.[ ]内为五年累计数。` and the numbered notes under it.
                    let note = t.starts_with("注")
                        || t.starts_with(['①', '②', '③'])
                        || in_notes && t.starts_with(|c: char| c.is_ascii_digit());
                    if note {
                        in_notes = true;
                        if let Some(y) = starred_year(t) {
                            for &k in &table_rows {
                                out[k].starred_year = Some(y);
                            }
                        }
                        continue;
                    }
                    // The table has ended.
                    in_notes = false;
                    cols = None;
                    table_rows.clear();
                    category = None;
                }
                continue;
            }
        }
        let (cs, at, tabbed) = cells(raw);
        if let Some(mut h) = header(&cs) {
            // A header (or the same header repeated after a page break).
            if cols.is_none() {
                table_rows.clear();
                category = None;
            }
            h.starts = at;
            cols = Some(h);
            continue;
        }
        let Some(c) = cols.clone() else { continue };
        let cs = if tabbed {
            cs
        } else {
            align(&cs, &at, &c.starts)
        };
        // Tab-separated rows with fewer cells than the header lack their leading
        // (category) cells.
        let shift = c.count.saturating_sub(cs.len());
        let get = |i: Option<usize>| -> &str {
            i.and_then(|i| i.checked_sub(shift))
                .and_then(|i| cs.get(i))
                .copied()
                .unwrap_or("")
        };
        if let Some(cat) = c
            .category
            .and_then(|i| i.checked_sub(shift))
            .and_then(|i| cs.get(i))
        {
            let cat: String = cat.split_whitespace().collect();
            if !cat.is_empty() {
                category = Some(cat);
            }
        }
        let name_cell = get(Some(c.name));
        let base = parse_cell(get(c.base.map(|b| b.0)));
        let target = parse_cell(get(c.target.map(|t| t.0)));
        let growth = parse_cell(get(c.growth));
        let valued = [&base, &target, &growth].iter().any(|v| **v != Cell::Empty);
        let numbered = name_cell.starts_with(|ch: char| ch.is_ascii_digit());
        if !valued && get(c.attribute).is_empty() {
            // A name wrapped onto a row of its own: the end of the previous row's name, or
            // the start of the next one's.
            let words: String = cs.iter().copied().filter(|c| !c.is_empty()).collect();
            match table_rows.last() {
                Some(&k) if !numbered && !words.is_empty() && out[k].unit.is_none() => {
                    append_name(&mut out[k], &words)
                }
                _ => pending_name.push_str(&words),
            }
            continue;
        }
        let full = std::mem::take(&mut pending_name) + name_cell;
        let (name, unit, unit_note) = split_name(&full);
        if name.is_empty() {
            continue;
        }
        let unit = unit.or_else(|| Some(get(c.unit).to_string()).filter(|u| !u.is_empty()));
        let (unit, scale) = match unit {
            Some(u) => {
                let (u, f) = scale_unit(&u);
                (Some(u), f)
            }
            None => (None, 1.0),
        };
        let (start, end) = (
            line.start + (raw.len() - raw.trim_start().len()),
            line.start + raw.trim_end().len(),
        );
        table_rows.push(out.len());
        out.push(Row {
            start,
            end,
            name,
            unit,
            scale,
            unit_note,
            category: category.clone(),
            attribute: Some(get(c.attribute).to_string()).filter(|a| !a.is_empty()),
            base,
            target,
            growth,
            base_year: c.base.map(|b| b.1),
            target_year: c.target.map(|t| t.1),
            starred_year: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_and_names() {
        assert_eq!(parse_cell("—"), Cell::Empty);
        assert_eq!(
            parse_cell(">6.5"),
            Cell::Number {
                value: 6.5,
                qualifier: Qualifier::AtLeast,
                cumulative: false,
                starred: false
            }
        );
        assert_eq!(
            parse_cell("3.83*"),
            Cell::Number {
                value: 3.83,
                qualifier: Qualifier::Exact,
                cumulative: false,
                starred: true
            }
        );
        assert_eq!(
            parse_cell("[0.5]"),
            Cell::Number {
                value: 0.5,
                qualifier: Qualifier::Exact,
                cumulative: true,
                starred: false
            }
        );
        assert_eq!(
            parse_cell("控制在国家 下达指标内"),
            Cell::Words("控制在国家下达指标内".into())
        );
        assert_eq!(
            split_name("20.能源综合生产能力(万吨标煤,不含三峡)"),
            (
                "能源综合生产能力".into(),
                Some("万吨标煤".into()),
                Some("不含三峡".into())
            )
        );
        assert_eq!(
            split_name("10.每千人口拥有执业(助理)医师数(人)"),
            (
                "每千人口拥有执业(助理)医师数".into(),
                Some("人".into()),
                None
            )
        );
        assert_eq!(scale_unit("万吨标煤"), ("吨标准煤".into(), 1e4));
        assert_eq!(scale_unit("千瓦"), ("千瓦".into(), 1.0));
        assert_eq!(
            starred_year("注：①[]内为5年累计数。②带*号的为2019年数据。"),
            Some(2019)
        );
    }

    #[test]
    fn a_space_aligned_table_with_a_wrapped_name_and_a_repeated_header() {
        let src = "主要指标\n\n类别      指标名称                    2020年    2025年    年均增速    属性\n经济发展  1.地区生产总值(亿元)          43443     60000     6.5         预期性\n          2.每万人口高价值发明专利    3.83*     8         —           预期性\n          拥有量(件)\n\n— 9 —\n\n类别      指标名称                    2020年    2025年    年均增速    属性\n绿色生态  3.单位GDP能耗降低(%)         —         —         [13.5]      约束性\n\n注：带*号的为2019年数据。\n\n正文。";
        let doc = Document::new(src);
        let rows = read(&doc);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "地区生产总值",
                "每万人口高价值发明专利拥有量",
                "单位GDP能耗降低"
            ]
        );
        assert_eq!((rows[0].unit.as_deref(), rows[0].scale), (Some("元"), 1e8));
        assert_eq!(rows[1].unit.as_deref(), Some("件"));
        assert_eq!(rows[1].starred_year, Some(2019));
        assert_eq!(rows[2].category.as_deref(), Some("绿色生态"));
        assert!(matches!(
            rows[2].growth,
            Cell::Number {
                cumulative: true,
                ..
            }
        ));
    }
}
