//! What the document says about itself: its title and its date.
//!
//! The date decides which year a figure without one refers to (verdicts.md): web pages
//! give it as `发布时间:2019-07-17`; reports put a year in their title. Read from the
//! lines the cleaner classified, so boilerplate is where it is looked for first.

use super::clean::Cleaned;
use super::lines::LineKind;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The title line, as written.
    pub title: Option<String>,
    /// The date as written (`2019-07-17`), from a 发布时间/发布日期 line.
    pub date: Option<String>,
    /// The document's year: from its date, else from a year in its title.
    pub year: Option<i32>,
    /// The year of the document's own date — a 发布时间 line, a subtitle or sign-off
    /// (`——2024年1月23日在…会议上`, a closing `2028年11月`), or the congress session it
    /// was delivered at (`省十四届人大二次会议` → 2024) — against which 今年, 去年 and
    /// 前三季度 are read. `None` when the text gives none: the clock is never taken for it.
    pub date_year: Option<i32>,
    /// Where [`Meta::date_year`] was read.
    pub date_source: Option<DateSource>,
    /// A year in the title (`2023年…统计公报`).
    pub title_year: Option<i32>,
    /// The headline under a bulletin's masthead (`海淀经济运行简报` / `第9期` / …
    /// `前三季度全区经济运行稳中有进`): the first short unpunctuated line after the title,
    /// before the body. It says what the document is about where the title does not.
    pub headline: Option<String>,
    /// A report delivered at a congress session early in a year (a government work
    /// report): its figures without a year review the year before.
    pub report: bool,
}

/// Where a document's date comes from: the faces show it, so the editor knows what the
/// years of 今年 and 去年 were read against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A `发布时间：…` / `发布日期` line.
    Published,
    /// A subtitle or sign-off (`——2024年1月23日在…会议上`, a closing `2028年11月`).
    Signoff,
    /// The congress session it was delivered at (`省十四届人大二次会议` → 2024).
    Session,
    /// The editor said so (the page's date field, the CLI's `--date`).
    Given,
}

impl Meta {
    /// The editor's word on the document's date, over whatever the text says: 今年 and
    /// 去年 are read against it, and figures that name no year take it.
    pub fn set_date(&mut self, year: i32) {
        self.date_year = Some(year);
        self.date_source = Some(DateSource::Given);
        self.year = Some(year);
    }

    /// The date the page was published on, as written (`2019-07-17`).
    fn set_published(&mut self, written: &str, year: i32) {
        self.date = Some(written.to_string());
        self.year = Some(year);
        self.date_year = Some(year);
        self.date_source = Some(DateSource::Published);
    }
}

/// The years a document can be dated in: the one range the text's dates, the CLI's
/// `--date` and the wasm `analyze(text, {date})` are checked against.
pub const DATE_YEARS: std::ops::RangeInclusive<i32> = 1949..=2100;

/// Labels of the document's date (a press conference's notice gives it as `时间：2028年10月
/// 20日上午10时`).
const DATE_MARKERS: [&str; 7] = [
    "发布时间",
    "发布日期",
    "成文日期",
    "发文日期",
    "日期",
    "时间：",
    "时间:",
];

