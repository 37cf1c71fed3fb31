//! The lead verb of a clause (measures.md): what a measure *does*.
//!
//! `积极培育外贸发展新动能` → 培育: adverbs are dropped; `加快推进` → 推进 but
//! `加快现货市场建设` → 加快 (a word that is an adverb before a verb and the verb before a
//! noun); `以全面汇聚杜绝“牛栏关猫”` → 杜绝 (the main verb of `以X + verb`, not the means);
//! `围绕重点产业集群开展…` → 开展 (a framing verb gives way to the verb after it). A clause
//! that begins with anything else — a subject, a time, a preposition (对, 为, 在, 将) or a
//! verb of status (是, 位居, 达到) — has no lead verb and is not a measure.
//!
//! Every word comes from `data/lead_words.tsv`, matched longest first, so that adding a verb
//! or an adverb is a one-line data change. The table does not depend on jieba's
//! dictionary: measures are the same whichever dictionary the page loaded.

use crate::data;
use crate::text::segment::outside_brackets;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Verb,
    /// A verb that also names a thing (`发展`, `改革`).
    Noun,
    /// An adverb before a verb, the verb before a noun (`加快`, `统筹`, `创新`).
    Both,
    /// The main verb of `以X + verb` (`带动`, `杜绝`).
    Link,
    /// A verb of framing (`围绕`, `聚焦`, `坚持`).
    Frame,
    Adverb,
    /// A character that, right after a verb, makes it part of a noun (`开发区`, `服务业`).
    Suffix,
    /// Words that show a clause's first word to be its subject (`发展质量明显提升`).
    SubjectSign,
}

fn class(value: &str) -> Option<Class> {
    Some(match value {
        "verb" => Class::Verb,
        "noun" => Class::Noun,
        "both" => Class::Both,
        "link" => Class::Link,
        "frame" => Class::Frame,
        "adverb" => Class::Adverb,
        "suffix" => Class::Suffix,
        "subject_sign" => Class::SubjectSign,
        _ => return None,
    })
}

/// The word `text` starts with, longest first, and its class.
fn word_at(text: &str) -> Option<(&'static str, Class)> {
    data::lead_words()
        .longest_prefix(text)
        .and_then(|(w, c)| class(c).map(|c| (w, c)))
}

/// A verb (not an adverb, not a suffix) that `text` starts with, and is not the head of a
/// longer noun (`开发区`).
fn verb_at(text: &str) -> Option<(&'static str, Class)> {
    let (w, c) = word_at(text)?;
    let is_verb = matches!(
        c,
        Class::Verb | Class::Noun | Class::Both | Class::Link | Class::Frame
    );
    (is_verb && !noun_follows(&text[w.len()..])).then_some((w, c))
}

fn noun_follows(after: &str) -> bool {
    after
        .chars()
        .next()
        .is_some_and(|c| matches!(word_at(&after[..c.len_utf8()]), Some((_, Class::Suffix))))
}

/// What follows 以 when it is part of a word (`以及`, `以来`, `以上`, `以便`).
const NOT_YI: [char; 11] = [
    '及', '来', '后', '前', '上', '下', '内', '外', '便', '免', '致',
];

fn skip_adverbs(clause: &str, mut pos: usize) -> usize {
    while let Some((w, Class::Adverb)) = word_at(&clause[pos..]) {
        pos += w.len();
    }
    pos
}

/// Whether `text` begins a predicate: a verb, an adverb, or a preposition that opens one
/// (`在全国率先推行`, `会同…`): what follows the unit that acts (`省公安厅在全国率先推行…`).
pub fn starts_predicate(text: &str) -> bool {
    const OPENERS: [&str; 12] = [
        "在", "对", "将", "把", "会同", "联合", "与", "通过", "按照", "牵头", "负责", "积极",
    ];
    OPENERS.iter().any(|w| text.starts_with(w))
        || matches!(word_at(text), Some((_, c)) if !matches!(c, Class::Suffix | Class::SubjectSign))
}

/// The lead verb's byte range in `clause`, if the clause begins with one.
pub fn find(clause: &str) -> Option<(usize, usize)> {
    // `改革试点开展以来`: a time adverbial, not a measure.
    if clause.trim_end().ends_with("以来") {
        return None;
    }
    let mut pos = clause.len() - clause.trim_start().len();
    loop {
        pos = skip_adverbs(clause, pos);
        let rest = &clause[pos..];
        if let Some(after) = rest.strip_prefix('以') {
            // `以及`, `以上`, `以便`…: 以 as part of a word, not `以X + verb`.
            if after.starts_with(NOT_YI) {
                return None;
            }
            return through_yi(clause, pos + '以'.len_utf8());
        }
        let (w, c) = verb_at(rest)?;
        let end = pos + w.len();
        // `首创的…系统`: a verb before 的 qualifies a noun.
        if clause[end..].starts_with('的') {
            return None;
        }
        match c {
            Class::Both => {
                // `加快推进` → 推进; `加快现货市场建设` → 加快.
                let next = skip_adverbs(clause, end);
                if verb_at(&clause[next..]).is_some() || clause[next..].starts_with('以') {
                    pos = end;
                    continue;
                }
                return Some((pos, end));
            }
            Class::Frame => return later_verb(clause, end).or(Some((pos, end))),
            Class::Noun if reads_as_subject(&clause[end..]) => return None,
            _ => return Some((pos, end)),
        }
    }
}

