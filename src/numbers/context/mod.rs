//! What a claim is about, read from the words around it: kind and direction (`kind`),
//! time and year (`time`), region (`place`), status (`status`) and subject (`subject`).
//!
//! Everything here reads a bounded window before the claim (its clause, and at most a
//! few hundred bytes of its sentence), so the cost per claim is constant and a document
//! of megabytes, or a line of a hundred thousand characters, stays linear. A list of
//! numbers after one verb (`分别压缩50%、40%和20%以上`) shares that verb: context is read
//! before the list's first number. The word segmenter is used only to cut a subject at a
//! word boundary, so the claims themselves (spans, values) never depend on the dictionary.

mod kind;
mod list;
pub mod place;
mod status;
pub mod subject;
pub mod time;

use crate::analysis::Claim;
use crate::numbers::claims::Found;
use crate::text::segment::ends_clause;
use crate::text::words::Dictionary;
use crate::text::Document;

/// How far back, in bytes, the context of a claim is read within its sentence.
const WINDOW: usize = 600;

/// The start of the run of sentences joined by semicolons that `sentence` ends: the
/// sentences before it on its line whose text ends with `；`.
fn run_start(doc: &Document, sentence: usize) -> usize {
    let text = doc.clean();
    let mut k = sentence;
    while k > 0 {
        let (prev, cur) = (doc.sentences[k - 1], doc.sentences[k]);
        let joined = text[prev.start..prev.end].trim_end().ends_with(['；', ';']);
        if prev.line != cur.line || !joined {
            break;
        }
        k -= 1;
    }
    doc.sentences[k].start
}

/// A sentence opening with `分地区看`, `分市看`, `分旗县市区看`: the figures after it are one
/// indicator's, place by place.
fn breaks_down_by_place(sentence: &str) -> bool {
    let t = sentence.trim_start();
    t.starts_with('分')
        && t.char_indices()
            .take(8)
            .any(|(i, c)| c == '看' && t[i + c.len_utf8()..].starts_with(['，', ',', '：']))
}

