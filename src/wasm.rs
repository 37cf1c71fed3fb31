//! The wasm binding: the core's face towards JavaScript (the page's worker, the widget).
//!
//! It converts and does nothing else, in the shape of ruff's `ruff_wasm`: one [`Analyzer`]
//! handle built once from an options object, then `analyze(text)` many times. The binding
//! owns three conversions, so that the core never sees wasm-bindgen:
//!
//! - **Options in.** A plain JS object, read with serde (`{dictionary?: string}`). Unknown
//!   keys are refused, so a typo is an error rather than a silently ignored option; that
//!   check is done here by hand, because serde-wasm-bindgen reads only the fields a struct
//!   names and so never sees an unknown key (`deny_unknown_fields` has no effect).
//! - **Results out.** [`Analysis`] crosses as plain JSON-compatible objects
//!   (`Serializer::json_compatible`: maps become objects, `None` becomes `null`), never as
//!   class handles, so a result survives `postMessage` and `JSON.stringify` and nothing on
//!   the JS side has to be freed. Offsets are turned into UTF-16 code units here, once, so
//!   they index the JS string directly (`text.slice(start, end)`).
//! - **Errors out.** Every failure is a `js_sys::Error` whose message is Chinese with the
//!   English after it, made by the one [`into_error`] helper. Findings about the text are
//!   data in the analysis, never errors.
//!
//! Panics: the wasm32 standard library is built with `panic=abort`, so a panic cannot be
//! caught and turned into an error; it traps and the instance is dead. The binding
//! therefore never unwraps anything that came from JS, and installs
//! `console_error_panic_hook` so that a bug in the core at least names itself in the
//! console; the page's worker is restarted by the UI thread if it ever traps.
//!
//! Lone surrogates: wasm-bindgen encodes a JS string with `TextEncoder.encodeInto`, which
//! turns each lone surrogate into U+FFFD. Both are one UTF-16 code unit, so the offsets
//! computed here still index the caller's original string.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::{Analysis, Analyzer as Core, DictError, Dictionary};

/// The TypeScript types of what crosses the boundary, written once (they mirror
/// `src/analysis.rs`; `tests/wasm.rs` checks every field name against a real analysis).
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("wasm.d.ts");

/// What the constructor accepts.
#[derive(Debug, Default, Deserialize)]
struct Options {
    /// The text of a jieba dictionary (`word freq tag` a line), as fetched by the page.
    /// Absent or null: only the policy-domain words ([`Dictionary::minimal`]); claims do
    /// not depend on the dictionary, so this still finds every claim.
    #[serde(default)]
    dictionary: Option<String>,
}

/// What `analyze` accepts beside the text.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnalyzeOptions {
    /// The document's year, as the editor gives it.
    #[serde(default)]
    date: Option<i32>,
}

impl AnalyzeOptions {
    fn from_js(value: JsValue) -> Result<AnalyzeOptions, Failure> {
        if value.is_undefined() || value.is_null() {
            return Ok(AnalyzeOptions::default());
        }
        let options: AnalyzeOptions =
            serde_wasm_bindgen::from_value(value).map_err(Failure::AnalyzeOptions)?;
        match options.date {
            Some(y) if !crate::text::meta::DATE_YEARS.contains(&y) => Err(Failure::Date(y)),
            _ => Ok(options),
        }
    }
}

/// The keys the options object may have: any other key is refused.
const OPTION_KEYS: &[&str] = &["dictionary", "plan"];

/// Which plan figures are judged against (the `plan` option).
enum PlanChoice {
    /// `"builtin"`, and absent where the build has it: the Hubei 14th five-year plan compiled
    /// in (feature `builtin-plan`). The web build leaves it out: the page passes the same
    /// plan as targets JSON (`hubei-14.json`, beside the .wasm), and `"builtin"` is an error.
    Builtin,
    /// `null`, and absent where the build has no built-in plan: no plan (no matches, no
    /// coverage).
    None,
    /// A string: the text of a plan, read by the plan extractor.
    Text(String),
    /// An object: targets JSON as `policylens targets` prints it.
    Json(JsValue),
}

