//! Plan targets (issue 4) scored as `../shared/eval/score.py targets` scores them: a gold
//! target pairs with the first unused extracted target whose indicator contains its key;
//! then its target value and year, baseline, growth and unit are compared. Every miss is
//! printed when a floor fails.
//!
//! The floors are issue 4's: F1, target values and baselines ≥ 0.95 on the dev gold (seed
//! 003) and on the plan written for the tests in another layout.

mod common;

use common::{analyzer, canon_unit, close, load, Score};
use serde_json::Value;

fn score(path: &str) -> Score {
    let mut s = Score::default();
    for doc in load(path) {
        let id = doc["id"].as_str().unwrap_or("?").to_string();
        let text = doc["text"].as_str().expect("plan text");
        let plan = analyzer().targets(text).into_utf16(text);
        let mut used = vec![false; plan.targets.len()];
        for g in doc["targets"].as_array().expect("targets") {
            let key = g["indicator_key"].as_str().unwrap_or("");
            let Some(k) = (0..plan.targets.len())
                .find(|&k| !used[k] && plan.targets[k].indicator.contains(key))
            else {
                s.fn_ += 1;
                s.misses.push(format!("miss  {id}: {key}"));
                continue;
            };
            used[k] = true;
            s.tp += 1;
            let p = &plan.targets[k];
            if let Some(gt) = g.get("target").filter(|v| !v.is_null()) {
                let good = p.target.as_ref().is_some_and(|t| {
                    close(Some(t.value), gt["value"].as_f64())
                        && t.year.map(i64::from) == gt["year"].as_i64()
                });
                s.add("target", good, || {
                    format!("target   {id}: {key} gold={gt} got={:?}", p.target)
                });
            }
            if let Some(gb) = g.get("baseline").filter(|v| !v.is_null()) {
                let good = p.baseline.as_ref().is_some_and(|b| {
                    close(Some(b.value), gb["value"].as_f64())
                        && b.year.map(i64::from) == gb["year"].as_i64()
                });
                s.add("baseline", good, || {
                    format!("baseline {id}: {key} gold={gb} got={:?}", p.baseline)
                });
            }
            if let Some(gg) = g.get("growth").and_then(Value::as_f64) {
                s.add("growth", close(p.growth, Some(gg)), || {
                    format!("growth   {id}: {key}")
                });
            }
            if let Some(gu) = g.get("unit").and_then(Value::as_str) {
                let good = canon_unit(p.unit.as_deref()) == canon_unit(Some(gu));
                s.add("unit", good, || {
                    format!("unit     {id}: {key} gold={gu} got={:?}", p.unit)
                });
            }
        }
        let allowed = doc
            .get("extra_targets_allowed")
            .and_then(Value::as_u64)
            .unwrap_or(0) as usize;
        let extra = used.iter().filter(|u| !**u).count();
        s.fp += extra.saturating_sub(allowed);
    }
    s
}

#[test]
fn dev_targets_floors() {
    score("tests/gold/targets.jsonl").assert_floors(
        "dev targets (seed 003)",
        0.95,
        &[
            ("target", 0.95),
            ("baseline", 0.95),
            ("growth", 0.95),
            ("unit", 0.95),
        ],
    );
}

#[test]
fn the_plan_describes_itself() {
    let text = include_str!("../seeds/003_32703452aac0ffa4.txt");
    let plan = analyzer().targets(text).plan;
    assert_eq!(plan.region.as_deref(), Some("湖北省"));
    assert_eq!((plan.base_year, plan.target_year), (Some(2020), Some(2025)));
    assert!(plan.title.is_some_and(|t| t.contains("第十四个五年规划")));
}

