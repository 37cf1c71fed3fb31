//! The command line as an analyst uses it (../shared/spec/output.md): options in any
//! order, stdin or files, `jsonl` over a directory, exit status 0 whenever an analysis was
//! printed, a clear message naming the file otherwise.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_policylens"))
        .args(args)
        .current_dir(std::env::temp_dir()) // self-contained: works from any directory
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON object")
}

fn tmpdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("policylens-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn stdin_json_has_every_array_of_the_contract() {
    let out = run(
        &["analyze", "--format", "json", "-"],
        "截至2024年底，全省国有“三资”总规模达到21.8万亿元。".as_bytes(),
    );
    let v = json(&out);
    for key in [
        "claims", "measures", "outline", "matches", "coverage", "checks",
    ] {
        assert!(v[key].is_array(), "{key} missing");
    }
    let c = &v["claims"][0];
    assert_eq!(c["text"], "21.8万亿元");
    assert_eq!(c["value"], 21800000000000i64);
    assert_eq!(c["unit"], "元");
    assert_eq!(c["year"], 2024);
    assert_eq!(c["start"], 22); // UTF-16 units: 截至2024年底，全省国有“三资”总规模达到
    assert!(
        out.stderr.is_empty(),
        "nothing on stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn options_in_any_order_and_the_small_dictionary() {
    let a = json(&run(
        &["analyze", "-", "--format", "json", "--dict", "small"],
        "增长13.4%".as_bytes(),
    ));
    let b = json(&run(
        &["analyze", "--dict=full", "--format=json"],
        "增长13.4%".as_bytes(),
    ));
    assert_eq!(a["claims"], b["claims"]);
}

#[test]
fn empty_input_is_an_empty_analysis_and_exit_zero() {
    let v = json(&run(&["analyze", "--format", "json"], b""));
    assert_eq!(v["claims"].as_array().unwrap().len(), 0);
}

#[test]
fn an_absurd_number_is_analysed_with_a_null_value() {
    let text = format!("共有{}个", "1".repeat(1000));
    let v = json(&run(&["analyze", "--format", "json"], text.as_bytes()));
    assert!(v["claims"][0]["value"].is_null());
    assert_eq!(v["checks"][0]["code"], "absurd_number");
}

#[test]
fn not_utf8_is_a_clear_error_naming_the_file_and_gb18030_reads_it() {
    let dir = tmpdir("gbk");
    let path = dir.join("报告.txt");
    let (gbk, _, _) = encoding_rs::GB18030.encode("全省增长13.4%。");
    std::fs::write(&path, &gbk).unwrap();
    let p = path.to_str().unwrap();
    let out = run(&["analyze", p], b"");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("报告.txt") && err.contains("UTF-8") && err.contains("--encoding gb18030"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    let v = json(&run(&["analyze", "--encoding", "gb18030", p], b""));
    assert_eq!(v["claims"][0]["text"], "13.4%");
}

#[test]
fn binary_junk_and_missing_files_fail_clearly() {
    let out = run(
        &["analyze", "-"],
        &[0x7f, 0x45, 0x4c, 0x46, 0, 0, 0xff, 0xfe, 0x00],
    );
    assert!(!out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).is_empty());
    let out = run(&["analyze", "-"], b"ELF\0\0\0binary");
    assert!(String::from_utf8_lossy(&out.stderr).contains("NUL"));
    let out = run(&["analyze", "/nonexistent/draft.txt"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/draft.txt"));
}

#[test]
fn usage_errors_exit_two() {
    for args in [
        &["analyze", "--format", "xml"][..],
        &["analyze", "--bogus"],
        &["frobnicate"],
        &[],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("用法"));
    }
}

#[test]
fn jsonl_over_a_directory_prints_one_object_per_document() {
    let dir = tmpdir("corpus");
    std::fs::write(dir.join("a.txt"), "增长13.4%。").unwrap();
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/b.txt"), "新增3家企业，盘活3708亿元。").unwrap();
    std::fs::write(dir.join("ignored.md"), "100家").unwrap();
    let out = run(
        &["analyze", "--format", "jsonl", dir.to_str().unwrap()],
        b"",
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["file"].as_str().unwrap().ends_with("a.txt"));
    assert_eq!(lines[1]["claims"].as_array().unwrap().len(), 2);
}

#[test]
fn text_format_lists_claims_with_line_and_column() {
    let out = run(
        &["analyze", "--format", "text"],
        "标题\n\n全省增长13.4%。".as_bytes(),
    );
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("3:5\t13.4%"), "{s}");
}

#[test]
fn text_format_prints_the_outline_as_a_tree_with_measures_under_headings() {
    let src = "推进大财政体系建设\n\n省财政厅\n\n全省推进改革。一是加强国有“三资”统筹。二是加强财政风险管控。\n\n深化国企改革\n\n省国资委\n\n深化国有企业功能性改革。";
    let out = run(&["analyze", "--format", "text"], src.as_bytes());
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let at = |needle: &str| {
        lines
            .iter()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle} not in:\n{text}"))
    };
    let indent = |i: usize| lines[i].len() - lines[i].trim_start().len();
    let (case1, item, case2, action) = (
        at("推进大财政体系建设（省财政厅）"),
        at("[加强] 一是加强国有“三资”统筹。"),
        at("深化国企改革（省国资委）"),
        at("[深化] 深化国有企业功能性改革"),
    );
    assert!(case1 < item && item < case2 && case2 < action, "{text}");
    assert!(
        indent(item) > indent(case1) && indent(action) > indent(case2),
        "{text}"
    );
}