impl PlanChoice {
    fn from_options(options: &JsValue) -> PlanChoice {
        let key = JsValue::from_str("plan");
        let default = if cfg!(feature = "builtin-plan") {
            PlanChoice::Builtin
        } else {
            PlanChoice::None
        };
        let has = options.is_object() && js_sys::Reflect::has(options, &key).unwrap_or(false);
        if !has {
            return default;
        }
        let value = js_sys::Reflect::get(options, &key).unwrap_or(JsValue::UNDEFINED);
        match value.as_string() {
            _ if value.is_undefined() => default,
            _ if value.is_null() => PlanChoice::None,
            Some(s) if s == "builtin" => PlanChoice::Builtin,
            Some(s) => PlanChoice::Text(s),
            None => PlanChoice::Json(value),
        }
    }
}

impl Options {
    /// Reads the constructor's argument; `undefined` and `null` mean the defaults.
    fn from_js(value: JsValue) -> Result<Options, Failure> {
        if value.is_undefined() || value.is_null() {
            return Ok(Options::default());
        }
        if let Some(obj) = value.dyn_ref::<js_sys::Object>() {
            let unknown = js_sys::Object::keys(obj)
                .iter()
                .filter_map(|k| k.as_string())
                .find(|k| !OPTION_KEYS.contains(&k.as_str()));
            if let Some(key) = unknown {
                return Err(Failure::UnknownOption(key));
            }
        }
        serde_wasm_bindgen::from_value(value).map_err(Failure::Options)
    }
}

/// Why a call failed; printed Chinese first, English after, like the CLI's messages.
#[derive(Debug)]
enum Failure {
    /// The constructor's argument is not an options object.
    Options(serde_wasm_bindgen::Error),
    /// `analyze`'s options are not `{date?: number}`.
    AnalyzeOptions(serde_wasm_bindgen::Error),
    /// A date outside the years a plan can judge.
    Date(i32),
    /// The options object has a key the Analyzer does not know (a typo, most likely).
    UnknownOption(String),
    /// The dictionary text could not be read (its message is already bilingual).
    Dictionary(DictError),
    /// `analyze` was handed something other than a string.
    NotText(String),
    /// The `plan` option is not targets JSON, or a plan text with no target in it.
    Plan(String),
    /// `plan: "builtin"` in a build without the built-in plan (the web build).
    NoBuiltinPlan,
    /// The analysis could not be turned into JS values (a bug, never expected).
    Output(serde_wasm_bindgen::Error),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Options(e) => write!(
                f,
                "选项无效，应为 {{dictionary?: string}} (invalid options, expected {{dictionary?: string}}): {e}"
            ),
            Failure::AnalyzeOptions(e) => write!(
                f,
                "分析选项无效，应为 {{date?: number}} (invalid analyze options, expected {{date?: number}}): {e}"
            ),
            Failure::Date(y) => write!(
                f,
                "文稿年份 {y} 超出可判断的范围 1949—2100 (the year {y} is outside 1949–2100)"
            ),
            Failure::UnknownOption(key) => write!(
                f,
                "未知选项“{key}”，可用选项：{keys} (unknown option `{key}`; known: {keys})",
                keys = OPTION_KEYS.join(", ")
            ),
            Failure::Dictionary(e) => write!(f, "{e}"),
            Failure::Plan(why) => write!(f, "{why}"),
            Failure::NoBuiltinPlan => write!(
                f,
                "此版本未内置规划：请将规划目标 JSON（hubei-14.json，与 .wasm 同目录）作为 plan 传入 \
                 (this build has no built-in plan: pass its targets JSON, hubei-14.json beside \
                 the .wasm, as `plan`)"
            ),
            Failure::NotText(found) => write!(
                f,
                "待分析的内容应为字符串，实际为 {found} (analyze takes a string, got {found})"
            ),
            Failure::Output(e) => write!(
                f,
                "分析结果无法转换为 JavaScript 对象 (the analysis could not be converted to JavaScript): {e}"
            ),
        }
    }
}

