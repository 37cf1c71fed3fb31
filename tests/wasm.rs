//! The wasm binding tested at its boundary, in node: run by `wasm-bindgen-test-runner`
//! (`./build.sh test` sets it as the wasm32 runner).
//!
//! What the core finds is tested natively; these tests check only what the binding adds:
//! options in, plain objects out, errors as `js_sys::Error` with bilingual messages,
//! offsets in UTF-16 code units of the caller's string (lone surrogates included), and
//! TypeScript types that name the fields the objects really have. Results are read back
//! through `JSON.stringify`, which also proves that they are plain data.

#![cfg(target_arch = "wasm32")]

use policylens::wasm::{version, Analyzer, SharedDictionary};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// A claim with context, after an astral character (two UTF-16 units, four UTF-8 bytes).
const CLAIM_TEXT: &str = "截至2024年底，全省国有“三资”总规模达到21.8万亿元。";
const CLAIM: &str = "21.8万亿元";

thread_local! {
    /// Loading a 50,000-word dictionary in a debug wasm build takes a while: once per binary.
    static SMALL: Analyzer = Analyzer::new(options(&[(
        "dictionary",
        JsValue::from_str(include_str!("../data/dict.small.txt")),
    )]))
    .expect("the small dictionary loads");
}

/// The built-in plan's targets JSON, as the page fetches it (`hubei-14.json` beside the
/// .wasm) and passes it: the web build leaves the plan out of the .wasm (feature
/// `builtin-plan`), and these tests run without that feature.
const BUILTIN_PLAN: &str = include_str!("../data/plans/hubei-14.json");

fn builtin_plan() -> JsValue {
    js_sys::JSON::parse(BUILTIN_PLAN).expect("the built-in plan is JSON")
}

/// The minimal dictionary, and the built-in plan passed as the page passes it.
fn minimal() -> Analyzer {
    Analyzer::new(options(&[("plan", builtin_plan())]))
        .expect("an Analyzer with the built-in plan's targets JSON")
}

/// A plain JS object with the given properties.
fn options(props: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (key, value) in props {
        js_sys::Reflect::set(&obj, &JsValue::from_str(key), value).expect("set a property");
    }
    obj.into()
}

/// The result as JSON, through JS's own `JSON.stringify`.
fn json(result: &JsValue) -> Value {
    let text = js_sys::JSON::stringify(result)
        .expect("JSON.stringify accepts the result")
        .as_string()
        .expect("a string");
    serde_json::from_str(&text).expect("valid JSON")
}

fn analyze(analyzer: &Analyzer, text: &str) -> Value {
    json(
        &analyzer
            .analyze(JsValue::from_str(text), JsValue::UNDEFINED)
            .expect("analyze"),
    )
}

/// The message of an error the binding returned, checking that it is a real `Error`.
fn message(err: js_sys::Error) -> String {
    let value: JsValue = err.into();
    assert!(
        value.is_instance_of::<js_sys::Error>(),
        "not an Error: {value:?}"
    );
    let err: js_sys::Error = value.unchecked_into();
    String::from(err.message())
}

/// Chinese first, then the English in parentheses: every message of the binding.
fn assert_bilingual(msg: &str) {
    let zh = msg.chars().take_while(|&c| c != '(').collect::<String>();
    assert!(
        zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "no Chinese before the English: {msg}"
    );
    assert!(
        msg[zh.len()..].chars().any(|c| c.is_ascii_alphabetic()),
        "no English after the Chinese: {msg}"
    );
}

fn claim_with_text<'a>(analysis: &'a Value, text: &str) -> &'a Value {
    analysis["claims"]
        .as_array()
        .expect("claims is an array")
        .iter()
        .find(|c| c["text"] == text)
        .unwrap_or_else(|| panic!("no claim {text:?} in {analysis}"))
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn constructs_without_options_and_from_empty_ones() {
    for opts in [
        JsValue::UNDEFINED,
        JsValue::NULL,
        options(&[]),
        options(&[("dictionary", JsValue::NULL)]),
        options(&[("dictionary", JsValue::UNDEFINED)]),
        options(&[("dictionary", JsValue::from_str("改革 100 v\n营商 50 n\n"))]),
    ] {
        let analyzer =
            Analyzer::new(opts.clone()).unwrap_or_else(|e| panic!("{opts:?}: {}", message(e)));
        let analysis = analyze(&analyzer, CLAIM_TEXT);
        claim_with_text(&analysis, CLAIM);
    }
}

