//! Named initiatives: the quoted slogans of policy text (`“一市一台”`, `“三资”`, `“六个一”`,
//! `“四个100%”`, `“五类牌照制度”`) with the expansion the text gives nearby.
//!
//! A slogan is a short quoted phrase that carries a number (`六个一` → 6, `三资` → 3) or
//! reads as the name of a programme (`…制度`, `…工程`, `…行动`), or is expanded nearby. Its
//! expansion is looked for, nearest first:
//! - a quoted list in the same or the next sentence: `“六个一”…以“一表申请、一码管理、…”为原则`;
//! - a list in brackets or after `即`/`：` right after it: `“三保”（保基本民生、保工资、保运转）`;
//! - a list just before it in the same clause: `实现A、B、C、D“四个100%”`.
//!
//! A numbered slogan whose list has another length is recorded (`mismatch`): the draft
//! checks report it (`slogan_count`).

use serde::Serialize;

use crate::numbers::numeral;
use crate::text::Document;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Initiative {
    pub id: String,
    /// The slogan without its quotation marks.
    pub text: String,
    /// Its first occurrence, inside the quotation marks (byte offsets of the original
    /// until [`crate::Analysis::into_utf16`]).
    pub start: usize,
    pub end: usize,
    /// Every occurrence, `[start, end]`.
    pub occurrences: Vec<[usize; 2]>,
    /// The number the slogan announces (`六个一` → 6), if it announces one.
    pub count: Option<u32>,
    /// The expansion as written, and its items.
    pub expansion: Option<String>,
    pub expansion_span: Option<[usize; 2]>,
    pub items: Vec<String>,
    /// A numbered slogan whose expansion lists another number of items.
    pub mismatch: bool,
}

/// Words that end the name of a programme.
const NAME_ENDS: [&str; 12] = [
    "制度",
    "工程",
    "行动",
    "计划",
    "改革",
    "机制",
    "模式",
    "体系",
    "平台",
    "试点",
    "工作法",
    "服务",
];

/// Quoted phrases longer than this are quotations, not slogans.
const MAX_CHARS: usize = 16;

struct Quote {
    /// Cleaned byte span of the text inside the marks.
    start: usize,
    end: usize,
}

fn quotes(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' => open = Some(i + c.len_utf8()),
            '”' => {
                if let Some(s) = open.take() {
                    out.push(Quote { start: s, end: i });
                }
            }
            '\n' => open = None,
            _ => {}
        }
    }
    out
}

pub fn extract(doc: &Document) -> Vec<Initiative> {
    let text = doc.clean();
    let qs = quotes(text);
    let mut out: Vec<Initiative> = Vec::new();
    for (qi, q) in qs.iter().enumerate() {
        let inner = &text[q.start..q.end];
        let n = inner.chars().count();
        if !(2..=MAX_CHARS).contains(&n) || inner.contains(['，', '。', '；', ',', '、']) {
            continue;
        }
        let (s, e) = doc.orig_span(q.start, q.end);
        if let Some(known) = out.iter_mut().find(|x| x.text == inner) {
            known.occurrences.push([s, e]);
            continue;
        }
        // `十四五`, `二三一`: numbers used as names, not slogans.
        if inner.chars().all(|c| NUMERALS.contains(c)) {
            continue;
        }
        let count = announced_count(inner);
        let expansion = expansion(text, &qs, qi);
        let named = NAME_ENDS.iter().any(|w| inner.ends_with(w));
        if count.is_none() && expansion.is_none() && !named && !has_numeral(inner) {
            continue;
        }
        let (exp_text, exp_span, items) = match expansion {
            Some((a, b, items)) => {
                let (oa, ob) = doc.orig_span(a, b);
                (Some(text[a..b].to_string()), Some([oa, ob]), items)
            }
            None => (None, None, Vec::new()),
        };
        let mismatch = matches!(count, Some(c) if !items.is_empty() && c as usize != items.len());
        out.push(Initiative {
            id: String::new(),
            text: inner.to_string(),
            start: s,
            end: e,
            occurrences: vec![[s, e]],
            count,
            expansion: exp_text,
            expansion_span: exp_span,
            items,
            mismatch,
        });
    }
    for (k, it) in out.iter_mut().enumerate() {
        it.id = crate::analysis::item_id('i', k);
    }
    out
}

const NUMERALS: &str = "一二两三四五六七八九十百千双0123456789";

fn has_numeral(s: &str) -> bool {
    s.chars().any(|c| NUMERALS.contains(c))
}

/// What a slogan says besides its count: `六个一` → 一, `两个大局` → 大局, `三保` → 保.
fn key_of(slogan: &str) -> &str {
    let rest = slogan.trim_start_matches(|c: char| "一二两三四五六七八九十双".contains(c));
    let rest = rest.trim_start_matches(['个', '大', '类', '项', '张', '条']);
    if rest.is_empty() {
        slogan
    } else {
        rest
    }
}

