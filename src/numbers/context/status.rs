//! Status: whether a figure is a goal or a result (claims.md `status`).
//!
//! A goal is set by a cue in its sentence (`力争`, `预期`, `到2025年，`, `将达到`), by the
//! sentence it continues after a `；`, or by the section it stands in (`二、2024年工作安排`,
//! `第三章 主要目标`); in a plan every figure is a goal unless it reports the past. A
//! baseline inside a goal (`由2020年的61.4%提高到66%`) is a result.

use super::time::Time;
use crate::analysis::Status;
use crate::data;
use crate::text::segment::ends_clause;
use crate::text::{Document, LineKind};

/// Verbs that follow `将`/`要`/`拟`/`计划` when they announce a goal (`将达到`), not when
/// `将` marks an object (`将清理出来的资产注入…`).
const GOAL_VERBS: [&str; 25] = [
    "目标", "达到", "实现", "突破", "超过", "增长", "提高", "提升", "新增", "降低", "下降", "控制",
    "保持", "稳定", "建成", "完成", "力争", "新建", "培育", "引进", "增加", "减少", "形成", "安排",
    "投资",
];

/// Words in a section heading that make its figures goals, or results.
const GOAL_SECTIONS: [&str; 10] = [
    "安排", "目标", "任务", "展望", "规划", "计划", "打算", "思路", "预期", "草案",
];
const RESULT_SECTIONS: [&str; 11] = [
    "回顾",
    "执行情况",
    "完成情况",
    "推进情况",
    "落实情况",
    "成就",
    "成效",
    "进展",
    "基本情况",
    "总结",
    "做法",
];

pub struct Goals {
    /// Per sentence: whether it sets a goal, computed on first use.
    sentence: Vec<Option<bool>>,
    /// Per sentence: whether it names an earlier plan's period, computed on first use.
    earlier: Vec<Option<bool>>,
    /// Per line: the status its section heading gives, if any.
    section: Vec<Option<Status>>,
    plan_doc: bool,
    /// The plan's number (`第十五个五年规划` → 15): an earlier plan's period is its past.
    plan_number: Option<i32>,
    doc_year: Option<i32>,
}

impl Goals {
    pub fn new(doc: &Document) -> Goals {
        let text = doc.clean();
        let mut section = Vec::with_capacity(doc.lines().len());
        let mut current = None;
        for line in doc.lines() {
            let l = text[line.start..line.end].trim();
            if line.kind == LineKind::Text && is_section_heading(l) {
                // Results first: `重点任务推进情况` reviews the tasks, it sets none.
                current = if RESULT_SECTIONS.iter().any(|w| l.contains(w)) {
                    Some(Status::Actual)
                } else if GOAL_SECTIONS.iter().any(|w| l.contains(w)) {
                    Some(Status::Target)
                } else if l.contains("重点工作") && !l.contains("情况") {
                    // `三、2028年重点工作`: the work of the year ahead (a review's results
                    // say so: `重点工作推进情况`).
                    Some(Status::Target)
                } else {
                    None
                };
            }
            section.push(current);
        }
        let title = doc.meta.title.as_deref().unwrap_or("");
        Goals {
            sentence: vec![None; doc.sentences.len()],
            earlier: vec![None; doc.sentences.len()],
            section,
            plan_doc: names_a_plan(title),
            plan_number: crate::plan::meta::plan_number(title),
            doc_year: doc.meta.year.or_else(|| crate::text::meta::year_in(title)),
        }
    }

