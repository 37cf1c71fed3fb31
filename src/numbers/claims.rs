//! Numeric claims (../shared/spec/claims.md): find every number that quantifies something,
//! and normalise it (value with magnitude folded, base unit, qualifier, kind).
//!
//! The scanner reads the cleaned text sentence by sentence, character by character. At a
//! numeral it reads the longest quantity it can (`超` `10` `余` `万` `家` `以上`), then
//! decides whether it is a claim: dates (`2024年`, `1—9月`), enumeration markers (`一是`,
//! `（一）`), ordinals (`第七届`), names and codes (`5G`, `“三资”`, `12345热线`) and
//! numerals inside words (`一批`, `统一`) are not. It never consults the word segmenter,
//! so spans and values are the same whichever dictionary is loaded.
//!
//! What a claim is about (subject, time, region, status, direction) is read afterwards
//! by [`super::context`].

use super::context;
use super::numeral::{self, Numeral};
use super::units::{self, Class, Unit};
use crate::analysis::{Claim, Finding, Kind, Qualifier, Severity};
use crate::data;
use crate::text::words::Dictionary;
use crate::text::{Document, LineKind};

/// A claim as the scanner finds it, in cleaned-text byte offsets, before its context.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The whole span: scope (`全国`), qualifiers (`超`, `以上`) included.
    pub start: usize,
    pub end: usize,
    /// Where the number itself starts (after a leading qualifier or scope).
    pub num_start: usize,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub class: Option<Class>,
    pub qualifier: Qualifier,
    pub shape: Shape,
    /// Written with a minus sign (`-4.5%`).
    pub negative: bool,
    /// The sentence it stands in (index into `Document::sentences`).
    pub sentence: usize,
}

/// The form of the quantity, which fixes the kind for some forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Plain,
    Rank,
    Ratio,
    /// `三分之一`: a share without a unit.
    Fraction,
    /// `三成`.
    Tenths,
    /// `翻一番`.
    Doubling,
}

pub fn extract(doc: &Document, dict: &Dictionary) -> Vec<Claim> {
    let clean = doc.clean();
    let mut found = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        if matches!(s.kind, LineKind::Text | LineKind::TableRow) {
            scan(clean, s.start, s.end, si, &mut found);
        }
    }
    context::describe(doc, dict, &found)
}

/// Findings about the claims themselves: a number too large to be real.
pub fn findings(claims: &[Claim]) -> Vec<Finding> {
    claims
        .iter()
        .filter(|c| c.value.is_none())
        .map(|c| Finding {
            code: "absurd_number",
            severity: Severity::Warning,
            start: c.start,
            end: c.end,
            message: format!("数字“{}”位数过多，无法作为数据核对", short(&c.text)),
            message_en: format!(
                "The number “{}” has too many digits to be checked as a figure",
                short(&c.text)
            ),
            fix: None,
        })
        .collect()
}

fn short(s: &str) -> String {
    if s.chars().count() > 24 {
        s.chars()
            .take(12)
            .chain("…".chars())
            .chain(
                s.chars()
                    .rev()
                    .take(8)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev(),
            )
            .collect()
    } else {
        s.to_string()
    }
}

/// Scans one sentence `[from, to)` of the cleaned text.
pub fn scan(text: &str, from: usize, to: usize, sentence: usize, out: &mut Vec<Found>) {
    let mut i = from;
    while i < to {
        let rest = &text[i..to];
        let Some(c) = rest.chars().next() else { break };
        let step = c.len_utf8();
        let prev = text[from..i].chars().next_back();
        let attempt = if c == '第' {
            rank(text, from, i, to, sentence, out.last())
        } else if c == '前' {
            top_n(text, from, i, to, sentence)
        } else if c == '翻' {
            doubling(text, i, to, sentence)
        } else if starts_numeral(c, prev) {
            quantity(text, from, i, to, sentence)
        } else {
            Attempt::Next
        };
        match attempt {
            Attempt::Claim(f) => {
                i = f.end.max(i + step);
                out.push(f);
            }
            Attempt::Skip(end) => i = end.max(i + step),
            Attempt::Next => i += step,
        }
    }
}

enum Attempt {
    Claim(Found),
    /// Not a claim; resume scanning at this offset (past the date, the ordinal…).
    Skip(usize),
    Next,
}

fn is_cn_numeral(c: char) -> bool {
    numeral::chinese_digit(c).is_some() || matches!(c, '十' | '百' | '千' | '拾' | '佰' | '仟')
}

/// A numeral starts here: a digit not glued to Latin letters or to another numeral.
fn starts_numeral(c: char, prev: Option<char>) -> bool {
    if c.is_ascii_digit() {
        return !prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '_');
    }
    if is_cn_numeral(c) {
        return !prev.is_some_and(is_cn_numeral);
    }
    false
}

/// The number read at `i`, Arabic or Chinese.
fn read_numeral(s: &str) -> Option<Numeral> {
    numeral::arabic(s).or_else(|| numeral::chinese(s))
}

