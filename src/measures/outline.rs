//! The document's outline: its title, its headings in every form Chinese policy documents
//! use, and the titles of the reform cases of a write-up with the unit responsible.
//!
//! - numbered: `第一篇`, `第一章`, `第一节`, `一、`, `（一）`, `1.`, `（1）`, `①` — a line of its own
//!   without sentence punctuation (`（一）深化…改革。` inside a paragraph is an item);
//! - `专栏 2 创新平台建设工程` boxes, and the tables inside them;
//! - unnumbered: a short line without punctuation followed by a paragraph (`主要领导领衔抓`);
//!   when the next line names a unit (`推进大财政体系建设` / `武汉市委改革办`), it is a reform
//!   case and the unit is its `owner`;
//! - the document's title (and a `——` subtitle).
//!
//! Levels are ranks among the forms the document uses, so a write-up whose only headings
//! are case titles has them at level 1, and a plan has 章 at 1, 节 at 2, 一、 at 3.

use super::markers::{marker, Style};
use crate::data;
use crate::text::{Document, LineKind};

/// What a heading is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Title,
    Subtitle,
    Part,
    Chapter,
    Section,
    /// A reform case of a write-up: a title line with the responsible unit under it.
    Case,
    /// An unnumbered heading.
    Heading,
    Numbered(Style),
    /// A `专栏` box.
    Box,
    /// A table (a run of table rows).
    Table,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Title => "title",
            Kind::Subtitle => "subtitle",
            Kind::Part => "part",
            Kind::Chapter => "chapter",
            Kind::Section => "section",
            Kind::Case => "case",
            Kind::Heading => "heading",
            Kind::Numbered(_) => "numbered",
            Kind::Box => "box",
            Kind::Table => "table",
        }
    }

    /// Kinds whose level is one below the heading they sit under, not a rank of their own.
    fn nested(self) -> bool {
        matches!(self, Kind::Box | Kind::Table)
    }
}

/// A heading in the cleaned text.
#[derive(Debug, Clone)]
pub struct Heading {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub level: u8,
    pub owner: Option<String>,
    /// Index of the enclosing heading in the outline.
    pub parent: Option<usize>,
    /// Index of its line in the cleaned text.
    line: usize,
}

/// The outline, and the lines that are not prose: headings and owner lines.
pub struct Outline {
    pub headings: Vec<Heading>,
    /// For each line of the cleaned text: whether it is a heading or an owner line.
    pub not_prose: Vec<bool>,
}

pub fn read(doc: &Document) -> Outline {
    let text = doc.clean();
    let lines = doc.lines();
    let mut not_prose = vec![false; lines.len()];
    let mut headings: Vec<Heading> = Vec::new();
    let line_text = |i: usize| text[lines[i].start..lines[i].end].trim();
    // The next line that is not blank (a page number is dropped by cleaning).
    let next_line = |i: usize| (i + 1..lines.len()).find(|&k| lines[k].kind != LineKind::Blank);
    let title = doc.meta.title.as_deref().unwrap_or("");

    // The title's line: plain headings above it are the page's chrome (a column name).
    let title_line = (0..lines.len())
        .filter(|&k| lines[k].kind == LineKind::Text)
        .take(10)
        .find(|&k| {
            !title.is_empty() && title.contains(line_text(k)) && line_text(k).chars().count() >= 4
        });
    let mut i = 0;
    let mut seen_prose = false;
    while i < lines.len() {
        let line = lines[i];
        let t = line_text(i);
        let (start, end) = trimmed_span(text, line.start, line.end);
        let push = |headings: &mut Vec<Heading>, kind, owner| {
            headings.push(Heading {
                start,
                end,
                kind,
                level: 0,
                owner,
                parent: None,
                line: i,
            })
        };
        match line.kind {
            LineKind::TableRow => {
                // A run of rows is one table entry, spanning its first row.
                if !matches!(headings.last(), Some(h) if h.kind == Kind::Table && i > 0 && lines[i - 1].kind == LineKind::TableRow)
                {
                    push(&mut headings, Kind::Table, None);
                }
                i += 1;
                continue;
            }
            LineKind::Text => {}
            _ => {
                i += 1;
                continue;
            }
        }
        // A first line with a unit under it is a reform case, not the document's title.
        let has_unit = next_line(i).is_some_and(|k| is_unit(line_text(k)));
        let kind = if title_line.is_some_and(|k| i == k || i == k + 1 && !seen_prose)
            && title.contains(t)
            && t.chars().count() >= 4
            && !has_unit
        {
            Some(Kind::Title)
        } else if !seen_prose
            && t.starts_with("——")
            && headings.last().is_some_and(|h| h.kind == Kind::Title)
        {
            Some(Kind::Subtitle)
        } else {
            heading_kind(t)
        };
        let kind = match kind {
            Some(k) => Some(k),
            None if is_plain_heading(t)
                && title_line.is_none_or(|k| i >= k)
                && next_line(i).is_some_and(|k| lines[k].kind == LineKind::Text) =>
            {
                Some(Kind::Heading)
            }
            None => None,
        };
        match kind {
            Some(Kind::Heading) => {
                // A unit on the next line makes it a reform case.
                let owner_line = next_line(i).filter(|&k| is_unit(line_text(k)));
                if let Some(k) = owner_line {
                    push(&mut headings, Kind::Case, Some(line_text(k).to_string()));
                    not_prose[i] = true;
                    not_prose[k] = true;
                    i = k + 1;
                    continue;
                }
                push(&mut headings, Kind::Heading, None);
                not_prose[i] = true;
            }
            Some(Kind::Title) if headings.last().is_some_and(|h| h.kind == Kind::Title) => {
                // A title set on two lines is one entry.
                if let Some(h) = headings.last_mut() {
                    h.end = end;
                }
                not_prose[i] = true;
            }
            Some(kind) => {
                push(&mut headings, kind, None);
                not_prose[i] = true;
            }
            None => seen_prose |= title_line.is_none_or(|k| i > k),
        }
        i += 1;
    }
    assign_levels(&mut headings);
    Outline {
        headings,
        not_prose,
    }
}