pub fn read(original: &str, c: &Cleaned) -> Meta {
    let mut meta = Meta::default();
    let text = &c.text;
    let mut date_line = None;
    // A page's date is in its head or foot (`发布时间：…`), not in the body, where `日期`
    // is a word of the text: only those lines are read.
    let count = c.lines.len();
    for (i, line) in c.lines.iter().enumerate() {
        if i >= 40 && i + 20 < count {
            continue;
        }
        let l = &text[line.start..line.end];
        if let Some(pos) = DATE_MARKERS
            .iter()
            .find_map(|m| l.find(m).map(|p| p + m.len()))
        {
            if let Some((written, year)) = find_date(&l[pos..]) {
                meta.set_published(written, year);
                date_line = Some(i);
                break;
            }
        }
    }
    // A dateline with no label, in the page's head: a web page's (`2028-10-21 08:30　　来源：
    // 重庆日报`: a full date opening the line, its time or source after it), a WeChat
    // article's (`原创　景宁发布　2028年07月28日 18:05　浙江`: a full date with its time), a
    // newspaper's edition line (`四川日报　2028年1月24日　星期一　第01版`).
    if date_line.is_none() {
        for (i, line) in c.lines.iter().enumerate().take(12) {
            let l = text[line.start..line.end].trim();
            let Some((at, written, year)) = date_at(l) else {
                continue;
            };
            let full = written.matches(['-', '/', '.']).count() == 2 || written.ends_with('日');
            let rest = &l[at + written.len()..];
            let clock = rest.trim_start().as_bytes().get(2) == Some(&b':');
            let opens = at == 0 && (rest.contains("来源") || rest.contains("作者"));
            // A bulletin's or a red-letter document's issuer line: who and when, alone on
            // it (`海淀区统计局　　　　2028年10月26日`).
            let by = l[..at].trim();
            let issued = !by.is_empty() && is_issuer(by) && rest.trim().is_empty();
            if full && (clock || opens || issued || is_edition_line(l)) {
                meta.set_published(written, year);
                date_line = Some(i);
                break;
            }
        }
    }
    // The title: the short unpunctuated line just before the date line, else the first
    // short text line of the document.
    let is_title = |l: &str| {
        let n = l.chars().count();
        (2..=60).contains(&n)
            && !l.trim_end().ends_with(['。', '；', '，', '：', ':'])
            && !is_dateline(l)
    };
    // The issuer's line between a title and its date (`湖北省统计局　国家统计局湖北调查总队`,
    // `来源：…`) is passed over.
    let before_date = date_line.and_then(|d| {
        c.lines[..d]
            .iter()
            .rev()
            .filter(|l| l.kind != LineKind::Blank && l.kind != LineKind::Boilerplate)
            .map(|l| text[l.start..l.end].trim())
            .take(3)
            // A subtitle (`——福建省统计局新闻发言人答记者问`) is not the title above it.
            .find(|l| !is_issuer(l) && !is_letterhead(l) && !l.starts_with("——"))
            .filter(|l| is_title(l))
    });
    let first = || {
        c.lines
            .iter()
            .take(12)
            .filter(|l| l.kind == LineKind::Text)
            .map(|l| text[l.start..l.end].trim())
            .find(|l| !is_dateline(l) && !is_letterhead(l))
            .filter(|l| is_title(l))
    };
    if let Some(t) = before_date.or_else(first) {
        // A Markdown heading's marks are not the title's (`# 赣州市…纲要`).
        let t = t.trim_start_matches('#').trim_start();
        let mut title = t.to_string();
        // A title set on two lines (`湖北省国民经济和社会发展` / `第十四个五年规划和…纲要`):
        // two short lines with one line break between them.
        let at = c
            .lines
            .iter()
            .position(|l| text[l.start..l.end].trim() == t);
        if let Some(k) = at.filter(|&k| k + 1 < c.lines.len()) {
            let (a, b) = (c.lines[k], c.lines[k + 1]);
            let next = text[b.start..b.end].trim();
            let gap = &original[c.orig_end(a.end)..c.orig_start(b.start)];
            // A title already whole (`…规划纲要`, `…工作报告`) goes on only with a word that
            // joins (`和二〇三五年远景目标纲要`), not into a 专栏 or table heading under it.
            let whole = ["纲要", "规划", "报告", "公报", "意见", "方案", "通知"]
                .iter()
                .any(|w| t.ends_with(w));
            let joins = next.starts_with(['和', '暨', '与', '及', '的']);
            if b.kind == LineKind::Text
                && is_title(next)
                && gap.matches('\n').count() == 1
                && !is_title_break(next)
                && !is_letterhead(next)
                && (!whole || joins)
            {
                title.push_str(next);
            }
        }
        let t = title.as_str();
        meta.title = Some(title.clone());
        meta.headline = headline_after(&title, c);
        meta.title_year = year_in(t);
    }
    read_delivery(&mut meta, c);
    if meta.year.is_none() {
        meta.year = meta.date_year.or(meta.title_year);
    }
    meta
}