    /// `before`: the claim's window before its list; `rest`: its sentence from the list on.
    pub fn status_of(
        &mut self,
        doc: &Document,
        sentence: usize,
        before: &str,
        rest: &str,
        time: Option<&Time>,
    ) -> Status {
        if is_baseline(before, rest) {
            return Status::Actual;
        }
        if self.sets_goal(doc, sentence) {
            return Status::Target;
        }
        // `“十四五”时期，…年均增长5.8%` in a 十五五 plan (even under `发展基础和主要目标`):
        // the period before, reviewed. Read once per sentence: every claim of it asks.
        let earlier = *self.earlier[sentence].get_or_insert_with(|| {
            let s = doc.sentences[sentence];
            crate::plan::meta::plan_number(&doc.clean()[s.start..s.end])
                .is_some_and(|n| n < self.plan_number.unwrap_or(14))
        });
        if earlier {
            return Status::Actual;
        }
        if let Some(s) = self.section[doc.sentences[sentence].line] {
            return s;
        }
        let past = time
            .and_then(|t| t.year)
            .is_some_and(|y| self.doc_year.is_some_and(|d| y <= d));
        if self.plan_doc && !past {
            return Status::Target;
        }
        Status::Actual
    }

    /// Whether sentence `i` sets a goal, itself or as the continuation (after `；`) of one
    /// that does in the same paragraph.
    fn sets_goal(&mut self, doc: &Document, i: usize) -> bool {
        // Walk back over the `；`-chain, then fill the cache forward.
        let text = doc.clean();
        let mut first = i;
        while first > 0 && self.sentence[first].is_none() {
            let prev = doc.sentences[first - 1];
            if prev.line != doc.sentences[first].line
                || !text[prev.start..prev.end].trim_end().ends_with(['；', ';'])
            {
                break;
            }
            first -= 1;
        }
        let mut carry = first > 0 && self.sentence[first].is_none() && {
            let prev = doc.sentences[first - 1];
            prev.line == doc.sentences[first].line
                && text[prev.start..prev.end].trim_end().ends_with(['；', ';'])
                && self.sentence[first - 1].unwrap_or(false)
        };
        for j in first..=i {
            let own = match self.sentence[j] {
                Some(v) => v,
                None => {
                    let s = doc.sentences[j];
                    let v = carry || has_goal_cue(&text[s.start..s.end], self.doc_year);
                    self.sentence[j] = Some(v);
                    v
                }
            };
            carry = own
                && text[doc.sentences[j].start..doc.sentences[j].end]
                    .trim_end()
                    .ends_with(['；', ';']);
        }
        self.sentence[i].unwrap_or(false)
    }
}

/// `一、2024年工作安排`, `第三章 主要目标`, `二、2023年预算执行情况`: a top-level heading.
fn is_section_heading(l: &str) -> bool {
    if l.chars().count() > 40 || l.ends_with(['。', '；', '，', '：']) {
        return false;
    }
    let numbered = l.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
    let enumerated = numbered.len() < l.len() && numbered.starts_with(['、', '．', '.']);
    let chapter = l.starts_with('第') && ["章", "节", "部分", "篇"].iter().any(|w| l.contains(w));
    enumerated || chapter
}

/// A baseline inside a goal: `由2020年的61.4%提高到66%` — the 61.4% is a result; not a
/// target being changed (`目标由250家调整为230家`: the 250家 is the target as it stands).
fn is_baseline(before: &str, rest: &str) -> bool {
    ["由", "从"].iter().any(|w| {
        before.rfind(w).is_some_and(|p| {
            let gap = &before[p + w.len()..];
            if before[..p].ends_with("目标") {
                return false;
            }
            gap.chars().count() <= 12 && !gap.contains(['，', '、', '。']) && !has_figure(gap)
        })
    }) && rest.contains(['提', '增', '降', '减', '到', '至'])
}

/// Whether `s` holds a figure other than a year (`72%提高到`, not `2025年的`): then the
/// figure after it is the goal the baseline rises to, not the baseline.
fn has_figure(s: &str) -> bool {
    let mut rest = s;
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
        let run = &rest[at..];
        let end = run
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(run.len());
        if !run[end..].starts_with('年') {
            return true;
        }
        rest = &run[end..];
    }
    false
}

