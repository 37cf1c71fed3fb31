//! The command line: `policylens analyze …` (../shared/spec/output.md).
//!
//! A thin face over the core, like the wasm binding: it reads files, chooses the
//! dictionary, prints the analysis, and turns failures into one clear message on stderr.
//! The arguments are few and their messages are in Chinese with English, so they are
//! parsed by hand rather than with an argument-parsing crate.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use policylens::{Analysis, Analyzer, Dictionary, Document};

const USAGE: &str = "\
用法 (usage):
  policylens analyze [--plan FILE.json] [--date YYYY[-MM-DD]] [--dict full|small|PATH] [--format json|text] [--encoding utf-8|gb18030] [FILE|-]
  policylens analyze [options] --format jsonl FILE... | DIR
  policylens targets [--format json|text] [FILE|-]     规划文本 → 目标 (a plan's targets)
  policylens --version

  FILE 为 - 或省略时读取标准输入 (reads stdin when FILE is - or absent).
  --format json   一个 JSON 对象 (one JSON object, the default)
  --format text   便于终端阅读的列表 (a listing for the terminal)
  --format jsonl  每个文档一行 JSON，带 file 字段 (one object a line, each with its file)
  --dict          分词词典：full（默认）、small 或词典文件路径 (jieba dictionary)
  --plan          规划目标 JSON（policylens targets 的输出），默认为内置的湖北省“十四五”规划
                  (targets JSON to judge figures against; default: the built-in Hubei plan)
  --date          文稿日期（年份即可），优先于文中所写；“今年”“去年”据此推算
                  (the document's date, over what the text says: 今年 and 去年 are read against it)
  --encoding      输入编码，默认 utf-8；gb18030 亦可读 GBK (input encoding)";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Gb18030,
}

struct Args {
    format: Format,
    dict: String,
    /// A targets JSON file to judge figures against instead of the built-in plan.
    plan: Option<String>,
    /// The year the editor says the documents are of (`--date`).
    date: Option<i32>,
    encoding: Encoding,
    inputs: Vec<String>,
}

/// A failure that stops the run: the message is printed as it is, then usage if asked.
struct Fail {
    message: String,
    usage: bool,
}

fn fail(message: impl Into<String>) -> Fail {
    Fail {
        message: message.into(),
        usage: false,
    }
}

fn usage_error(message: impl Into<String>) -> Fail {
    Fail {
        message: message.into(),
        usage: true,
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run(&argv) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("policylens: {}", f.message);
            if f.usage {
                eprintln!("\n{USAGE}");
            }
            ExitCode::from(if f.usage { 2 } else { 1 })
        }
    }
}

fn run(argv: &[String]) -> Result<(), Fail> {
    match argv.first().map(String::as_str) {
        Some("analyze") => analyze(parse_args(&argv[1..])?),
        Some("targets") => targets(parse_args(&argv[1..])?),
        Some("--version" | "-V") => {
            println!("policylens {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(usage_error(format!("未知命令 (unknown command): {other}"))),
        None => Err(usage_error("缺少命令 (missing command)")),
    }
}

fn parse_args(args: &[String]) -> Result<Args, Fail> {
    let mut out = Args {
        format: Format::Json,
        dict: "full".into(),
        plan: None,
        date: None,
        encoding: Encoding::Utf8,
        inputs: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        // Both `--format json` and `--format=json`.
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| usage_error(format!("{name} 缺少取值 (needs a value)")))
        };
        match name {
            "--format" => {
                out.format = match value(name)?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    "jsonl" => Format::Jsonl,
                    v => {
                        return Err(usage_error(format!(
                            "--format 只能是 json、text 或 jsonl (got {v})"
                        )))
                    }
                }
            }
            "--dict" => out.dict = value(name)?,
            "--plan" => out.plan = Some(value(name)?),
            "--date" => {
                let v = value(name)?;
                out.date = Some(parse_date(&v).ok_or_else(|| {
                    usage_error(format!(
                        "--date 应为年份或日期，如 2024 或 2024-01-23 (expected a year or a date, got {v})"
                    ))
                })?);
            }
            "--encoding" => {
                out.encoding = match value(name)?.to_ascii_lowercase().as_str() {
                    "utf-8" | "utf8" => Encoding::Utf8,
                    "gb18030" | "gbk" | "gb2312" => Encoding::Gb18030,
                    v => {
                        return Err(usage_error(format!(
                            "--encoding 只能是 utf-8 或 gb18030 (got {v})"
                        )))
                    }
                }
            }
            "-" => out.inputs.push("-".into()),
            n if n.starts_with("--") => {
                return Err(usage_error(format!("未知选项 (unknown option): {n}")))
            }
            _ => out.inputs.push(a.clone()),
        }
    }
    if out.format != Format::Jsonl && out.inputs.len() > 1 {
        return Err(usage_error(
            "多个文件请用 --format jsonl (several files need --format jsonl)",
        ));
    }
    Ok(out)
}