/// The date of a report from its subtitle, sign-off or closing line, or from the session
/// it was delivered at; and whether it is a report to a congress session.
fn read_delivery(meta: &mut Meta, c: &Cleaned) {
    let text = &c.text;
    let count = c.lines.len();
    let near_edge = |i: usize| i < 20 || i + 12 >= count;
    let title = meta.title.as_deref().unwrap_or("");
    meta.report = title.contains("政府工作报告") || title.contains("工作报告");
    // A plan approved at a session (`…会议批准`) is no report on a year.
    let plan = title.contains("规划") || title.contains("纲要");
    let mut late = false;
    for (i, line) in c.lines.iter().enumerate() {
        if !near_edge(i) {
            continue;
        }
        let t = text[line.start..line.end].trim();
        if t.is_empty() || t.chars().count() > 60 {
            continue;
        }
        let delivered = t.contains("人民代表大会") && t.contains("会议上")
            || t.contains("人大") && t.contains("会议上");
        meta.report |= delivered && !plan;
        if meta.date_year.is_none() {
            let body = t.trim_start_matches(['—', '-', '－', '―', '(', '（', ' ']);
            let signed = body.len() < t.len() || delivered;
            if let Some((written, year)) = find_date(body) {
                // A line that is a date alone (`2028年11月`), or a subtitle/sign-off that
                // starts with one (`——2024年1月23日在…`).
                let alone = written.len() == body.trim_end_matches(['）', ')']).len();
                let dated =
                    written.contains('月') && (signed && body.starts_with(written) || alone);
                if dated {
                    meta.date = Some(written.to_string());
                    meta.date_year = Some(year);
                    meta.date_source = Some(DateSource::Signoff);
                    // Only a report delivered early in a year (a congress's annual session)
                    // reviews the year before; one in October reports on this year.
                    if month_of(written).is_some_and(|m| m > 3) {
                        late = true;
                    }
                }
            }
        }
    }
    meta.report &= !late;
    if meta.date_year.is_none() {
        for (i, line) in c.lines.iter().enumerate() {
            if !near_edge(i) {
                continue;
            }
            let t = text[line.start..line.end].trim();
            if let Some(y) = session_year(t) {
                meta.date_year = Some(y);
                meta.date_source = Some(DateSource::Session);
                break;
            }
        }
    }
}

/// A title that names part of a year (`2028年前三季度…经济运行情况`, `上半年…`, `1—9月…`):
/// the figures under it that name no time of their own are for that part.
pub fn names_part_of_year(title: &str) -> bool {
    title.contains("季度")
        || title.contains("半年")
        || title.char_indices().any(|(i, c)| {
            matches!(c, '—' | '-' | '－' | '至')
                && title[..i].ends_with(|d: char| d.is_ascii_digit())
                && title[i + c.len_utf8()..]
                    .trim_start_matches(|d: char| d.is_ascii_digit())
                    .starts_with('月')
        })
}

/// A news agency's dateline heading a text (`新华社北京3月13日电`, `本报讯`), or a
/// newspaper's edition line: where and when it was filed, not what it is called.
fn is_dateline(l: &str) -> bool {
    let l = l.trim();
    l.starts_with("本报讯")
        || l.ends_with('电') && l.contains('月') && l.contains('日') && l.chars().count() <= 24
        || is_edition_line(l)
}