#[wasm_bindgen_test]
fn bad_options_are_errors_with_a_message() {
    let cases = [
        (JsValue::from(42), "选项无效"),
        (JsValue::from_str("dict.txt"), "选项无效"),
        (
            options(&[("dictionry", JsValue::from_str("改革 1\n"))]),
            "dictionry",
        ),
        (options(&[("dictionary", JsValue::from(42))]), "选项无效"),
        (
            options(&[("dictionary", JsValue::from_str(""))]),
            "词典为空",
        ),
        (
            options(&[("dictionary", JsValue::from_str("改革 notanumber\n"))]),
            "词典无法读取",
        ),
    ];
    let mut failures = Vec::new();
    for (opts, expected) in cases {
        match Analyzer::new(opts.clone()) {
            Ok(_) => failures.push(format!("{opts:?}: accepted")),
            Err(e) => {
                let msg = message(e);
                assert_bilingual(&msg);
                if !msg.contains(expected) {
                    failures.push(format!("{opts:?}: {msg:?} lacks {expected:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn analyze_refuses_what_is_not_a_string() {
    let analyzer = minimal();
    for value in [
        JsValue::from(42),
        JsValue::UNDEFINED,
        JsValue::NULL,
        options(&[]),
    ] {
        let msg = message(
            analyzer
                .analyze(value.clone(), JsValue::UNDEFINED)
                .expect_err("not a string"),
        );
        assert_bilingual(&msg);
        assert!(msg.contains("字符串"), "{value:?}: {msg}");
    }
    // The handle is still good after an error.
    claim_with_text(&analyze(&analyzer, CLAIM_TEXT), CLAIM);
}

#[wasm_bindgen_test]
fn empty_text_gives_an_empty_analysis() {
    let analysis = analyze(&minimal(), "");
    for key in [
        "claims",
        "measures",
        "outline",
        "initiatives",
        "matches",
        "coverage",
        "checks",
    ] {
        assert_eq!(analysis[key], Value::Array(vec![]), "{key} in {analysis}");
    }
    assert_eq!(analysis["document"]["length"], 0);
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units_of_the_given_string() {
    // An astral character (2 UTF-16 units, 4 bytes) and CJK (1 unit, 3 bytes) before it.
    let text = format!("😀𠀀{CLAIM_TEXT}");
    let js = js_sys::JsString::from(text.as_str());
    let analysis = json(
        &minimal()
            .analyze(js.clone().into(), JsValue::UNDEFINED)
            .expect("analyze"),
    );
    let claim = claim_with_text(&analysis, CLAIM);
    let start = claim["start"].as_u64().expect("start") as u32;
    let end = claim["end"].as_u64().expect("end") as u32;
    assert_eq!(start as i32, js.index_of(CLAIM, 0));
    assert_eq!(end - start, CLAIM.encode_utf16().count() as u32);
    assert_eq!(String::from(js.slice(start, end)), CLAIM);
    assert_eq!(analysis["document"]["length"], js.length());
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_aligned() {
    // JS strings may hold lone surrogates; wasm-bindgen hands them to Rust as U+FFFD,
    // one UTF-16 unit for one, so offsets must still index the original string.
    let lone = |units: &[u16]| js_sys::JsString::from_char_code(units);
    let js = lone(&[0xD800, 0x41, 0xDC00, 0xDFFF, 0xD83D])
        .concat(&CLAIM_TEXT.into())
        .concat(&lone(&[0xDE00, 0xD800]))
        .concat(&"另有300余家企业。".into());
    let analysis = json(
        &minimal()
            .analyze(js.clone().into(), JsValue::UNDEFINED)
            .expect("analyze"),
    );
    let claims = analysis["claims"].as_array().expect("claims");
    assert!(claims.len() >= 2, "both claims are found: {analysis}");
    for claim in claims {
        let (start, end) = (
            claim["start"].as_u64().expect("start") as u32,
            claim["end"].as_u64().expect("end") as u32,
        );
        assert_eq!(
            Value::String(js.slice(start, end).into()),
            claim["text"],
            "{claim}"
        );
    }
    let last = claim_with_text(&analysis, "300余家");
    assert_eq!(
        last["start"].as_u64(),
        Some(js.index_of("300余家", 0) as u64)
    );
    assert_eq!(analysis["document"]["length"], js.length());
}

#[wasm_bindgen_test]
fn results_are_plain_json_compatible_data() {
    // A thousand-digit number: a claim whose value is null, with a finding.
    let text = format!("{CLAIM_TEXT}另有{}元。", "9".repeat(1000));
    let result = minimal()
        .analyze(JsValue::from_str(&text), JsValue::UNDEFINED)
        .expect("analyze");

    // Plain objects and arrays, no class handles or Maps.
    let object_prototype = js_sys::Object::get_prototype_of(&js_sys::Object::new().into());
    let proto = js_sys::Object::get_prototype_of(&result);
    assert!(js_sys::Object::is(&proto, &object_prototype));
    let claims = js_sys::Reflect::get(&result, &"claims".into()).expect("claims");
    assert!(js_sys::Array::is_array(&claims));

    // Exactly what the CLI prints for the same text, once offsets are UTF-16.
    // (with the built-in plan, as `minimal()` passes it)
    let builtin = serde_json::from_str(BUILTIN_PLAN).expect("the built-in plan");
    let core = policylens::Analyzer::new(policylens::Dictionary::minimal())
        .with_plan(Some(builtin))
        .with_today(js_sys::Date::new_0().get_full_year() as i32)
        .analyze(&text)
        .into_utf16(&text);
    let expected = serde_json::to_value(&core).expect("serialize natively");
    let got = json(&result);
    assert_eq!(got, expected);
    let absurd = got["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .find(|c| c["text"].as_str().is_some_and(|t| t.starts_with("9999")))
        .unwrap_or_else(|| panic!("the long number is a claim: {got}"));
    assert_eq!(absurd["value"], Value::Null);

    // It survives structured cloning, i.e. postMessage from the worker.
    let clone = js_sys::Reflect::get(&js_sys::global(), &"structuredClone".into())
        .expect("structuredClone exists in node")
        .unchecked_into::<js_sys::Function>()
        .call1(&JsValue::NULL, &result)
        .expect("structuredClone");
    assert_eq!(json(&clone), got);
}

/// Field names of `export interface NAME { … }` in the TypeScript the binding ships.
fn interface_fields(name: &str) -> Vec<String> {
    const TYPES: &str = include_str!("../src/wasm.d.ts");
    let head = format!("export interface {name} {{");
    let body = TYPES
        .split_once(&head)
        .unwrap_or_else(|| panic!("no interface {name}"))
        .1;
    let body = &body[..body.find("\n}").expect("closing brace")];
    let mut fields: Vec<String> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('/') && !l.starts_with('*'))
        .filter_map(|l| l.split_once(':'))
        .map(|(k, _)| k.trim_end_matches('?').to_string())
        .collect();
    fields.sort();
    fields
}

/// The fields of an interface marked optional (`name?:`).
fn optional_fields(name: &str) -> Vec<String> {
    const TYPES: &str = include_str!("../src/wasm.d.ts");
    let head = format!("export interface {name} {{");
    let body = TYPES.split_once(&head).map_or("", |(_, b)| b);
    let body = &body[..body.find("\n}").unwrap_or(0)];
    body.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('/') && !l.starts_with('*'))
        .filter_map(|l| l.split_once(':'))
        .filter_map(|(k, _)| k.strip_suffix('?').map(str::to_string))
        .collect()
}

fn keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .cloned()
        .collect();
    keys.sort();
    keys
}

#[wasm_bindgen_test]
fn typescript_types_name_the_real_fields() {
    // A case title with its unit, an item, a slogan, a claim and an absurd number: every
    // kind of object the analysis holds.
    let text = format!(
        "推进大财政体系建设\n\n省财政厅\n\n一是加强国有“三资”统筹。{CLAIM_TEXT}2022年全省常住人口城镇化率达到64.7%。另有{}元。",
        "9".repeat(1000)
    );
    let analysis = analyze(&minimal(), &text);
    let mut checked = vec![
        ("Analysis", &analysis),
        ("DocumentInfo", &analysis["document"]),
        ("Category", &analysis["measures"][0]["category"][0]),
        ("Specificity", &analysis["measures"][0]["specificity"]),
    ];
    // Every kind of item the analysis holds today; empty arrays have nothing to compare.
    for (key, name) in [
        ("claims", "Claim"),
        ("measures", "Measure"),
        ("outline", "OutlineEntry"),
        ("initiatives", "Initiative"),
        ("matches", "Match"),
        ("coverage", "Coverage"),
        ("checks", "Finding"),
    ] {
        if let Some(first) = analysis[key].as_array().and_then(|a| a.first()) {
            checked.push((name, first));
        }
    }
    assert!(
        checked.len() >= 11,
        "a claim, a measure, an outline entry, an initiative, a match, coverage and a finding: {analysis}"
    );
    // Every key is a declared field, and every field not marked optional (`?`) is there.
    let fits = |name: &str, value: &Value| {
        let (all, optional) = (interface_fields(name), optional_fields(name));
        let k = keys(value);
        k.iter().all(|f| all.contains(f))
            && all.iter().all(|f| optional.contains(f) || k.contains(f))
    };
    let mismatches: Vec<String> = checked
        .iter()
        .filter(|(name, value)| !fits(name, value))
        .map(|(name, value)| {
            format!(
                "{name}: types {:?}, object {:?}",
                interface_fields(name),
                keys(value)
            )
        })
        .collect();
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[wasm_bindgen_test]
fn claims_are_the_same_with_a_real_dictionary() {
    let text = include_str!("../seeds/004_73b1852c19d975ec.txt");
    let spans = |analysis: &Value| -> Vec<(Value, Value, Value, Value)> {
        analysis["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .map(|c| {
                (
                    c["start"].clone(),
                    c["end"].clone(),
                    c["value"].clone(),
                    c["unit"].clone(),
                )
            })
            .collect()
    };
    let with_small = SMALL.with(|a| analyze(a, text));
    let with_minimal = analyze(&minimal(), text);
    assert!(!spans(&with_small).is_empty(), "seed 004 has claims");
    assert_eq!(spans(&with_small), spans(&with_minimal));
}

#[wasm_bindgen_test]
fn one_handle_serves_many_texts_and_handles_are_independent() {
    SMALL.with(|small| {
        let other = minimal();
        let first = analyze(small, CLAIM_TEXT);
        assert_eq!(
            analyze(&other, "没有数字的句子。")["claims"],
            Value::Array(vec![])
        );
        assert_eq!(
            analyze(small, "").get("claims"),
            Some(&Value::Array(vec![]))
        );
        assert_eq!(analyze(small, CLAIM_TEXT), first);
    });
}

/// The `plan` option: the built-in plan's targets JSON, none with `null`, a plan's text, or
/// targets JSON; a text without targets or an object that is not a plan is an error.
/// `"builtin"` and no option: the plan compiled in where the build has it (feature
/// `builtin-plan`); without it, `"builtin"` is an error that says what to pass, and no
/// option is no plan.
#[wasm_bindgen_test]
fn the_plan_option_chooses_what_figures_are_judged_against() {
    let report = "2022年，全省常住人口城镇化率达到64.7%。";
    let verdicts = |a: &Analyzer| -> Vec<String> {
        analyze(a, report)["matches"]
            .as_array()
            .expect("matches")
            .iter()
            .map(|m| m["verdict"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(verdicts(&minimal()), vec!["on_track"]); // the built-in plan: 59 → 65

    let default = Analyzer::new(JsValue::UNDEFINED).expect("no options");
    let builtin = Analyzer::new(options(&[("plan", JsValue::from_str("builtin"))]));
    if cfg!(feature = "builtin-plan") {
        assert_eq!(verdicts(&default), vec!["on_track"]);
        assert_eq!(
            verdicts(&builtin.expect("the built-in plan")),
            vec!["on_track"]
        );
    } else {
        assert!(verdicts(&default).is_empty());
        assert!(default.plan().expect("plan()").is_null());
        let msg = message(builtin.err().expect("no built-in plan in this build"));
        assert_bilingual(&msg);
        assert!(msg.contains("hubei-14.json"), "{msg}");
    }

    let none = Analyzer::new(options(&[("plan", JsValue::NULL)])).expect("no plan");
    assert!(verdicts(&none).is_empty());
    assert!(none.plan().expect("plan()").is_null());

    let text = "某省第十五个五年规划纲要\n\n类别\t指标名称\t2020年\t2025年\t年均增速\t属性\n\t1.常住人口城镇化率(%)\t62\t70\t—\t预期性\n";
    let from_text =
        Analyzer::new(options(&[("plan", JsValue::from_str(text))])).expect("a plan text");
    assert_eq!(verdicts(&from_text), vec!["behind"]); // the path gives 65.2 in 2022
    let plan = from_text.plan().expect("plan()");
    assert_eq!(json(&plan)["targets"][0]["indicator"], "常住人口城镇化率");
    // Its offsets are UTF-16 code units into the plan text, as `targets()` gives them.
    let target = &json(&plan)["targets"][0];
    let units: Vec<u16> = text.encode_utf16().collect();
    let (start, end) = (
        target["start"].as_u64().unwrap() as usize,
        target["end"].as_u64().unwrap() as usize,
    );
    let row = String::from_utf16(&units[start..end]).expect("a whole span");
    assert!(row.contains("常住人口城镇化率"), "{row:?}");
    assert_eq!(
        json(&from_text.targets(JsValue::from_str(text)).unwrap())["targets"][0]["start"],
        target["start"]
    );

    // The same plan handed back as targets JSON, as the page does with a saved plan.
    let from_json = Analyzer::new(options(&[("plan", plan.clone())])).expect("targets JSON");
    assert_eq!(verdicts(&from_json), vec!["behind"]);
    let plan_json = json(&plan);
    assert_eq!(interface_fields("Plan"), keys(&plan_json));
    assert_eq!(interface_fields("PlanInfo"), keys(&plan_json["plan"]));
    assert_eq!(interface_fields("Target"), keys(&plan_json["targets"][0]));

    for bad in [
        JsValue::from_str("这是一段没有任何指标的文字。"),
        options(&[("targets", JsValue::from(1))]),
    ] {
        let msg = message(
            Analyzer::new(options(&[("plan", bad)]))
                .err()
                .expect("refused"),
        );
        assert_bilingual(&msg);
        assert!(msg.contains("目标") || msg.contains("JSON"), "{msg}");
    }
}

#[wasm_bindgen_test]
fn one_shared_dictionary_serves_analyzers_with_different_plans() {
    let dict = SharedDictionary::new(JsValue::from_str("城镇化率 10 n\n常住人口 10 n\n"))
        .expect("a dictionary text loads");
    let hubei = Analyzer::with_dictionary(&dict, options(&[("plan", builtin_plan())]))
        .expect("an Analyzer on the shared dictionary, with the built-in plan");
    let none = Analyzer::with_dictionary(&dict, options(&[("plan", JsValue::NULL)]))
        .expect("another one, with no plan");
    let text = "2025年，全省常住人口城镇化率达到60%。";
    let judged = analyze(&hubei, text);
    assert_eq!(judged["matches"][0]["verdict"], "behind", "{judged}");
    assert_eq!(
        analyze(&none, text)["matches"].as_array().map(Vec::len),
        Some(0)
    );
    // The options are the constructor's, but the dictionary is the shared one.
    let err = Analyzer::with_dictionary(&dict, options(&[("dictionary", JsValue::from_str("x"))]))
        .err()
        .expect("a second dictionary is refused");
    assert_bilingual(&message(err));
    assert!(
        SharedDictionary::new(JsValue::from_f64(1.0)).is_err(),
        "a dictionary must be text"
    );
}

#[wasm_bindgen_test]
fn the_editor_gives_the_date_and_bad_dates_are_refused() {
    let text = "今年全省地区生产总值增长6.5%。";
    let analyzer = minimal();
    let plain = analyze(&analyzer, text);
    assert_eq!(plain["document"]["assumed_from"], "today");
    assert_eq!(plain["claims"][0]["year"], Value::Null);
    let dated = json(
        &analyzer
            .analyze(JsValue::from_str(text), date_options(JsValue::from(2024)))
            .expect("analyze with a date"),
    );
    assert_eq!(dated["document"]["date_source"], "given");
    assert_eq!(dated["claims"][0]["year"], 2024);
    for bad in [JsValue::from(3000), JsValue::from_str("去年")] {
        let msg = message(
            analyzer
                .analyze(JsValue::from_str(text), date_options(bad.clone()))
                .expect_err("a bad date"),
        );
        assert_bilingual(&msg);
    }
}

fn date_options(date: JsValue) -> JsValue {
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"date".into(), &date).expect("set date");
    o.into()
}