fn trimmed_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    (start + lead, start + s.trim_end().len())
}

/// A numbered heading, a box, or nothing.
fn heading_kind(t: &str) -> Option<Kind> {
    let sentence = t.contains(['。', '；', '！', '？', ';']);
    let n = t.chars().count();
    if let Some(rest) = t.strip_prefix('第') {
        let num = rest
            .char_indices()
            .take_while(|(_, c)| "一二三四五六七八九十百零〇0123456789".contains(*c))
            .last()
            .map(|(i, c)| i + c.len_utf8())?;
        let after = &rest[num..];
        if !sentence && n <= 60 {
            for (word, kind) in [
                ("篇", Kind::Part),
                ("部分", Kind::Part),
                ("章", Kind::Chapter),
                ("节", Kind::Section),
            ] {
                if after.starts_with(word) {
                    return Some(kind);
                }
            }
        }
        return None;
    }
    if let Some(rest) = t.strip_prefix("专栏") {
        if rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) && n <= 60 {
            return Some(Kind::Box);
        }
    }
    let (style, len) = marker(t)?;
    let title = t[len..].trim();
    (style.opens_heading() && !sentence && !title.is_empty() && n <= 40 && !title.contains('，'))
        .then_some(Kind::Numbered(style))
}

/// A short line without clause punctuation: a heading when a paragraph follows it.
fn is_plain_heading(t: &str) -> bool {
    let n = t.chars().count();
    // `图 2 …示意图`, `表3 …`: a caption, not a heading.
    let caption = t
        .strip_prefix(['图', '表'])
        .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    !caption
        && (4..=30).contains(&n)
        && !t.contains([
            '。', '；', '！', '？', '，', ',', ';', ':', '：', '!', '?', '•', '|',
        ])
        && t.chars().any(crate::text::chars::is_han)
}

/// A line that names a unit (`省经济体制和生态文明体制改革专项小组办公室`, `武汉市委改革办`).
fn is_unit(t: &str) -> bool {
    let n = t.chars().count();
    (3..=30).contains(&n)
        && !t.contains(['。', '；', '，', ',', ':', '：', '“', ' ', '•', '·', '|'])
        && data::unit_suffixes().longest_suffix(t).is_some()
}

