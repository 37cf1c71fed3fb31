//! What one cell of an indicator table says: a number with its comparator (`>6.5`,
//! `＜5.5`, `7左右`, `95以上`), a five-year total in brackets (`[13.5]`), a value starred
//! by a footnote (`3.83*`), nothing (`—`), or words (`与经济增长基本同步`); and the name
//! cell's row number and unit (`1.地区生产总值(亿元)`).

use crate::analysis::Qualifier;
use crate::numbers::{numeral, units};

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
        /// A magnitude written in the cell (`3.3万亿` → 1e12), 1 when none.
        scale: f64,
        /// A unit written in the cell (`6.5%`, `3.3万亿元` → `元`).
        unit: Option<String>,
        /// The value's own year, written after it (`0.52（2024年）`): a baseline of
        /// another year than the column's.
        year: Option<i32>,
    },
    Words(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        *self == Cell::Empty
    }

    /// The words of a cell wrapped over two lines joined (`与经济增长` + `基本同步`).
    pub fn extend(&mut self, more: &str) {
        let more: String = more.split_whitespace().collect();
        match self {
            Cell::Words(w) => w.push_str(&more),
            Cell::Empty => *self = parse(&more),
            Cell::Number { .. } => {}
        }
    }
}

/// Marks after a value that a footnote explains (`3.83*`, `0.62△`, `79.6①`: `带△的为
/// 2024年数据`).
const MARKS: [char; 8] = ['*', '＊', '△', '▲', '①', '※', '#', '＃'];

/// Verbs a value cell may begin with, longest first.
const GOAL_VERBS: [&str; 8] = [
    "控制在",
    "保持在",
    "稳定在",
    "提高到",
    "达到",
    "力争",
    "保持",
    "达",
];

const DASHES: &[char] = &['—', '-', '－', '/', '–', '―', '\u{2014}', '…'];

/// Whether a cell is a value (a number, a comparator and a number, a bracketed total) —
/// what splits `微克/立方米 30` into two cells.
pub fn looks_numeric(cell: &str) -> bool {
    matches!(parse(cell), Cell::Number { .. })
}

pub fn parse(cell: &str) -> Cell {
    // Full-width digits and signs (`６９００`, `４６．８`, `％`), as typed in Word or read by OCR.
    let t: String = cell
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::text::clean::fold)
        .collect();
    if t.is_empty() || t.chars().all(|c| DASHES.contains(&c)) {
        return Cell::Empty;
    }
    // `[13.5]`, and `[8.5]万人` with its unit after the brackets; `（25）` too, as plans
    // whose note says `（　）内为五年累计数` write a total (a cell never opens with a
    // parenthesis otherwise: a year in parentheses follows its value, `81.9（2024年）`).
    let (t, cumulative) = match t.strip_prefix(['[', '［', '【', '〔', '（', '(']) {
        Some(inner) => match inner.split_once([']', '］', '】', '〕', '）', ')']) {
            Some((number, unit)) => (format!("{number}{unit}"), true),
            None => (inner.to_string(), true),
        },
        None => (t, false),
    };
    let (t, year) = own_year(&t);
    let (t, qualifier) = comparator(&t);
    // A goal verb before the number (`控制在5.5以内`, `保持在95以上`, `达到8`): the number is
    // the value, the comparator after it its qualifier.
    let t = GOAL_VERBS
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .map_or(t.clone(), str::to_string);
    let starred = t.ends_with(MARKS);
    let t = t.trim_end_matches(MARKS);
    let digits = t
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',')))
        .map_or(t.len(), |(i, _)| i);
    let (num, rest) = t.split_at(digits);
    let sign_ok = !num.is_empty() && num.starts_with(|c: char| c.is_ascii_digit());
    let value = num
        .replace(',', "")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite());
    let (scale, rest) = match numeral::magnitude(rest) {
        Some((f, len)) => (f, &rest[len..]),
        None => (1.0, rest),
    };
    let unit = (!rest.is_empty())
        .then(|| units::unit_at(rest).filter(|u| u.written.len() == rest.len()))
        .flatten()
        .map(|u| u.base.to_string());
    match value {
        Some(value) if sign_ok && (rest.is_empty() || unit.is_some()) => Cell::Number {
            value,
            qualifier,
            cumulative,
            starred,
            scale,
            unit,
            year,
        },
        _ => in_words(t, qualifier, cumulative)
            .unwrap_or_else(|| Cell::Words(cell.split_whitespace().collect())),
    }
}