fn qualifier_of(word: &str) -> Qualifier {
    match word {
        "at_least" => Qualifier::AtLeast,
        "at_most" => Qualifier::AtMost,
        "about" => Qualifier::About,
        _ => Qualifier::Exact,
    }
}

/// A qualifier word from `data/qualifiers.tsv` at the given position (`before`, `after`,
/// `inner`), matched as the longest word that `s` starts with (or ends with, `before`).
fn qualifier_at(s: &str, position: &str, suffix: bool) -> Option<(usize, Qualifier)> {
    let table = data::qualifiers();
    let hit = if suffix {
        table.longest_suffix(s)
    } else {
        table.longest_prefix(s)
    };
    let (word, value) = hit?;
    let mut cols = value.split('\t');
    let q = qualifier_of(cols.next()?);
    (cols.next() == Some(position)).then_some((word.len(), q))
}

/// The parts of one quantity: number, inner qualifier, magnitude, unit.
struct Parsed {
    end: usize,
    num: Numeral,
    value: f64,
    magnitude: bool,
    qualifier: Qualifier,
    unit: Option<Unit>,
    /// The unit as written when it is composite (`亩/亿元`).
    composite: Option<String>,
}

/// Reads number + `多/余` + magnitude + `多/余` + unit at `i` (no leading qualifier, no
/// range). `None` when there is no numeral.
fn parse_quantity(text: &str, i: usize, to: usize) -> Option<Parsed> {
    let num = read_numeral(&text[i..to])?;
    let mut k = i + num.len;
    let mut value = num.value;
    let mut qualifier = Qualifier::Exact;
    let mut magnitude = false;
    let inner = |k: usize| -> Option<(usize, Qualifier)> {
        let s = &text[k..to];
        ["多", "余", "几"]
            .iter()
            .find(|w| s.starts_with(**w))
            .map(|w| (w.len(), Qualifier::AtLeast))
    };
    if let Some((l, q)) = inner(k) {
        // `多`/`余` belong to the number only when a magnitude or a unit follows.
        let after = &text[k + l..to];
        if numeral::magnitude(after).is_some() || units::unit_at(after).is_some() {
            k += l;
            qualifier = q;
        }
    }
    // A space between the number and its magnitude or unit, as pasted text often has.
    let spaced = text[k..to].len() - text[k..to].trim_start_matches(' ').len();
    if spaced > 0 && spaced <= 2 {
        let after = &text[k + spaced..to];
        if numeral::magnitude(after).is_some() || units::unit_at(after).is_some() {
            k += spaced;
        }
    }
    let mag_start = k;
    let mut factor = 1.0;
    if !num.chinese {
        if let Some((f, l)) = numeral::magnitude(&text[k..to]) {
            // `千`/`百` after digits only as a magnitude of a unit (`4千亩`), never of a
            // following word (`3百分点` is read as 3 + 百分点).
            let after = &text[k + l..to];
            let small = f < 1e4;
            if !(small
                && (units::unit_at(&text[k..to]).is_some() || units::unit_at(after).is_none()))
            {
                // As the decimal it is: `4860.4亿` is 486040000000, not the float product.
                value = numeral::scaled(value, f.log10().round() as i32);
                factor = f;
                k += l;
                magnitude = true;
            }
        }
    } else {
        magnitude = text[i..i + num.len].contains(['万', '亿']);
    }
    if qualifier == Qualifier::Exact {
        if let Some((l, q)) = inner(k) {
            if units::unit_at(&text[k + l..to]).is_some() {
                k += l;
                qualifier = q;
            }
        }
    }
    // A space between number and unit, as pasted text often has.
    let mut u = k;
    while text[u..to].starts_with(' ') && u - k < 2 {
        u += 1;
    }
    let unit = units::unit_at(&text[u..to]);
    let mut composite = None;
    if let Some(un) = unit {
        k = u + un.written.len();
        // `亩/亿元`, `吨标准煤/万元`, `13.6万元/人`, `2,100元/月`: a composite unit stays as
        // written (claims.md), its magnitude in the unit, not folded into the value.
        let after = &text[k..to];
        if let Some(sep) = ['/', '每'].iter().find(|c| after.starts_with(**c)) {
            let d = k + sep.len_utf8();
            let mag = numeral::magnitude(&text[d..to]).map_or(0, |(_, l)| l);
            let den_len = units::unit_at(&text[d + mag..to])
                .map(|den| den.written.len())
                .or_else(|| {
                    text[d + mag..to]
                        .starts_with(['月', '日', '周', '季'])
                        .then_some(3)
                });
            if let Some(den_len) = den_len {
                let end = d + mag + den_len;
                let written_magnitude = if magnitude { &text[mag_start..u] } else { "" };
                composite = Some(format!(
                    "{}{}/{}",
                    written_magnitude.trim(),
                    un.base,
                    &text[d..end]
                ));
                value = numeral::scaled(value, -(factor.log10().round() as i32));
                k = end;
            }
        }
    }
    Some(Parsed {
        end: k,
        num,
        value,
        magnitude,
        qualifier,
        unit,
        composite,
    })
}