pub fn describe(doc: &Document, dict: &Dictionary, found: &[Found]) -> Vec<Claim> {
    let text = doc.clean();
    let lists = list::Lists::new(text, found);
    let years = time::DocYears::new(doc);
    let mut goals = status::Goals::new(doc);
    let mut out: Vec<Claim> = Vec::with_capacity(found.len());
    let mut sentence_first = 0; // index of the first claim of the current sentence
    let mut paragraph_first = 0; // and of its paragraph
    for (k, f) in found.iter().enumerate() {
        if k == 0 || found[k - 1].sentence != f.sentence {
            sentence_first = k;
        }
        let line_of = |f: &Found| doc.sentences[f.sentence].line;
        if k == 0 || line_of(&found[k - 1]) != line_of(f) {
            paragraph_first = k;
        }
        let s = doc.sentences[f.sentence];
        let lead = lists.leader[k];
        let leader = &found[lead];
        let window = floor_boundary(text, leader.start.saturating_sub(WINDOW).max(s.start));
        let clause_start = text[window..leader.start]
            .char_indices()
            .rev()
            .find(|&(_, c)| ends_clause(c))
            .map_or(window, |(j, c)| window + j + c.len_utf8());
        let clause_end = text[f.end..s.end]
            .char_indices()
            .take(200)
            .find(|&(_, c)| ends_clause(c))
            .map_or_else(
                || ceil_boundary(text, (f.end + WINDOW).min(s.end)),
                |(j, _)| f.end + j,
            );
        let pre = &text[clause_start..leader.start];
        let post = &text[f.end..clause_end];
        let before = &text[window..leader.start];

        let (kind, direction) = kind::kind_and_direction(f, pre);
        // A time opening a sentence governs the parts after its semicolons too
        // (`2022年全省经济总量达到…；第三产业增加值…`): the sentence splits at `；`, the time
        // does not stop there.
        let run = run_start(doc, f.sentence);
        let time_window = floor_boundary(text, leader.start.saturating_sub(WINDOW).max(run));
        let time = time::time_of(text, time_window, leader.start);
        let region = place::region_of(text, f, window, leader.start, s.start)
            .or_else(|| place::paragraph_region(doc, f.sentence));
        let status = goals.status_of(
            doc,
            f.sentence,
            before,
            &text[leader.start..s.end],
            time.as_ref(),
        );
        let year = years.year_of(
            doc,
            f.sentence,
            time.as_ref(),
            pre,
            status == crate::analysis::Status::Target,
        );

        // Earlier claims of the same sentence, for subjects the clause leaves implicit.
        let earlier = &out[sentence_first..];
        let earlier_subject = earlier.iter().rev().find_map(|c| c.subject.as_deref());
        let prev_clause = {
            let t = &text[window..clause_start];
            let t = t.trim_end_matches(|c: char| ends_clause(c));
            t.char_indices()
                .rev()
                .find(|&(_, c)| ends_clause(c))
                .map_or(t, |(j, c)| &t[j + c.len_utf8()..])
        };
        let subject = subject::respectively(k - lead, lists.len[k], earlier, dict, pre)
            .or_else(|| subject::of_clause(dict, pre, post, kind, earlier_subject, prev_clause))
            .or_else(|| subject::fallback(dict, pre, post));

        // `规模以上工业增加值2021—2023年年均增长6.2%`: the time after the subject is the
        // claim's time, not part of what it measures.
        let subject = match (subject, time.as_ref()) {
            (Some(s), Some(t)) if s.ends_with(t.text.as_str()) && s.len() > t.text.len() => {
                Some(s[..s.len() - t.text.len()].trim_end().to_string())
            }
            (s, _) => s,
        };
        // `城镇化率达到68.1%，其中西安市达到80.6%`: a place alone is where, and the subject
        // is the sentence's (the place its region).
        // `城镇新增就业8.4万人，2026—2027年累计新增16.5万人`: a verb alone says how, and
        // the subject is the sentence's.
        let subject = match subject {
            Some(s) if is_verb_only(&s) && earlier_subject.is_some() => {
                earlier_subject.map(str::to_string)
            }
            s => s,
        };
        // The place a clause names at its head is the claim's, before any the sentence
        // named earlier (`全省…，其中兰州市增长7.4%`, `酒泉市新能源装机容量突破…`).
        // A place alone is a breakdown by place of the sentence's lead figure (`全省规模以上
        // 工业增加值增长6.2%，增速比…加快0.3个百分点；其中兰州市增长7.4%`), or after
        // `分地区看，` of the paragraph's.
        let by_place = earlier_subject.is_none() && breaks_down_by_place(&text[s.start..s.end]);
        let lead_from = if by_place {
            paragraph_first
        } else {
            // The sentences a `；` joins are one: `…；其中兰州市增长7.4%`.
            (0..k)
                .rev()
                .take_while(|&j| doc.sentences[found[j].sentence].start >= run)
                .last()
                .unwrap_or(k)
        };
        // The nearest figure of the same kind and unit (`高新技术企业达到1410家，其中汨罗市
        // …126家`, not the 增速 between), else the nearest; after `分地区看` the paragraph's
        // first such figure (its lead, not a component after `其中`). Never a place alone.
        let named = |c: &&Claim| {
            c.subject
                .as_deref()
                .is_some_and(|s| place::at_head(s) != Some(s))
        };
        let alike = |c: &&Claim| c.kind == kind && c.unit == f.unit;
        let before_it = &out[lead_from..];
        let lead = if by_place {
            before_it.iter().filter(named).find(alike)
        } else {
            before_it.iter().rev().filter(named).find(alike)
        };
        let lead_subject = lead
            .or_else(|| before_it.iter().rev().find(named))
            .and_then(|c| c.subject.as_deref());
        let (subject, region) = match subject {
            // The place and what it is a figure of (`兰州市规模以上工业增加值`): both said.
            Some(s) if place::at_head(&s) == Some(s.as_str()) && lead_subject.is_some() => {
                let of = lead_subject.map(place::without_scope).unwrap_or_default();
                (Some(format!("{s}{of}")), Some(s))
            }
            // A rank's region is its scope (`…示范区能力排名中均位列全国第二`: 全国).
            Some(s) if f.shape == crate::numbers::claims::Shape::Rank => (Some(s), region),
            Some(s) => {
                let here = place::at_head(&s).map(str::to_string);
                (Some(s), here.or(region))
            }
            None => (None, region),
        };
        let (start, end) = doc.orig_span(f.start, f.end);
        // `服务业增加值迈上3万亿新台阶`: the 元 a money figure leaves out.
        let unit = f.unit.clone().or_else(|| {
            let implied =
                crate::numbers::units::implied_unit(&text[f.start..f.end], subject.as_deref()?);
            implied.map(str::to_string)
        });
        out.push(Claim {
            id: crate::analysis::item_id('c', k),
            start,
            end,
            text: doc.original[start..end].to_string(),
            value: f.value,
            value_max: f.value_max,
            unit,
            qualifier: f.qualifier,
            kind,
            direction,
            status,
            subject,
            time: time.map(|t| t.text),
            year,
            region,
            since: (kind == crate::analysis::Kind::Change)
                .then(|| kind::since(pre))
                .flatten(),
        });
    }
    restated_goals(&mut out);
    out
}

