//! Draft checks: the defects an editor must fix before a draft is published (issue 7).
//!
//! Each rule lives in its own module (or in the module of its closely related family),
//! has a stable snake_case `code`, a severity, a Chinese and an English name, and a doc
//! comment that shows the Chinese text it handles. [`RULES`] is the registry, sorted by
//! code; [`run`] runs every rule over one document and returns the findings sorted by
//! their start. `docs/checks.md` documents every code for users.
//!
//! Rules read the [`Document`] (the cleaned text, its lines and sentences, with a map back
//! to the original) and the extractors' items (claims, initiatives); they never re-scan
//! the raw text for structure, except the PDF rules, whose subject is the raw text's
//! lines. A rule finds spans in the cleaned text and reports them through [`Out`], which
//! maps them to the original once.
//!
//! Precision matters more than cleverness: a rule that cannot tell, stays silent.
//! Headings, tables, table-of-contents lines and boilerplate are not prose and most rules
//! skip them ([`Ctx::prose`]).

pub mod conj;
pub mod dup;
pub mod figures;
pub mod formulation;
pub mod lists;
pub mod numstyle;
pub mod pairs;
pub mod pdf;
pub mod punct;
pub mod respectively;
pub mod slogan;
pub mod spacing;
pub mod stated_change;
pub mod util;

use crate::analysis::{Claim, Finding, Severity};
use crate::measures::initiatives::Initiative;
use crate::measures::outline;
use crate::text::lines::classify;
use crate::text::{Document, LineKind};
use crate::Dictionary;

/// One rule of the registry.
pub struct Rule {
    /// Stable snake_case id: what evaluations, the page's "ignore this rule" and the docs
    /// name it by.
    pub code: &'static str,
    pub severity: Severity,
    /// Reads the extractors' items (claims, initiatives), not only the text: run once they
    /// exist (the text rules may run while the claims are being read).
    pub items: bool,
    pub name: &'static str,
    pub name_en: &'static str,
    pub run: fn(&Ctx, &mut Out),
}