/// The number a slogan announces: `六个一` → 6, `三资` → 3, `四个100%` → 4, `五类牌照制度` → 5,
/// `双智试点` → 2. `一市一台` (one per city) and `第一粒扣子` announce none.
fn announced_count(s: &str) -> Option<u32> {
    let chars: Vec<char> = s.chars().collect();
    // `一X一Y`: a pattern of one-per, not a count.
    if chars.len() == 4 && chars[0] == '一' && chars[2] == '一' {
        return None;
    }
    if chars.first() == Some(&'双') {
        return Some(2);
    }
    let num: String = chars
        .iter()
        .take_while(|c| "一二两三四五六七八九十".contains(**c))
        .collect();
    if num.is_empty() || num.chars().count() == chars.len() {
        return None;
    }
    let value = numeral::chinese(&num)?.value;
    (2.0..=99.0).contains(&value).then_some(value as u32)
}

/// The expansion of quote `qi`: (cleaned start, end, items).
fn expansion(text: &str, qs: &[Quote], qi: usize) -> Option<(usize, usize, Vec<String>)> {
    let q = &qs[qi];
    let after = q.end + '”'.len_utf8();
    // Bracketed or introduced list right after the slogan.
    let rest = &text[after.min(text.len())..];
    for (open, close) in [
        ("（", "）"),
        ("(", ")"),
        ("，即", "。"),
        ("：", "。"),
        ("即", "。"),
    ] {
        if let Some(body) = rest.strip_prefix(open) {
            let end = body
                .find(close)
                .unwrap_or(body.len())
                .min(body.find('。').unwrap_or(body.len()));
            let list = &body[..end];
            let items = split_items(list);
            if items.len() >= 2 {
                let a = after + open.len();
                return Some((a, a + list.len(), items));
            }
        }
    }
    // A quoted list in this sentence or the next whose items echo the slogan (each item of
    // `“一表申请、一码管理…”` has the 一 of `“六个一”`); another slogan nearby
    // (`“两个大局”… “建成支点、走在前列…”`) is not its expansion.
    let limit = sentence_end(text, after, 2);
    let key = key_of(&text[q.start..q.end]);
    for other in qs.iter().skip(qi + 1) {
        if other.start > limit {
            break;
        }
        let inner = &text[other.start..other.end];
        let items = split_items(inner);
        if items.len() >= 2 && items.iter().all(|it| it.chars().any(|c| key.contains(c))) {
            return Some((other.start, other.end, items));
        }
    }
    // A list just before it in the same clause (`实现A、B、C、D“四个100%”`).
    let open = q.start - '“'.len_utf8();
    let clause_start = text[..open]
        .rfind(['，', '。', '；', '：', ',', ';', '\n'])
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let before = &text[clause_start..open];
    if before.contains('、') {
        // The list starts after the clause's verb: drop the words before the first item's
        // head by keeping only what follows the last verb-like break (`实现`, `达到`).
        let list_start = ["实现", "达到", "包括", "涵盖", "即"]
            .iter()
            .filter_map(|w| before.find(w).map(|i| i + w.len()))
            .max()
            .unwrap_or(0);
        let list = &before[list_start..];
        let items = split_items(list);
        if items.len() >= 2 {
            let a = clause_start + list_start;
            return Some((a, a + list.len(), items));
        }
    }
    None
}

/// Where the `n`th sentence from `from` ends.
fn sentence_end(text: &str, from: usize, n: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text[from..].char_indices() {
        if matches!(c, '。' | '！' | '？' | '\n') {
            seen += 1;
            if seen == n {
                return from + i;
            }
        }
    }
    text.len()
}

fn split_items(list: &str) -> Vec<String> {
    list.split('、')
        .map(|s| s.trim().trim_matches(['“', '”']).trim_end_matches('等'))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(all: &'a [Initiative], text: &str) -> &'a Initiative {
        all.iter()
            .find(|i| i.text == text)
            .unwrap_or_else(|| panic!("{text} not found in {all:?}"))
    }

    #[test]
    fn slogans_with_their_expansions() {
        let src = "二是明确“六个一”的管理原则。以“一表申请、一码管理、一图支撑、一库归集、一标到底、一套机制”为原则，重塑流程。实现招投标全流程电子化率、政府采购全流程电子化率、土地交易网上挂牌率“四个100%”。坚决兜牢“三保”（保基本民生、保工资、保运转）底线。推行“一市一台”改革。胸怀“两个大局”，加快“建成支点、走在前列、谱写新篇”进程。“十四五”时期。";
        let doc = Document::new(src);
        let all = extract(&doc);
        let six = find(&all, "六个一");
        assert_eq!(
            (six.count, six.items.len(), six.mismatch),
            (Some(6), 6, false)
        );
        let four = find(&all, "四个100%");
        assert_eq!(
            (four.count, four.items.len(), four.mismatch),
            (Some(4), 3, true)
        );
        assert_eq!(four.items[0], "招投标全流程电子化率");
        let three = find(&all, "三保");
        assert_eq!((three.count, three.items.len()), (Some(3), 3));
        let one = find(&all, "一市一台");
        assert!(all.iter().all(|i| i.text != "十四五"));
        assert_eq!(one.count, None);
        let two = find(&all, "两个大局");
        assert_eq!(
            (two.count, two.items.len(), two.mismatch),
            (Some(2), 0, false)
        );
        assert_eq!(&src[one.start..one.end], "一市一台");
    }
}