/// A newspaper's edition line: its name, the date, the weekday, the page
/// (`四川日报　2028年1月24日　星期一　第01版`).
fn is_edition_line(l: &str) -> bool {
    let page = l.find('第').is_some_and(|at| {
        let rest = &l[at + '第'.len_utf8()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with('版')
    });
    l.chars().count() <= 40 && find_date(l).is_some() && (page || l.contains("星期"))
}

/// The first short unpunctuated text line after the title line, within the document's
/// head and before its first sentence of prose: a dateline, an issue line, an issuer or a
/// rule between them is passed over.
fn headline_after(title: &str, c: &Cleaned) -> Option<String> {
    let text = &c.text;
    let lines: Vec<&str> = c
        .lines
        .iter()
        .take(12)
        .filter(|l| l.kind == LineKind::Text)
        .map(|l| text[l.start..l.end].trim())
        .collect();
    let at = lines.iter().position(|l| title.starts_with(*l))?;
    for l in lines[at + 1..].iter().copied() {
        let rule = !l.chars().any(char::is_alphanumeric);
        if rule || title.contains(l) || is_letterhead(l) || is_dateline(l) || find_date(l).is_some()
        {
            continue;
        }
        let n = l.chars().count();
        let prose = l.contains(['。', '；', '，', '：', ':']);
        return (!prose && (4..=30).contains(&n)).then(|| l.to_string());
    }
    None
}

/// The head of a red-letter document, above its title: the issuer's banner
/// (`青岛市人民政府文件`), its document number (`青政字〔2028〕36号`), the issuer alone.
fn is_letterhead(l: &str) -> bool {
    let banner = l
        .strip_suffix("文件")
        .is_some_and(|by| !by.is_empty() && is_issuer(by));
    let number = l.chars().count() <= 24 && l.contains(['〔', '[']) && l.ends_with('号');
    // A bulletin's issue line (`第9期（总第112期）`, `第十二期`).
    let issue = l.chars().count() <= 16
        && l.strip_prefix('第').is_some_and(|r| {
            let n = r.trim_start_matches(|c: char| {
                c.is_ascii_digit() || "一二三四五六七八九十百〇零".contains(c)
            });
            n.len() < r.len() && n.starts_with('期')
        });
    banner || number || issue || is_issuer(l)
}

/// A line that names who issued a document, not what it is: `来源：…`, or organisations
/// alone (`湖北省统计局　国家统计局湖北调查总队`, `中共湖北省委办公厅`).
/// An organisation's name ends in what it is: a bureau, a survey team (`调查队`,
/// `调查总队`), an office, a commission (`发展改革委`), a government, a centre.
fn is_issuer(l: &str) -> bool {
    const ORGS: [&str; 10] = [
        "局",
        "队",
        "办公室",
        "厅",
        "委",
        "委员会",
        "政府",
        "中心",
        "研究院",
        "研究室",
    ];
    const WHAT: [&str; 8] = [
        "报告", "公报", "规划", "纲要", "通知", "意见", "方案", "情况",
    ];
    l.starts_with("来源")
        || l.starts_with("作者")
        || l.split([' ', '\u{3000}'])
            .filter(|w| !w.is_empty())
            .all(|w| ORGS.iter().any(|o| w.ends_with(o)))
            && !WHAT.iter().any(|w| l.contains(w))
}

/// The month of a date as written: `2027年10月28日`, `2027-10-28`, `二〇二七年十月` → 10.
pub fn month_of(date: &str) -> Option<u32> {
    if let Some((_, rest)) = date
        .split_once('年')
        .filter(|_| !date.starts_with(|c: char| c.is_ascii_digit()))
    {
        let m = rest.split('月').next()?;
        return crate::numbers::numeral::chinese(m)
            .map(|n| n.value as u32)
            .filter(|m| (1..=12).contains(m));
    }
    let rest = date.get(4..)?;
    let rest = rest.trim_start_matches(['年', '-', '/', '.']);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().filter(|m| (1..=12).contains(m))
}

/// The year of a provincial or national people's congress session: the 13th congresses
/// sat from 2018, the 14th from 2023 (a term is five years, one session a year), so
/// `省十四届人大二次会议` and `第十四届人民代表大会第二次会议` → 2024. A city's or county's
/// congress counts its terms otherwise and gives no year.
pub fn session_year(t: &str) -> Option<i32> {
    let at = t.find("届")?;
    let before = &t[..at];
    let term_text: String = before
        .chars()
        .rev()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let place = &before[..before.len() - term_text.len()];
    let place = place.trim_end_matches('第');
    let level = place.ends_with('省')
        || place.ends_with("自治区")
        || place.ends_with("全国")
        || place.ends_with("北京市")
        || place.ends_with("天津市")
        || place.ends_with("上海市")
        || place.ends_with("重庆市");
    if !level {
        return None;
    }
    let term = crate::numbers::numeral::chinese(&term_text)?.value as i32;
    let rest = &t[at + "届".len()..];
    let rest = rest
        .trim_start_matches("人民代表大会")
        .trim_start_matches("人大")
        .trim_start_matches('第');
    let n: String = rest
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .collect();
    let session = crate::numbers::numeral::chinese(&n)?.value as i32;
    let after = &rest[n.len()..];
    if !(after.starts_with("次会议") || after.starts_with("次全体会议"))
        || !(10..=20).contains(&term)
        || !(1..=5).contains(&session)
    {
        return None;
    }
    Some(2018 + 5 * (term - 13) + session - 1)
}

/// A line that cannot continue a title: a byline, a date, a table of contents.
fn is_title_break(line: &str) -> bool {
    line.starts_with(['（', '(', '—', '-'])
        || line.contains("目录")
        || line.contains("目 录")
        || year_in(line).is_some() && line.chars().count() < 14
}

/// A date in Chinese numerals at the start of `s`: `二〇二八年九月二十六日` (the year digit
/// by digit, month and day as numbers).
fn chinese_date(s: &str) -> Option<(&str, i32)> {
    use crate::numbers::numeral::chinese_digit;
    let digits: Vec<u32> = s.chars().take(4).map_while(chinese_digit).collect();
    let year_len: usize = s.chars().take(4).map(char::len_utf8).sum();
    if digits.len() != 4 || !s[year_len..].starts_with('年') {
        return None;
    }
    let year = digits.iter().fold(0, |y, d| y * 10 + *d as i32);
    let len = s
        .char_indices()
        .take_while(|&(_, c)| chinese_digit(c).is_some() || "十年月日".contains(c))
        .last()
        .map_or(0, |(j, c)| j + c.len_utf8());
    DATE_YEARS.contains(&year).then(|| (&s[..len], year))
}

/// A date in digits at the start of `s`: `2019-07-17`, `2019/7/17`, `2019.07.17`,
/// `2019年7月17日`.
fn arabic_date(s: &str) -> Option<(&str, i32)> {
    let b = s.as_bytes();
    if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year: i32 = s[..4].parse().ok()?;
    let rest = &s[4..];
    let date_len = rest
        .char_indices()
        .take_while(|&(_, c)| {
            c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | '年' | '月' | '日')
        })
        .last()
        .map_or(0, |(j, c)| j + c.len_utf8());
    DATE_YEARS
        .contains(&year)
        .then(|| (&s[..4 + date_len], year))
}