/// A value the claim reader finds in a cell the table's own forms miss: numbers in words
/// and goal words around them (`力争达到3成左右`, `百分之十五`, `一百亿元以上`). One
/// figure and no other digits, or it is not a value.
fn in_words(t: &str, outer: Qualifier, cumulative: bool) -> Option<Cell> {
    // A numeral alone (`一百五十`), which the claim reader wants a unit after.
    if let Some(n) = numeral::chinese(t).filter(|n| n.len == t.len()) {
        return Some(Cell::Number {
            value: n.value,
            qualifier: outer,
            cumulative,
            starred: false,
            scale: 1.0,
            unit: None,
            year: None,
        });
    }
    let mut found = Vec::new();
    crate::numbers::claims::scan(t, 0, t.len(), 0, &mut found);
    let [f] = found.as_slice() else {
        return None;
    };
    let rest = format!("{}{}", &t[..f.start], &t[f.end..]);
    if rest.chars().any(|c| c.is_ascii_digit()) || rest.chars().count() > 6 {
        return None;
    }
    Some(Cell::Number {
        value: f.value?,
        // `力争达到3成左右`: the 左右 was read off the cell before.
        qualifier: if f.qualifier == Qualifier::Exact {
            outer
        } else {
            f.qualifier
        },
        cumulative,
        starred: false,
        scale: 1.0,
        unit: f.unit.clone(),
        year: None,
    })
}

/// A year written after a value in parentheses, `0.52（2024年）`, `77.3(2024年数据)`: the
/// value without it, and the year.
fn own_year(t: &str) -> (String, Option<i32>) {
    let Some(open) = t.rfind(['（', '(']) else {
        return (t.to_string(), None);
    };
    let inner = t[open..]
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    let year = inner
        .strip_suffix("年数据")
        .or_else(|| inner.strip_suffix('年'))
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|y| y.parse().ok());
    match year {
        Some(y) if t.ends_with(['）', ')']) && open > 0 => (t[..open].to_string(), Some(y)),
        _ => (t.to_string(), None),
    }
}

/// A comparator before or after the number: `>`, `＞`, `≥`, `大于`, `以上`; `<`, `≤`, `以内`,
/// `以下`; `左右`, `约`.
fn comparator(t: &str) -> (String, Qualifier) {
    const BEFORE: [(&str, Qualifier); 12] = [
        (">", Qualifier::AtLeast),
        ("＞", Qualifier::AtLeast),
        ("≥", Qualifier::AtLeast),
        ("大于", Qualifier::AtLeast),
        ("不低于", Qualifier::AtLeast),
        ("超过", Qualifier::AtLeast),
        ("<", Qualifier::AtMost),
        ("＜", Qualifier::AtMost),
        ("≤", Qualifier::AtMost),
        ("小于", Qualifier::AtMost),
        ("不高于", Qualifier::AtMost),
        ("约", Qualifier::About),
    ];
    const AFTER: [(&str, Qualifier); 5] = [
        ("左右", Qualifier::About),
        ("以上", Qualifier::AtLeast),
        ("以内", Qualifier::AtMost),
        ("以下", Qualifier::AtMost),
        ("上下", Qualifier::About),
    ];
    let t = t.replace(['≧'], "≥").replace(['≦'], "≤");
    for (w, q) in BEFORE {
        if let Some(r) = t.strip_prefix(w) {
            return (r.trim_start_matches('=').to_string(), q);
        }
    }
    for (w, q) in AFTER {
        if let Some(r) = t.strip_suffix(w) {
            return (r.to_string(), q);
        }
    }
    (t, Qualifier::Exact)
}

/// A 序号 cell: a row number alone (`12`).
pub fn is_row_number(t: &str) -> bool {
    !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())
}

/// A row number at the head of a name cell: `1.`, `12、`, `（3）`, `3 `.
pub fn strip_number(cell: &str) -> (&str, bool) {
    let t = cell.trim();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        if let Some(rest) = t[digits..].strip_prefix(['.', '．', '、', ' ', ')', '）']) {
            return (rest.trim_start(), true);
        }
    }
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(rest) = t.strip_prefix(open) {
            let n = rest.chars().take_while(char::is_ascii_digit).count();
            if n > 0 {
                if let Some(rest) = rest[n..].strip_prefix(close) {
                    return (rest.trim_start(), true);
                }
            }
        }
    }
    (t, false)
}

