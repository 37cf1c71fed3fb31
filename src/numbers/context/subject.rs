//! The subject of a claim: the indicator or thing it quantifies, as a short phrase from
//! the text (claims.md `subject`: at most 24 characters).
//!
//! Read from the clause: the noun a count counts (`10余万家企业`), the indicator before a
//! level (`总规模达到21.8万亿元`), the items before `分别`; and when the clause leaves it
//! implicit (`比上年增长4.6%`, `占全省的37%`, `位居全国第四`), the subject of the figure
//! before it in the sentence.

use super::time::time_expressions;
use crate::analysis::{Claim, Kind};
use crate::data;
use crate::text::words::Dictionary;

/// The longest subject we report (claims.md: a short phrase of at most 24 characters).
const SUBJECT_MAX: usize = 24;

/// `A、B分别增长13.4%、29.1%`: each number of a list takes its own subject, in order —
/// the items named before the verb, or (`资产总额2.8万亿元，营收5238亿元，分别增长…`) the
/// subjects of the figures just before. `earlier` holds the claims of the sentence before
/// this one, the list's own included; `pos` is the claim's place in its list of `n`.
pub fn respectively(
    pos: usize,
    n: usize,
    earlier: &[Claim],
    dict: &Dictionary,
    pre: &str,
) -> Option<String> {
    if n < 2 {
        return None;
    }
    let head = pre.find("分别").map_or(pre, |p| &pre[..p]);
    let items_text = clean_pre(head);
    let items: Vec<&str> = items_text
        .split(['、', '和', '及'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    // `第1季度、上半年、前三季度和全年地区生产总值增速分别为…`: the items are times, the
    // subject is one.
    if items.iter().any(|t| is_time_like(t)) {
        return items
            .last()
            .map(|t| shorten(dict, strip_times(t)).to_string())
            .filter(|s| !s.is_empty());
    }
    if items.len() == n {
        return Some(shorten(dict, items[pos]).to_string());
    }
    // One subject named for all (`城乡居民人均可支配收入分别增长4.9%、6.8%`).
    if !items_text.is_empty() {
        return Some(shorten(dict, items_text).to_string());
    }
    if pre.contains("分别") {
        let before = &earlier[..earlier.len().saturating_sub(pos)];
        if before.len() >= n {
            return before[before.len() - n + pos].subject.clone();
        }
    }
    None
}

fn is_time_like(item: &str) -> bool {
    ["季度", "上半年", "下半年", "全年", "月"]
        .iter()
        .any(|w| item.ends_with(w))
        || time_expressions(item, 0, item.len())
            .first()
            .is_some_and(|t| t.text.len() == item.len())
}

fn strip_times(item: &str) -> &str {
    let mut s = item;
    for w in ["全年", "上半年", "下半年", "前三季度"] {
        s = s.strip_prefix(w).unwrap_or(s);
    }
    s
}

/// Words for the total of what the figure before counts.
const TOTAL_WORDS: [&str; 4] = ["总数", "总量", "总计", "合计"];

/// The subject from the clause. `earlier` is the subject of the figure before it in the
/// sentence, `prev_clause` the clause before its own.
pub fn of_clause(
    dict: &Dictionary,
    pre: &str,
    post: &str,
    kind: Kind,
    earlier: Option<&str>,
    prev_clause: &str,
) -> Option<String> {
    let raw = pre.trim();
    // A share or multiple of another figure: 占全省进出口总额的37.0%, 为预算的100.8%,
    // 是上年的1.8倍, 完成年度目标任务的114.2% — the subject is that of the figure before.
    if let Some(e) = earlier.filter(|_| is_share_of(raw)) {
        return Some(e.to_string());
    }
    // `低于序时进度3.6亿元`: an amount short of (or beyond) what it is compared with is
    // about that, not the indicator of the clause before.
    if kind == Kind::Amount {
        let compared = ["低于", "高于", "少于", "多于", "超出"]
            .iter()
            .find_map(|w| raw.strip_prefix(w))
            .filter(|o| !o.is_empty() && o.chars().count() <= 8);
        if let Some(o) = compared {
            return Some(o.to_string());
        }
    }
    let cleaned = clean_pre(raw);
    // `新增…“小巨人”企业2家、总数达到6家`: a total is of what the figure before counts, the
    // stock of which that figure was the flow (its lead flow word, `新增`, dropped).
    if let Some(e) = earlier.filter(|_| TOTAL_WORDS.contains(&cleaned)) {
        let flows = &crate::data::flow_words().entries;
        let stock = flows.iter().find_map(|w| e.strip_prefix(*w)).unwrap_or(e);
        return Some(stock.to_string());
    }
    let noun = noun_after(post);
    // `总投资103.2亿元的…工程`: the number describes what follows; its subject is before.
    let attributive = post.starts_with('的') && !cleaned.is_empty();
    let pick = if kind == Kind::Amount
        && !noun.is_empty()
        && !GENERIC_NOUNS.contains(&noun)
        && !is_level_noun(noun)
        && !attributive
    {
        // A count's noun: 10余万家企业, 232公里生态廊道.
        noun.to_string()
    } else if kind == Kind::Rate && post.starts_with('的') && !noun.is_empty() {
        // A share of what follows: 超85%的村(社区), 百分之六十以上的税收.
        noun.to_string()
    } else if !cleaned.is_empty() {
        // A bare verb (`累计建成48.6万亩`, `盘活3708亿元`) applies to the figure before.
        match earlier {
            Some(e)
                if dict.is_verb_phrase(cleaned)
                    && e.chars().count() + cleaned.chars().count() <= SUBJECT_MAX =>
            {
                format!("{e}{cleaned}")
            }
            _ => cleaned.to_string(),
        }
    } else if let Some(e) = earlier {
        e.to_string()
    } else if kind == Kind::Amount && !noun.is_empty() {
        noun.to_string()
    } else {
        // `全市规模以上工业企业中，近三成已完成…`: the clause before names it.
        clean_pre(prev_clause).trim_end_matches('中').to_string()
    };
    let s = shorten(dict, &pick);
    (!s.is_empty()).then(|| s.to_string())
}

/// `占…的`, `为…的`, `是…的`, `完成…的`, `相当于…的`: a share or a multiple of something.
fn is_share_of(raw: &str) -> bool {
    let raw = raw.trim_start_matches(['分', '别']);
    ["占", "为", "是", "完成", "相当于"]
        .iter()
        .any(|w| raw.starts_with(w))
        && raw.ends_with('的')
        && !raw.contains("比重")
        && !raw.contains("比例")
}

/// When nothing better is found: the words before the number as written, else after it.
pub fn fallback(dict: &Dictionary, pre: &str, post: &str) -> Option<String> {
    let t = pre.trim().trim_end_matches(['，', '、', '：']);
    let pick = if t.is_empty() { noun_after(post) } else { t };
    let s = shorten(dict, pick);
    (!s.is_empty()).then(|| s.to_string())
}

/// Nouns too general to name what is counted (`28个种类`): the words before say more.
const GENERIC_NOUNS: [&str; 8] = ["种类", "类别", "方面", "个", "项", "类", "规模", "水平"];

/// The nouns of a level reached (`迈上3万亿元新台阶`, `突破千亿大关`): they say how much,
/// not of what. Also read by the plan's prose reader, for which such a figure is a goal.
pub fn is_level_noun(noun: &str) -> bool {
    ["台阶", "大关", "关口"].contains(&noun.trim_start_matches('新'))
}

/// Words at the end of the words before a number that are not part of its subject:
/// verbs of reaching and ranking, change verbs, comparisons, fillers. Longest first wins.
const TRAILING: [&str; 61] = [
    // A figure revised (`2025年全旗地区生产总值经最终核实为1736亿元`).
    "经最终核实",
    "最终核实",
    "经核实",
    "经核算",
    "按同口径",
    "仅",
    "同口径",
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
    "排",
    "中均",
    "中",
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
    "同比",
    "环比",
    "同",
    "年均",
    "继续",
    "按可比口径",
    "按可比价格计算",
    "按可比价计算",
    "净增",
    "缩小",
    // A span of years (`二氧化碳排放两年累计下降7.6%`, `过去五年`): the claim's time, which
    // the time reader reads; without it the subject is the figure's before.
    "两年",
    "三年",
    "四年",
    "五年",
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
    "继续",
];

/// `X均` words that keep their `均`: 人均, 户均, 村均, 亩均, 年均, 日均, 平均.
fn keeps_jun(s: &str) -> bool {
    let b = s.trim_end_matches('均');
    b.ends_with([
        '人', '户', '村', '亩', '年', '日', '平', '场', '店', '校', '床',
    ])
}

pub fn clean_pre(pre: &str) -> &str {
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
    // A list of figures before this one: 城镇新增就业10.6万人、新改建农村公路 → 新改建农村公路
    // (a digit then a unit of at most three characters, not 5G基站、…).
    if let Some(p) = s.rfind('、') {
        let head = &s[..p];
        let unit = head
            .trim_end_matches(|c: char| !c.is_ascii_digit() && !c.is_ascii_alphabetic())
            .len();
        let listed = head[..unit].ends_with(|c: char| c.is_ascii_digit())
            && head[unit..].chars().count() <= 3;
        if listed && p + '、'.len_utf8() < s.len() {
            s = &s[p + '、'.len_utf8()..];
        }
    }
    // A comparator and what it compares with: 低于全省平均, 快于城镇居民, 高于全国.
    if let Some(p) = ["高于", "低于", "快于", "慢于"]
        .iter()
        .filter_map(|w| s.rfind(w))
        .min()
    {
        s = &s[..p];
    }
    // Trailing verbs, comparisons and fillers.
    loop {
        let before = s;
        if let Some((w, _)) = data::directions().longest_suffix(s) {
            // 涨幅 is the name of an indicator as well as a change word.
            if w != "涨幅" {
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
        if s.ends_with('均') && !keeps_jun(s) {
            s = &s[..s.len() - '均'.len_utf8()];
        }
        // A comparison: 均比改革前, 比上年, 较2020年 — not 比例, 比重, 之比, 可比, 收入比.
        if let Some(p) = s.rfind(['比', '较']) {
            let after = &s[p + 3..];
            let prev = s[..p].chars().next_back();
            let noun = after.is_empty()
                || after.starts_with([
                    '例', '重', '率', '值', '较', '赛', '拼', '大', '高', '低', '好', '快', '为',
                ])
                || matches!(prev, Some('之' | '可' | '对'));
            if after.chars().count() <= 7 && !noun && !data::directions().contains(after) {
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
pub fn noun_after(post: &str) -> &str {
    let mut post = post.strip_prefix('的').unwrap_or(post);
    // `2.1万套（间）`: a note on the unit, not the noun.
    if post.starts_with(['（', '(']) {
        if let Some(p) = post.find(['）', ')']) {
            post = &post[p + post[p..].chars().next().map_or(1, char::len_utf8)..];
        }
    }
    if data::directions().longest_prefix(post).is_some() || post.starts_with(['至', '到', '为'])
    {
        return "";
    }
    let stop = post
        .char_indices()
        .find(|&(i, c)| {
            matches!(
                c,
                '，' | '。' | '；' | '、' | '和' | '与' | '：' | ',' | ';'
            ) || c.is_ascii_digit() && !names_a_thing(&post[i..])
                || c == '及' && !post[i..].starts_with("及以上") && !post[i..].starts_with("及以下")
        })
        .map_or(post.len(), |(i, _)| i);
    // Words that run into another figure (`迈上3.3万亿元台阶`) are a predicate, not the
    // noun this figure counts.
    if post[stop..].starts_with(|c: char| c.is_ascii_digit()) {
        return "";
    }
    let s = &post[..stop];
    let cut = PREDICATE_STARTS.iter().filter_map(|v| s.find(v)).min();
    match cut {
        Some(p) => &s[..p],
        None => s,
    }
}

/// Digits that begin a name (`5G基站`, `4K`), not another number: followed by a letter.
fn names_a_thing(from_digit: &str) -> bool {
    from_digit
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Words that start the predicate after a counted noun (`300余家企业入驻`). Two characters
/// at least: a single one (`共`) is found inside nouns (`公共`).
const PREDICATE_STARTS: [&str; 25] = [
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
    "全部",
    "分别",
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
pub fn shorten<'a>(dict: &Dictionary, s: &'a str) -> &'a str {
    let s = s.trim();
    if s.chars().count() <= SUBJECT_MAX {
        return s;
    }
    // After the last list mark or `的` that leaves a phrase of reasonable length.
    for mark in ['，', '、', '的', '“'] {
        if let Some(p) = s.rfind(mark) {
            let t = &s[p + mark.len_utf8()..];
            if (2..=SUBJECT_MAX).contains(&t.chars().count()) {
                return t;
            }
        }
    }
    let total = s.chars().count();
    let mut dropped = 0;
    for w in dict.cut(s) {
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
    fn subjects_drop_times_places_verbs_and_comparisons() {
        let cases = [
            ("截至2024年底，全省国有“三资”总规模达到", "国有“三资”总规模"),
            ("累计城镇新增就业10.6万人、新改建农村公路", "新改建农村公路"),
            ("5G基站、数据中心机架", "5G基站、数据中心机架"),
            ("2027年仅增长", ""),
            (
                "全省项目按时开工率、竣工率均比改革前提高",
                "项目按时开工率、竣工率",
            ),
            (
                "2024年，我省到期政府债券本金主动偿还比例居",
                "到期政府债券本金主动偿还比例",
            ),
            ("比上年增长", ""),
            ("同比上升", ""),
            ("低于全省平均", ""),
            ("增长5.4%，慢于经济增速", "增长5.4%，"),
            ("两者之比由上年的2.18:1缩小至", "两者之比"),
            ("城乡居民收入比缩小到", "城乡居民收入比"),
            ("村均", "村均"),
            ("排名上升至", "排名"),
            ("在校生", "在校生"),
            ("按可比口径增长", ""),
        ];
        let bad: Vec<String> = cases
            .iter()
            .filter(|(pre, want)| {
                clean_pre(pre).trim_end_matches('，') != want.trim_end_matches('，')
            })
            .map(|(pre, want)| format!("{pre}: want {want:?}, got {:?}", clean_pre(pre)))
            .collect();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn nouns_after_counts() {
        let cases = [
            ("企业，累计", "企业"),
            ("企业入驻", "企业"),
            (
                "县级及以上集中式饮用水水源地",
                "县级及以上集中式饮用水水源地",
            ),
            ("（间），住房租赁", ""),
            ("的村(社区)实行纪检委员", "村(社区)"),
            ("压缩至80秒", ""),
        ];
        let bad: Vec<String> = cases
            .iter()
            .filter(|(p, w)| noun_after(p) != *w)
            .map(|(p, w)| format!("{p}: want {w:?}, got {:?}", noun_after(p)))
            .collect();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}