/// The year of a `--date` value: `2024`, `2024-01-23`, `2024年1月23日`; a year this
/// tool can judge (1949–2100), else `None`.
fn parse_date(v: &str) -> Option<i32> {
    let digits: String = v.trim().chars().take_while(char::is_ascii_digit).collect();
    let rest = &v.trim()[digits.len()..];
    let year: i32 = digits.parse().ok().filter(|_| digits.len() == 4)?;
    let tail_ok = rest.is_empty()
        || rest.starts_with(['-', '/', '.', '年'])
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || "-/.年月日".contains(c));
    (policylens::text::meta::DATE_YEARS.contains(&year) && tail_ok).then_some(year)
}

fn dictionary(choice: &str) -> Result<Dictionary, Fail> {
    match choice {
        "full" => Ok(Dictionary::full()),
        "small" => Ok(Dictionary::small()),
        path => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                fail(format!(
                    "无法读取词典 {path} (cannot read the dictionary): {e}"
                ))
            })?;
            Dictionary::from_text(&text).map_err(|e| fail(format!("{path}: {e}")))
        }
    }
}

fn analyze(args: Args) -> Result<(), Fail> {
    // Read every input before loading the dictionary: a bad file fails fast.
    let inputs = expand_inputs(&args)?;
    let plan = match &args.plan {
        Some(path) => Some(load_plan(path)?),
        None => None,
    };
    // The Analyzer (the dictionary, the plan) is built on a thread of its own while the
    // first document is read and cleaned, which needs neither: the two costs overlap
    // instead of adding up.
    let choice = args.dict.clone();
    let loading = std::thread::spawn(move || -> Result<Analyzer, Fail> {
        let analyzer = Analyzer::new(dictionary(&choice)?).with_today(this_year());
        // Without --plan, the built-in plan.
        Ok(match plan {
            Some(plan) => analyzer.with_plan(Some(plan)),
            None => analyzer.with_builtin_plan(),
        })
    });
    let mut inputs = inputs.into_iter();
    let first = match inputs.next() {
        Some((name, path)) => {
            let text = read_input(path.as_deref(), &name, args.encoding)?;
            Some((name, text))
        }
        None => None,
    };
    let first_doc = first
        .as_ref()
        .map(|(_, text)| Document::new(text).dated(args.date));
    let analyzer = loading
        .join()
        .map_err(|_| fail("分析器无法建立 (the analyzer could not be built)"))??;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if let (Some((name, text)), Some(doc)) = (&first, &first_doc) {
        let analysis = analyzer.analyze_document(doc).into_utf16(text);
        write_analysis(&mut out, args.format, name, text, &analysis)?;
    }
    for (name, path) in inputs {
        let text = read_input(path.as_deref(), &name, args.encoding)?;
        let analysis = analyzer.analyze_dated(&text, args.date).into_utf16(&text);
        write_analysis(&mut out, args.format, &name, &text, &analysis)?;
    }
    out.flush()
        .map_err(|e| fail(format!("无法写出结果 (cannot write the output): {e}")))
}

/// A `--plan` file: targets JSON as `policylens targets` prints it.
fn load_plan(path: &str) -> Result<policylens::plan::model::Plan, Fail> {
    let json = std::fs::read_to_string(path).map_err(|e| {
        fail(format!(
            "无法读取规划文件 {path} (cannot read the plan file): {e}"
        ))
    })?;
    policylens::plan::from_json(&json).map_err(|e| fail(format!("{path}: {e}")))
}

/// The current year (UTC), from the system clock: for figures and documents with no year.
fn this_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Days → civil year (Howard Hinnant's days_from_civil, inverted).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let year = yoe + era * 400 + i64::from(mp >= 10);
    year as i32
}

/// Prints one analysis in the chosen format.
fn write_analysis(
    out: &mut impl Write,
    format: Format,
    name: &str,
    text: &str,
    analysis: &Analysis,
) -> Result<(), Fail> {
    let written = match format {
        Format::Json => serde_json::to_writer(&mut *out, analysis)
            .map_err(io::Error::from)
            .and_then(|_| writeln!(out)),
        Format::Jsonl => write_jsonl(out, name, analysis),
        Format::Text => write_text(out, name, text, analysis),
    };
    written.map_err(|e| fail(format!("无法写出结果 (cannot write the output): {e}")))
}

