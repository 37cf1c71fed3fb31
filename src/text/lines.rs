//! What a line of pasted text is: prose, a table row, a page number, a table-of-contents
//! entry, or the boilerplate of the web page it was copied from.
//!
//! The kinds decide what the extractors read: a page number (`— 9 —`) or a table-of-contents
//! page (`第一节 ……  12`) is never a claim; portal boilerplate (`当前位置: 首页 > …`,
//! `主办:…`) is metadata, not content. The marker words are data (`data/boilerplate.txt`).

use crate::data;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// Empty or only white space.
    Blank,
    /// A page number or footer line left by PDF extraction: `— 9 —`, `- 12 -`, `第 3 页`.
    PageNumber,
    /// A table-of-contents entry: a title, dot leaders, a page number.
    Toc,
    /// Web-page or publication boilerplate: navigation, publisher, date, sharing links.
    Boilerplate,
    /// A byline or credit of a write-up: `策划：省委改革办`, `本刊记者刘海`,
    /// `(本文资料由省委改革办提供)` (`data/credits.txt`).
    Credit,
    /// A table row: cells separated by tabs or wide runs of spaces.
    TableRow,
    /// Prose, headings, titles: everything that is read.
    Text,
}

/// Classifies one raw line. `index` and `count` place it in the document: boilerplate
/// markers that are common words (`来源`) count only near the top or the bottom.
pub fn classify(line: &str, index: usize, count: usize) -> LineKind {
    let t = line.trim();
    if t.is_empty() {
        return LineKind::Blank;
    }
    if is_page_number(t) {
        return LineKind::PageNumber;
    }
    if is_toc_entry(t) {
        return LineKind::Toc;
    }
    let near_edge = index < 30 || index + 15 >= count;
    if is_boilerplate(t, near_edge) {
        return LineKind::Boilerplate;
    }
    if is_credit(t) {
        return LineKind::Credit;
    }
    if is_table_row(line) {
        return LineKind::TableRow;
    }
    LineKind::Text
}

/// A short line without sentence punctuation that starts with a credit marker.
fn is_credit(t: &str) -> bool {
    let t = t.trim_start_matches(['(', '（']);
    if t.chars().count() > 40 || t.contains(['。', '，', ',', '；']) {
        return false;
    }
    data::credits().iter().any(|(marker, any)| {
        t.starts_with(marker.as_str())
            && (*any || t[marker.len()..].starts_with([':', '：', ' ', '\u{3000}']))
    })
}

/// `— 9 —`, `- 12 -`, `-9-`, `·9·`, `第 3 页`, `第3页 共10页`, a lone number.
pub(crate) fn is_page_number(t: &str) -> bool {
    // A page number line is short: long lines (paragraphs) are rejected before any copy.
    if t.len() > 40 {
        return false;
    }
    let core: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let inner = core.trim_matches(|c| matches!(c, '—' | '-' | '–' | '·' | '－' | '―'));
    if !inner.is_empty() && inner.len() <= 4 && inner.chars().all(|c| c.is_ascii_digit()) {
        // A bare number needs its dashes, unless the line is a number alone (a page
        // number without decoration, as some PDF tools print it).
        return inner.len() < core.len() || core.len() <= 3;
    }
    if let Some(rest) = core.strip_prefix('第') {
        if let Some(num) = rest.strip_suffix('页') {
            return !num.is_empty() && num.chars().all(|c| c.is_ascii_digit());
        }
        if let Some((a, b)) = rest.split_once("页共") {
            return a.chars().all(|c| c.is_ascii_digit())
                && b.trim_end_matches('页').chars().all(|c| c.is_ascii_digit());
        }
    }
    false
}

/// A title followed by dot leaders and a page number: `第一节 ……\t12`, `一、总体要求....3`.
fn is_toc_entry(t: &str) -> bool {
    let body = t.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    if body.len() == t.len() {
        return false; // no page number at the end
    }
    let leaders = body
        .chars()
        .rev()
        .take_while(|c| matches!(c, '.' | '…' | '·' | '．' | '-' | '─'))
        .count();
    leaders >= 3 || (leaders >= 1 && body.ends_with('…'))
}

fn is_boilerplate(t: &str, near_edge: bool) -> bool {
    // Only the line's start is compared, so only it is lower-cased.
    let end = t.char_indices().nth(8).map_or(t.len(), |(i, _)| i);
    let head = t[..end].to_ascii_lowercase();
    if head.starts_with("www.") || head.starts_with("http://") || head.starts_with("https://") {
        return true;
    }
    // A breadcrumb trail: `首页 > 政策文稿 > …`.
    if t.starts_with("首页") && t.contains(['>', '＞', '»', '/']) {
        return true;
    }
    let t = t.trim_start_matches(['(', '（', '【', '[']);
    data::boilerplate().iter().any(|(marker, anywhere)| {
        (*anywhere || near_edge)
            && t.starts_with(marker.as_str())
            && t[marker.len()..].starts_with([':', '：', ' ', '】', ']'])
    }) || data::boilerplate_lines().iter().any(|l| t == l.as_str())
}

/// Cells separated by a tab, or by two wide gaps of spaces (columns aligned with spaces).
fn is_table_row(line: &str) -> bool {
    if line.trim().contains('\t') {
        return true;
    }
    let t = line.trim();
    let gaps = t.split("   ").filter(|s| !s.trim().is_empty()).count();
    gaps >= 3
}

/// An indented line right after a boilerplate line at the head of a page continues it
/// (`承办:中共湖北省委办公厅` / `   中共湖北省委政研室(…)`).
pub fn continues_boilerplate(prev: LineKind, line: &str, index: usize) -> bool {
    prev == LineKind::Boilerplate && index < 30 && line.starts_with([' ', '\t', '\u{3000}'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        let cases = [
            ("— 9 —", LineKind::PageNumber),
            ("- 12 -", LineKind::PageNumber),
            ("第 3 页", LineKind::PageNumber),
            (
                "第一节 决胜全面建成小康社会取得决定性成就.....\t1",
                LineKind::Toc,
            ),
            (
                "当前位置: 首页 > 政策文稿 > 全面深化改革",
                LineKind::Boilerplate,
            ),
            ("主办:中共湖北省委", LineKind::Boilerplate),
            ("(发布时间:2019-07-17)", LineKind::Boilerplate),
            ("www.policy.net.cn", LineKind::Boilerplate),
            ("策划：湖北省委改革办 组稿：李中华 杨楚", LineKind::Credit),
            ("本刊记者刘海", LineKind::Credit),
            ("(本文资料由省委改革办提供)", LineKind::Credit),
            ("统筹推进新基建和传统基建", LineKind::Text),
            ("记者从省发改委获悉，全省投资增长5%。", LineKind::Text),
            ("类别\t指标名称\t2020年\t2025年", LineKind::TableRow),
            (
                "地区生产总值增长(%)    —     —     6.5    预期性",
                LineKind::TableRow,
            ),
            ("全省国有“三资”总规模达到21.8万亿元。", LineKind::Text),
            ("2024年", LineKind::Text),
            ("", LineKind::Blank),
        ];
        let mut bad = Vec::new();
        for (line, want) in cases {
            let got = classify(line, 0, 100);
            if got != want {
                bad.push(format!("{line:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}