/// `发展质量效益明显提升`, `改革不断深化`: the clause's first word is the subject of a
/// predicate that follows (a word of status or result, or an adverb with its verb), not a
/// verb with its object.
fn reads_as_subject(rest: &str) -> bool {
    rest.char_indices().any(|(i, _)| match word_at(&rest[i..]) {
        Some((_, Class::SubjectSign)) => true,
        Some((w, Class::Adverb)) if w.chars().count() > 1 => {
            verb_at(&rest[i + w.len()..]).is_some()
        }
        _ => false,
    })
}

/// The first action verb after `from`, outside quotation marks: the real verb of a clause
/// that begins with a framing verb (`围绕重点产业集群开展…`).
fn later_verb(clause: &str, from: usize) -> Option<(usize, usize)> {
    outside_brackets(&clause[from..]).find_map(|(i, _)| {
        let at = from + i;
        match verb_at(&clause[at..]) {
            Some((w, Class::Verb | Class::Link)) => Some((at, at + w.len())),
            _ => None,
        }
    })
}

/// `以X + verb` (`以全面汇聚杜绝`, `以管资本为主加强…`): the main verb after the means.
/// `以X为Y` with no verb after it (`以高效办成一件事为目标`) is a frame, not a measure.
fn through_yi(clause: &str, from: usize) -> Option<(usize, usize)> {
    let body = &clause[from..];
    if let Some(wei) = body.find('为') {
        // `以管资本为主加强…`: the verb within a few characters after 为.
        let after = from + wei + '为'.len_utf8();
        let window = clause[after..]
            .char_indices()
            .take_while(|(_, c)| !matches!(c, '、' | '，' | '；'))
            .take(6);
        for (i, _) in window {
            if let Some(found) = find_here(clause, after + i) {
                return Some(found);
            }
        }
        if !body[..wei].contains(['，', '、']) {
            return None;
        }
    }
    // A linking verb wins (`以立法护航…`); otherwise the first verb that is not the first
    // word of the means (`以壮士断腕的决心推进…`, `以全量研判牵引…`).
    let mut fallback = None;
    let start = skip_adverbs(clause, from);
    for (i, _) in outside_brackets(&clause[start..]) {
        let at = start + i;
        match verb_at(&clause[at..]) {
            Some((w, Class::Link)) if at > start => return Some((at, at + w.len())),
            Some((w, Class::Verb | Class::Both)) if at > start && fallback.is_none() => {
                fallback = Some((at, at + w.len()))
            }
            _ => {}
        }
    }
    fallback
}

/// A lead verb starting exactly at `at` (adverbs allowed before it).
fn find_here(clause: &str, at: usize) -> Option<(usize, usize)> {
    let pos = skip_adverbs(clause, at);
    let (w, _) = verb_at(&clause[pos..])?;
    Some((pos, pos + w.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `clause => lead verb` (None: not a measure). Every failure is reported at once.
    #[test]
    fn lead_verbs() {
        let cases: &[(&str, Option<&str>)] = &[
            ("加强国有“三资”统筹", Some("加强")),
            ("积极培育外贸发展新动能", Some("培育")),
            ("创新性实施战略功能绩效评价改革", Some("实施")),
            ("统筹推进国有企业“三资”管理改革", Some("推进")),
            ("加快推进政务服务标准统一", Some("推进")),
            ("加快现货市场建设", Some("加快")),
            ("创新轴辐式航空货运模式", Some("创新")),
            ("以全面汇聚杜绝“牛栏关猫”", Some("杜绝")),
            ("以全量研判牵引“灭火拆弹”", Some("牵引")),
            ("以全链协同支撑“减负增效”", Some("支撑")),
            ("以管资本为主加强国有资产监管", Some("加强")),
            ("以高效办成一件事为目标", None),
            ("围绕重点产业集群开展“金融强链”行动", Some("开展")),
            ("聚焦市场主体关切", Some("聚焦")),
            ("坚定不移深化市场化改革", Some("深化")),
            ("毫不动摇巩固和发展公有制经济", Some("巩固")),
            ("深化预算管理制度改革", Some("深化")),
            ("全面实施预算绩效管理", Some("实施")),
            ("对社会投资低风险项目全面实行告知承诺制", None),
            ("为重点项目配备专属帮办专员", None),
            ("全省国有“三资”总规模达到21.8万亿元", None),
            ("位居全国第四", None),
            ("发展质量效益明显提升", None),
            ("发展壮大战略性新兴产业", Some("发展")),
            ("服务业增加值增长8%", None),
            ("2024年", None),
            ("支持区域性股权交易市场规范创新发展", Some("支持")),
            ("以及村民理事会等社会组织", None),
            ("改革试点开展以来", None),
            ("首创的船舶污染物协同治理信息系统“净小宜”受到肯定", None),
            ("", None),
        ];
        let mut bad = Vec::new();
        for (clause, want) in cases {
            let got = find(clause).map(|(s, e)| &clause[s..e]);
            if got != *want {
                bad.push(format!("{clause} => want {want:?}, got {got:?}"));
            }
        }
        assert!(bad.is_empty(), "\n{}", bad.join("\n"));
    }
}