/// The built-in plan is this extractor's output on seed 003 (then reviewed): it loads, and
/// it names the same indicators the extractor finds today — when the extractor changes,
/// regenerate it (README: "The built-in plan").
#[test]
fn the_built_in_plan_is_in_step_with_the_extractor() {
    let builtin = policylens::plan::builtin();
    let text = include_str!("../seeds/003_32703452aac0ffa4.txt");
    let fresh = analyzer().targets(text).into_utf16(text);
    let names = |p: &policylens::plan::model::Plan| -> Vec<String> {
        p.targets.iter().map(|t| t.indicator.clone()).collect()
    };
    assert!(builtin.targets.len() >= 100);
    assert_eq!(
        names(&builtin),
        names(&fresh),
        "regenerate data/plans/hubei-14.json"
    );
    assert_eq!(builtin.plan, fresh.plan);
}

/// The plan written for the tests in another layout (tests/gold/other_plan/README.md).
#[test]
fn other_plan_targets_floors() {
    score("tests/gold/other_plan/targets.jsonl").assert_floors(
        "other plan targets",
        0.95,
        &[
            ("target", 0.95),
            ("baseline", 0.95),
            ("growth", 0.95),
            ("unit", 0.95),
        ],
    );
}

/// Matches and verdicts of progress reports, scored as `score.py matches` scores them: each
/// report's plan text (its `plan`, relative to the gold file) goes through `targets`, and the
/// report is analysed against it.
fn matches_score(gold_path: &str) -> Score {
    let mut s = Score::default();
    let dir = std::path::Path::new(gold_path).parent().expect("gold dir");
    let mut plans = std::collections::HashMap::new();
    for doc in load(gold_path) {
        // No `plan`: the built-in one (data/plans/hubei-14.json), as the CLI uses it.
        let plan_file = doc["plan"].as_str().unwrap_or("").to_string();
        let (judge, names) = plans.entry(plan_file.clone()).or_insert_with(|| {
            let plan = if plan_file.is_empty() {
                policylens::plan::builtin()
            } else {
                let plan_text = std::fs::read_to_string(dir.join(&plan_file)).expect("plan text");
                analyzer().targets(&plan_text).into_utf16(&plan_text)
            };
            let names: std::collections::HashMap<String, String> = plan
                .targets
                .iter()
                .map(|t| {
                    (
                        t.id.clone(),
                        format!("{} {}", t.indicator, t.aliases.join(" ")),
                    )
                })
                .collect();
            (analyzer().clone().with_plan(Some(plan)), names)
        });
        let id = doc["id"].as_str().unwrap_or("?").to_string();
        let text = doc["text"].as_str().expect("report text");
        let analysis = judge.analyze(text).into_utf16(text);
        let gold = doc["matches"].as_array().expect("matches");
        let spans = common::locate(text, gold, "claim_text");
        for (g, (gs, ge)) in gold.iter().zip(spans) {
            let claim = analysis.claims.iter().find(|c| c.start < ge && gs < c.end);
            let m = claim.and_then(|c| analysis.matches.iter().find(|m| m.claim == c.id));
            let t = g["claim_text"].as_str().unwrap_or("");
            match (g["indicator_key"].as_str(), m) {
                (None, Some(m)) if m.verdict != "not_comparable" => {
                    s.fp += 1;
                    s.misses
                        .push(format!("false match {id}: {t} -> {}", m.target));
                }
                (None, _) => {}
                (Some(key), None) => {
                    s.fn_ += 1;
                    s.misses.push(format!("no match {id}: {t} (want {key})"));
                }
                (Some(key), Some(m)) if names.get(&m.target).is_some_and(|n| n.contains(key)) => {
                    s.tp += 1;
                    let want = g["verdict"].as_str().unwrap_or("");
                    s.add("verdict", m.verdict == want, || {
                        format!("verdict {id}: {t} gold={want} got={}", m.verdict)
                    });
                }
                (Some(key), Some(m)) => {
                    s.fp += 1;
                    s.fn_ += 1;
                    s.misses.push(format!(
                        "wrong target {id}: {t} -> {} (want {key})",
                        m.target
                    ));
                }
            }
        }
    }
    s
}