/// Levels: 0 for the title, then ranks among the forms present; boxes and tables one below
/// the heading they sit under; a heading right after another plain heading one below it.
fn assign_levels(headings: &mut [Heading]) {
    let mut ranks: Vec<Kind> = headings
        .iter()
        .map(|h| rank_kind(h.kind))
        .filter(|k| !matches!(k, Kind::Title | Kind::Subtitle) && !k.nested())
        .collect();
    ranks.sort();
    ranks.dedup();
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..headings.len() {
        let kind = headings[i].kind;
        let level = match kind {
            Kind::Title | Kind::Subtitle => 0,
            // A table sits under whatever holds it (a box included); a box under a heading.
            Kind::Table => stack.last().map_or(1, |&j| headings[j].level + 1),
            Kind::Box => stack
                .iter()
                .rev()
                .map(|&j| &headings[j])
                .find(|h| !h.kind.nested())
                .map_or(1, |h| h.level + 1),
            k => {
                let rank = ranks.iter().position(|r| *r == rank_kind(k)).unwrap_or(0) as u8 + 1;
                // Two plain headings in a row: the second is the first's subtitle.
                let sub = kind == Kind::Heading
                    && i > 0
                    && headings[i - 1].kind == Kind::Heading
                    && headings[i - 1].level == rank
                    && headings[i - 1].line + 1 == headings[i].line;
                rank + u8::from(sub)
            }
        };
        headings[i].level = level;
        while let Some(&j) = stack.last() {
            if headings[j].level >= level && kind != Kind::Subtitle {
                stack.pop();
            } else {
                break;
            }
        }
        headings[i].parent = stack.last().copied();
        // A subtitle and a table hold nothing: what follows belongs to the title or heading.
        if !matches!(kind, Kind::Table | Kind::Subtitle) {
            stack.push(i);
        }
    }
}

/// Case titles and plain headings share a rank.
fn rank_kind(k: Kind) -> Kind {
    if k == Kind::Case {
        Kind::Heading
    } else {
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(src: &str) -> Vec<(String, &'static str, u8, Option<String>)> {
        let doc = Document::new(src);
        read(&doc)
            .headings
            .iter()
            .map(|h| {
                (
                    doc.clean()[h.start..h.end].to_string(),
                    h.kind.name(),
                    h.level,
                    h.owner.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn reform_cases_with_their_units() {
        let src = "全面深化改革案例选编\n\n推进大财政体系建设\n\n省经济体制和生态文明体制改革专项小组办公室\n\n2023年以来，全省推进改革。一是加强统筹。\n\n推进智能网联汽车试点示范\n\n武汉市委改革办\n\n武汉市承接试点任务。\n\n策划：省委改革办";
        let got = outline(src);
        assert_eq!(
            got,
            vec![
                ("全面深化改革案例选编".into(), "title", 0, None),
                (
                    "推进大财政体系建设".into(),
                    "case",
                    1,
                    Some("省经济体制和生态文明体制改革专项小组办公室".into())
                ),
                (
                    "推进智能网联汽车试点示范".into(),
                    "case",
                    1,
                    Some("武汉市委改革办".into())
                ),
            ]
        );
    }

    #[test]
    fn plan_headings_and_boxes() {
        let src = "湖北省发展规划纲要\n\n第九章 全面深化改革\n\n坚定不移深化市场化改革。\n\n第一节 持续优化营商环境\n\n坚持以市场主体为中心。\n\n一、深化行政审批制度改革\n\n无差别全面实施市场准入负面清单制度。\n\n（一）精简许可\n\n精简行政许可事项。\n\n专栏 2 创新平台建设工程\n\n湖北实验室：聚焦光电科学。\n\n指标\t2020年\t2025年\n城镇化率\t62.9\t65\n\n第十章 统筹推进新基建";
        let got: Vec<(String, &str, u8)> = outline(src)
            .into_iter()
            .map(|(t, k, l, _)| (t, k, l))
            .collect();
        let want: Vec<(String, &str, u8)> = vec![
            ("湖北省发展规划纲要".into(), "title", 0),
            ("第九章 全面深化改革".into(), "chapter", 1),
            ("第一节 持续优化营商环境".into(), "section", 2),
            ("一、深化行政审批制度改革".into(), "numbered", 3),
            ("（一）精简许可".into(), "numbered", 4),
            ("专栏 2 创新平台建设工程".into(), "box", 5),
            ("指标\t2020年\t2025年".into(), "table", 6),
            ("第十章 统筹推进新基建".into(), "chapter", 1),
        ];
        assert_eq!(got, want);
    }
}
