//! Indicator tables written as records rather than rows: each indicator is its name on a
//! line of its own (`指标1　地区生产总值`, a long one wrapped onto an indented line), then
//! its values as `key：value` pairs
//! (`　　单位：亿元；2025年：5300；2030年：6900左右；年均增长（%）：5.5左右；属性：预期性`),
//! as a table is laid out for a phone ("图解版") or exported from a form. The keys of a
//! record are read as a header's cells are ([`header::read`]), so its values fall into the
//! same column model as a table row's, and the key set may change from one record to the
//! next (`单位` given or not). A line of such pairs that yields no target is reported.

use super::cell;
use super::grid::Sep;
use super::header::{self, Columns, Role};
use super::{RawLine, Row, Tables, Unread};

/// One `key：value` line: the words before the first pair (a name written on the same
/// line), and the pairs.
struct Pairs<'a> {
    lead: &'a str,
    pairs: Vec<(&'a str, &'a str)>,
}

/// Longest key: `年均增长（%）`, `“十五五”末目标值`; a longer run before a colon is a
/// sentence's lead-in, not a key.
const KEY_CHARS: usize = 12;
/// Longest value: a cell, not a clause (`与经济增长基本同步`, `完成省下达任务`).
const VALUE_CHARS: usize = 16;

/// The `key：value` pairs of a line, separated by `；` / `;` / `，` or a run of spaces.
fn pairs_of(line: &str) -> Option<Pairs<'_>> {
    let t = line.trim();
    if t.contains('。') {
        return None;
    }
    let mut lead = "";
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    for (k, seg) in segments(t).into_iter().enumerate() {
        match seg.split_once(['：', ':']) {
            Some((key, value)) => {
                let key = key.trim();
                let value = value.trim();
                let short = |s: &str, n: usize| s.chars().count() <= n;
                if key.is_empty() || !short(key, KEY_CHARS) || !short(value, VALUE_CHARS) {
                    return None;
                }
                pairs.push((key, value));
            }
            None if k == 0 => lead = seg,
            // Words after a pair without a key of their own: not a record line.
            None => return None,
        }
    }
    (pairs.len() >= 2).then_some(Pairs { lead, pairs })
}

/// A line cut at `；` / `;` / `，` and at runs of two spaces or an ideographic space.
fn segments(t: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_space = false;
    for (i, c) in t.char_indices() {
        let cut = matches!(c, '；' | ';' | '，' | '\u{3000}' | '\t') || c == ' ' && prev_space;
        if cut {
            out.push(&t[start..i]);
            start = i + c.len_utf8();
        }
        prev_space = c == ' ';
    }
    out.push(&t[start..]);
    out.into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// The column model of a record's keys, a name column put first when no key names the
/// indicator (it is on the line or lines above). `None` when the keys name no value.
fn columns_of(p: &Pairs<'_>, period: Option<(i32, i32)>) -> Option<(Columns, bool)> {
    let mut cells: Vec<(String, usize, usize)> = p
        .pairs
        .iter()
        .enumerate()
        .map(|(k, (key, _))| (key.to_string(), k + 1, k + 2))
        .collect();
    let named = header::read(&cells, Sep::Tab, period)
        .filter(|c| c.role_index(Role::Name).is_some())
        .is_some();
    if !named {
        cells.insert(0, ("指标".to_string(), 0, 1));
    }
    header::read(&cells, Sep::Tab, period).map(|c| (c, named))
}

/// A record's name line: `指标1　地区生产总值`, `1.地区生产总值`, `（1）地区生产总值`,
/// `指标名称：地区生产总值`; its label and number taken off.
fn name_of(line: &str) -> String {
    let t = line.trim();
    let t = match t.split_once(['：', ':']) {
        Some((key, value)) if ["指标", "名称", "项目"].iter().any(|w| key.contains(w)) => {
            value
        }
        _ => t,
    };
    let t = t.strip_prefix("指标").map_or(t, |rest| {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 {
            rest[digits..].trim_start_matches([' ', '\u{3000}', '.', '．', '、', '：', ':'])
        } else {
            t
        }
    });
    cell::strip_number(t).0.split_whitespace().collect()
}

/// Whether a line above a record can be (part of) its name: short, not a sentence, a
/// heading, a category row, a caption or another record.
fn can_name(t: &str) -> bool {
    let caption = t.starts_with('表') && t[3..].starts_with(|c: char| c.is_ascii_digit());
    !t.is_empty()
        && t.chars().count() <= 40
        && !t.contains(['。', '；'])
        && !caption
        && super::ordinal_category(t).is_none()
        && !t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace())
}