/// The three progress reports of the plan in another layout.
#[test]
fn other_plan_matches_floors() {
    matches_score("tests/gold/other_plan/matches.jsonl").assert_floors(
        "other plan matches",
        0.95,
        &[("verdict", 0.95)],
    );
}

/// Issue 11's unseen-plan sets, written by helpers blind to the code and then tuned on
/// (so dev sets now): plan A, a 15th provincial plan with a space-aligned table, and plan B,
/// a city's plan with a Markdown table (tests/gold/plans/README.md).
#[test]
fn plans_ab_targets_floors() {
    score("tests/gold/plans/targets.jsonl").assert_floors(
        "plans A, B targets",
        0.94,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_ab_matches_floors() {
    matches_score("tests/gold/plans/matches.jsonl").assert_floors(
        "plans A, B matches",
        0.95,
        &[("verdict", 0.95)],
    );
}

/// Published documents against the built-in plan (dev: tests/gold/published, by a helper
/// blind to the code, then tuned on): like with like, a city's report is another region.
#[test]
fn published_documents_matches_floors() {
    matches_score("tests/gold/published/matches.jsonl").assert_floors(
        "published documents, matches",
        0.95,
        &[("verdict", 0.95)],
    );
}

/// Plans C (pasted HTML) and D (a city's plan, prose only), written by a helper blind to
/// the code; a dev set since (tuned on).
#[test]
fn plans_cd_targets_floors() {
    score("tests/gold/plans/targets_cd.jsonl").assert_floors(
        "plans C, D targets",
        0.95,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_cd_matches_floors() {
    matches_score("tests/gold/plans/matches_cd.jsonl").assert_floors(
        "plans C, D matches",
        0.9,
        &[("verdict", 0.9)],
    );
}

/// The forms a goal takes in a plan's prose, each read into one target: its baseline from
/// the clause (由…的, （2025年为…）, ，2025年为…), a change over the period as cumulative, a
/// floor across the space PDF text leaves (`不低于 50%`).
#[test]
fn goals_in_prose_are_read_with_their_baselines() {
    /// (sentence, indicator, baseline (value, year), target value, cumulative, qualifier)
    type Case = (
        &'static str,
        &'static str,
        Option<(f64, i32)>,
        f64,
        bool,
        &'static str,
    );
    let cases: &[Case] = &[
        (
            "到2030年，研发经费投入强度由2025年的2.1%提高到2.8%。",
            "研发经费投入强度",
            Some((2.1, 2025)),
            2.8,
            false,
            "exact",
        ),
        (
            "到2030年，森林覆盖率达到45%（2025年为42%）。",
            "森林覆盖率",
            Some((42.0, 2025)),
            45.0,
            false,
            "exact",
        ),
        (
            "到2030年，地区生产总值达到7万亿元，2025年为5.6万亿元。",
            "地区生产总值",
            Some((5.6e12, 2025)),
            7e12,
            false,
            "exact",
        ),
        (
            "单位地区生产总值二氧化碳排放降低18%。",
            "单位地区生产总值二氧化碳排放",
            None,
            18.0,
            true,
            "exact",
        ),
        (
            "常住人口城镇化率比2025年提高3个百分点。",
            "常住人口城镇化率",
            None,
            3.0,
            true,
            "exact",
        ),
        (
            "县(市)建成区生活垃圾分类覆盖率不低于 50%。",
            "县(市)建成区生活垃圾分类覆盖率",
            None,
            50.0,
            false,
            "at_least",
        ),
    ];
    for &(sentence, indicator, baseline, target, cumulative, qualifier) in cases {
        let text = format!("某省国民经济和社会发展第十五个五年规划纲要\n\n{sentence}\n");
        let plan = analyzer().targets(&text);
        let json = serde_json::to_value(&plan.targets).unwrap();
        assert_eq!(
            json.as_array().map(Vec::len),
            Some(1),
            "{sentence}: {json:#}"
        );
        let t = &json[0];
        assert_eq!(t["indicator"], indicator, "{sentence}");
        let got = t["baseline"].as_object().map(|b| {
            (
                b["value"].as_f64().unwrap(),
                b["year"].as_i64().unwrap() as i32,
            )
        });
        assert_eq!(got, baseline, "{sentence}");
        assert_eq!(t["target"]["value"].as_f64(), Some(target), "{sentence}");
        assert_eq!(t["cumulative"], cumulative, "{sentence}");
        assert_eq!(t["target"]["qualifier"], qualifier, "{sentence}");
    }
    // A target in words: named with its change word, no figure, the words its note.
    let text = "某县国民经济和社会发展第十五个五年规划纲要\n\n城乡居民人均可支配收入增长与经济增长同步，单位GDP二氧化碳排放降低完成市下达任务。\n";
    let plan = serde_json::to_value(analyzer().targets(text).targets).unwrap();
    let words: Vec<(&str, &str, &str)> = plan
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["indicator"].as_str().unwrap(),
                t["note"].as_str().unwrap_or(""),
                t["unit"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        words,
        [
            ("城乡居民人均可支配收入增长", "与经济增长同步", "%"),
            ("单位GDP二氧化碳排放降低", "完成市下达任务", "%")
        ]
    );
    assert!(plan[0]["target"].is_null() && plan[0]["growth"].is_null());
}

/// Plans E (CSV, a header broken inside a cell) and F (tabs, a page line inside the table),
/// written blind to the code and scored blind once (tests/gold/plans_ef/README.md); a dev set
/// since.
#[test]
fn plans_ef_targets_floors() {
    score("tests/gold/plans_ef/targets.jsonl").assert_floors(
        "plans E, F targets",
        0.95,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_ef_matches_floors() {
    matches_score("tests/gold/plans_ef/matches.jsonl").assert_floors(
        "plans E, F matches",
        0.9,
        &[("verdict", 0.93)],
    );
}

/// Plans G (space-aligned, a two-line header, 年均增长 before 2030年) and H (a Markdown
/// table), written blind to the code and scored blind once (tests/gold/plans_gh/README.md);
/// a dev set since.
#[test]
fn plans_gh_targets_floors() {
    score("tests/gold/plans_gh/targets.jsonl").assert_floors(
        "plans G, H targets",
        0.95,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_gh_matches_floors() {
    matches_score("tests/gold/plans_gh/matches.jsonl").assert_floors(
        "plans G, H matches",
        0.9,
        &[("verdict", 0.95)],
    );
}

/// Plans I (a TAB table with 属性 second, units in the names) and J (a county-level city, a
/// pasted HTML table), written blind to the code and scored blind once
/// (tests/gold/plans_ij/README.md); a dev set since.
#[test]
fn plans_ij_targets_floors() {
    score("tests/gold/plans_ij/targets.jsonl").assert_floors(
        "plans I, J targets",
        0.95,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_ij_matches_floors() {
    matches_score("tests/gold/plans_ij/matches.jsonl").assert_floors(
        "plans I, J matches",
        0.9,
        &[("verdict", 0.9)],
    );
}

/// Plans K (a space-aligned table whose baseline column comes last) and L (a city's
/// indicators written as records: a name line, then `单位：…；2025年：…；2030年：…`),
/// written blind to the code and scored blind once (tests/gold/plans_kl/README.md); a dev
/// set since.
#[test]
fn plans_kl_targets_floors() {
    score("tests/gold/plans_kl/targets.jsonl").assert_floors(
        "plans K, L targets",
        0.95,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_kl_matches_floors() {
    matches_score("tests/gold/plans_kl/matches.jsonl").assert_floors(
        "plans K, L matches",
        0.9,
        &[("verdict", 0.9)],
    );
}

/// Plans M (cells one to a line, a 年均增长/[累计] column) and N (cells a single space
/// apart under a two-line header, values with their units), written blind to the code and
/// scored blind once (tests/gold/plans_mn/README.md); a dev set since.
#[test]
fn plans_mn_targets_floors() {
    score("tests/gold/plans_mn/targets.jsonl").assert_floors(
        "plans M, N targets",
        0.95,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_mn_matches_floors() {
    matches_score("tests/gold/plans_mn/matches.jsonl").assert_floors(
        "plans M, N matches",
        0.9,
        &[("verdict", 0.9)],
    );
}

/// Plans O (a table drawn in box characters) and P (a table on its side: one indicator to
/// a column, fields in full-width-space cells), written blind to the code and scored blind
/// once (tests/gold/plans_op/README.md); a dev set since.
#[test]
fn plans_op_targets_floors() {
    score("tests/gold/plans_op/targets.jsonl").assert_floors(
        "plans O, P targets",
        0.95,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_op_matches_floors() {
    matches_score("tests/gold/plans_op/matches.jsonl").assert_floors(
        "plans O, P matches",
        0.9,
        &[("verdict", 0.9)],
    );
}

/// Plans Q (a table copied out of a PDF column by column, over two pages) and R (OCR text
/// of a scanned table), written blind to the code and scored blind once
/// (tests/gold/plans_qr/README.md); a dev set since.
#[test]
fn plans_qr_targets_floors() {
    score("tests/gold/plans_qr/targets.jsonl").assert_floors(
        "plans Q, R targets",
        0.95,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_qr_matches_floors() {
    matches_score("tests/gold/plans_qr/matches.jsonl").assert_floors(
        "plans Q, R matches",
        0.9,
        &[("verdict", 0.9)],
    );
}

/// Plans S (a converter's LaTeX: the table as `tabular` code over two pages) and T (a wide
/// table split over facing pages: names on the left, values on the right), written blind to
/// the code and scored blind once (tests/gold/plans_st/README.md); a dev set since.
#[test]
fn plans_st_targets_floors() {
    score("tests/gold/plans_st/targets.jsonl").assert_floors(
        "plans S, T targets",
        0.95,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_st_matches_floors() {
    matches_score("tests/gold/plans_st/matches.jsonl").assert_floors(
        "plans S, T matches",
        0.9,
        &[("verdict", 0.9)],
    );
}

/// Plans U (a web page's table copied from the browser: ragged rows where rowspan cells
/// are absent, a header broken by `<br>` and a `colspan` words cell) and V (a whole plan
/// through `pdftotext -layout`: centred cells, a letter-spaced header over three lines, a
/// 备注 column, group rows), written blind to the code and scored blind once
/// (tests/gold/plans_uv/README.md); a dev set since.
#[test]
fn plans_uv_targets_floors() {
    score("tests/gold/plans_uv/targets.jsonl").assert_floors(
        "plans U, V targets",
        0.95,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_uv_matches_floors() {
    matches_score("tests/gold/plans_uv/matches.jsonl").assert_floors(
        "plans U, V matches",
        0.9,
        &[("verdict", 0.9)],
    );
}

/// Plans W (a spreadsheet range pasted as tab-separated text: cells quoted over line breaks,
/// doubled inner quotes, merged cells empty, the 属性 column before the values) and X (a
/// Word document copied as plain text: CRLF, a second paragraph in a cell as a bare line
/// break, a `规划目标` cell spanning 2025年 / 2030年 / 年均增长〔累计〕), written blind to the
/// code and scored blind once (tests/gold/plans_wx/README.md); a dev set since.
#[test]
fn plans_wx_targets_floors() {
    score("tests/gold/plans_wx/targets.jsonl").assert_floors(
        "plans W, X targets",
        0.95,
        &[("target", 0.95), ("baseline", 0.95), ("unit", 0.95)],
    );
}

#[test]
fn plans_wx_matches_floors() {
    matches_score("tests/gold/plans_wx/matches.jsonl").assert_floors(
        "plans W, X matches",
        0.9,
        &[("verdict", 0.9)],
    );
}
