//! Bad input loses nothing and breaks nothing: arbitrary strings never panic, every span
//! is in bounds, in order, and slices back to its text (in UTF-16, as JavaScript sees it);
//! empty, huge, junk and absurd input each give a clear, complete answer.

mod common;

use common::analyzer;
use policylens::Analysis;
use proptest::prelude::*;

/// Every offset of the analysis checked against the text, in UTF-16 code units.
fn check_spans(text: &str, a: &Analysis) -> Result<(), String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut last = 0;
    for c in &a.claims {
        if c.start > c.end || c.end > units.len() {
            return Err(format!(
                "claim {} out of bounds: {}..{} of {}",
                c.id,
                c.start,
                c.end,
                units.len()
            ));
        }
        if c.start < last {
            return Err(format!("claim {} out of order", c.id));
        }
        last = c.start;
        let slice = String::from_utf16(&units[c.start..c.end])
            .map_err(|e| format!("claim {} splits a surrogate pair: {e}", c.id))?;
        if slice != c.text {
            return Err(format!(
                "claim {} text {:?} != slice {:?}",
                c.id, c.text, slice
            ));
        }
    }
    for f in &a.checks {
        if f.start > f.end || f.end > units.len() {
            return Err(format!("finding {} out of bounds", f.code));
        }
    }
    Ok(())
}

fn analyze(text: &str) -> Analysis {
    analyzer().analyze(text).into_utf16(text)
}

/// Text built from the pieces policy documents are made of, so that random strings
/// reach deep into the scanner (numbers, units, qualifiers, breaks), not just junk.
fn policy_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "全省",
        "增长",
        "13.4",
        "%",
        "万亿元",
        "超",
        "以上",
        "第",
        "三",
        "分之",
        "一",
        "是",
        "，",
        "。",
        "\n",
        "\n\n",
        "—",
        "-",
        "～",
        "个百分点",
        "2024年",
        "1—9月",
        "“",
        "”",
        "（",
        "）",
        "1,400",
        "０",
        "５",
        "％",
        "倍",
        "翻一番",
        "近",
        "约",
        "左右",
        "家",
        "亿",
        "万",
        "名",
        "\t",
        " ",
        "😀",
        "\u{FFFD}",
        "分别",
        "、",
        "和",
        "由",
        "提高到",
        "居全国",
        "位",
        ":",
        "1",
        "9",
        "0",
        ".",
        "十",
        "百",
        "千",
        "两",
        "余",
        "多",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic_and_spans_slice_back(text in any::<String>()) {
        let a = analyze(&text);
        prop_assert!(check_spans(&text, &a).is_ok(), "{:?}", check_spans(&text, &a));
    }

    #[test]
    fn policy_like_strings_never_panic_and_spans_slice_back(text in policy_like()) {
        let a = analyze(&text);
        prop_assert!(check_spans(&text, &a).is_ok(), "{:?}", check_spans(&text, &a));
    }
}

#[test]
fn empty_text_gives_an_empty_analysis() {
    for text in ["", " ", "\n\n\n", "\r\n"] {
        let a = analyze(text);
        assert!(a.claims.is_empty() && a.checks.is_empty(), "{text:?}");
    }
}

#[test]
fn a_thousand_digit_number_is_a_claim_without_a_value_and_a_finding() {
    let text = format!("全省共建成{}个站点。", "9".repeat(1000));
    let a = analyze(&text);
    assert_eq!(a.claims.len(), 1);
    assert_eq!(a.claims[0].value, None);
    assert!(a.checks.iter().any(|f| f.code == "absurd_number"));
    check_spans(&text, &a).unwrap();
    // And the JSON says null, not NaN or a string.
    let json = serde_json::to_string(&a).unwrap();
    assert!(json.contains("\"value\":null"));
}

#[test]
fn a_long_line_and_megabytes_of_text() {
    let line = "全省国有资产总额增长13.4%，".repeat(200_000 / 16);
    let a = analyze(&line);
    assert_eq!(a.claims.len(), line.matches("13.4%").count());
    check_spans(&line, &a).unwrap();

    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/003_32703452aac0ffa4.txt"
    ))
    .unwrap();
    let big = seed.repeat(3_000_000 / seed.len() + 1);
    let one = analyze(&seed).claims.len();
    let a = analyze(&big);
    assert!(
        a.claims.len() >= one * (big.len() / seed.len()),
        "claims must scale with the text"
    );
    check_spans(&big, &a).unwrap();
}

#[test]
fn binary_junk_and_control_characters() {
    let junk: String = (0u32..5000)
        .filter_map(|i| char::from_u32((i * 7919) % 0x11000))
        .collect();
    let a = analyze(&junk);
    check_spans(&junk, &a).unwrap();
    let controls = "\u{0}\u{1}\u{7}12\u{8}%\u{1b}[31m34万元\u{feff}\u{200b}56亿元";
    check_spans(controls, &analyze(controls)).unwrap();
}

#[test]
fn replacement_characters_from_lone_surrogates_keep_offsets() {
    // JavaScript's lone surrogates reach Rust as U+FFFD, one UTF-16 unit each, like them.
    let text = "\u{FFFD}全省增长13.4%\u{FFFD}，😀达到21.8万亿元";
    let a = analyze(text);
    assert_eq!(a.claims.len(), 2);
    check_spans(text, &a).unwrap();
    assert_eq!(
        a.claims[1].start,
        text[..text.find("21.8").unwrap()].encode_utf16().count()
    );
}

#[test]
fn a_plan_table_of_ten_thousand_rows_is_read_row_by_row() {
    // Linear in the rows (the benchmark times it): every row read, none half-read.
    let mut plan = String::from(
        "某省国民经济和社会发展第十五个五年规划纲要\n\n序号\t指标\t单位\t2025年\t2030年\t属性\n",
    );
    for i in 1..=10_000 {
        plan.push_str(&format!(
            "{i}\t第{i}项指标覆盖率\t%\t{}\t{}\t预期性\n",
            40 + i % 50,
            50 + i % 50
        ));
    }
    let p = analyzer().targets(&plan);
    assert_eq!(
        p.targets.len() + p.unread.len(),
        10_000,
        "{:?}",
        p.unread.first()
    );
    assert!(p.targets.len() >= 9_990, "{} read", p.targets.len());
    let last = p
        .targets
        .iter()
        .find(|t| t.indicator.contains("第10000项"))
        .expect("the last row");
    assert_eq!(last.target.as_ref().map(|g| g.value), Some(50.0));
}

#[test]
fn a_plan_text_with_nothing_to_read_gives_no_targets_and_no_panic() {
    for text in [
        "",
        "这是一段没有任何指标的文字。",
        "\u{0}\u{1}junk\u{FFFD}",
        &"一、\n".repeat(5000),
    ] {
        let p = analyzer().targets(text);
        assert!(p.targets.is_empty(), "{text:?}: {:?}", p.targets);
    }
}