/// `1.地区生产总值增长(%)` → (`地区生产总值增长`, `%`, note); `(万吨标煤,不含三峡)` → unit
/// `万吨标煤` and note `不含三峡`. Parentheses that hold no unit (`（PM2.5）`) stay in the
/// name.
pub fn split_name(cell: &str) -> (String, Option<String>, Option<String>) {
    let (t, _) = strip_number(cell);
    let t: String = t
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::text::clean::fold)
        .collect();
    // A quote inside a quoted spreadsheet cell is doubled (`专精特新""小巨人""企业`).
    let t = t.replace("\"\"", "\"");
    if let Some(open) = t.rfind(['(', '（']).filter(|_| t.ends_with([')', '）'])) {
        let inner = &t[open + t[open..].chars().next().map_or(1, char::len_utf8)..];
        let inner = inner.trim_end_matches([')', '）']);
        let mut parts = inner.splitn(2, [',', '，', '；', ';', '、']);
        let unit = parts.next().map(str::to_string).filter(|u| is_unit(u));
        if let Some(unit) = unit {
            let note = parts.next().map(str::to_string);
            // `每千人口拥有执业(助理)医师数(人)`: only the last parentheses hold the unit.
            return (t[..open].to_string(), Some(unit), note);
        }
    }
    (t, None, None)
}

/// Whether the words in a name's parentheses are a unit (`%`, `万吨标煤`, `元/人`,
/// `微克/立方米`) rather than part of the name (`PM2.5`, `助理`, `不含三峡`).
pub fn is_unit(u: &str) -> bool {
    if u.is_empty() || u.chars().count() > 12 {
        return false;
    }
    if matches!(
        u,
        "%" | "％" | "‰" | "个百分点" | "百分点" | "岁" | "年" | "分"
    ) {
        return true;
    }
    let (base, _) = scale_unit(u);
    let known = |s: &str| units::unit_at(s).is_some_and(|x| x.written.len() == s.len());
    known(&base) || u.split('/').all(|p| known(scale_unit(p).0.as_str()))
}