/// The one way an error leaves the binding.
fn into_error<E: std::fmt::Display>(err: E) -> js_sys::Error {
    js_sys::Error::new(&err.to_string())
}

/// The version of the crate (`Cargo.toml`), for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// An analyzer: built once (the dictionary is loaded here, the costly part), then
/// `analyze` as often as the text changes.
#[wasm_bindgen]
pub struct Analyzer {
    core: std::cell::RefCell<Core>,
    /// The built-in plan is read on first use, not at construction: the Analyzer is ready
    /// sooner, and an Analyzer given its own plan never reads it.
    #[cfg(feature = "builtin-plan")]
    builtin_pending: std::cell::Cell<bool>,
}

#[wasm_bindgen]
impl Analyzer {
    /// `new Analyzer({dictionary})`; `new Analyzer()` gives the minimal dictionary.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "AnalyzerOptions")] options: JsValue,
    ) -> Result<Analyzer, js_sys::Error> {
        console_error_panic_hook::set_once();
        let plan = PlanChoice::from_options(&options);
        let options = Options::from_js(options).map_err(into_error)?;
        let dict = match options.dictionary {
            Some(text) => {
                Dictionary::from_text(&text).map_err(|e| into_error(Failure::Dictionary(e)))?
            }
            None => Dictionary::minimal(),
        };
        Analyzer::build(dict, plan)
    }

    /// `Analyzer.withDictionary(dictionary, {plan})`: an Analyzer on a dictionary loaded
    /// once and shared (see [`SharedDictionary`]); the options are those of the
    /// constructor but `dictionary`.
    #[wasm_bindgen(js_name = withDictionary)]
    pub fn with_dictionary(
        dictionary: &SharedDictionary,
        #[wasm_bindgen(unchecked_optional_param_type = "AnalyzerOptions")] options: JsValue,
    ) -> Result<Analyzer, js_sys::Error> {
        console_error_panic_hook::set_once();
        let plan = PlanChoice::from_options(&options);
        let options = Options::from_js(options).map_err(into_error)?;
        if options.dictionary.is_some() {
            return Err(into_error(Failure::UnknownOption("dictionary".into())));
        }
        Analyzer::build(dictionary.inner.clone(), plan)
    }
}

impl Analyzer {
    /// The Analyzer for a dictionary and a plan choice (both constructors end here).
    fn build(dict: Dictionary, plan: PlanChoice) -> Result<Analyzer, js_sys::Error> {
        let builtin = matches!(plan, PlanChoice::Builtin);
        if builtin && !cfg!(feature = "builtin-plan") {
            return Err(into_error(Failure::NoBuiltinPlan));
        }
        // The year now from the JS clock (the core reads none): for figures and documents
        // that give no year.
        let core = Core::new(dict).with_today(js_sys::Date::new_0().get_full_year() as i32);
        let core = match plan {
            PlanChoice::Builtin => core,
            PlanChoice::None => core.with_plan(None),
            PlanChoice::Text(text) => {
                let plan = core.targets(&text);
                if plan.targets.is_empty() {
                    return Err(into_error(Failure::Plan(
                        "规划文本中没有找到任何指标目标 (no target was found in the plan text)"
                            .into(),
                    )));
                }
                // Offsets in UTF-16, as `targets()` gives them: `plan()` shows this plan
                // to the page, which indexes the plan text in JS.
                core.with_plan(Some(plan.into_utf16(&text)))
            }
            PlanChoice::Json(value) => core.with_plan(Some(plan_from_js(value)?)),
        };
        Ok(Analyzer {
            core: std::cell::RefCell::new(core),
            #[cfg(feature = "builtin-plan")]
            builtin_pending: std::cell::Cell::new(builtin),
        })
    }