#[test]
fn targets_of_a_plan_as_json_and_text() {
    let plan = "某省国民经济和社会发展第十五个五年规划纲要\n\n类别\t指标名称\t2025年\t2030年\t年均增速\t属性\n经济发展\t1.地区生产总值增长(%)\t—\t—\t5\t预期性\n\t2.常住人口城镇化率(%)\t62\t66\t—\t预期性\n\n到2030年，森林覆盖率达到45%以上。";
    let out = run(&["targets"], plan.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    assert_eq!(v["plan"]["base_year"], 2025);
    assert_eq!(v["plan"]["target_year"], 2030);
    let targets = v["targets"].as_array().expect("targets");
    let urban = targets
        .iter()
        .find(|t| t["indicator"] == "常住人口城镇化率")
        .expect("城镇化率");
    assert_eq!(urban["baseline"]["value"].as_f64(), Some(62.0));
    assert_eq!(urban["target"]["value"].as_f64(), Some(66.0));
    let growth = targets
        .iter()
        .find(|t| t["indicator"] == "地区生产总值增长")
        .expect("growth");
    assert_eq!(growth["growth"].as_f64(), Some(5.0));
    assert!(targets.iter().any(|t| t["indicator"]
        .as_str()
        .is_some_and(|i| i.contains("森林覆盖率"))
        && t["target"]["value"].as_f64() == Some(45.0)));
    let text = run(&["targets", "--format", "text"], plan.as_bytes());
    assert!(String::from_utf8_lossy(&text.stdout).contains("常住人口城镇化率"));
    assert!(
        text.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&text.stderr)
    );

    // A target for every year reads `（每年）`, one due in a year `（2030年）`.
    let every = run(
        &["targets", "--format", "text"],
        "某市第十五个五年规划纲要\n\n到2030年，森林覆盖率达到45%以上。每年新增规模以上工业企业150家以上。\n"
            .as_bytes(),
    );
    let listed = String::from_utf8_lossy(&every.stdout);
    assert!(
        listed.contains("150家以上（每年）") && listed.contains("（2030年）"),
        "{listed}"
    );

    // A text with nothing to read: the (empty) plan printed, and said on stderr.
    let none = run(&["targets"], "这是一段没有任何指标的文字。".as_bytes());
    assert!(none.status.success());
    assert_eq!(json(&none)["targets"].as_array().map(Vec::len), Some(0));
    let said = String::from_utf8_lossy(&none.stderr);
    assert!(
        said.contains("没有读到任何指标目标") && said.contains("no target was read"),
        "{said}"
    );
}