/// `policylens targets`: the targets of a plan document.
fn targets(args: Args) -> Result<(), Fail> {
    if args.format == Format::Jsonl {
        return Err(usage_error(
            "targets 只支持 json 或 text (targets prints json or text)",
        ));
    }
    let inputs = expand_inputs(&args)?;
    let analyzer = Analyzer::new(dictionary(&args.dict)?);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for (name, path) in inputs {
        let text = read_input(path.as_deref(), &name, args.encoding)?;
        let plan = analyzer.targets(&text).into_utf16(&text);
        if plan.targets.is_empty() {
            // Still printed (an empty plan is an answer), but said: a batch run over many
            // files must not take "nothing read" for "nothing to read" unawares.
            eprintln!(
                "policylens: {name}: 没有读到任何指标目标：需要带“指标”表头的指标表，或“到2030年…达到…”式的目标句 \
                 (no target was read: the plan needs an indicator table with a 指标 header, or goal sentences)"
            );
        }
        let written = match args.format {
            Format::Text => write_targets_text(&mut out, &name, &plan),
            _ => serde_json::to_writer(&mut out, &plan)
                .map_err(io::Error::from)
                .and_then(|_| writeln!(out)),
        };
        written.map_err(|e| fail(format!("无法写出结果 (cannot write the output): {e}")))?;
    }
    out.flush()
        .map_err(|e| fail(format!("无法写出结果 (cannot write the output): {e}")))
}

/// The reading report: what was read, one target a line (indicator, baseline → target or
/// growth, as the plan writes them), then every table row or goal that could not be read
/// and why.
fn write_targets_text(
    out: &mut impl Write,
    name: &str,
    plan: &policylens::plan::model::Plan,
) -> io::Result<()> {
    use policylens::numbers::written::{number, with_unit};
    let p = &plan.plan;
    writeln!(out, "{name}")?;
    writeln!(
        out,
        "  规划 {}  地区 {}（{}）  {}—{}  读出目标 {} 项，未能读出 {} 处",
        p.title.as_deref().unwrap_or("?"),
        p.region.as_deref().unwrap_or("?"),
        p.level.as_deref().unwrap_or("?"),
        p.base_year.map_or("?".into(), |y| y.to_string()),
        p.target_year.map_or("?".into(), |y| y.to_string()),
        plan.targets.len(),
        plan.unread.len()
    )?;
    let q = |q: policylens::analysis::Qualifier| {
        use policylens::analysis::Qualifier::*;
        match q {
            AtLeast => "以上",
            AtMost => "以内",
            About => "左右",
            _ => "",
        }
    };
    for t in &plan.targets {
        let unit = t.unit.as_deref();
        let base = t.baseline.as_ref().map_or("—".into(), |b| {
            format!(
                "{}（{}年）",
                with_unit(b.value, unit),
                b.year.map_or("?".into(), |y| y.to_string())
            )
        });
        let mut goal = match &t.target {
            Some(g) => format!(
                "{}{}{}（{}）",
                if t.cumulative { "累计" } else { "" },
                with_unit(g.value, unit),
                q(g.qualifier),
                g.year.map_or("每年".into(), |y| format!("{y}年"))
            ),
            None if t.growth.is_some() => String::new(),
            None => t.note.clone().unwrap_or_else(|| "—".into()),
        };
        if let Some(g) = t.growth {
            let gq = t.growth_qualifier.map_or("", q);
            if !goal.is_empty() {
                goal.push('，');
            }
            goal.push_str(&format!("年均增长{}%{gq}", number(g)));
        }
        writeln!(
            out,
            "  {}\t{}\t{} → {}\t{}",
            t.id,
            t.indicator,
            base,
            goal,
            t.attribute.as_deref().unwrap_or("")
        )?;
    }
    if !plan.unread.is_empty() {
        writeln!(out, "  未能读出 (not read):")?;
        for u in &plan.unread {
            writeln!(
                out,
                "  @{}–{}\t{}\t{}（{}）",
                u.start, u.end, u.text, u.why, u.why_en
            )?;
        }
    }
    Ok(())
}