/// `万吨` → (`吨`, 1e4); `亿元` → (`元`, 1e8); `万吨标煤` → (`吨标准煤`, 1e4); `千瓦`, a unit of its
/// own, → (`千瓦`, 1): the claims' unit table and numeral magnitudes, so that a target's
/// unit and value read as a claim's do.
pub fn scale_unit(unit: &str) -> (String, f64) {
    let unit = unit.trim();
    let whole = |u: &str| {
        units::unit_at(u)
            .filter(|x| x.written.len() == u.len())
            .map(|x| x.base.to_string())
    };
    if let Some(base) = whole(unit) {
        return (base, 1.0);
    }
    // A composite unit keeps its magnitude, as a claim does (claims.md): `万元/人` is the
    // unit of 22.5, not 225000 `元/人`.
    if unit.contains('/') {
        return (unit.to_string(), 1.0);
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
pub fn starred_year(text: &str) -> Option<i32> {
    text.match_indices(MARKS).find_map(|(at, mark)| {
        // `*` says it alone; `△`, `①` only as what a value is marked with (`带△的`,
        // `标注①的`, `①为2024年数据`), not as a note's own number (`①[ ]内为累计数`).
        let marked = matches!(mark, "*" | "＊" | "#" | "＃")
            || ["带", "标注", "标有", "标"]
                .iter()
                .any(|w| text[..at].ends_with(w))
            || text[at + mark.len()..].starts_with('为');
        if !marked {
            return None;
        }
        let after = &text[at..];
        let i = after.find(|c: char| c.is_ascii_digit())?;
        let year: String = after[i..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        (year.len() == 4 && after[i + 4..].starts_with('年'))
            .then(|| year.parse().ok())
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(value: f64, qualifier: Qualifier, cumulative: bool, starred: bool) -> Cell {
        Cell::Number {
            value,
            qualifier,
            cumulative,
            starred,
            scale: 1.0,
            unit: None,
            year: None,
        }
    }

    #[test]
    fn values_in_words() {
        let about30 = Cell::Number {
            value: 30.0,
            qualifier: Qualifier::About,
            cumulative: false,
            starred: false,
            scale: 1.0,
            unit: Some("%".into()),
            year: None,
        };
        assert_eq!(parse("力争达到3成左右"), about30);
        assert!(matches!(parse("一百五十"), Cell::Number { value, .. } if value == 150.0));
        assert!(matches!(parse("百分之十五"), Cell::Number { value, .. } if value == 15.0));
        assert!(matches!(parse("11或12"), Cell::Words(_)));
        assert!(matches!(parse("与经济增长基本同步"), Cell::Words(_)));
    }

    #[test]
    fn value_cells() {
        assert_eq!(parse("—"), Cell::Empty);
        assert_eq!(parse("——"), Cell::Empty);
        assert_eq!(parse(">6.5"), num(6.5, Qualifier::AtLeast, false, false));
        assert_eq!(
            parse("＞2200"),
            num(2200.0, Qualifier::AtLeast, false, false)
        );
        assert_eq!(parse("≤5.5"), num(5.5, Qualifier::AtMost, false, false));
        assert_eq!(parse("5左右"), num(5.0, Qualifier::About, false, false));
        assert_eq!(parse("3.83*"), num(3.83, Qualifier::Exact, false, true));
        assert_eq!(parse("0.62△"), num(0.62, Qualifier::Exact, false, true));
        // A value of another year than its column's says so.
        assert!(
            matches!(parse("0.52（2024年）"), Cell::Number { value, year: Some(2024), .. } if value == 0.52)
        );
        assert!(matches!(
            parse("77.3(2024年数据)"),
            Cell::Number {
                year: Some(2024),
                ..
            }
        ));
        assert!(matches!(parse("≥46"), Cell::Number { year: None, .. }));
        assert_eq!(parse("４６．８"), num(46.8, Qualifier::Exact, false, false));
        assert_eq!(split_name("森林覆盖率（％）").1.as_deref(), Some("%"));
        assert_eq!(starred_year("注：1.标注①的为2024年数据。"), Some(2024));
        assert_eq!(starred_year("注: ①为2024年数据; [ ]内为累计数"), Some(2024));
        assert_eq!(
            starred_year("注：①[ ]内为5年累计数；②带*号的为2019年数据"),
            Some(2019)
        );
        assert_eq!(
            starred_year("基期值为2025年数据，带△的为2024年数据。"),
            Some(2024)
        );
        assert_eq!(parse("[0.5]"), num(0.5, Qualifier::Exact, true, false));
        assert_eq!(parse("［13.5］"), num(13.5, Qualifier::Exact, true, false));
        assert!(matches!(
            parse("[8.5]万人"),
            Cell::Number { value, cumulative: true, scale, .. } if value == 8.5 && scale == 1e4
        ));
        assert_eq!(parse("1,200"), num(1200.0, Qualifier::Exact, false, false));
        assert_eq!(
            parse("控制在5.5以内"),
            num(5.5, Qualifier::AtMost, false, false)
        );
        assert_eq!(
            parse("保持在95以上"),
            num(95.0, Qualifier::AtLeast, false, false)
        );
        assert!(
            matches!(parse("3.3万亿元"), Cell::Number { scale, unit: Some(u), .. } if scale == 1e12 && u == "元")
        );
        assert_eq!(
            parse("控制在国家 下达指标内"),
            Cell::Words("控制在国家下达指标内".into())
        );
    }

    #[test]
    fn names_and_units() {
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
        assert_eq!(
            split_name("细颗粒物（PM2.5）"),
            ("细颗粒物（PM2.5）".into(), None, None)
        );
        assert_eq!(strip_number("（3）森林覆盖率"), ("森林覆盖率", true));
        assert_eq!(scale_unit("万吨标煤"), ("吨标准煤".into(), 1e4));
        assert_eq!(scale_unit("千瓦"), ("千瓦".into(), 1.0));
        assert!(is_unit("元/人") && is_unit("%") && !is_unit("PM2.5"));
        assert_eq!(
            starred_year("注：①[]内为5年累计数。②带*号的为2019年数据。"),
            Some(2019)
        );
    }
}
