//! Time expressions: `截至2024年底`, `2022年`, `2021—2023年`, `1—9月`, `今年以来`, and
//! the year a claim refers to (claims.md `time`, `year`).

use crate::numbers::numeral::chinese_digit;
use crate::text::segment::ends_clause;
use crate::text::Document;

/// A time expression as written, with its year where it names one point in time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Time {
    pub text: String,
    pub start: usize,
    pub year: Option<i32>,
    /// A point in the document's own year that does not name it (`全年`, `年末`, `1—9月`):
    /// its year comes from the paragraph's opening or the title. Relative years (`今年`,
    /// `上年`) and periods (`2021—2023年`, `以来`) have no year and inherit none.
    pub inherits: bool,
    /// A year relative to the document's date: `今年` 0, `去年`/`上年` −1, `明年` +1.
    pub relative: Option<i32>,
}

/// Four Chinese digits and 年 (`二〇三五年`): the byte length, with 年.
fn chinese_year(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    for _ in 0..4 {
        let (_, c) = chars.next()?;
        chinese_digit(c).filter(|_| c != '两')?;
    }
    let (j, c) = chars.next()?;
    (c == '年').then_some(j + c.len_utf8())
}

/// Time words without a year of their own, and whether they take the document's year.
const RELATIVE: [(&str, bool); 46] = [
    ("今年以来", false),
    // The first years of a plan's period (`“十五五”开局两年`): a period, no single year.
    ("开局两年", false),
    ("开局三年", false),
    ("今年", false),
    ("去年", false),
    ("上年", false),
    ("明年", false),
    ("过去五年", false),
    ("过去一年", false),
    ("五年来", false),
    ("两年来", false),
    ("三年来", false),
    ("四年来", false),
    ("两年累计", false),
    ("三年累计", false),
    ("近两年", false),
    ("近三年", false),
    ("过去两年", false),
    ("过去三年", false),
    ("近五年", false),
    ("近年来", false),
    ("“十三五”期间", false),
    ("“十四五”期间", false),
    ("十三五期间", false),
    ("十四五期间", false),
    ("“十三五”时期", false),
    ("“十四五”时期", false),
    ("“十五五”期间", false),
    ("十五五期间", false),
    ("“十五五”时期", false),
    ("当年", true),
    ("全年", true),
    ("年末", true),
    ("年底", true),
    ("年初", true),
    ("上半年", true),
    ("下半年", true),
    ("前三季度", true),
    ("第一季度", true),
    ("第二季度", true),
    ("第三季度", true),
    ("第四季度", true),
    ("一季度", true),
    ("二季度", true),
    ("三季度", true),
    ("四季度", true),
];

/// The year a relative word names, against the document's date: `今年` (and `今年以来`)
/// 0, `去年`/`上年`/`过去一年` −1, `明年` +1; periods (`过去五年`) none.
fn relative_offset(w: &str) -> Option<i32> {
    match w {
        "今年" | "今年以来" => Some(0),
        "去年" | "上年" | "过去一年" => Some(-1),
        "明年" => Some(1),
        _ => None,
    }
}

/// Words that make a time expression a period, whose figures have no single year.
const PERIOD_MARKERS: [&str; 3] = ["以来", "期间", "年均"];