/// The documents to read, as (name for messages and `file`, path or None for stdin). A
/// directory stands for its `.txt` files (recursively), in name order.
fn expand_inputs(args: &Args) -> Result<Vec<(String, Option<PathBuf>)>, Fail> {
    if args.inputs.is_empty() {
        return Ok(vec![("-".into(), None)]);
    }
    let mut out = Vec::new();
    for input in &args.inputs {
        if input == "-" {
            out.push(("-".into(), None));
            continue;
        }
        let path = Path::new(input);
        if path.is_dir() {
            if args.format != Format::Jsonl {
                return Err(usage_error(format!(
                    "{input} 是目录，请用 --format jsonl (a directory needs --format jsonl)"
                )));
            }
            let mut files = Vec::new();
            collect_txt(path, &mut files).map_err(|e| {
                fail(format!(
                    "无法读取目录 {input} (cannot read the directory): {e}"
                ))
            })?;
            files.sort();
            out.extend(
                files
                    .into_iter()
                    .map(|p| (p.display().to_string(), Some(p))),
            );
        } else {
            out.push((input.clone(), Some(path.to_path_buf())));
        }
    }
    Ok(out)
}

fn collect_txt(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_txt(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            files.push(path);
        }
    }
    Ok(())
}

fn read_input(path: Option<&Path>, name: &str, encoding: Encoding) -> Result<String, Fail> {
    let mut bytes = Vec::new();
    match path {
        None => io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(p) => std::fs::File::open(p)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| ()),
    }
    .map_err(|e| fail(format!("无法读取 {name} (cannot read the file): {e}")))?;
    decode(&bytes, name, encoding)
}

/// Bytes → text. Invalid UTF-8 or NUL bytes mean the file is not text in this encoding:
/// say so, and how to read a GB18030/GBK file, rather than analysing garbage.
fn decode(bytes: &[u8], name: &str, encoding: Encoding) -> Result<String, Fail> {
    let text = match encoding {
        Encoding::Utf8 => String::from_utf8(bytes.to_vec()).map_err(|e| {
            fail(format!(
                "{name} 不是 UTF-8 文本，第 {} 字节处无法解码；如为 GB18030/GBK 编码，请加 --encoding gb18030 \
                 ({name} is not UTF-8 text: invalid byte at offset {}; for GB18030/GBK use --encoding gb18030)",
                e.utf8_error().valid_up_to(),
                e.utf8_error().valid_up_to()
            ))
        })?,
        Encoding::Gb18030 => {
            let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
            if had_errors {
                return Err(fail(format!(
                    "{name} 不是 GB18030 文本 ({name} is not GB18030 text)"
                )));
            }
            text.into_owned()
        }
    };
    if text.contains('\0') {
        return Err(fail(format!("{name} 含有空字节，像是二进制文件而非文本 ({name} contains NUL bytes: binary, not text)")));
    }
    Ok(text)
}

fn write_jsonl(out: &mut impl Write, name: &str, analysis: &Analysis) -> io::Result<()> {
    let mut value = serde_json::to_value(analysis).map_err(io::Error::from)?;
    if let Some(obj) = value.as_object_mut() {
        obj.insert("file".into(), serde_json::Value::String(name.into()));
    }
    serde_json::to_writer(&mut *out, &value).map_err(io::Error::from)?;
    writeln!(out)
}

