//! What a claim is about, read from the words around it: kind and direction (from the
//! verb before it), subject, time and year, region, status.
//!
//! Everything here reads the clause and sentence the claim stands in. A list of numbers
//! after one verb (`分别压缩50%、40%和20%以上`) shares that verb: context is read before
//! the list's first number. The word segmenter is used only to cut a subject at a word
//! boundary, so the claims themselves (spans, values) never depend on the dictionary.

use super::claims::{base_kind, Found, Shape};
use super::units::Class;
use crate::analysis::{Claim, Direction, Kind, Status};
use crate::data;
use crate::text::segment::ends_clause;
use crate::text::words::Dictionary;
use crate::text::Document;

/// The longest subject we report (claims.md: a short phrase of at most 24 characters).
const SUBJECT_MAX: usize = 24;

pub fn describe(doc: &Document, dict: &Dictionary, found: &[Found]) -> Vec<Claim> {
    let text = doc.clean();
    let plan_doc = doc
        .meta
        .title
        .as_deref()
        .is_some_and(|t| t.contains("规划") || t.contains("纲要"));
    let mut out: Vec<Claim> = Vec::with_capacity(found.len());
    for (k, f) in found.iter().enumerate() {
        let s = doc.sentences[f.sentence];
        let lead = list_leader(text, found, k);
        let leader = &found[lead];
        let clause_start = text[s.start..leader.start]
            .char_indices()
            .rev()
            .find(|&(_, c)| ends_clause(c))
            .map_or(s.start, |(j, c)| s.start + j + c.len_utf8());
        let clause_end = text[f.end..s.end]
            .char_indices()
            .find(|&(_, c)| ends_clause(c))
            .map_or(s.end, |(j, _)| f.end + j);
        let pre = &text[clause_start..leader.start];
        let post = &text[f.end..clause_end];

        let (kind, direction) = kind_and_direction(f, pre);
        let time = time_of(text, s.start, leader.start)
            .or_else(|| paragraph_opening_time(doc, f.sentence));
        let year = time
            .as_ref()
            .and_then(|t| t.year)
            .filter(|_| !pre.contains("年均"));
        let region =
            region_of(text, f, s.start, leader.start).or_else(|| paragraph_region(doc, f.sentence));
        let status = status_of(
            text,
            s.start,
            s.end,
            leader.start,
            doc.meta.year,
            plan_doc,
            time.as_ref(),
        );

        // Earlier claims of the same sentence, for subjects the clause leaves implicit.
        let earlier: Vec<&Claim> = out
            .iter()
            .zip(found)
            .filter(|(_, g)| g.sentence == f.sentence)
            .map(|(c, _)| c)
            .collect();
        let subject = respectively_subject(text, found, lead, k, &earlier, dict, pre)
            .or_else(|| subject_of(dict, pre, post, kind))
            .or_else(|| {
                earlier
                    .iter()
                    .rev()
                    .find(|c| c.end <= f.start)
                    .and_then(|c| c.subject.clone())
            })
            .or_else(|| fallback_subject(dict, pre, post));

        let (start, end) = doc.orig_span(f.start, f.end);
        out.push(Claim {
            id: format!("c{}", k + 1),
            start,
            end,
            text: doc.original[start..end].to_string(),
            value: f.value,
            value_max: f.value_max,
            unit: f.unit.clone(),
            qualifier: f.qualifier,
            kind,
            direction,
            status,
            subject,
            time: time.map(|t| t.text),
            year,
            region,
        });
    }
    out
}