#[test]
fn figures_are_judged_against_the_built_in_plan_or_a_plan_file() {
    let report = "发布时间：2023-01-16\n2022年，全省常住人口城镇化率达到64.7%，森林覆盖率为42.1%。武汉市常住人口城镇化率84.7%。";
    let v = json(&run(&["analyze"], report.as_bytes()));
    let verdicts: Vec<(&str, &str)> = v["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let claim = v["claims"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["id"] == m["claim"])
                .unwrap();
            (
                claim["text"].as_str().unwrap(),
                m["verdict"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        verdicts,
        vec![
            ("64.7%", "on_track"),
            ("42.1%", "behind"),
            ("84.7%", "not_comparable")
        ],
        "{v}"
    );
    let m = &v["matches"][0];
    assert!(m["formula"].as_str().unwrap().contains("= 61.4"), "{m}");
    assert_eq!(m["expected"].as_f64(), Some(61.4));

    // Another plan, given as the targets JSON `policylens targets` prints.
    let dir = tmpdir("plan");
    let plan = "某省第十五个五年规划纲要\n\n类别\t指标名称\t2025年\t2030年\t年均增速\t属性\n\t1.常住人口城镇化率(%)\t60\t70\t—\t预期性\n";
    let targets = run(&["targets"], plan.as_bytes());
    let path = dir.join("plan.json");
    std::fs::write(&path, &targets.stdout).unwrap();
    let report = "2027年，全省常住人口城镇化率达到63%。";
    let v = json(&run(
        &["analyze", "--plan", path.to_str().unwrap()],
        report.as_bytes(),
    ));
    assert_eq!(v["matches"][0]["verdict"], "behind", "{v}"); // the path gives 64 in 2027

    // A file that is not targets JSON: a clear message, non-zero exit, nothing printed.
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"not\": \"a plan\"}").unwrap();
    // (No stdin: the CLI refuses the plan before it reads any.)
    let out = run(&["analyze", "--plan", bad.to_str().unwrap()], b"");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.json") && err.contains("targets JSON"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn coverage_names_the_plan_sections_a_draft_speaks_to_even_without_figures() {
    let draft = "持续优化营商环境，深化“放管服”改革。加强知识产权保护，推进科技成果转化。";
    let v = json(&run(&["analyze"], draft.as_bytes()));
    let titles: Vec<&str> = v["coverage"]
        .as_array()
        .expect("coverage")
        .iter()
        .map(|c| c["title"].as_str().unwrap_or(""))
        .collect();
    assert!(titles.iter().any(|t| t.contains("营商环境")), "{titles:?}");
    assert!(
        titles.iter().any(|t| t.contains("科技体制改革")),
        "{titles:?}"
    );
    assert!(
        !titles
            .iter()
            .any(|t| t.contains("乡村") || t.contains("住房")),
        "{titles:?}"
    );
}

#[test]
fn the_date_is_read_assumed_or_given_never_silent() {
    let text = "今年全省地区生产总值增长6.5%。\n".as_bytes();
    // No date in the text: the year assumed is said, and 今年 names no year.
    let a = json(&run(&["analyze", "-"], text));
    assert_eq!(a["document"]["date_year"], serde_json::Value::Null);
    assert!(a["document"]["assumed_year"].is_i64());
    assert_eq!(a["document"]["assumed_from"], "today");
    assert_eq!(a["claims"][0]["year"], serde_json::Value::Null);
    // The editor's date: 今年 is read against it, nothing is assumed.
    let a = json(&run(&["analyze", "--date", "2024-01-23", "-"], text));
    assert_eq!(a["document"]["date_year"], 2024);
    assert_eq!(a["document"]["date_source"], "given");
    assert_eq!(a["document"]["assumed_year"], serde_json::Value::Null);
    assert_eq!(a["claims"][0]["year"], 2024);
    // The text's own date, and where it was read.
    let dated = "湖北省政府工作报告\n——2024年1月23日在湖北省第十四届人民代表大会第二次会议上\n今年全省地区生产总值增长6%左右。\n";
    let a = json(&run(&["analyze", "-"], dated.as_bytes()));
    assert_eq!(a["document"]["date_year"], 2024);
    assert_eq!(a["document"]["date_source"], "signoff");
    assert_eq!(a["claims"][0]["year"], 2024);
    // A date that is none is a usage error.
    for bad in ["20x4", "12", "3000"] {
        assert_eq!(
            // Empty stdin: the CLI stops before it would read it.
            run(&["analyze", "--date", bad, "-"], b"").status.code(),
            Some(2),
            "{bad}"
        );
    }
}

/// A city's plan whose indicators are written as records, and a report on it that names
/// places inside the city: their figures are not the city's (verdicts.md rule 6), even
/// where the place's name begins with the city's (岳阳楼区 in 岳阳市), the sentence named
/// the city first (`全市…，其中平江县…`) or the place opens the sentence only.
#[test]
fn a_place_inside_the_plans_region_is_not_judged_by_its_targets() {
    let dir = tmpdir("records");
    let plan = "岳阳市国民经济和社会发展第十五个五年规划纲要\n\n表1　主要指标\n\n指标1　地区生产总值\n　　单位：亿元；2025年：5300；2030年：6900；属性：预期性\n指标2　森林覆盖率（%）\n　　2025年：46.3；2030年：46.8；属性：约束性\n";
    let targets = run(&["targets"], plan.as_bytes());
    let t = json(&targets);
    assert_eq!(t["targets"].as_array().map(Vec::len), Some(2), "{t}");
    let path = dir.join("plan.json");
    std::fs::write(&path, &targets.stdout).unwrap();
    let report = "发布时间：2027-03-26\n2026年，全市地区生产总值5598.6亿元，岳阳楼区地区生产总值826.4亿元；全市森林覆盖率46.5%，其中平江县达到60.2%。华容县地区生产总值412.3亿元，森林覆盖率52.5%。";
    let v = json(&run(
        &["analyze", "--plan", path.to_str().unwrap()],
        report.as_bytes(),
    ));
    let verdict = |text: &str| {
        let c = v["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["text"] == text)
            .unwrap_or_else(|| panic!("no claim {text}: {v}"));
        v["matches"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["claim"] == c["id"])
            .map(|m| m["verdict"].as_str().unwrap().to_string())
    };
    assert_eq!(verdict("5598.6亿元").as_deref(), Some("behind"), "{v}");
    assert_eq!(
        verdict("826.4亿元").as_deref(),
        Some("not_comparable"),
        "{v}"
    );
    assert_eq!(verdict("46.5%").as_deref(), Some("on_track"), "{v}");
    assert_eq!(verdict("60.2%").as_deref(), Some("not_comparable"), "{v}");
    // A county the sentence opens with is the place of the figures after it.
    assert_eq!(verdict("52.5%").as_deref(), Some("not_comparable"), "{v}");
}