fn has_goal_cue(s: &str, doc_year: Option<i32>) -> bool {
    let cues = data::target_words();
    for (i, c) in s.char_indices() {
        if !"力争目确预计将要拟到".contains(c) {
            continue;
        }
        if let Some((w, how)) = cues.longest_prefix(&s[i..]) {
            let after = &s[i + w.len()..];
            let goal = match how {
                "verb" => GOAL_VERBS.iter().any(|v| after.starts_with(v)),
                // `目标是`, `主要目标：` — not `完成年度目标任务`.
                // `目标由250家调整为230家`: a target changed is a target.
                // `…15家以上的目标保持不变`: a target kept is a target.
                "head" => {
                    after.starts_with(['是', '为', '：', ':', '由'])
                        || ["保持不变", "不变"].iter().any(|w| after.starts_with(w))
                }
                _ => true,
            };
            if goal {
                return true;
            }
        }
        // `到2025年，` opening a clause: the time frame of a goal (not `增加到2022年的…`).
        if c == '到' {
            let opens = s[..i].chars().next_back().is_none_or(ends_clause)
                || ["力争", "争取", "预计", "计划"]
                    .iter()
                    .any(|w| s[..i].ends_with(w));
            let y = &s[i + c.len_utf8()..];
            if opens
                && y.len() >= 7
                && y.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && y[4..].starts_with('年')
            {
                let year: i32 = y[..4].parse().unwrap_or(0);
                if doc_year.is_none_or(|d| year > d) {
                    return true;
                }
            }
        }
    }
    false
}

/// A plan's own title (`…第十五个五年规划纲要`), not a report about one
/// (`…规划纲要实施中期评估报告`, `关于…规划实施情况的报告`), whose figures are results.
fn names_a_plan(title: &str) -> bool {
    (title.contains("规划") || title.contains("纲要"))
        && !["评估", "报告", "情况", "公报", "总结", "执行"]
            .iter()
            .any(|w| title.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goal_cues() {
        let cases = [
            ("力争新增规模以上工业企业200家以上", true),
            ("到2025年，全市地区生产总值年均增长6.5%左右", true),
            ("一般公共预算收入预期增长5%左右", true),
            ("主要目标是：地区生产总值增长6%", true),
            ("将2030年高新技术企业数量目标由250家调整为230家", true),
            ("每年新增规上工业企业15家以上的目标保持不变", true),
            // An estimate of a result is no goal (claims.md lists no `预计`), one of a
            // later year is.
            ("预计全年粮食总产量超过8100万吨", false),
            ("预计到2030年达到5%", true),
            ("全市城镇新增就业68.5万人，完成年度目标任务的114.2%", false),
            ("将清理出来的国有“三资”注入国资平台", false),
            (
                "全市地区生产总值由2017年的2156.3亿元增加到2022年的3428.6亿元",
                false,
            ),
            ("实施“新鄂州人”计划等人才新政", false),
        ];
        let bad: Vec<_> = cases
            .iter()
            .filter(|(s, want)| has_goal_cue(s, Some(2023)) != *want)
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
    }

    /// The figure after `由…的` is the baseline; the one after it is what it rises to.
    #[test]
    fn baselines() {
        assert!(is_baseline("收集率由2025年的", "72%提高到80%"));
        assert!(!is_baseline("收集率由2025年的72%提高到", "80%"));
        assert!(is_baseline("报警响应平均用时从", "120秒压缩至"));
        assert!(!is_baseline("将2030年普及率目标由", "95%提高到97%"));
    }

    #[test]
    fn section_headings() {
        assert!(is_section_heading("二、2024年工作安排"));
        assert!(is_section_heading("第三章 主要目标"));
        assert!(!is_section_heading(
            "（三）着力保障改善民生。新增城镇就业5万人以上"
        ));
        assert!(!is_section_heading("全省国有资产总额增长13.4%。"));
    }
}