    /// Reads the built-in plan if it is due (see `builtin_pending`).
    fn load_builtin(&self) -> Result<(), js_sys::Error> {
        #[cfg(feature = "builtin-plan")]
        if self.builtin_pending.replace(false) {
            let value = js_sys::JSON::parse(crate::plan::BUILTIN_JSON)
                .map_err(|e| into_error(Failure::Plan(format!("{e:?}"))))?;
            let plan = plan_from_js(value)?;
            let core = self.core.borrow().clone().with_plan(Some(plan));
            *self.core.borrow_mut() = core;
        }
        Ok(())
    }
}

#[wasm_bindgen]
impl Analyzer {
    /// The plan figures are judged against (targets JSON), or `null`.
    #[wasm_bindgen(unchecked_return_type = "Plan | null")]
    pub fn plan(&self) -> Result<JsValue, js_sys::Error> {
        self.load_builtin()?;
        match self.core.borrow().plan() {
            None => Ok(JsValue::NULL),
            Some(p) => to_js(p),
        }
    }

    /// The targets of a plan text (what `policylens targets` prints), offsets in UTF-16.
    #[wasm_bindgen(unchecked_return_type = "Plan")]
    pub fn targets(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, js_sys::Error> {
        let text = text
            .as_string()
            .ok_or_else(|| into_error(Failure::NotText(type_name(&text))))?;
        to_js(&self.core.borrow().targets(&text).into_utf16(&text))
    }

    /// Analyses `text`; every `start`/`end` in the result is a UTF-16 offset into it.
    /// `analyze(text, {date: 2024})`: the document's year as the editor gives it, over
    /// what the text says (the page's date field).
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn analyze(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions")] options: JsValue,
    ) -> Result<JsValue, js_sys::Error> {
        // Taken as a JsValue, not &str: wasm-bindgen's release glue would quietly analyse
        // `String(x)` for a non-string `x`, and a caller passing the wrong thing should hear so.
        let text = text
            .as_string()
            .ok_or_else(|| into_error(Failure::NotText(type_name(&text))))?;
        self.load_builtin()?;
        let date = AnalyzeOptions::from_js(options).map_err(into_error)?.date;
        let analysis: Analysis = self
            .core
            .borrow()
            .analyze_dated(&text, date)
            .into_utf16(&text);
        to_js(&analysis)
    }
}

/// A jieba dictionary loaded once (the costly part) and shared, read-only, by every
/// Analyzer built on it with `Analyzer.withDictionary`: a page with several widgets, each
/// with its own plan, parses the dictionary once. `new Dictionary(text)`.
#[wasm_bindgen(js_name = Dictionary)]
pub struct SharedDictionary {
    inner: Dictionary,
}

#[wasm_bindgen(js_class = Dictionary)]
impl SharedDictionary {
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<SharedDictionary, js_sys::Error> {
        console_error_panic_hook::set_once();
        let text = text
            .as_string()
            .ok_or_else(|| into_error(Failure::NotText(type_name(&text))))?;
        let inner = Dictionary::from_text(&text).map_err(|e| into_error(Failure::Dictionary(e)))?;
        Ok(SharedDictionary { inner })
    }
}

/// A result as plain JSON-compatible JS objects (see the module doc).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, js_sys::Error> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| into_error(Failure::Output(e)))
}

/// Targets JSON (a JS object) as a plan, or a bilingual error saying why it is not one.
fn plan_from_js(value: JsValue) -> Result<crate::plan::model::Plan, js_sys::Error> {
    let plan: crate::plan::model::Plan = serde_wasm_bindgen::from_value(value).map_err(|e| {
        into_error(Failure::Plan(format!(
            "不是规划目标 JSON：{e} (not targets JSON: {e})"
        )))
    })?;
    crate::plan::check(plan).map_err(|e| into_error(Failure::Plan(e)))
}

/// `typeof value` as JS would say it, for the message of a non-string argument.
fn type_name(value: &JsValue) -> String {
    value
        .js_typeof()
        .as_string()
        .unwrap_or_else(|| "unknown".into())
}