fn is_range_sep(s: &str) -> Option<usize> {
    for sep in ["——", "—", "－", "-", "–", "～", "~", "〜", "至", "到"] {
        if s.starts_with(sep) {
            return Some(sep.len());
        }
    }
    None
}

/// A number that is a date or a time: `2024年`, `二〇二五年`, `9月`, `30日`, `8时`.
fn date_after(p: &Parsed, text: &str, to: usize) -> bool {
    if let Some(u) = p.unit {
        return u.written == "年"
            && !p.magnitude
            && !p.num.decimal
            && p.qualifier == Qualifier::Exact
            && (1900.0..=2100.0).contains(&p.value)
            && (p.num.int_digits == 4 || p.num.chinese);
    }
    if p.magnitude || p.qualifier != Qualifier::Exact {
        return false;
    }
    let after = &text[p.end..to];
    ["月", "日", "号", "时", "年度", "季度"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// Reads a quantity at `i` and decides whether it is a claim.
fn quantity(text: &str, from: usize, i: usize, to: usize, sentence: usize) -> Attempt {
    let Some(first) = parse_quantity(text, i, to) else {
        return Attempt::Next;
    };
    let num_end = i + first.num.len;

    // Chinese fractions and percentages: 三分之一, 百分之三十, 千分之五.
    if text[num_end..to].starts_with("分之") {
        return fraction(text, i, num_end, first.num.value, to, sentence);
    }
    // Ratios: 2.8:1.
    if !first.num.chinese && first.unit.is_none() && !first.magnitude {
        if let Some(r) = ratio(text, i, num_end, first.num.value, to, sentence) {
            return r;
        }
    }
    // Dates and times.
    if date_after(&first, text, to) {
        return Attempt::Skip(first.end);
    }
    // Ranges: 100万元—200万元, 20-30年一遇, 15%～30%, 1-2项.
    let mut value = first.value;
    let mut value_max = None;
    let mut end = first.end;
    let mut unit = first.unit;
    let mut composite = first.composite.clone();
    let mut qualifier = first.qualifier;
    let mut magnitude = first.magnitude;
    if let Some(sl) = is_range_sep(&text[first.end..to]) {
        let j = first.end + sl;
        if let Some(second) =
            parse_quantity(text, j, to).filter(|s| s.num.chinese == first.num.chinese)
        {
            if date_after(&second, text, to) {
                return Attempt::Skip(second.end); // 1—9月, 2021—2023年
            }
            let units_agree = match (first.unit, second.unit) {
                (Some(a), Some(b)) => a.base == b.base,
                _ => true,
            };
            let word_sep = matches!(&text[first.end..j], "至" | "到");
            if units_agree
                && (second.unit.is_some() || first.unit.is_some() || second.magnitude)
                && !(word_sep && first.num.chinese)
            {
                // `3-5万元`: the magnitude written once, on the second number.
                if !first.magnitude && first.unit.is_none() && second.magnitude {
                    let f = second.value / second.num.value;
                    if f.is_finite() && f > 0.0 {
                        value = numeral::scaled(value, f.log10().round() as i32);
                    }
                }
                value_max = Some(second.value);
                end = second.end;
                unit = second.unit.or(first.unit);
                composite = second.composite.or(composite);
                qualifier = Qualifier::Range;
                magnitude |= second.magnitude;
            }
        }
    }
    // Qualifiers after the unit: 以上, 以内, 左右.
    if qualifier != Qualifier::Range {
        if let Some((l, q)) = qualifier_at(&text[end..to], "after", false) {
            // `内` alone only after a time or distance (`5个工作日内`); `以内` anywhere.
            let word = &text[end..end + l];
            if word != "内" || unit.is_some_and(|u| matches!(u.class, Class::Time | Class::Measure))
            {
                end += l;
                qualifier = q;
            }
        }
    }

    let after = &text[end..to];
    let before = &text[from..i];
    let chinese = first.num.chinese;

    // Names, codes, ordinals and enumeration markers.
    if is_name_or_marker(text, from, i, end, to, chinese) {
        return Attempt::Skip(end);
    }

    // No unit: only a few forms are claims.
    let mut class = unit.map(|u| u.class);
    let mut unit_name = composite
        .clone()
        .or_else(|| unit.map(|u| u.base.to_string()));
    let mut shape = Shape::Plain;
    if unit.is_none() {
        if after.starts_with('大')
            && !chinese
            && after[3..].chars().next().is_some_and(|c| !c.is_ascii())
        {
            // `9大部门`: a group count in digits (claims.md), unit 个.
            end += '大'.len_utf8();
            unit_name = Some("个".into());
            class = Some(Class::Count);
        } else if after.starts_with('成')
            && (!chinese || value >= 2.0)
            && value <= 10.0
            && tenths_ok(&after[3..])
        {
            // `三成` is 30%.
            end += '成'.len_utf8();
            value = numeral::scaled(value, 1);
            value_max = value_max.map(|v| numeral::scaled(v, 1));
            unit_name = Some("%".into());
            class = Some(Class::Percent);
            shape = Shape::Tenths;
            if let Some((l, q)) = qualifier_at(&text[end..to], "after", false) {
                if qualifier != Qualifier::Range {
                    end += l;
                    qualifier = q;
                }
            }
        } else if magnitude && !chinese {
            // `超30万市民`: the unit from the noun after it, else none.
            unit_name = data::noun_units()
                .longest_prefix(after)
                .map(|(_, u)| u.to_string());
            class = Some(Class::Count);
        } else {
            return Attempt::Skip(end);
        }
    } else if chinese && !magnitude && value == 1.0 && value_max.is_none() {
        // `一批`, `一个`, `一次`, `一年`: the article, not a count. `一倍`, `一公里` are figures.
        if matches!(
            class,
            Some(Class::Count | Class::Time | Class::Age | Class::Score)
        ) {
            return Attempt::Skip(end);
        }
    }
    // A leading qualifier (`超`, `不低于`, `近`) joins the span, also across the spaces PDF
    // text puts before a number (`不低于 50%`).
    let mut start = i;
    let spaced = before.trim_end_matches([' ', '\u{3000}']);
    if qualifier == Qualifier::Exact || qualifier == Qualifier::AtLeast && !spaced.is_empty() {
        if let Some((l, q)) = qualifier_at(spaced, "before", true) {
            let word = &spaced[spaced.len() - l..];
            if leading_qualifier_ok(&spaced[..spaced.len() - l], word) {
                start = i - (before.len() - spaced.len()) - l;
                if qualifier == Qualifier::Exact || q == Qualifier::AtLeast {
                    qualifier = q;
                }
            }
        }
    }
    if is_not_a_figure(text, i, end, to, &first, class, qualifier, start < i) {
        return Attempt::Skip(end);
    }
    // A minus sign makes it negative.
    let mut negative = false;
    if !chinese && (before.ends_with('-') || before.ends_with('－')) {
        let b = before.trim_end_matches(['-', '－']);
        if b.is_empty()
            || b.ends_with([
                '为', '是', '：', ':', '（', '(', '，', ' ', '、', '和', '长',
            ])
        {
            negative = true;
            start = i - (before.len() - b.len());
        }
    }
    let value = if first.num.absurd {
        None
    } else {
        Some(if negative { -value } else { value })
    };
    let value_max = if first.num.absurd { None } else { value_max };
    Attempt::Claim(Found {
        start,
        end,
        num_start: i,
        value: value.filter(|v| v.is_finite()),
        value_max: value_max.filter(|v| v.is_finite()),
        unit: unit_name,
        class,
        qualifier,
        shape,
        negative,
        sentence,
    })
}

/// Quantities that read as figures but are words, thresholds or names.
#[allow(clippy::too_many_arguments)]
fn is_not_a_figure(
    text: &str,
    i: usize,
    end: usize,
    to: usize,
    first: &Parsed,
    class: Option<Class>,
    qualifier: Qualifier,
    led: bool,
) -> bool {
    let chinese = first.num.chinese;
    let before = &text[..i];
    // Chinese numerals that are words, not figures: `零部件` (零), `十分广阔`, `百家争鸣`,
    // `千亿元电网` — a bare 十/百/千 with no digit and no qualifier (`近百个`, `十余个` are
    // figures).
    if chinese && qualifier != Qualifier::Range {
        let bare = text[i..i + first.num.len]
            .chars()
            .all(|c| "十百千万亿拾佰仟".contains(c));
        if first.num.value == 0.0 || bare && !led && first.qualifier == Qualifier::Exact {
            return true;
        }
    }
    // `每千人口`, `每10万人`: the base of a rate, not a figure.
    if before.ends_with('每') {
        return true;
    }
    // `过去五年`, `九年义务教育`, `三个月`: a span of time in words is prose, not a
    // statistic (GB/T 15835 writes statistics in digits).
    if chinese && !first.magnitude && class == Some(Class::Time) {
        return true;
    }
    // `65岁以上`, `3岁以下`: an age threshold, not a figure.
    if class == Some(Class::Age) && matches!(qualifier, Qualifier::AtLeast | Qualifier::AtMost) {
        return true;
    }
    // A fixed phrase (`三次产业`, `70周年`), a grade (`2000吨级`) or a name after the unit
    // (`三年行动`).
    let fixed = match first.unit {
        Some(u) if first.composite.is_none() && qualifier != Qualifier::Range => {
            is_fixed_phrase(&text[first.end - u.written.len()..to], chinese)
        }
        _ => false,
    };
    fixed || is_name_after(&text[end..to], class == Some(Class::Time))
}

/// `成` as the unit of tenths, not the verb (`建成`, `成为`, `成效`).
fn tenths_ok(after: &str) -> bool {
    !after.starts_with([
        '为', '立', '功', '果', '本', '效', '熟', '员', '都', '交', '型', '长', '就', '绩', '片',
    ])
}

/// A qualifier before the number stands alone, not as the tail of a word: `超过3.31亿`
/// but not `通过3个` (`过`) or `最近3年` (`近`).
fn leading_qualifier_ok(before: &str, word: &str) -> bool {
    let prev = before.chars().next_back();
    match word {
        "过" => prev.is_none_or(|p| !p.is_alphanumeric() || matches!(p, '超' | '突')),
        "近" => prev.is_none_or(|p| {
            !matches!(
                p,
                '最' | '附' | '邻' | '接' | '将' | '就' | '靠' | '亲' | '贴'
            )
        }),
        "内" | "以内" => false,
        _ => true,
    }
}

/// Not a claim: a number that is part of a name, a code, an ordinal or a list marker.
fn is_name_or_marker(
    text: &str,
    from: usize,
    i: usize,
    end: usize,
    to: usize,
    chinese: bool,
) -> bool {
    let before = &text[from..i];
    let prev = before.chars().next_back();
    let num_text = &text[i..end];
    let after = &text[end..to];
    // Glued to Latin letters: 5G, G20, 3D, 4K (but `5km` reads km as the unit).
    if after.starts_with(|c: char| c.is_ascii_alphabetic())
        || prev.is_some_and(|p| p.is_ascii_alphabetic())
    {
        return true;
    }
    // Ordinals: 第七届, 第一, 第3 (ranks are read at 第, before this).
    if prev == Some('第') {
        return true;
    }
    // Enumeration: 一是, 二是; （一）, (1); `1.` `1、` `①` at the start of a line.
    if chinese && after.starts_with('是') {
        return true;
    }
    if matches!(prev, Some('（' | '(' | '〔' | '[' | '【'))
        && after.starts_with(['）', ')', '〕', ']', '】'])
    {
        return true;
    }
    let line_start = before.trim().is_empty() || before.ends_with('\n');
    if line_start && after.starts_with(['.', '、', '．', ')', '）']) && !num_text.contains('.') {
        return true;
    }
    // Inside a short quotation, the number is part of a slogan or a name:
    // “三资”, “1+3”, “四个100%”, “十四五”.
    if in_short_quote(text, from, i, end, to) {
        return true;
    }
    // Other words before the number that make it a name: `进一步`, `No.`.
    if data::name_contexts()
        .longest_suffix(before)
        .is_some_and(|(_, v)| v == "before")
    {
        return true;
    }
    false
}

/// A number wrapped in quotation marks with little else: a slogan or a name.
fn in_short_quote(text: &str, from: usize, i: usize, end: usize, to: usize) -> bool {
    const MAX: usize = 12; // characters inside the quotes
    let before = &text[from..i];
    let open = before
        .char_indices()
        .rev()
        .take(MAX)
        .find(|&(_, c)| matches!(c, '“' | '”' | '"' | '「' | '」'));
    let Some((_, oc)) = open else { return false };
    if !matches!(oc, '“' | '"' | '「') {
        return false;
    }
    let close_of = |c: char| match c {
        '“' => '”',
        '「' => '」',
        _ => '"',
    };
    let after = &text[end..to];
    after
        .chars()
        .take(MAX)
        .position(|c| c == close_of(oc))
        .is_some()
        && !after
            .chars()
            .take_while(|&c| c != close_of(oc))
            .any(|c| matches!(c, '“' | '。' | '，'))
}

/// A word after the quantity that makes it a name or a grade: `级`, or after a time
/// (`三年行动`, `五年规划`).
fn is_name_after(after: &str, time: bool) -> bool {
    data::name_contexts()
        .longest_prefix(after)
        .is_some_and(|(_, v)| v == "any" || v == "time" && time)
}

/// A fixed phrase that starts with the unit: `三次产业`, `四个全面` (always written in
/// Chinese numerals; `7010个代表联络站` is a count).
fn is_fixed_phrase(from_unit: &str, chinese: bool) -> bool {
    data::name_contexts()
        .longest_prefix(from_unit)
        .is_some_and(|(_, v)| v == "unit" || v == "unit_cn" && chinese)
}

/// `三分之一` (a share, unit none), `百分之三十` (30 %), `千分之五` (5 ‰).
fn fraction(
    text: &str,
    i: usize,
    num_end: usize,
    denom: f64,
    to: usize,
    sentence: usize,
) -> Attempt {
    let n = num_end + "分之".len();
    let Some(numer) = read_numeral(&text[n..to]) else {
        return Attempt::Skip(n);
    };
    let mut end = n + numer.len;
    let (value, unit, class, shape) = if denom == 100.0 {
        (
            numer.value,
            Some("%".to_string()),
            Some(Class::Percent),
            Shape::Plain,
        )
    } else if denom == 1000.0 {
        (
            numer.value,
            Some("‰".to_string()),
            Some(Class::Permille),
            Shape::Plain,
        )
    } else if denom > 0.0 {
        (numer.value / denom, None, None, Shape::Fraction)
    } else {
        return Attempt::Skip(end);
    };
    let mut qualifier = Qualifier::Exact;
    if let Some((l, q)) = qualifier_at(&text[end..to], "after", false) {
        end += l;
        qualifier = q;
    }
    Attempt::Claim(Found {
        start: i,
        end,
        num_start: i,
        value: Some(value),
        value_max: None,
        unit,
        class,
        qualifier,
        shape,
        negative: false,
        sentence,
    })
}

/// `2.8:1`, `3∶2`: a ratio, value a/b, unit `:1`. Clock times (`10:30`) are not.
fn ratio(
    text: &str,
    i: usize,
    num_end: usize,
    a: f64,
    to: usize,
    sentence: usize,
) -> Option<Attempt> {
    let after = &text[num_end..to];
    let sep = [':', '∶', '：']
        .into_iter()
        .find(|c| after.starts_with(*c))?;
    let j = num_end + sep.len_utf8();
    let b = numeral::arabic(&text[j..to])?;
    // Two digits after the colon, as written (`18:05`: a leading zero counts).
    let minutes = text[j..].bytes().take_while(u8::is_ascii_digit).count();
    let clock = (b.int_digits == 2 || minutes == 2)
        && !b.decimal
        && a <= 24.0
        && text[j..].starts_with(|c: char| c.is_ascii_digit())
        && b.value < 60.0
        && text[j..j + 1] != *"1";
    if clock || b.value == 0.0 || sep == '：' && b.value != 1.0 {
        return None;
    }
    let mut end = j + b.len;
    // A bound after the ratio (`缩小到2.2:1以内`).
    let mut qualifier = Qualifier::Exact;
    if let Some((l, q)) = qualifier_at(&text[end..to], "after", false) {
        qualifier = q;
        end += l;
    }
    Some(Attempt::Claim(Found {
        start: i,
        end,
        num_start: i,
        value: Some(a / b.value),
        value_max: None,
        unit: Some(":1".into()),
        class: None,
        qualifier,
        shape: Shape::Ratio,
        negative: false,
        sentence,
    }))
}

/// `全国第3`, `居第2`, `全省第3位`, `全球第四个`: a rank when a scope or a ranking verb
/// stands before `第N`, or when it continues a list of ranks (`居全国第3、第2`).
fn rank(
    text: &str,
    from: usize,
    i: usize,
    to: usize,
    sentence: usize,
    last: Option<&Found>,
) -> Attempt {
    let n = i + '第'.len_utf8();
    let Some(num) = read_numeral(&text[n..to]) else {
        return Attempt::Next;
    };
    let mut end = n + num.len;
    let after = &text[end..to];
    // Ordinal classifiers: 第七届, 第十五次, 第四批, 第一章.
    const ORDINAL: [char; 20] = [
        '届', '次', '批', '期', '轮', '章', '节', '条', '款', '号', '代', '季', '部', '卷', '集',
        '年', '月', '日', '是', '天',
    ];
    if after.starts_with(ORDINAL) || after.starts_with("个百") {
        return Attempt::Skip(end);
    }
    let before = &text[from..i];
    let scope = data::regions().longest_suffix(before).map(|(w, _)| w.len());
    let verb = data::rank_words().longest_suffix(before).is_some();
    let continues = last.is_some_and(|l| {
        l.shape == Shape::Rank && l.sentence == sentence && {
            let gap = &text[l.end..i];
            !gap.is_empty()
                && gap.len() <= 3
                && gap
                    .chars()
                    .all(|c| matches!(c, '、' | '和' | '及' | '与' | '，' | ','))
        }
    });
    // After the number: 位/名 belong to the rank; 个 after a world scope (`全球第四个`).
    let classifier = after.starts_with(['位', '名']) || after.starts_with('个') && scope.is_some();
    if classifier {
        end += 3;
    }
    if scope.is_none() && !verb && !continues {
        return Attempt::Skip(end);
    }
    // A rank ends its phrase: `湖北第二师范学院` is a name, `全国第二大` a rank.
    let next = text[end..to].chars().next();
    if !classifier
        && next.is_some_and(|c| crate::text::chars::is_han(c) && !"大的、和与及次".contains(c))
    {
        return Attempt::Skip(end);
    }
    if num.absurd || in_short_quote(text, from, i, end, to) {
        return Attempt::Skip(end);
    }
    Attempt::Claim(Found {
        start: i - scope.unwrap_or(0),
        end,
        num_start: n,
        value: Some(num.value),
        value_max: None,
        unit: Some("位".into()),
        class: None,
        qualifier: Qualifier::Exact,
        shape: Shape::Rank,
        negative: false,
        sentence,
    })
}

/// `前10位`, `全国前三名`: a rank of at most N.
fn top_n(text: &str, from: usize, i: usize, to: usize, sentence: usize) -> Attempt {
    let n = i + '前'.len_utf8();
    let Some(num) = read_numeral(&text[n..to]) else {
        return Attempt::Next;
    };
    let after = &text[n + num.len..to];
    if !after.starts_with(['位', '名', '强']) || num.absurd {
        return Attempt::Skip(n + num.len);
    }
    let end = n + num.len + 3;
    let scope = data::regions()
        .longest_suffix(&text[from..i])
        .map(|(w, _)| w.len());
    Attempt::Claim(Found {
        start: i - scope.unwrap_or(0),
        end,
        num_start: n,
        value: Some(num.value),
        value_max: None,
        unit: Some("位".into()),
        class: None,
        qualifier: Qualifier::AtMost,
        shape: Shape::Rank,
        negative: false,
        sentence,
    })
}

/// `翻一番` (2 倍), `翻两番` (4 倍), `翻番` (2 倍).
fn doubling(text: &str, i: usize, to: usize, sentence: usize) -> Attempt {
    let s = &text[i..to];
    let (len, value) = if s.starts_with("翻一番") {
        ("翻一番".len(), 2.0)
    } else if s.starts_with("翻两番") {
        ("翻两番".len(), 4.0)
    } else if s.starts_with("翻三番") {
        ("翻三番".len(), 8.0)
    } else if s.starts_with("翻番") {
        ("翻番".len(), 2.0)
    } else {
        return Attempt::Next;
    };
    Attempt::Claim(Found {
        start: i,
        end: i + len,
        num_start: i,
        value: Some(value),
        value_max: None,
        unit: Some("倍".into()),
        class: Some(Class::Multiple),
        qualifier: Qualifier::Exact,
        shape: Shape::Doubling,
        negative: false,
        sentence,
    })
}

/// The kind a claim's form fixes, before context (a `%` may still become a change).
pub fn base_kind(f: &Found) -> Kind {
    match f.shape {
        Shape::Rank => Kind::Rank,
        Shape::Ratio => Kind::Ratio,
        Shape::Fraction | Shape::Tenths => Kind::Rate,
        Shape::Doubling => Kind::Change,
        Shape::Plain => match f.class {
            Some(Class::Percent | Class::Permille) => Kind::Rate,
            Some(Class::Points | Class::Multiple) => Kind::Change,
            _ => Kind::Amount,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scans one line and returns (text, value, value_max, unit, qualifier) per claim.
    type Row = (String, Option<f64>, Option<f64>, Option<String>, Qualifier);

    fn found(line: &str) -> Vec<Row> {
        let mut out = Vec::new();
        scan(line, 0, line.len(), 0, &mut out);
        out.into_iter()
            .map(|f| {
                (
                    line[f.start..f.end].to_string(),
                    f.value,
                    f.value_max,
                    f.unit,
                    f.qualifier,
                )
            })
            .collect()
    }

    type Case = (
        &'static str,
        &'static [(
            &'static str,
            f64,
            Option<f64>,
            Option<&'static str>,
            Qualifier,
        )],
    );

    #[test]
    fn claims_table() {
        use Qualifier::*;
        let cases: &[Case] = &[
            (
                "总规模达到21.8万亿元",
                &[("21.8万亿元", 21.8e12, None, Some("元"), Exact)],
            ),
            (
                "盘活3708亿元",
                &[("3708亿元", 3708e8, None, Some("元"), Exact)],
            ),
            (
                "带动服务10余万家企业",
                &[("10余万家", 1e5, None, Some("家"), AtLeast)],
            ),
            (
                "累计交易规模超1400亿元",
                &[("超1400亿元", 1400e8, None, Some("元"), AtLeast)],
            ),
            (
                "均比改革前提高20多个百分点",
                &[("20多个百分点", 20.0, None, Some("百分点"), AtLeast)],
            ),
            (
                "满意率90%以上",
                &[("90%以上", 90.0, None, Some("%"), AtLeast)],
            ),
            (
                "空编率控制在5%以内",
                &[("5%以内", 5.0, None, Some("%"), AtMost)],
            ),
            (
                "近20万人次",
                &[("近20万人次", 2e5, None, Some("人次"), AtMost)],
            ),
            (
                "近百个公益组织",
                &[("近百个", 100.0, None, Some("个"), AtMost)],
            ),
            (
                "支持额度100万元—200万元",
                &[("100万元—200万元", 1e6, Some(2e6), Some("元"), Range)],
            ),
            (
                "10-20年一遇",
                &[("10-20年", 10.0, Some(20.0), Some("年"), Range)],
            ),
            (
                "每名市领导领衔推进1-2项",
                &[("1-2项", 1.0, Some(2.0), Some("项"), Range)],
            ),
            ("3-5万元", &[("3-5万元", 3e4, Some(5e4), Some("元"), Range)]),
            (
                "百分之三十",
                &[("百分之三十", 30.0, None, Some("%"), Exact)],
            ),
            (
                "三分之一的企业",
                &[("三分之一", 1.0 / 3.0, None, None, Exact)],
            ),
            ("三成", &[("三成", 30.0, None, Some("%"), Exact)]),
            (
                "居全国第3、中部第1",
                &[
                    ("全国第3", 3.0, None, Some("位"), Exact),
                    ("中部第1", 1.0, None, Some("位"), Exact),
                ],
            ),
            (
                "增速居全国第3、第2",
                &[
                    ("全国第3", 3.0, None, Some("位"), Exact),
                    ("第2", 2.0, None, Some("位"), Exact),
                ],
            ),
            ("全省第3位", &[("全省第3位", 3.0, None, Some("位"), Exact)]),
            (
                "全球第四个",
                &[("全球第四个", 4.0, None, Some("位"), Exact)],
            ),
            ("前10位", &[("前10位", 10.0, None, Some("位"), AtMost)]),
            (
                "城乡收入比2.8:1",
                &[("2.8:1", 2.8, None, Some(":1"), Exact)],
            ),
            ("翻一番", &[("翻一番", 2.0, None, Some("倍"), Exact)]),
            (
                "是去年同期的2.1倍",
                &[("2.1倍", 2.1, None, Some("倍"), Exact)],
            ),
            ("增速为-4.5%", &[("-4.5%", -4.5, None, Some("%"), Exact)]),
            ("代表365名", &[("365名", 365.0, None, Some("人"), Exact)]),
            (
                "626亩/亿元",
                &[("626亩/亿元", 626.0, None, Some("亩/亿元"), Exact)],
            ),
            (
                "超过3.31亿美元",
                &[("超过3.31亿美元", 3.31e8, None, Some("美元"), AtLeast)],
            ),
            (
                "降低融资成本6亿多元",
                &[("6亿多元", 6e8, None, Some("元"), AtLeast)],
            ),
            ("超30万市民", &[("超30万", 3e5, None, Some("人"), AtLeast)]),
            ("9大部门", &[("9大", 9.0, None, Some("个"), Exact)]),
            ("十余个", &[("十余个", 10.0, None, Some("个"), AtLeast)]),
            ("两家企业", &[("两家", 2.0, None, Some("家"), Exact)]),
            (
                "1,400亿元",
                &[("1,400亿元", 1400e8, None, Some("元"), Exact)],
            ),
            ("10 万元", &[("10 万元", 1e5, None, Some("元"), Exact)]),
            ("约3000人", &[("约3000人", 3000.0, None, Some("人"), About)]),
            (
                "5个工作日内",
                &[("5个工作日内", 5.0, None, Some("工作日"), AtMost)],
            ),
            (
                "不低于500万元",
                &[("不低于500万元", 5e6, None, Some("元"), AtLeast)],
            ),
            (
                "分别压缩50%、40%和20%以上",
                &[
                    ("50%", 50.0, None, Some("%"), Exact),
                    ("40%", 40.0, None, Some("%"), Exact),
                    ("20%以上", 20.0, None, Some("%"), AtLeast),
                ],
            ),
            (
                "从120秒压缩至80秒",
                &[
                    ("120秒", 120.0, None, Some("秒"), Exact),
                    ("80秒", 80.0, None, Some("秒"), Exact),
                ],
            ),
            // Not claims.
            ("截至2024年底", &[]),
            ("1—9月", &[]),
            ("2021—2023年", &[]),
            ("5月30日", &[]),
            ("一是加强国有“三资”统筹", &[]),
            ("（一）深化改革", &[]),
            ("1.坚持党的领导", &[]),
            ("5G基站和6G", &[]),
            ("12345热线", &[]),
            ("“十四五”时期", &[]),
            ("党的二十大", &[]),
            ("第七届", &[]),
            ("一批项目", &[]),
            ("一体化", &[]),
            ("统一", &[]),
            ("进一步", &[]),
            ("“一市一台”", &[]),
            ("“六个一”", &[]),
            ("三年行动方案", &[]),
            ("2000吨级", &[]),
            ("一个问题一个问题地解决", &[]),
            ("第一，", &[]),
            ("五大产业集群", &[]),
            ("上午10:30", &[]),
            ("2028年07月28日 18:05", &[]),
        ];
        let mut bad = Vec::new();
        for (line, want) in cases {
            let got = found(line);
            let want: Vec<_> = want
                .iter()
                .map(|(t, v, m, u, q)| (t.to_string(), Some(*v), *m, u.map(str::to_string), *q))
                .collect();
            if got != want {
                bad.push(format!("{line}\n   want {want:?}\n   got  {got:?}"));
            }
        }
        assert!(
            bad.is_empty(),
            "{} of {} cases failed:\n{}",
            bad.len(),
            cases.len(),
            bad.join("\n")
        );
    }

    #[test]
    fn absurd_numbers_have_no_value() {
        let line = format!("共{}个", "9".repeat(1000));
        let got = found(&line);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, None);
    }
}