/// Reads every record of `lines` not inside a table already read, into `out`.
pub(super) fn read(lines: &[RawLine<'_>], period: Option<(i32, i32)>, out: &mut Tables) {
    let taken: Vec<(usize, usize)> = out.spans.clone();
    let in_table = |at: usize| taken.iter().any(|&(s, e)| s <= at && at < e);
    let first_row = out.rows.len();
    let mut category: Option<String> = None;
    let mut after_record: Option<usize> = None; // the line after the last record line
    let mut k = 0;
    while k < lines.len() {
        let line = lines[k];
        let t = line.text.trim();
        if in_table(line.start) {
            k += 1;
            continue;
        }
        if let Some(c) = super::ordinal_category(t) {
            category = Some(c);
        }
        let Some(p) = pairs_of(t) else {
            // A note under the records (`注：带*号的为2019年数据`) belongs to them.
            let near = after_record
                .is_some_and(|a| k == a || k == a + 1 && lines[k - 1].text.trim().is_empty());
            if near && super::is_note(t) {
                super::apply_note(t, first_row, out);
                out.spans.push((line.start, line.start + line.text.len()));
                after_record = Some(k + 1);
            }
            k += 1;
            continue;
        };
        let end = line.start + line.text.trim_end().len();
        let Some((cols, named)) = columns_of(&p, period) else {
            k += 1;
            continue;
        };
        // The name: on the line itself, in a key of its own, or on the lines just above.
        let mut start = line.start + (line.text.len() - line.text.trim_start().len());
        let name = if named {
            String::new()
        } else if !p.lead.is_empty() {
            name_of(p.lead)
        } else {
            let mut above = Vec::new();
            let mut j = k;
            while j > 0 && above.len() < 3 {
                let prev = lines[j - 1];
                let pt = prev.text.trim();
                if in_table(prev.start) || !can_name(pt) || pairs_of(pt).is_some() {
                    break;
                }
                above.push(prev);
                j -= 1;
            }
            if let Some(first) = above.last() {
                start = first.start + (first.text.len() - first.text.trim_start().len());
            }
            above.reverse();
            let mut lines = above.iter().map(|l| l.text);
            let head = lines.next().map(name_of).unwrap_or_default();
            head + &lines.flat_map(str::split_whitespace).collect::<String>()
        };
        let value = |r: Role| {
            let at = cols.role_index(r)?;
            // The keys sit one column on when the name column was put first.
            let pair = if named { at } else { at.checked_sub(1)? };
            p.pairs.get(pair).map(|(_, v)| *v)
        };
        let name = if named {
            value(Role::Name).map(name_of).unwrap_or_default()
        } else {
            name
        };
        let written_unit = value(Role::Unit)
            .filter(|u| !u.is_empty())
            .map(str::to_string);
        let cells = header::VALUE_ROLES.map(|r| cell::parse(value(r).unwrap_or("")));
        let attribute = value(Role::Attribute).map(str::to_string);
        let row = Row::new(
            (start, end),
            &name,
            written_unit,
            cells,
            category.clone(),
            attribute,
            &cols,
        );
        let valued = [&row.base, &row.target, &row.growth, &row.cumulative]
            .iter()
            .any(|c| !c.is_empty());
        if valued || !row.name.is_empty() {
            out.spans.push((row.start, row.end));
            out.rows.push(row);
        } else {
            out.unread.push(Unread {
                start,
                end,
                text: t.to_string(),
                why: "键值行没有可读的数值",
                why_en: "a line of key：value pairs with no value that can be read",
            });
        }
        after_record = Some(k + 1);
        k += 1;
    }
    super::settle(out, first_row);
}

#[cfg(test)]
mod tests {
    use super::super::cell::Cell;
    use super::super::testing::names;
    use super::*;
    use crate::analysis::Qualifier;

    fn read_text(src: &str) -> Tables {
        super::super::testing::run(read, src)
    }

    #[test]
    fn names_above_and_values_as_pairs() {
        let src = "表1　主要指标\n\n一、经济发展\n指标1　地区生产总值\n　　单位：亿元；2025年：5300；2030年：6900左右；年均增长（%）：5.5左右；属性：预期性\n指标2　规模以上工业增加值增长（%）\n　　2025年：—；2030年：—；年均增长（%）：6以上；属性：预期性\n二、民生福祉\n指标11　每千人口医疗卫生机构\n　　床位数（张）\n　　2025年：7.2；2030年：8.0；年均增长（%）：—；属性：预期性\n指标10　城镇新增就业\n　　单位：万人；2025年：—；2030年：[25]；属性：预期性\n注：[ ]内为五年累计数。\n\n第二章　建设现代化产业体系\n";
        let t = read_text(src);
        assert_eq!(
            names(&t),
            [
                "地区生产总值",
                "规模以上工业增加值增长",
                "每千人口医疗卫生机构床位数",
                "城镇新增就业"
            ]
        );
        let gdp = &t.rows[0];
        assert_eq!((gdp.unit.as_deref(), gdp.scale), (Some("元"), 1e8));
        assert!(
            matches!(gdp.target, Cell::Number { value, qualifier: Qualifier::About, .. } if value == 6900.0)
        );
        assert!(matches!(gdp.base, Cell::Number { value, .. } if value == 5300.0));
        assert_eq!((gdp.base_year, gdp.target_year), (Some(2025), Some(2030)));
        assert_eq!(gdp.category.as_deref(), Some("经济发展"));
        assert!(
            matches!(t.rows[1].growth, Cell::Number { value, qualifier: Qualifier::AtLeast, .. } if value == 6.0)
        );
        assert_eq!(t.rows[2].unit.as_deref(), Some("张"));
        assert_eq!(t.rows[2].category.as_deref(), Some("民生福祉"));
        assert!(matches!(
            t.rows[3].target,
            Cell::Number {
                cumulative: true,
                ..
            }
        ));
        assert!(t.unread.is_empty(), "{:?}", t.unread);
        // The whole record, name line to values, is the table's: no prose reads it again.
        assert_eq!(&src[t.rows[2].start..t.rows[2].start + 6], "指标");
        assert!(t
            .spans
            .iter()
            .any(|&(s, e)| s <= t.rows[0].start && t.rows[0].end <= e));
    }

    #[test]
    fn a_name_on_the_line_or_in_a_key_of_its_own() {
        let t = read_text("地区生产总值（亿元）　2025年：5300；2030年：6900\n指标：森林覆盖率（%）；2025年：46.3；2030年：46.8\n");
        let names: Vec<&str> = t.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["地区生产总值", "森林覆盖率"]);
        assert_eq!(cell::parse("46.8"), t.rows[1].target);
    }

    #[test]
    fn pairs_without_a_name_or_values_are_reported_and_prose_is_left_alone() {
        let t = read_text("2025年：—；2030年：—；属性：预期性\n");
        assert_eq!(t.rows.len(), 0);
        assert_eq!(t.unread.len(), 1);
        let t = read_text("主要目标：到2030年，地区生产总值达到6900亿元。\n发布机构：市政府；发布日期：2026年1月\n");
        assert!(t.rows.is_empty() && t.unread.is_empty());
    }
}