/// The first date in `s`: `2019-07-17`, `2019/7/17`, `2019.07.17`, `2019年7月17日`,
/// `二〇一九年七月十七日`.
fn find_date(s: &str) -> Option<(&str, i32)> {
    date_at(s).map(|(_, written, year)| (written, year))
}

/// The first date in `s` and where it begins.
fn date_at(s: &str) -> Option<(usize, &str, i32)> {
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        // A year's first digit, not the middle of a longer number.
        let found = if !c.is_ascii_digit() {
            chinese_date(&s[i..])
        } else if prev.is_some_and(|p| p.is_ascii_digit()) {
            None
        } else {
            arabic_date(&s[i..])
        };
        if let Some((written, year)) = found {
            return Some((i, written, year));
        }
        prev = Some(c);
    }
    None
}

/// A year written in a title: `2025年`, `（2025）`.
pub fn year_in(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let digits = b[i..i + 4].iter().all(u8::is_ascii_digit);
        let alone = (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        let year: i32 = if digits && alone {
            s.get(i..i + 4)?.parse().ok()?
        } else {
            return None;
        };
        let after = &s[i + 4..];
        (DATE_YEARS.contains(&year) && (after.starts_with('年') || after.starts_with(['）', ')'])))
            .then_some(year)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::clean::clean;

    #[test]
    fn reads_the_publication_date_and_title_of_a_web_page() {
        let src = "主办:中共湖北省委\n\n当前位置: 首页 > 政策文稿\n\n全面深化改革\n\n强力改革竞风流\n\n(发布时间:2019-07-17)\n\n  正文。";
        let m = read(src, &clean(src));
        assert_eq!(m.date.as_deref(), Some("2019-07-17"));
        assert_eq!(m.year, Some(2019));
        assert_eq!(m.title.as_deref(), Some("强力改革竞风流"));
    }

    #[test]
    fn a_title_on_two_lines() {
        let src = "\n\n湖北省国民经济和社会发展\n第十四个五年规划和二〇三五年远景目标纲要\n\n目 录\n\n正文。";
        let m = read(src, &clean(src));
        assert_eq!(
            m.title.as_deref(),
            Some("湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要")
        );
        let src = "桐川县国民经济和社会发展第十五个五年规划\n和二〇三五年远景目标纲要\n\n正文。";
        let m = read(src, &clean(src));
        assert_eq!(
            m.title.as_deref(),
            Some("桐川县国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要")
        );
        assert!(names_part_of_year(
            "2028年前三季度赣州市经济运行情况新闻发布稿"
        ));
        assert!(names_part_of_year("1—9月全省经济运行情况"));
        assert!(!names_part_of_year("2027年政府工作报告"));
        // A news dateline is no title.
        let src =
            "新华社北京3月13日电\n\n中华人民共和国国民经济和社会发展第十五个五年规划纲要\n\n正文。";
        let m = read(src, &clean(src));
        assert_eq!(
            m.title.as_deref(),
            Some("中华人民共和国国民经济和社会发展第十五个五年规划纲要")
        );
        // A whole title does not run on into the box heading under it.
        let src =
            "江城市国民经济和社会发展第十五个五年规划纲要\n专栏1 “十五五”时期主要指标\n指标\t单位";
        let m = read(src, &clean(src));
        assert_eq!(
            m.title.as_deref(),
            Some("江城市国民经济和社会发展第十五个五年规划纲要")
        );
        // The issuers between a title and its date are passed over: a city's survey team
        // is a 调查队, a province's a 调查总队.
        for issuer in [
            "岳阳市统计局　国家统计局岳阳调查队",
            "湖北省发展改革委",
            "——岳阳市统计局新闻发言人答记者问",
        ] {
            let src = format!("岳阳市2026年国民经济和社会发展统计公报\n\n{issuer}\n发布时间：2027-03-26\n\n一、综合\n\n正文。");
            let m = read(&src, &clean(&src));
            assert_eq!(
                m.title.as_deref(),
                Some("岳阳市2026年国民经济和社会发展统计公报"),
                "{issuer}"
            );
        }
    }

    #[test]
    fn the_date_of_a_report() {
        let src = "湖北省政府工作报告\n\n——2024年1月23日在湖北省第十四届人民代表大会第二次会议上\n\n各位代表：\n\n正文。";
        let m = read(src, &clean(src));
        assert_eq!((m.date_year, m.report), (Some(2024), true));
        let src = "评估报告\n\n正文很长很长。\n\n某某委员会\n2028年11月";
        assert_eq!(read(src, &clean(src)).date_year, Some(2028));
        // A press conference's notice.
        let src = "“前三季度全省经济运行情况”新闻发布会\n\n时间：2028年10月20日上午10时\n地点：省政府新闻发布厅\n\n正文。";
        assert_eq!(read(src, &clean(src)).date_year, Some(2028));
        assert_eq!(session_year("在省十四届人大二次会议上"), Some(2024));
        assert_eq!(
            session_year("湖北省第十三届人民代表大会第四次会议"),
            Some(2021)
        );
        assert_eq!(session_year("县十八届人大三次会议"), None);
        // A long title ending as titles do stands alone above its dated subtitle.
        let src = "关于重庆市2027年国民经济和社会发展计划执行情况与2028年计划草案的报告（摘要）\n\n（2028年1月22日在重庆市第七届人民代表大会第一次会议上）\n\n正文。";
        let m = read(src, &clean(src));
        assert_eq!(m.date_year, Some(2028));
        assert!(m.title.is_some_and(|t| t.ends_with("报告（摘要）")));
    }

    /// A web page's dateline without a label: a full date opening a head line, with its
    /// time or source.
    #[test]
    fn an_unlabelled_dateline() {
        let src = "前三季度重庆经济运行稳中向好\n\n2028-10-21 08:30　　来源：重庆日报\n\n正文。";
        let m = read(src, &clean(src));
        assert_eq!(
            (m.date.as_deref(), m.year),
            (Some("2028-10-21"), Some(2028))
        );
        let src = "标题\n\n2028年大事记\n\n正文。";
        assert_eq!(read(src, &clean(src)).date, None);
        // A WeChat article's header, a newspaper's edition line (not the title).
        let src =
            "上半年全县经济运行稳中有进\n\n原创　景宁发布　2028年07月28日 18:05　浙江\n\n正文。";
        assert_eq!(
            read(src, &clean(src)).date.as_deref(),
            Some("2028年07月28日")
        );
        let src = "四川日报　2028年1月24日　星期一　第01版\n\n政府工作报告（摘要）\n\n正文。";
        let m = read(src, &clean(src));
        assert_eq!(m.title.as_deref(), Some("政府工作报告（摘要）"));
        assert_eq!(m.date_year, Some(2028));
    }

    #[test]
    fn a_date_in_chinese_numerals() {
        let src = "中期评估报告\n——二〇二八年九月二十六日在省人民代表大会常务委员会第五次会议上\n\n正文。";
        let m = read(src, &clean(src));
        assert_eq!(m.date.as_deref(), Some("二〇二八年九月二十六日"));
        assert_eq!(m.date_year, Some(2028));
        assert_eq!(month_of("二〇二八年九月二十六日"), Some(9));
    }

    #[test]
    fn a_year_in_the_title() {
        let src = "2025年营商环境成绩单\n\n正文很长很长。";
        let m = read(src, &clean(src));
        assert_eq!(m.year, Some(2025));
        assert_eq!(year_in("湖北交出了一份亮眼“成绩单”"), None);
    }
}