/// A goal stated again (`今年发展主要预期目标是：…城镇调查失业率5.5%左右…。…城镇调查失业率
/// 5.5%左右，体现了…`) is still a goal, of the goal's year: the same figure, for the same
/// subject, as a goal stated before it in the document, in the same year or with no time
/// of its own (whose year was only the document's default for facts).
fn restated_goals(claims: &mut [Claim]) {
    use crate::analysis::Status;
    use std::collections::HashMap;
    // The goals stated so far, by what they state; looked up, not searched, since a long
    // text has thousands of figures and the page analyses on every keystroke.
    let mut goals: HashMap<(String, u64, Option<String>), Vec<usize>> = HashMap::new();
    for k in 0..claims.len() {
        let c = &claims[k];
        let (Some(subject), Some(value)) = (c.subject.clone(), c.value) else {
            continue;
        };
        let key = (subject, value.to_bits(), c.unit.clone());
        if c.status == Status::Target {
            goals.entry(key).or_default().push(k);
            continue;
        }
        let goal_year = goals.get(&key).and_then(|stated| {
            stated
                .iter()
                .map(|&g| &claims[g])
                .find(|g| g.qualifier == c.qualifier && (g.year == c.year || c.time.is_none()))
                .map(|g| g.year)
        });
        if let Some(year) = goal_year {
            claims[k].status = Status::Target;
            claims[k].year = year;
            goals.entry(key).or_default().push(k);
        }
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A subject that is only a verb of accruing (`累计新增`, `累计新建`, `新`): no indicator.
fn is_verb_only(s: &str) -> bool {
    let rest = s
        .trim()
        .trim_start_matches("累计")
        .trim_start_matches("其中");
    rest.chars().count() <= 1
        || ["新增", "新建", "新开工", "新改建"].contains(&rest)
        || matches!(crate::data::lead_words().get(rest), Some("verb"))
}

#[cfg(test)]
mod tests {
    use crate::analysis::Status;
    use crate::{Analyzer, Dictionary};

    /// A place alone is a figure of the lead indicator for that place: the nearest of the
    /// same kind and unit in the sentences a `；` joins, or after `分地区看，` the
    /// paragraph's first.
    #[test]
    fn a_place_alone_takes_the_lead_indicator() {
        let a = Analyzer::new(Dictionary::full());
        let subject_of = |text: &str, figure: &str| {
            let r = a.analyze(text);
            let c = r.claims.iter().find(|c| c.text == figure).expect(figure);
            (c.subject.clone(), c.region.clone())
        };
        let text = "全省规模以上工业增加值同比增长6.2%，增速比上月加快0.3个百分点；其中兰州市增长7.4%，金昌市增长9.1%。";
        for (figure, place) in [("7.4%", "兰州市"), ("9.1%", "金昌市")] {
            let (subject, region) = subject_of(text, figure);
            assert_eq!(
                subject.as_deref(),
                Some(format!("{place}规模以上工业增加值").as_str())
            );
            assert_eq!(region.as_deref(), Some(place));
        }
        let text = "全省地区生产总值7236亿元，同比增长4.9%。其中，服务业增加值增长5.1%。分市看，太原市增长5.6%。";
        assert_eq!(
            subject_of(text, "5.6%").0.as_deref(),
            Some("太原市地区生产总值")
        );
        let text = "全市高新技术企业达到1410家，研发投入强度2.65%，其中汨罗市达到126家。";
        assert_eq!(
            subject_of(text, "126家").0.as_deref(),
            Some("汨罗市高新技术企业")
        );
    }

    /// The figures under a report's `重点工作` for the year ahead are its goals; under a
    /// review of how that work went (`重点工作推进情况`) they are results.
    #[test]
    fn the_work_of_the_year_ahead() {
        let a = Analyzer::new(Dictionary::full());
        let head = "政府工作报告\n\n——2028年1月16日在州第十六届人民代表大会第二次会议上\n\n";
        for (section, want) in [
            ("三、2028年重点工作", Status::Target),
            ("二、重点工作推进情况", Status::Actual),
        ] {
            let text = format!("{head}{section}\n\n改造农村危房2600户，新建中小学校15所。\n");
            let r = a.analyze(&text);
            assert!(
                r.claims.iter().all(|c| c.status == want),
                "{section}: {:?}",
                r.claims
            );
        }
    }

    #[test]
    fn a_goal_stated_again_is_still_a_goal() {
        let a = Analyzer::new(Dictionary::full());
        let text = "政府工作报告\n\n——2026年3月5日在第十四届全国人民代表大会第四次会议上\n\n今年发展主要预期目标是：城镇调查失业率5.5%左右，城镇新增就业1200万人以上。\n提出这些预期目标，主要考虑是稳就业。城镇调查失业率5.5%左右，体现了就业优先。去年城镇调查失业率5.2%。";
        let r = a.analyze_dated(text, Some(2026));
        let status: Vec<(&str, Status, Option<i32>)> = r
            .claims
            .iter()
            .map(|c| (c.text.as_str(), c.status, c.year))
            .collect();
        assert_eq!(
            status,
            [
                ("5.5%左右", Status::Target, Some(2026)),
                ("1200万人以上", Status::Target, Some(2026)),
                ("5.5%左右", Status::Target, Some(2026)),
                ("5.2%", Status::Actual, Some(2025))
            ]
        );
    }
}