/// `A、B分别增长13.4%、29.1%`: each number takes its own subject, in order — the subjects
/// of the figures just before (`资产总额2.8万亿元，营收5238亿元，分别…`), or the items
/// listed before `分别`.
fn respectively_subject(
    text: &str,
    found: &[Found],
    lead: usize,
    k: usize,
    earlier: &[&Claim],
    dict: &Dictionary,
    pre: &str,
) -> Option<String> {
    let n = list_len(text, found, lead);
    let pos = k - lead;
    if n < 2 {
        return None;
    }
    // The items named before the verb: `安全感、满意度分别上升至…`.
    let head = pre.find("分别").map_or(pre, |p| &pre[..p]);
    let items_text = clean_pre(head);
    let items: Vec<&str> = items_text
        .split(['、', '和', '及'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    if items.len() == n {
        return Some(shorten(dict, items[pos]).to_string());
    }
    // `资产总额2.8万亿元，营收5238亿元，分别增长…`: the subjects of the figures before.
    if pre.contains("分别") {
        let before: Vec<&&Claim> = earlier
            .iter()
            .filter(|c| c.end <= found[lead].start)
            .collect();
        if before.len() >= n {
            return before[before.len() - n + pos].subject.clone();
        }
    }
    None
}

/// How many numbers the list starting at `lead` has.
fn list_len(text: &str, found: &[Found], lead: usize) -> usize {
    let mut n = 1;
    while lead + n < found.len() && list_leader(text, found, lead + n) == lead {
        n += 1;
    }
    n
}

/// The first claim of the list `found[k]` belongs to: numbers joined only by `、` `和`
/// `及` `与` share the words before the first of them.
fn list_leader(text: &str, found: &[Found], k: usize) -> usize {
    let mut lead = k;
    for (j, prev) in found[..k].iter().enumerate().rev() {
        if prev.sentence != found[lead].sentence {
            break;
        }
        let gap = &text[prev.end..found[lead].start];
        let joined = !gap.is_empty()
            && gap.chars().count() <= 2
            && gap
                .chars()
                .all(|c| matches!(c, '、' | '和' | '及' | '与' | '或' | ',' | '，' | ' '));
        if !joined {
            break;
        }
        lead = j;
    }
    lead
}

/// Words between a change verb and its number that do not change its meaning.
const FILLERS: [&str; 14] = [
    "了",
    "分别",
    "均",
    "都",
    "共",
    "约",
    "同比",
    "环比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "达",
    "为",
];

fn strip_fillers(mut s: &str) -> &str {
    loop {
        let t = s.trim_end();
        let next = FILLERS
            .iter()
            .find(|w| t.ends_with(**w))
            .map(|w| &t[..t.len() - w.len()]);
        match next {
            Some(n) => s = n,
            None => return t,
        }
    }
}

/// A level reached (`提升至98.77%`, `压缩至3分钟`, `达到21.8万亿元`) is not a change.
fn is_level(pre: &str) -> bool {
    let t = pre.trim_end();
    ["至", "到", "达到"].iter().any(|w| t.ends_with(w))
}

/// The change verb right before the number, with fillers and a comparator in between
/// (`增速高于全国4.3个百分点`: 高于 … 全国).
fn change_word(pre: &str) -> Option<Direction> {
    let t = strip_fillers(pre);
    let table = data::directions();
    let dir = |w: &str| {
        if w == "down" {
            Direction::Down
        } else {
            Direction::Up
        }
    };
    if let Some((_, d)) = table.longest_suffix(t) {
        return Some(dir(d));
    }
    // A comparator between verb and number: 高于全国, 低于全省平均, 快于全国平均水平.
    let t2 = t.trim_end_matches("水平").trim_end_matches("平均");
    if let Some((w, _)) = data::regions().longest_suffix(t2) {
        let t3 = &t2[..t2.len() - w.len()];
        if let Some((v, d)) = table.longest_suffix(t3) {
            if v.ends_with('于') {
                return Some(dir(d));
            }
        }
    }
    None
}

/// A change verb opening a short clause, its object between verb and number:
/// `减时间84%`, `降低成本20%`.
fn leading_change_word(pre: &str) -> Option<Direction> {
    let last_item = pre.rfind('、').map_or(pre, |p| &pre[p + '、'.len_utf8()..]);
    let t = last_item
        .trim_start()
        .trim_start_matches("平均")
        .trim_start_matches("分别");
    if t.chars().count() > 8 {
        return None;
    }
    let (_, d) = data::directions().longest_prefix(t)?;
    Some(if d == "down" {
        Direction::Down
    } else {
        Direction::Up
    })
}

fn kind_and_direction(f: &Found, pre: &str) -> (Kind, Option<Direction>) {
    let base = base_kind(f);
    let level = is_level(pre);
    let word = if level {
        None
    } else {
        change_word(pre).or_else(|| leading_change_word(pre))
    };
    let growth_subject = {
        let t = strip_fillers(pre);
        ["增速", "增幅", "涨幅", "增长率", "增长"]
            .iter()
            .any(|w| t.ends_with(w))
    };
    let sign = |d: Option<Direction>| if f.negative { Some(Direction::Down) } else { d };
    match base {
        Kind::Rate if f.shape == Shape::Plain => {
            if word.is_some() || growth_subject && !level || f.negative {
                (Kind::Change, sign(word.or(Some(Direction::Up))))
            } else {
                (Kind::Rate, None)
            }
        }
        Kind::Change => {
            let d = word.or(if f.class == Some(Class::Multiple) {
                Some(Direction::Up)
            } else {
                None
            });
            (Kind::Change, sign(d))
        }
        Kind::Amount if matches!(f.class, Some(Class::Age | Class::Score)) && word.is_some() => {
            (Kind::Change, word)
        }
        k => (k, None),
    }
}

/// A time expression as written, with its year where it names one point in time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Time {
    pub text: String,
    pub start: usize,
    pub year: Option<i32>,
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
                let (start, end, _) = extend_time(s, i, end);
                out.push(Time {
                    text: s[start..end].to_string(),
                    start: from + start,
                    year: None,
                });
                i = end;
                continue;
            }
            i += n;
            continue;
        }
        // Relative years and named periods.
        let rel = [
            "今年以来",
            "今年",
            "去年",
            "上年",
            "当年",
            "全年",
            "过去五年",
            "近五年",
            "近年来",
            "“十三五”期间",
            "“十四五”期间",
            "十三五期间",
            "十四五期间",
            "“十三五”时期",
            "“十四五”时期",
        ];
        if let Some(w) = rel.iter().find(|w| s[i..].starts_with(**w)) {
            let (start, end, _) = extend_time(s, i, i + w.len());
            out.push(Time {
                text: s[start..end].to_string(),
                start: from + start,
                year: None,
            });
            i = end;
            continue;
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

/// The time expression governing a claim: the last one before it in its sentence. A
/// `全年`/`当年` after a dated one refers to that year (`2024年底…，全年实现营收…`).
fn time_of(text: &str, from: usize, to: usize) -> Option<Time> {
    let times = time_expressions(text, from, to);
    let mut last = times.last()?.clone();
    if last.year.is_none() && matches!(last.text.as_str(), "全年" | "当年") {
        last.year = times.iter().rev().skip(1).find_map(|t| t.year);
    }
    Some(last)
}

/// A year named at the opening of the claim's paragraph (`2022年，咸宁…`), for claims
/// whose sentence names none (claims.md `year`).
fn paragraph_opening_time(doc: &Document, sentence: usize) -> Option<Time> {
    let s = doc.sentences[sentence];
    let first = doc.sentences.iter().find(|x| x.line == s.line)?;
    let text = doc.clean();
    let opening_end = text[first.start..first.end]
        .char_indices()
        .find(|&(_, c)| ends_clause(c))
        .map_or(first.end, |(j, _)| first.start + j);
    if opening_end - first.start > 30 {
        return None;
    }
    time_expressions(text, first.start, opening_end)
        .into_iter()
        .next()
        .filter(|t| t.year.is_some() && t.start == first.start)
}

/// The place the claim is about: the scope of a rank, else the last place named before
/// it in its sentence.
fn region_of(text: &str, f: &Found, from: usize, to: usize) -> Option<String> {
    if f.shape == Shape::Rank {
        if let Some((w, _)) = data::regions().longest_prefix(&text[f.start..f.end]) {
            return Some(w.to_string());
        }
    }
    last_region(&text[from..to])
}

fn last_region(s: &str) -> Option<String> {
    let regions = data::regions();
    let mut best: Option<(usize, &str)> = None;
    for (i, _) in s.char_indices() {
        if let Some((w, _)) = regions.longest_prefix(&s[i..]) {
            if best.is_none_or(|(bi, bw)| i >= bi + bw.len()) {
                best = Some((i, w));
            }
        }
    }
    best.map(|(_, w)| w.to_string())
}

/// A place named at the head of the paragraph (`咸宁市…`), for claims whose sentence names none.
fn paragraph_region(doc: &Document, sentence: usize) -> Option<String> {
    let s = doc.sentences[sentence];
    let line = doc.lines()[s.line];
    let text = doc.clean();
    let head: String = text[line.start..line.end]
        .trim_start()
        .chars()
        .take(8)
        .collect();
    let regions = data::regions();
    (0..head.len())
        .filter(|&i| head.is_char_boundary(i))
        .take(4)
        .find_map(|i| {
            regions
                .longest_prefix(&head[i..])
                .map(|(w, _)| w.to_string())
        })
}

/// Verbs that follow `将`/`要`/`拟` when they announce a goal (`将达到`), not when `将`
/// marks an object (`将清理出来的资产注入…`).
const GOAL_VERBS: [&str; 22] = [
    "达到", "实现", "突破", "超过", "增长", "提高", "提升", "新增", "降低", "下降", "控制", "保持",
    "稳定", "建成", "完成", "力争", "新建", "培育", "引进", "增加", "减少", "形成",
];

fn status_of(
    text: &str,
    from: usize,
    to: usize,
    at: usize,
    doc_year: Option<i32>,
    plan_doc: bool,
    time: Option<&Time>,
) -> Status {
    let s = &text[from..to];
    let before = &text[from..at];
    // A baseline inside a target sentence is actual: 由2020年的61.4%提高到66%.
    let baseline = ["由", "从"].iter().any(|w| {
        before.rfind(w).is_some_and(|p| {
            let gap = &before[p + w.len()..];
            gap.chars().count() <= 12 && !gap.contains(['，', '、'])
        })
    }) && s[before.len()..].contains(['提', '增', '降', '减', '到', '至']);
    if baseline {
        return Status::Actual;
    }
    let cues = data::target_words();
    for (i, _) in s.char_indices() {
        if let Some((w, how)) = cues.longest_prefix(&s[i..]) {
            let after = &s[i + w.len()..];
            let goal = match how {
                "verb" => GOAL_VERBS.iter().any(|v| after.starts_with(v)),
                _ => true,
            };
            if goal {
                return Status::Target;
            }
        }
        // 到2025年: a goal when the year is still ahead of the document.
        if s[i..].starts_with('到') {
            let y = &s[i + '到'.len_utf8()..];
            if y.len() >= 7
                && y.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && y[4..].starts_with('年')
            {
                let year: i32 = y[..4].parse().unwrap_or(0);
                if doc_year.is_none_or(|d| year > d) {
                    return Status::Target;
                }
            }
        }
    }
    // In a plan, figures are goals unless they report the past.
    if plan_doc
        && !s.contains("十三五")
        && time
            .and_then(|t| t.year)
            .is_none_or(|y| doc_year.is_none_or(|d| y > d))
    {
        return Status::Target;
    }
    Status::Actual
}

/// Words at the end of the words before a number that are not part of its subject:
/// verbs of reaching and ranking, change verbs, fillers.
const TRAILING: [&str; 42] = [
    "从",
    "由",
    "达到",
    "达",
    "为",
    "是",
    "至",
    "到",
    "突破",
    "实现",
    "完成",
    "累计",
    "共计",
    "共有",
    "共",
    "有",
    "居",
    "位居",
    "位列",
    "名列",
    "位于",
    "跃居",
    "稳居",
    "排名",
    "排",
    "中均",
    "中",
    "均",
    "分别",
    "了",
    "已",
    "约",
    "占",
    "的",
    "计",
    "新增",
    "增",
    "超",
    "超过",
    "保持在",
    "保持",
    "稳定在",
];

/// Words at the start of a clause that are not part of a subject.
const LEADING: [&str; 16] = [
    "其中",
    "同时",
    "此外",
    "另外",
    "目前",
    "现在",
    "全年",
    "当年",
    "并",
    "且",
    "已",
    "共",
    "截至目前",
    "截至",
    "通过",
    "在",
];

/// The subject from the clause: for an amount, the noun it counts (`10余万家企业`), else
/// the words before it (`总规模达到…`). `None` when the clause leaves it implicit.
fn subject_of(dict: &Dictionary, pre: &str, post: &str, kind: Kind) -> Option<String> {
    let pre_subject = clean_pre(pre);
    let post_noun = noun_after(post);
    // `总投资103.2亿元的…工程`: the number describes what follows; its subject is before.
    let attributive = post.starts_with('的') && !pre_subject.is_empty();
    let pick = if kind == Kind::Amount
        && !post_noun.is_empty()
        && !GENERIC_NOUNS.contains(&post_noun)
        && !attributive
    {
        post_noun
    } else if !pre_subject.is_empty() {
        pre_subject
    } else if kind == Kind::Amount || post.starts_with('的') {
        post_noun
    } else {
        ""
    };
    let s = shorten(dict, pick);
    (!s.is_empty()).then(|| s.to_string())
}

/// When nothing better is found: the words before the number as written, else after it.
fn fallback_subject(dict: &Dictionary, pre: &str, post: &str) -> Option<String> {
    let t = pre.trim().trim_end_matches(['，', '、', '：']);
    let pick = if t.is_empty() { noun_after(post) } else { t };
    let s = shorten(dict, pick);
    (!s.is_empty()).then(|| s.to_string())
}

/// Nouns too general to name what is counted (`28个种类`): the words before say more.
const GENERIC_NOUNS: [&str; 6] = ["种类", "类别", "方面", "个", "项", "类"];

fn clean_pre(pre: &str) -> &str {
    let mut s = pre.trim();
    // Leading time expressions, places and connectives.
    loop {
        let before = s;
        for t in time_expressions(s, 0, s.len())
            .into_iter()
            .filter(|t| t.start == 0)
        {
            s = &s[t.text.len()..];
        }
        if let Some((w, _)) = data::regions().longest_prefix(s) {
            s = &s[w.len()..];
        }
        for w in LEADING {
            if s.starts_with(w) && s.len() > w.len() {
                s = &s[w.len()..];
            }
        }
        s = s.trim_start_matches(['，', '、', ' ', '：']);
        if s == before {
            break;
        }
    }
    // A baseline inside the words: 报警响应平均用时从120秒(压缩至) → 报警响应平均用时.
    if let Some(p) = s.rfind(['从', '由']) {
        if s[p..].bytes().any(|b| b.is_ascii_digit()) {
            s = &s[..p];
        }
    }
    // Trailing verbs, comparators and fillers.
    loop {
        let before = s;
        if let Some((w, _)) = data::directions().longest_suffix(s) {
            // 涨幅 is the name of an indicator as well as a change word.
            if !matches!(w, "涨幅") {
                s = &s[..s.len() - w.len()];
            }
        }
        if let Some(w) = TRAILING
            .iter()
            .filter(|w| s.ends_with(**w))
            .max_by_key(|w| w.len())
        {
            s = &s[..s.len() - w.len()];
        }
        // A comparison: 均比改革前, 比上年, 较2020年.
        if let Some(p) = s.rfind(['比', '较']) {
            // Not 比例, 比重, 比率, 较大…: those are nouns and adjectives.
            let word = s[p + 3..].starts_with([
                '例', '重', '率', '值', '较', '赛', '拼', '大', '高', '低', '好', '快', '为',
            ]);
            if s[p..].chars().count() <= 7 && p > 0 && !word {
                s = &s[..p];
            }
        }
        s = s.trim_end_matches(['，', '、', ' ', '：']);
        if s == before {
            break;
        }
    }
    s
}

/// The noun right after a count (`10余万家企业` → 企业, `232公里生态廊道`), or after
/// `的` (`超85%的村(社区)实行…` → 村(社区)): up to a clause mark, a list, another number,
/// or the verb that starts the predicate.
fn noun_after(post: &str) -> &str {
    let post = post.strip_prefix('的').unwrap_or(post);
    if data::directions().longest_prefix(post).is_some() || post.starts_with(['至', '到', '为'])
    {
        return "";
    }
    let stop = post
        .char_indices()
        .find(|&(_, c)| {
            matches!(
                c,
                '，' | '。' | '；' | '、' | '和' | '及' | '与' | '：' | ',' | ';'
            ) || c.is_ascii_digit()
        })
        .map_or(post.len(), |(i, _)| i);
    let s = &post[..stop];
    let cut = PREDICATE_STARTS.iter().filter_map(|v| s.find(v)).min();
    match cut {
        Some(p) => &s[..p],
        None => s,
    }
}

/// Words that start the predicate after a counted noun (`300余家企业入驻`).
const PREDICATE_STARTS: [&str; 30] = [
    "参与",
    "入驻",
    "落户",
    "获得",
    "获评",
    "通过",
    "完成",
    "开展",
    "实现",
    "达到",
    "共",
    "被",
    "已",
    "全部",
    "分别",
    "左右",
    "以上",
    "实行",
    "实施",
    "下沉",
    "办理",
    "纳入",
    "进入",
    "常态化",
    "投入",
    "建成",
    "上线",
    "覆盖",
    "涵盖",
    "累计",
];

/// Cuts a subject to at most `SUBJECT_MAX` characters, keeping its end (the head noun)
/// and starting at a word boundary.
fn shorten<'a>(dict: &Dictionary, s: &'a str) -> &'a str {
    if s.chars().count() <= SUBJECT_MAX {
        return s;
    }
    // After the last list mark or `的` that leaves a phrase of reasonable length.
    let tail_from = |p: usize| &s[p..];
    for mark in ['，', '、', '的', '“'] {
        if let Some(p) = s.rfind(mark) {
            let t = tail_from(p + mark.len_utf8());
            if (2..=SUBJECT_MAX).contains(&t.chars().count()) {
                return t;
            }
        }
    }
    let words = dict.cut(s);
    let total = s.chars().count();
    let mut dropped = 0;
    for w in words {
        if total - dropped <= SUBJECT_MAX {
            return &s[w.start..];
        }
        dropped += w.text.chars().count();
    }
    let skip = total.saturating_sub(SUBJECT_MAX);
    let at = s.char_indices().nth(skip).map_or(s.len(), |(i, _)| i);
    &s[at..]
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn subjects_drop_times_places_and_verbs() {
        assert_eq!(
            clean_pre("截至2024年底，全省国有“三资”总规模达到"),
            "国有“三资”总规模"
        );
        assert_eq!(
            clean_pre("全省项目按时开工率、竣工率均比改革前提高"),
            "项目按时开工率、竣工率"
        );
        assert_eq!(
            clean_pre("2024年，我省到期政府债券本金主动偿还比例居"),
            "到期政府债券本金主动偿还比例"
        );
        assert_eq!(noun_after("企业，累计"), "企业");
        assert_eq!(noun_after("企业入驻"), "企业");
    }
}