/// The time expressions in `text[from..to]`, in order: `截至2024年底`, `2022年`,
/// `2021—2023年`, `1—9月`, `今年以来`, `“十三五”期间`.
pub fn time_expressions(text: &str, from: usize, to: usize) -> Vec<Time> {
    let s = &text[from..to];
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // A year in Chinese digits: 二〇三五年.
        if let Some(len) = chinese_year(&s[i..]) {
            let year = s[i..i + len - '年'.len_utf8()]
                .chars()
                .filter_map(chinese_digit)
                .fold(0, |y, d| y * 10 + d as i32);
            let (start, end, period) = extend_time(s, i, i + len);
            out.push(Time {
                text: s[start..end].to_string(),
                start: from + start,
                year: (!period).then_some(year),
                inherits: false,
                relative: None,
            });
            i = end;
            continue;
        }
        // A four-digit year followed by 年.
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()) {
            let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let rest = &s[i + n..];
            if n == 4 && rest.starts_with('年') {
                let year: i32 = s[i..i + 4].parse().unwrap_or(0);
                if (1900..=2100).contains(&year) {
                    let (start, end, period) = extend_time(s, i, i + n + '年'.len_utf8());
                    out.push(Time {
                        text: s[start..end].to_string(),
                        start: from + start,
                        year: (!period).then_some(year),
                        inherits: false,
                        relative: None,
                    });
                    i = end;
                    continue;
                }
            }
            // A year range: 2021—2023年 (a period).
            if n == 4 {
                if let Some(sep) = ["—", "-", "－", "～", "至", "到"]
                    .iter()
                    .find(|w| rest.starts_with(**w))
                {
                    let r2 = &rest[sep.len()..];
                    let n2 = r2.bytes().take_while(u8::is_ascii_digit).count();
                    if n2 == 4 && r2[n2..].starts_with('年') {
                        let end = i + n + sep.len() + n2 + '年'.len_utf8();
                        let (start, end, _) = extend_time(s, i, end);
                        out.push(Time {
                            text: s[start..end].to_string(),
                            start: from + start,
                            year: None,
                            inherits: false,
                            relative: None,
                        });
                        i = end;
                        continue;
                    }
                }
            }
            // Months: 1—9月, 9月底 (no year of their own).
            let month = {
                let mut j = i + n;
                if let Some(sep) = ["—", "-", "－", "～", "至"]
                    .iter()
                    .find(|w| s[j..].starts_with(**w))
                {
                    let k = j + sep.len();
                    let n2 = b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
                    if n2 > 0 {
                        j = k + n2;
                    }
                }
                s[j..].starts_with('月').then_some(j + '月'.len_utf8())
            };
            if let Some(end) = month.filter(|_| n <= 2) {
                let (start, end, period) = extend_time(s, i, end);
                out.push(Time {
                    text: s[start..end].to_string(),
                    start: from + start,
                    year: None,
                    inherits: !period,
                    relative: None,
                });
                i = end;
                continue;
            }
            i += n;
            continue;
        }
        // Relative years, named periods, and points of the document's own year.
        if let Some((w, inherits)) = RELATIVE.iter().find(|(w, _)| s[i..].starts_with(*w)) {
            // `比上年`, `较去年`: a comparison, not the figure's time.
            let comparison = s[..i].ends_with(['比', '较', '于', '同', '是', '为']);
            let (start, end, _) = extend_time(s, i, i + w.len());
            if !comparison {
                out.push(Time {
                    text: s[start..end].to_string(),
                    start: from + start,
                    year: None,
                    inherits: *inherits
                        && !PERIOD_MARKERS.iter().any(|m| s[start..end].contains(m)),
                    relative: relative_offset(w),
                });
            }
            i = end;
            continue;
        }
        // `改革试点开展以来`: a period since an event, with no year of its own.
        if s[i..].starts_with("以来") {
            let clause = s[..i]
                .char_indices()
                .rev()
                .find(|&(_, c)| ends_clause(c))
                .map_or(0, |(j, c)| j + c.len_utf8());
            if s[clause..i].chars().count() <= 12
                && out.last().is_none_or(|t| t.start - from < clause)
            {
                let end = i + "以来".len();
                out.push(Time {
                    text: s[clause..end].to_string(),
                    start: from + clause,
                    year: None,
                    inherits: false,
                    relative: None,
                });
                i = end;
                continue;
            }
        }
        i += s[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Grows a time expression over its prefix (`截至`, `到`) and suffix (`底`, `以来`,
/// `1—9月`); tells whether it names a period rather than a point.
fn extend_time(s: &str, mut start: usize, mut end: usize) -> (usize, usize, bool) {
    for p in ["截至", "截止", "截止到", "到", "至", "从", "自", "于", "在"] {
        if s[..start].ends_with(p) {
            start -= p.len();
            break;
        }
    }
    // The plan whose years they are (`“十五五”开局两年`): one time with them.
    let head = &s[..start];
    let named = head.strip_suffix(['”', '"']).and_then(|h| {
        let open = h.rfind(['“', '"'])?;
        let name = h[open..].trim_start_matches(['“', '"']);
        (name.chars().count() <= 4 && crate::plan::meta::plan_number(name).is_some())
            .then_some(open)
    });
    if let Some(open) = named {
        start = open;
    }
    let suffixes = [
        "上半年",
        "下半年",
        "前三季度",
        "第一季度",
        "一季度",
        "年底",
        "年末",
        "年初",
        "底",
        "末",
        "初",
        "以来",
        "期间",
        "度",
    ];
    loop {
        let rest = &s[end..];
        // A month range or a month after a year: 2024年1—9月, 2023年9月.
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        if n > 0 && n <= 2 {
            let mut j = n;
            if let Some(sep) = ["—", "-", "－", "～"]
                .iter()
                .find(|w| rest[j..].starts_with(**w))
            {
                let n2 = rest[j + sep.len()..]
                    .bytes()
                    .take_while(u8::is_ascii_digit)
                    .count();
                if n2 > 0 {
                    j += sep.len() + n2;
                }
            }
            if rest[j..].starts_with('月') {
                end += j + '月'.len_utf8();
                if rest[j + 3..]
                    .bytes()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
                {
                    let d = rest[j + 3..].bytes().take_while(u8::is_ascii_digit).count();
                    if rest[j + 3 + d..].starts_with('日') {
                        end += d + '日'.len_utf8();
                    }
                }
                continue;
            }
        }
        match suffixes.iter().find(|w| rest.starts_with(**w)) {
            Some(w) => end += w.len(),
            None => break,
        }
    }
    let t = &s[start..end];
    let period = PERIOD_MARKERS.iter().any(|m| t.contains(m)) || s[end..].starts_with("以来");
    if s[end..].starts_with("以来") {
        end += "以来".len();
    }
    (start, end, period)
}

/// The time expression governing a claim: the last one before it in its window. A
/// `全年`/`当年` after a dated one refers to that year (`2024年底…，全年实现营收…`).
pub fn time_of(text: &str, from: usize, to: usize) -> Option<Time> {
    let times = time_expressions(text, from, to);
    // A baseline or a comparison (`由2020年的61.4%提高到66%`, `比2020年翻一番`,
    // `在2020年基础上`) does not govern the figures after it, only the one right after its `的`.
    let compared = |t: &Time| {
        let before = &text[from..t.start];
        let after = &text[t.start + t.text.len()..to];
        before.ends_with(['比', '较', '与', '同'])
            || after.starts_with("基础上")
            || after.starts_with("的基础上")
    };
    let governs = |t: &Time| {
        let before = &text[from..t.start];
        let after = &text[t.start + t.text.len()..to];
        let baseline = t.text.starts_with(['由', '从']) || before.ends_with(['由', '从']);
        let compared = compared(t);
        // A period (`2026—2028年累计…`, `…以来`) is the time of its own clause only; a
        // point in time (`2022年，…`) dates the sentence.
        let period = t.year.is_none() && t.relative.is_none() && !t.inherits;
        // `2026—2027年，…` opens the sentence and dates all of it.
        let opens = (before.trim().is_empty() || before.trim_end().ends_with(ends_clause))
            && after.starts_with(['，', ',']);
        let own_clause = opens
            || !after.contains(['，', '；', ','])
            || after.contains("以来") && after.find(['，', '；', ',']) > after.find("以来");
        // `2026—2027年累计新增就业6350人，累计实施重点项目251个`, `…，用水量累计下降11.2%`:
        // totals listed one after another, each a 累计, are all of the period.
        let claim_clause = after.rsplit(['，', ',']).next().unwrap_or("");
        let parallel_total = after.starts_with("累计")
            && claim_clause.contains("累计")
            && !after.contains(['；', '。']);
        // `（2025年为1020万人次）`: a time inside a parenthesis closed before the claim is
        // the aside's, not the sentence's.
        let aside = before.matches(['（', '(']).count() > before.matches(['）', ')']).count()
            && after.contains(['）', ')']);
        !compared
            && !aside
            && (!baseline || after.trim() == "的")
            && (!period || own_clause || parallel_total)
    };
    let at = times.iter().rposition(governs)?;
    let mut last = times[at].clone();
    if last.year.is_none() && last.inherits {
        // Only from a time that governs: `较2025年提高…；全年…` is not of 2025.
        if let Some(y) = times[..at]
            .iter()
            .rev()
            .filter(|t| !compared(t))
            .find_map(|t| t.year)
        {
            last.year = Some(y);
        }
    }
    Some(last)
}

/// The years a claim falls back on when its own time names none (claims.md `year`): the
/// year at the opening of its paragraph (`2022年，咸宁…`), else the year of the heading
/// that scopes its section (`一、2023年工作回顾`, `二、2024年主要预期目标`), else the
/// document's: its title's year, or for a report delivered early in a year the year it
/// reviews (its targets, the year it is delivered). Relative times (`今年`, `去年`,
/// `前三季度`) are read against the document's own date.
pub struct DocYears {
    /// For each line, its opening year, computed once.
    opening: Vec<Option<i32>>,
    /// For each line, the year of the heading that scopes it.
    scope: Vec<Option<i32>>,
    /// The year of the document's own date.
    now: Option<i32>,
    /// The month of that date, where it gives one (`2024-10-22` → 10).
    now_month: Option<u32>,
    /// The year of figures that name none (`None`: the document does not say).
    default: Option<i32>,
    report: bool,
}

/// The document's own year and month, what relative times are read against: its date's,
/// or a report's title year. The date alone dates no figure (claims.md).
fn now_of(meta: &crate::text::meta::Meta) -> (Option<i32>, Option<u32>) {
    let now = meta
        .date_year
        .or(meta.report.then_some(meta.title_year).flatten());
    let now_month = meta.date.as_deref().and_then(crate::text::meta::month_of);
    (now, now_month)
}

/// The year of figures that name none and whose paragraph or section names none either:
/// the year a report reviews, else the title's; a title that names a part of a year
/// (`前三季度全省经济运行…`) dates the whole document, read against its date like the
/// part-year times in its text. Computed from the document's metadata alone, so the
/// comparison can ask for it without reading the text's years again.
pub fn default_year(doc: &Document) -> Option<i32> {
    let meta = &doc.meta;
    let (now, now_month) = now_of(meta);
    if meta.report {
        return now.map(|y| y - 1);
    }
    // A bulletin's masthead names no time; its headline does (`前三季度全区经济运行…`).
    meta.title_year.or_else(|| {
        [&meta.title, &meta.headline]
            .into_iter()
            .flatten()
            .find_map(|line| {
                let t = time_expressions(line, 0, line.len())
                    .into_iter()
                    .find(|t| t.inherits)?;
                part_year(now?, now_month, &t.text)
            })
    })
}

/// A heading line and its level: `一、…` and `第…部分`/`第…章` 1, `（一）…` 2.
fn heading_level(t: &str) -> Option<u8> {
    let t = t.trim();
    if t.chars().count() > 40 || t.ends_with(['。', '；', '，']) {
        return None;
    }
    let ordinal = |s: &str| {
        s.chars()
            .take_while(|c| "一二三四五六七八九十".contains(*c))
            .map(char::len_utf8)
            .sum::<usize>()
    };
    let n = ordinal(t);
    if n > 0 && t[n..].starts_with('、') {
        return Some(1);
    }
    if let Some(rest) = t.strip_prefix('第') {
        let n = ordinal(rest);
        if n > 0 && rest[n..].starts_with(['部', '章', '篇']) {
            return Some(1);
        }
    }
    if let Some(rest) = t.strip_prefix(['（', '(']) {
        let n = ordinal(rest);
        if n > 0 && rest[n..].starts_with(['）', ')']) {
            return Some(2);
        }
    }
    None
}

impl DocYears {
    pub fn new(doc: &Document) -> DocYears {
        let text = doc.clean();
        let lines = doc.lines();
        let mut opening = vec![None; lines.len()];
        let mut seen = vec![false; lines.len()];
        for s in &doc.sentences {
            if std::mem::replace(&mut seen[s.line], true) {
                continue;
            }
            let end = text[s.start..s.end]
                .char_indices()
                .find(|&(_, c)| ends_clause(c))
                .map_or(s.end, |(j, _)| s.start + j);
            if end - s.start <= 30 {
                opening[s.line] = time_expressions(text, s.start, end)
                    .into_iter()
                    .find(|t| t.start == s.start)
                    .and_then(|t| t.year);
            }
        }
        // A heading run into its paragraph (`（一）经济发展。2027年，全省…`): the paragraph
        // opens after it.
        for w in doc.sentences.windows(2) {
            let (h, s) = (w[0], w[1]);
            if h.line != s.line || opening[s.line].is_some() {
                continue;
            }
            let opens_line = text[lines[h.line].start..h.start].trim().is_empty();
            let heading = text[h.start..h.end].trim().trim_end_matches(['。', '：']);
            if opens_line && heading_level(heading).is_some() {
                let end = text[s.start..s.end]
                    .char_indices()
                    .find(|&(_, c)| ends_clause(c))
                    .map_or(s.end, |(j, _)| s.start + j);
                opening[s.line] = time_expressions(text, s.start, end)
                    .into_iter()
                    .find(|t| t.start == s.start)
                    .and_then(|t| t.year);
            }
        }
        let meta = &doc.meta;
        let (now, now_month) = now_of(meta);
        let default = default_year(doc);
        // Headings that name a year (or a relative one) scope the lines under them, until
        // the next heading of their level or above.
        let mut scope = vec![None; lines.len()];
        let mut current: [Option<i32>; 2] = [None, None];
        for (k, line) in lines.iter().enumerate() {
            let t = &text[line.start..line.end];
            if let Some(level) = heading_level(t) {
                let named = time_expressions(t, 0, t.len()).into_iter().find_map(|x| {
                    x.year
                        .or_else(|| x.relative.and_then(|r| now.map(|n| n + r)))
                });
                if level == 1 {
                    current = [named, None];
                } else {
                    current[1] = named;
                }
            }
            scope[k] = current[1].or(current[0]);
        }
        DocYears {
            opening,
            scope,
            now,
            now_month,
            default,
            report: meta.report,
        }
    }

    /// The year of a claim: its own time's, else its paragraph's or section's, else the
    /// document's. `target`: the claim sets a goal (a report's goals are for the year it is
    /// delivered).
    pub fn year_of(
        &self,
        doc: &Document,
        sentence: usize,
        time: Option<&Time>,
        pre: &str,
        target: bool,
    ) -> Option<i32> {
        // An annual average growth has no single year; an annual mean level does
        // (`PM2.5年均浓度为33微克/立方米` is that year's).
        if pre.find("年均").is_some_and(|p| {
            [
                "增长", "增速", "提高", "下降", "降低", "增加", "递增", "减少",
            ]
            .iter()
            .any(|w| pre[p + "年均".len()..].starts_with(w))
        }) {
            return None;
        }
        let line = doc.sentences[sentence].line;
        let fallback = || {
            self.opening[line]
                .or(self.scope[line])
                .or(if self.report && target {
                    self.now
                } else {
                    self.default
                })
        };
        match time {
            Some(t) if t.year.is_some() => t.year,
            Some(t) if t.relative.is_some() => self.now.map(|n| n + t.relative.unwrap_or(0)),
            Some(t) if !t.inherits => None,
            Some(t) => fallback().or_else(|| self.part_year_now(&t.text)),
            None => fallback(),
        }
    }

    /// The year of a part of a year with no year of its own (`前三季度`, `1—9月`,
    /// `9月末`), read against the document's date (claims.md): its year, or the year
    /// before when the period ends after the date's month (`1—12月` in a January release).
    fn part_year_now(&self, time: &str) -> Option<i32> {
        part_year(self.now?, self.now_month, time)
    }
}

/// The year of a part-year time against a date of year `now` (and month, where known).
fn part_year(now: i32, now_month: Option<u32>, time: &str) -> Option<i32> {
    let last = last_month(time)?;
    Some(match now_month {
        Some(m) if last > m => now - 1,
        _ => now,
    })
}

/// The last month a part-year time covers: `1—9月` 9, `9月末` 9, `前三季度` 9,
/// `上半年` 6, `一季度` 3; `None` for times that are not part of a year.
fn last_month(t: &str) -> Option<u32> {
    const QUARTERS: [(&str, u32); 8] = [
        ("前三季度", 9),
        ("三季度", 9),
        ("上半年", 6),
        ("二季度", 6),
        ("一季度", 3),
        ("下半年", 12),
        ("四季度", 12),
        ("前两个月", 2),
    ];
    if let Some(&(_, m)) = QUARTERS.iter().find(|(w, _)| t.contains(w)) {
        return Some(m);
    }
    let head = &t[..t.rfind('月')?];
    let digits = &head[head.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
    digits.parse().ok().filter(|m| (1..=12).contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Which time governs the figure at the end of each text (`…` marks where it is).
    #[test]
    fn the_time_that_governs_a_figure() {
        let cases = [
            // A period dates its own clause only…
            ("2026—2027年累计新增就业6350人，全市高新技术企业", None),
            // …and the totals listed after it, each opening with 累计.
            (
                "2026—2027年累计新增就业6350人，累计实施重点项目",
                Some("2026—2027年"),
            ),
            ("2026—2027年，全市", Some("2026—2027年")),
            // The first years of a plan's period, with the plan's name.
            (
                "“十五五”开局两年，全区累计建设筹集保障性住房",
                Some("“十五五”开局两年"),
            ),
            (
                "2022年全省经济总量达到5万亿元，第三产业增加值",
                Some("2022年"),
            ),
            ("比2025年提高", None),
        ];
        let mut bad = Vec::new();
        for (s, want) in cases {
            let got = time_of(s, 0, s.len()).map(|t| t.text);
            if got.as_deref() != want {
                bad.push(format!("{s}: want {want:?}, got {got:?}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn time_expressions_table() {
        type Case<'a> = (&'a str, &'a [(&'a str, Option<i32>)]);
        let cases: &[Case] = &[
            ("截至2024年底，全省", &[("截至2024年底", Some(2024))]),
            ("2024年，我省", &[("2024年", Some(2024))]),
            ("2023年9月以来", &[("2023年9月以来", None)]),
            ("2021—2023年累计", &[("2021—2023年", None)]),
            ("1—9月，全省", &[("1—9月", None)]),
            ("2024年1—9月", &[("2024年1—9月", Some(2024))]),
            ("今年以来", &[("今年以来", None)]),
            ("“十三五”期间", &[("“十三五”期间", None)]),
            ("展望二〇三五年，", &[("二〇三五年", Some(2035))]),
        ];
        let mut bad = Vec::new();
        for (s, want) in cases {
            let got: Vec<(String, Option<i32>)> = time_expressions(s, 0, s.len())
                .into_iter()
                .map(|t| (t.text, t.year))
                .collect();
            let want: Vec<(String, Option<i32>)> =
                want.iter().map(|(t, y)| (t.to_string(), *y)).collect();
            if got != want {
                bad.push(format!("{s}: want {want:?}, got {got:?}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}