/// A listing for the terminal: one claim a line, `line:column`, the words, the value.
fn write_text(out: &mut impl Write, name: &str, text: &str, analysis: &Analysis) -> io::Result<()> {
    let doc = &analysis.document;
    writeln!(out, "{name}")?;
    if let Some(t) = &doc.title {
        writeln!(out, "  标题 {t}")?;
    }
    use policylens::analysis::{Assumed, DateSource};
    if let Some(y) = doc.date_year {
        let from = match doc.date_source {
            Some(DateSource::Published) => "发布时间",
            Some(DateSource::Signoff) => "落款",
            Some(DateSource::Session) => "会议届次",
            Some(DateSource::Given) => "--date",
            None => "文中",
        };
        let written = doc.date.as_deref().unwrap_or("");
        writeln!(out, "  日期 {y}年（据{from}）{written}")?;
    } else if let Some(y) = doc.year {
        writeln!(out, "  年份 {y}年（据标题）")?;
    } else if let Some(y) = doc.assumed_year {
        let from = match doc.assumed_from {
            Some(Assumed::PlanEnd) => "规划目标年",
            _ => "今天",
        };
        writeln!(
            out,
            "  日期 文中未写，按 {y} 年（{from}）判断；可用 --date 指定"
        )?;
    }
    writeln!(out, "  数据 {} 项", analysis.claims.len())?;
    let positions = LineColumns::new(text);
    for c in &analysis.claims {
        let (line, col) = positions.at_utf16(c.start);
        let value = match (c.value, c.value_max) {
            (Some(v), Some(m)) => format!("{}–{}", fmt_num(v), fmt_num(m)),
            (Some(v), None) => fmt_num(v),
            _ => "?".into(),
        };
        let mut parts = vec![format!("{value} {}", c.unit.as_deref().unwrap_or(""))];
        parts.push(format!("{:?}/{:?}", c.kind, c.qualifier).to_lowercase());
        if let Some(d) = c.direction {
            parts.push(format!("{d:?}").to_lowercase());
        }
        if let Some(s) = &c.subject {
            parts.push(format!("主体 {s}"));
        }
        if let Some(t) = &c.time {
            parts.push(format!("时间 {t}"));
        }
        if let Some(r) = &c.region {
            parts.push(format!("地区 {r}"));
        }
        writeln!(
            out,
            "  {line}:{col}\t{}\t{}",
            c.text.replace('\n', "⏎"),
            parts.join("  ")
        )?;
    }
    write_outline(out, &positions, analysis)?;
    for f in &analysis.checks {
        let (line, col) = positions.at_utf16(f.start);
        writeln!(out, "  {line}:{col}\t[{}] {}", f.code, f.message)?;
    }
    Ok(())
}

/// The outline as a tree, each heading indented by its level, with its measures under it.
fn write_outline(
    out: &mut impl Write,
    positions: &LineColumns,
    analysis: &Analysis,
) -> io::Result<()> {
    writeln!(
        out,
        "  提纲 {} 项，措施 {} 项",
        analysis.outline.len(),
        analysis.measures.len()
    )?;
    let measure_line = |out: &mut dyn Write, m: &policylens::Measure, indent: usize| {
        let (line, col) = positions.at_utf16(m.start);
        let tools: Vec<&str> = m.category.iter().map(|c| c.label).collect();
        let mut flags = Vec::new();
        if let Some(o) = &m.specificity.owner {
            flags.push(format!("主体 {o}"));
        }
        if let Some(d) = &m.specificity.deadline {
            flags.push(format!("时限 {d}"));
        }
        if m.specificity.vague {
            flags.push("空泛".to_string());
        }
        writeln!(
            out,
            "{:indent$}{line}:{col}\t[{}] {}\t{}\t{}",
            "",
            m.action.unwrap_or("?"),
            short(&m.text.replace('\n', ""), 40),
            tools.join("、"),
            flags.join("  "),
        )
    };
    // Measures before the first heading, then each heading with its own.
    for m in analysis.measures.iter().filter(|m| m.parent.is_none()) {
        measure_line(out, m, 4)?;
    }
    for o in &analysis.outline {
        if o.kind == "table" {
            continue;
        }
        let indent = 2 + 2 * o.level as usize;
        let (line, _) = positions.at_utf16(o.start);
        let owner = o
            .owner
            .as_deref()
            .map(|u| format!("（{u}）"))
            .unwrap_or_default();
        writeln!(
            out,
            "{:indent$}{line}\t{}{owner}",
            "",
            short(&o.text.replace('\n', ""), 50)
        )?;
        for m in analysis
            .measures
            .iter()
            .filter(|m| m.parent.as_deref() == Some(o.id.as_str()))
        {
            measure_line(out, m, indent + 2)?;
        }
    }
    Ok(())
}

/// At most `n` characters, with `…` where cut.
fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n).chain(['…']).collect()
    }
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e16 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// UTF-16 offset → 1-based line and column (in characters), for the text listing.
struct LineColumns {
    /// UTF-16 offset of each line's start.
    starts: Vec<usize>,
    /// (UTF-16 offset, char column) is computed per lookup from the line's text.
    lines: Vec<String>,
}

impl LineColumns {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        let mut units = 0;
        for ch in text.chars() {
            units += ch.len_utf16();
            if ch == '\n' {
                starts.push(units);
            }
        }
        LineColumns {
            starts,
            lines: text.split('\n').map(str::to_string).collect(),
        }
    }

    fn at_utf16(&self, at: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= at).max(1) - 1;
        let mut units = self.starts[line];
        let mut col = 1;
        for ch in self.lines.get(line).map_or("", String::as_str).chars() {
            if units >= at {
                break;
            }
            units += ch.len_utf16();
            col += 1;
        }
        (line + 1, col)
    }
}