/// The registry, sorted by code (a test keeps it sorted and unique).
pub static RULES: &[Rule] = &[
    Rule {
        code: "absurd_number",
        severity: Severity::Warning,
        items: true,
        name: "数字位数过多",
        name_en: "Absurd number",
        run: figures::absurd_number,
    },
    Rule {
        code: "arith_mismatch",
        severity: Severity::Error,
        items: false,
        name: "增减幅与前后数值不符",
        name_en: "Stated change contradicts the values",
        run: stated_change::arith_mismatch,
    },
    Rule {
        code: "bracket_doc_number",
        severity: Severity::Warning,
        items: false,
        name: "文号年份括号",
        name_en: "Document number brackets",
        run: lists::bracket_doc_number,
    },
    Rule {
        code: "broken_sentence",
        severity: Severity::Info,
        items: false,
        name: "句子被分页断开",
        name_en: "Sentence broken by a page break",
        run: pdf::broken_sentence,
    },
    Rule {
        code: "dangling_conj",
        severity: Severity::Error,
        items: false,
        name: "连词悬空",
        name_en: "Dangling conjunction",
        run: conj::dangling_conj,
    },
    Rule {
        code: "dup_fragment",
        severity: Severity::Error,
        items: false,
        name: "重复片段",
        name_en: "Duplicated fragment",
        run: dup::dup_fragment,
    },
    Rule {
        code: "ellipsis",
        severity: Severity::Warning,
        items: false,
        name: "省略号",
        name_en: "Ellipsis form",
        run: punct::ellipsis,
    },
    Rule {
        code: "formulation",
        severity: Severity::Warning,
        items: false,
        name: "规范提法",
        name_en: "Standard formulation",
        run: formulation::formulation,
    },
    Rule {
        code: "future_achievement",
        severity: Severity::Warning,
        items: true,
        name: "成绩日期晚于文稿日期",
        name_en: "Achievement dated after the document",
        run: figures::future_achievement,
    },
    Rule {
        code: "half_width_punct",
        severity: Severity::Warning,
        items: false,
        name: "半角标点",
        name_en: "Half-width punctuation",
        run: punct::half_width_punct,
    },
    Rule {
        code: "heading_punct",
        severity: Severity::Info,
        items: false,
        name: "标题末尾标点",
        name_en: "Punctuation ending a heading",
        run: punct::heading_punct,
    },
    Rule {
        code: "inconsistent_figure",
        severity: Severity::Warning,
        items: true,
        name: "同一指标数值不一致",
        name_en: "One indicator, two values",
        run: figures::inconsistent_figure,
    },
    Rule {
        code: "inconsistent_spacing",
        severity: Severity::Info,
        items: false,
        name: "数字前后空格不一致",
        name_en: "Inconsistent spacing around numbers",
        run: spacing::inconsistent_spacing,
    },
    Rule {
        code: "list_marker_form",
        severity: Severity::Warning,
        items: false,
        name: "序号格式",
        name_en: "List marker form",
        run: lists::list_marker_form,
    },
    Rule {
        code: "list_sequence",
        severity: Severity::Warning,
        items: false,
        name: "序号不连续",
        name_en: "List markers out of sequence",
        run: lists::list_sequence,
    },
    Rule {
        code: "number_style",
        severity: Severity::Warning,
        items: false,
        name: "数字用法",
        name_en: "Numeral style",
        run: numstyle::number_style,
    },
    Rule {
        code: "page_artifact",
        severity: Severity::Warning,
        items: false,
        name: "页码或页眉混入正文",
        name_en: "Page number or running head in the text",
        run: pdf::page_artifact,
    },
    Rule {
        code: "parts_exceed_total",
        severity: Severity::Error,
        items: true,
        name: "分项之和超过总数",
        name_en: "Parts exceed their total",
        run: figures::parts_exceed_total,
    },
    Rule {
        code: "quote_dun",
        severity: Severity::Info,
        items: false,
        name: "引号书名号间顿号",
        name_en: "顿号 between quoted items",
        run: punct::quote_dun,
    },
    Rule {
        code: "range_dash",
        severity: Severity::Info,
        items: false,
        name: "数值范围连接号",
        name_en: "Dash in a numeric range",
        run: numstyle::range_dash,
    },
    Rule {
        code: "repeated_punct",
        severity: Severity::Warning,
        items: false,
        name: "标点重复",
        name_en: "Repeated punctuation",
        run: punct::repeated_punct,
    },
    Rule {
        code: "respectively_mismatch",
        severity: Severity::Error,
        items: false,
        name: "“分别”前后数量不符",
        name_en: "分别 with unlike counts",
        run: respectively::respectively_mismatch,
    },
    Rule {
        code: "share_over_100",
        severity: Severity::Error,
        items: true,
        name: "占比超过100%",
        name_en: "Share above 100%",
        run: figures::share_over_100,
    },
    Rule {
        code: "slogan_count",
        severity: Severity::Error,
        items: true,
        name: "提法数目与所列不符",
        name_en: "Slogan count differs from its list",
        run: slogan::slogan_count,
    },
    Rule {
        code: "unpaired_quote",
        severity: Severity::Error,
        items: false,
        name: "引号括号不成对",
        name_en: "Unpaired quotation mark or bracket",
        run: pairs::unpaired_quote,
    },
];

/// The codes that evaluations read (output.md): the rule of each is its own; the other
/// codes are never reported on a span one of these already marks.
pub const SCORED: [&str; 9] = [
    "dup_fragment",
    "half_width_punct",
    "unpaired_quote",
    "dangling_conj",
    "respectively_mismatch",
    "slogan_count",
    "arith_mismatch",
    "inconsistent_figure",
    "number_style",
];

/// What every rule reads.
pub struct Ctx<'a> {
    pub doc: &'a Document<'a>,
    /// The cleaned text.
    pub text: &'a str,
    pub claims: &'a [Claim],
    pub initiatives: &'a [Initiative],
    pub dict: &'a Dictionary,
    /// For each line of the cleaned text: prose (a `Text` line that is neither a heading
    /// nor the unit line of a reform case).
    pub prose: Vec<bool>,
    /// For each line: a heading (or a case's unit line).
    pub heading: Vec<bool>,
    /// For each line: a running head (a short line right after a page number: the
    /// document's or the journal's name printed on every page).
    pub running: Vec<bool>,
    /// Breaks of the original inside cleaned lines (PDF rules), found once.
    pub breaks: std::cell::OnceCell<Vec<(usize, usize, usize)>>,
    /// Where each run of ASCII digits starts in the cleaned text: the number rules read
    /// these instead of scanning every byte each.
    digits: std::cell::OnceCell<Vec<u32>>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        doc: &'a Document<'a>,
        claims: &'a [Claim],
        initiatives: &'a [Initiative],
        dict: &'a Dictionary,
    ) -> Ctx<'a> {
        let outline = outline::read(doc);
        let lines = doc.lines();
        let heading = outline.not_prose;
        let (running, cut) = page_breaks(doc);
        let prose = lines
            .iter()
            .zip(&heading)
            .zip(running.iter().zip(&cut))
            .map(|((l, &h), (&r, &c))| l.kind == LineKind::Text && (!h || c) && !r)
            .collect();
        Ctx {
            doc,
            text: doc.clean(),
            claims,
            initiatives,
            dict,
            prose,
            heading,
            running,
            breaks: std::cell::OnceCell::new(),
            digits: std::cell::OnceCell::new(),
        }
    }

    /// The starts of the runs of ASCII digits in cleaned span `[from, to)`.
    pub fn digit_runs(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let all = self.digits.get_or_init(|| {
            let b = self.text.as_bytes();
            (0..b.len())
                .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
                .map(|i| i as u32)
                .collect()
        });
        let a = all.partition_point(|&p| (p as usize) < from);
        let z = all.partition_point(|&p| (p as usize) < to);
        all[a..z].iter().map(|&p| p as usize)
    }

    /// Walks the numbers (digit runs) of line `[ls, le)` with [`util::walk_starts`]: `body`
    /// gets each number's offset in the line and returns where the walk goes on.
    pub fn walk_numbers(&self, ls: usize, le: usize, body: impl FnMut(usize) -> usize) {
        let starts: Vec<usize> = self.digit_runs(ls, le).map(|p| p - ls).collect();
        util::walk_starts(le - ls, &starts, body);
    }

    /// The same context with the extractors' items set.
    pub fn with_items(mut self, claims: &'a [Claim], initiatives: &'a [Initiative]) -> Ctx<'a> {
        self.claims = claims;
        self.initiatives = initiatives;
        self
    }

    /// The prose lines: (index, start, end) in the cleaned text.
    pub fn prose_lines(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        self.doc
            .lines()
            .iter()
            .enumerate()
            .filter(|(i, _)| self.prose[*i])
            .map(|(i, l)| (i, l.start, l.end))
    }

    /// Lines that are read as text: prose and headings (not tables, contents, boilerplate).
    pub fn text_lines(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        self.doc
            .lines()
            .iter()
            .enumerate()
            .filter(|(_, l)| l.kind == LineKind::Text)
            .map(|(i, l)| (i, l.start, l.end))
    }
}

/// Lines around the page breaks of a PDF paste: (running heads, lines cut by the page).
/// A running head is short, without clause punctuation, right after a page number line of
/// the original (which the cleaner dropped); a line right before a page number that does
/// not end its sentence was cut by the page, and is prose even when it reads like a heading.
fn page_breaks(doc: &Document) -> (Vec<bool>, Vec<bool>) {
    let lines = doc.lines();
    let original = doc.original;
    let text = doc.clean();
    let mut running = vec![false; lines.len()];
    let mut cut = vec![false; lines.len()];
    let mut prev_end = 0;
    for (i, l) in lines.iter().enumerate() {
        let (s, e) = doc.orig_span(l.start, l.end);
        let gap = original.get(prev_end..s).unwrap_or("");
        prev_end = e;
        if l.kind != LineKind::Text || !gap.contains('\n') {
            continue;
        }
        let n = gap.matches('\n').count() + 1;
        let page = gap
            .split('\n')
            .any(|g| !g.trim().is_empty() && classify(g, 1, n) == LineKind::PageNumber);
        if !page {
            continue;
        }
        if let Some(p) = i.checked_sub(1) {
            let before = text[lines[p].start..lines[p].end].trim_end();
            cut[p] = lines[p].kind == LineKind::Text
                && !before.ends_with(['。', '！', '？', '；', '：', '”', '）']);
        }
        let t = text[l.start..l.end].trim();
        running[i] = t.chars().count() <= 30 && !t.contains(['。', '，', '；', '：', ',', ';']);
    }
    (running, cut)
}

/// Where rules put their findings: spans in the cleaned text ([`Out::clean`]) or already in
/// the original ([`Out::orig`], for rules over claims and initiatives).
pub struct Out<'a> {
    doc: &'a Document<'a>,
    pub findings: Vec<Finding>,
    rule: &'static Rule,
}

impl Out<'_> {
    /// A finding over cleaned span `[start, end)`.
    pub fn clean(&mut self, start: usize, end: usize, message: String, message_en: String) {
        let (s, e) = self.doc.orig_span(start, end);
        self.orig(s, e, message, message_en, None);
    }

    /// A finding over cleaned span `[start, end)` with a mechanical fix.
    pub fn clean_fix(
        &mut self,
        start: usize,
        end: usize,
        message: String,
        message_en: String,
        fix: Option<String>,
    ) {
        let (s, e) = self.doc.orig_span(start, end);
        // A fix replaces the original span: only when that span is the cleaned one as
        // written (no PDF break or folded character inside it).
        let fix = fix.filter(|_| self.doc.original.get(s..e) == self.doc.clean().get(start..end));
        self.orig(s, e, message, message_en, fix);
    }

    /// A finding over original span `[start, end)`.
    pub fn orig(
        &mut self,
        start: usize,
        end: usize,
        message: String,
        message_en: String,
        fix: Option<String>,
    ) {
        self.findings.push(Finding {
            code: self.rule.code,
            severity: self.rule.severity,
            start,
            end,
            message,
            message_en,
            fix,
        });
    }
}

/// Runs every rule over `doc`: the findings, sorted by start.
pub fn run(
    doc: &Document,
    claims: &[Claim],
    initiatives: &[Initiative],
    dict: &Dictionary,
) -> Vec<Finding> {
    let ctx = Ctx::new(doc, claims, initiatives, dict);
    run_rules(&ctx, RULES.iter())
}

/// The rules over the text alone (no claims or initiatives needed): the first half of
/// [`run`], for a caller that reads the claims meanwhile. Not yet deduplicated: hand the
/// result to [`run_item_rules`].
pub fn run_text_rules(ctx: &Ctx) -> Vec<Finding> {
    collect(ctx, RULES.iter().filter(|r| !r.items))
}

/// The rules over the claims and initiatives (set on `ctx` with [`Ctx::with_items`]), and
/// the findings of [`run_text_rules`] merged in: the findings, sorted by start.
pub fn run_item_rules(ctx: &Ctx, mut text_findings: Vec<Finding>) -> Vec<Finding> {
    text_findings.append(&mut collect(ctx, RULES.iter().filter(|r| r.items)));
    dedupe(text_findings)
}

/// Runs the given rules (the tests run one at a time).
pub fn run_rules(ctx: &Ctx, rules: impl Iterator<Item = &'static Rule>) -> Vec<Finding> {
    dedupe(collect(ctx, rules))
}

fn collect(ctx: &Ctx, rules: impl Iterator<Item = &'static Rule>) -> Vec<Finding> {
    let mut all = Vec::new();
    for rule in rules {
        let mut out = Out {
            doc: ctx.doc,
            findings: Vec::new(),
            rule,
        };
        (rule.run)(ctx, &mut out);
        all.append(&mut out.findings);
    }
    all
}

/// Sorted by start; a span reported twice keeps one finding, a scored code first.
fn dedupe(mut all: Vec<Finding>) -> Vec<Finding> {
    let rank = |f: &Finding| {
        SCORED
            .iter()
            .position(|c| *c == f.code)
            .unwrap_or(SCORED.len())
    };
    all.sort_by_key(|f| (f.start, f.end, rank(f)));
    all.dedup_by(|b, a| a.start == b.start && a.end == b.end);
    // A finding of another code on the marks a scored one reports (one inside the other)
    // is dropped: one defect, one finding. Scored spans sorted by start, with the running
    // largest end, answer "does a scored span contain this one" by binary search.
    let scored: Vec<(usize, usize)> = all
        .iter()
        .filter(|f| rank(f) < SCORED.len())
        .map(|f| (f.start, f.end))
        .collect();
    let mut max_end = Vec::with_capacity(scored.len());
    let mut m = 0;
    for &(_, e) in &scored {
        m = m.max(e);
        max_end.push(m);
    }
    all.retain(|f| {
        if rank(f) < SCORED.len() {
            return true;
        }
        // Scored spans starting inside this one, and ending inside it too.
        let a = scored.partition_point(|&(s, _)| s < f.start);
        let b = scored.partition_point(|&(s, _)| s <= f.end);
        let inside = scored[a..b]
            .iter()
            .any(|&(s, e)| s >= f.start && e <= f.end);
        // A scored span starting at or before this one that reaches past its end.
        let k = scored.partition_point(|&(s, _)| s <= f.start);
        let around = k > 0 && max_end[k - 1] >= f.end;
        !(inside || around)
    });
    all
}

#[cfg(test)]
pub(crate) mod testing {
    //! Table-driven tests: every case runs, every failure is collected, one assert at the end.
    use super::*;
    use std::sync::OnceLock;

    pub fn dict() -> &'static Dictionary {
        static D: OnceLock<Dictionary> = OnceLock::new();
        D.get_or_init(Dictionary::full)
    }

    /// The spans (as text) that rule `code` reports on `input`.
    pub fn spans(code: &str, input: &str) -> Vec<String> {
        findings(code, input)
            .iter()
            .map(|f| input[f.start..f.end].to_string())
            .collect()
    }

    pub fn findings(code: &str, input: &str) -> Vec<Finding> {
        let doc = Document::new(input);
        let claims = crate::numbers::claims::extract(&doc, dict());
        let initiatives = crate::measures::initiatives::extract(&doc);
        let ctx = Ctx::new(&doc, &claims, &initiatives, dict());
        let mut all = run_rules(&ctx, RULES.iter().filter(|r| r.code == code));
        all.retain(|f| f.code == code);
        all
    }

    /// Runs `(input, expected spans)` cases for rule `code`; panics listing every failure.
    pub fn table(code: &str, cases: &[(&str, &[&str])]) {
        let mut bad = Vec::new();
        for (input, want) in cases {
            let got = spans(code, input);
            if got != *want {
                bad.push(format!(
                    "  {input}\n    => 期望 {want:?}\n       得到 {got:?}"
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{code}: {} of {} cases fail:\n{}",
            bad.len(),
            cases.len(),
            bad.join("\n")
        );
    }

    /// Runs `(input, expected fixes)` cases.
    pub fn fixes(code: &str, cases: &[(&str, &[Option<&str>])]) {
        let mut bad = Vec::new();
        for (input, want) in cases {
            let got: Vec<Option<String>> =
                findings(code, input).into_iter().map(|f| f.fix).collect();
            let want: Vec<Option<String>> = want.iter().map(|w| w.map(str::to_string)).collect();
            if got != want {
                bad.push(format!(
                    "  {input}\n    => 期望 {want:?}\n       得到 {got:?}"
                ));
            }
        }
        assert!(bad.is_empty(), "{code} fixes:\n{}", bad.join("\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_sorted_and_unique() {
        let codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted);
        for c in SCORED {
            assert!(codes.contains(&c), "{c} has no rule");
        }
        assert!(codes.iter().all(|c| c
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch == '_' || ch.is_ascii_digit())));
    }

    #[test]
    fn every_finding_has_both_messages() {
        let text = "会议指出,要加强“放管服改革和，推动发展。全省地区生产总值达到4千亿元。";
        let doc = Document::new(text);
        let dict = testing::dict();
        let claims = crate::numbers::claims::extract(&doc, dict);
        let f = run(&doc, &claims, &[], dict);
        assert!(f.len() >= 3, "{f:?}");
        for x in &f {
            assert!(!x.message.is_empty() && !x.message_en.is_empty(), "{x:?}");
            assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
        }
        assert!(f.windows(2).all(|w| w[0].start <= w[1].start));
    }
}
