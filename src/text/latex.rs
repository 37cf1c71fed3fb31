//! A plan run through a PDF-to-Markdown/LaTeX converter (Mathpix-style "MMD": `\title{…}`,
//! `\section*{…}`, tables as `tabular` code, figures in math mode `$6.5 \%$`) as plain text
//! for the plan reader: a table's cells (`&`) are separated by tabs and its rows (`\\`) by
//! line breaks, so the table reader reads a `tabular` as it reads a tab-separated table.
//! A cell wrapped by a nested `tabular` is joined without spaces (a converter breaks a name
//! where the page did, even inside a word: `…经费投 \\ 入强度`); merged cells
//! (`\multirow`, `\multicolumn`) keep their text; rules (`\hline`, `\cline`) go.
//!
//! Math is read as the text it stands for: `\%` → `%`, `\geq` → `≥`, `_{2.5}` → `2.5`,
//! `\mathrm{III}` → `Ⅲ`, and a superscript footnote number (`2.35^{(1)}`, `${ }^{(1)}$ 为
//! 2024 年数据`) → `①`, the mark the table reader knows. The converter's spaces between
//! Chinese and Latin letters or digits (`2025 年`, `单位 GDP`) are its own, not the page's,
//! and go.
//!
//! Hand-written, as [`super::html`] is: the reader needs cell and line boundaries and a few
//! symbols, not a TeX engine.

use super::chars::is_chinese;
use super::html::Flat;

/// Whether `text` is converter output to flatten: a `tabular`, or LaTeX sectioning.
pub fn is_latex(text: &str) -> bool {
    ["\\begin{tabular", "\\begin{array", "\\section", "\\title{"]
        .iter()
        .any(|m| text.contains(m))
}

/// Commands dropped with their arguments (how many `{…}` groups): layout, not text.
const DROPPED: [(&str, usize); 14] = [
    ("captionsetup", 1),
    ("label", 1),
    ("hline", 0),
    ("cline", 1),
    ("toprule", 0),
    ("midrule", 0),
    ("bottomrule", 0),
    ("cmidrule", 1),
    ("centering", 0),
    ("vspace", 1),
    ("hspace", 1),
    ("includegraphics", 1),
    ("resizebox", 2),
    ("setlength", 2),
];

/// Math symbols as the characters they print.
const SYMBOLS: [(&str, &str); 17] = [
    ("geq", "≥"),
    ("geqslant", "≥"),
    ("ge", "≥"),
    ("leq", "≤"),
    ("leqslant", "≤"),
    ("le", "≤"),
    ("times", "×"),
    ("pm", "±"),
    ("sim", "～"),
    ("approx", "≈"),
    ("cdot", "·"),
    ("circ", "°"),
    ("quad", " "),
    ("qquad", " "),
    ("triangle", "△"),
    ("Delta", "△"),
    ("star", "*"),
];

/// Environments whose `\begin{…}` takes a column spec to skip.
fn is_tabular(env: &str) -> bool {
    matches!(
        env,
        "tabular" | "tabular*" | "tabularx" | "array" | "longtable"
    )
}

struct Out {
    text: String,
    origin: Vec<usize>,
}

impl Out {
    fn push(&mut self, s: &str, at: usize) {
        self.text.push_str(s);
        self.origin.extend(std::iter::repeat_n(at, s.len()));
    }
}

/// The end of a `{…}` group opening at `at` (the offset after its `}`), or `None` when
/// `at` holds no `{` (after spaces).
fn group_end(src: &str, at: usize) -> Option<usize> {
    let rest = &src[at..];
    let skip = rest.len() - rest.trim_start_matches([' ', '\n']).len();
    let open = at + skip;
    if !src[open..].starts_with('{') {
        return None;
    }
    let mut depth = 0usize;
    for (k, c) in src[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + k + 1);
                }
            }
            _ => {}
        }
    }
    Some(src.len())
}

/// The inside of the group opening at `at`: `(inner start, inner end, after)`.
fn group(src: &str, at: usize) -> Option<(usize, usize, usize)> {
    let end = group_end(src, at)?;
    let open = at + src[at..].find('{')?;
    Some((open + 1, end.saturating_sub(1).max(open + 1), end))
}

/// Skips an optional `[…]` argument and `n` groups from `at`.
fn skip_args(src: &str, mut at: usize, n: usize) -> usize {
    let rest = src[at..].trim_start_matches(' ');
    if rest.starts_with('[') {
        if let Some(k) = rest.find(']') {
            at = src.len() - rest.len() + k + 1;
        }
    }
    for _ in 0..n {
        match group_end(src, at) {
            Some(end) => at = end,
            None => break,
        }
    }
    at
}

/// Roman numerals set in `\mathrm{…}` (`Ⅲ类水体`) as the Chinese text writes them.
fn roman(s: &str) -> Option<&'static str> {
    const NUMERALS: [&str; 6] = ["I", "II", "III", "IV", "V", "VI"];
    const CHARS: [&str; 6] = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ"];
    NUMERALS
        .iter()
        .position(|n| *n == s.trim())
        .map(|k| CHARS[k])
}

/// A superscript footnote number (`(1)`, `1`, `*`) as the mark a table reader knows.
fn footnote_mark(s: &str) -> Option<&'static str> {
    let s = s
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    match s {
        "1" => Some("①"),
        "2" => Some("②"),
        "3" => Some("③"),
        "4" => Some("④"),
        "*" | "\\star" | "\\ast" => Some("*"),
        "\\triangle" | "\\Delta" => Some("△"),
        _ => None,
    }
}

pub fn flatten(src: &str) -> Flat {
    let mut out = Out {
        text: String::with_capacity(src.len()),
        origin: Vec::with_capacity(src.len()),
    };
    // How deep inside tabulars: 1 is a table's own rows, 2 and more a cell wrapped by a
    // nested tabular.
    let mut depth = 0usize;
    let mut math = false;
    let mut i = 0;
    while i < src.len() {
        let rest = &src[i..];
        let c = rest.chars().next().unwrap_or(' ');
        match c {
            '\\' => {
                let name_len = rest[1..]
                    .bytes()
                    .take_while(u8::is_ascii_alphabetic)
                    .count();
                if name_len == 0 {
                    // `\\` ends a row (or a wrapped cell's line), `\%` and the like print
                    // themselves, `\,` `\ ` are spaces.
                    let next = rest[1..].chars().next().unwrap_or(' ');
                    i += 1 + next.len_utf8();
                    match next {
                        '\\' if depth <= 1 => out.push("\n", i - 2),
                        '\\' => {}
                        ',' | ';' | ' ' | '!' | '>' => out.push(" ", i - 2),
                        _ => out.push(next.encode_utf8(&mut [0; 4]), i - 2),
                    }
                    continue;
                }
                let name = &rest[1..1 + name_len];
                let mut after = i + 1 + name_len;
                if src[after..].starts_with('*') {
                    after += 1;
                }
                match name {
                    "begin" | "end" => {
                        let Some((s, e, end)) = group(src, after) else {
                            i = after;
                            continue;
                        };
                        let env = &src[s..e];
                        if is_tabular(env) && name == "begin" {
                            depth += 1;
                            // The column spec (and a width for tabular*/tabularx).
                            let n = if env == "tabular" || env == "array" {
                                1
                            } else {
                                2
                            };
                            i = skip_args(src, end, n);
                        } else {
                            if is_tabular(env) {
                                depth = depth.saturating_sub(1);
                                if depth == 0 {
                                    out.push("\n", i);
                                }
                            }
                            i = end;
                        }
                        continue;
                    }
                    "multirow" | "multicolumn" => {
                        // The text is the last argument; the span and the spec go.
                        i = skip_args(src, after, 2);
                        continue;
                    }
                    "mathrm" | "text" | "textrm" | "mathbf" | "operatorname" => {
                        if let Some((s, e, end)) = group(src, after) {
                            if let Some(r) = roman(&src[s..e]) {
                                out.push(r, i);
                                i = end;
                                continue;
                            }
                        }
                        i = after;
                        continue;
                    }
                    _ => {}
                }
                if let Some((_, n)) = DROPPED.iter().find(|(d, _)| *d == name) {
                    // `\cline { 2 - 8 }`: spaces before the group are the converter's.
                    i = skip_args(src, after, *n);
                    continue;
                }
                if let Some((_, s)) = SYMBOLS.iter().find(|(n, _)| *n == name) {
                    out.push(s, i);
                }
                // Any other command (`\title`, `\section`, `\caption`, `\textbf`) is its
                // arguments' text: the braces go below.
                i = after;
            }
            '$' => {
                math = !math;
                i += 1;
            }
            '^' | '_' if math => {
                // A superscript number is a footnote mark; a subscript (`PM_{2.5}`) is text.
                let at = i;
                i += 1;
                if let Some((s, e, end)) = group(src, i) {
                    if c == '^' {
                        if let Some(m) = footnote_mark(&src[s..e]) {
                            out.push(m, at);
                            i = end;
                        }
                    }
                }
            }
            '{' | '}' => i += 1,
            '&' if depth == 1 => {
                out.push("\t", i);
                i += 1;
            }
            '&' if depth > 1 => i += 1,
            '\n' | '\r' if depth > 0 => i += 1,
            ' ' | '~' if math || depth > 1 => i += 1,
            _ => {
                let c = if c == '~' { ' ' } else { c };
                out.push(c.encode_utf8(&mut [0; 4]), i);
                i += rest.chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    tidy(out)
}

/// Drops the converter's spaces: between a Chinese character and a letter, digit or mark
/// (`2025 年`, `单位 GDP`, `5 左右`), around a tab and at a line's ends. A space between two
/// Chinese characters (`第一章 发展基础`) is the page's and stays. Runs of blank lines are one.
fn tidy(out: Out) -> Flat {
    let chars: Vec<(usize, char)> = out.text.char_indices().collect();
    let mut text = String::with_capacity(out.text.len());
    let mut origin = Vec::with_capacity(out.origin.len());
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        if c == ' ' {
            let run = chars[k..].iter().take_while(|(_, c)| *c == ' ').count();
            let before = text.chars().next_back();
            let after = chars.get(k + run).map(|&(_, c)| c);
            let edge = |c: Option<char>| c.is_none_or(|c| "\t\n".contains(c));
            let chinese = |c: Option<char>| c.is_some_and(is_chinese);
            if edge(before) || edge(after) || chinese(before) != chinese(after) {
                k += run;
                continue;
            }
        }
        // One blank line at most: what a table's `\end{…}` lines leave is no paragraph.
        if c != '\n' || !text.ends_with("\n\n") {
            text.push(c);
            origin.extend_from_slice(&out.origin[at..at + c.len_utf8()]);
        }
        k += 1;
    }
    Flat { text, origin }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tabular_as_tab_separated_rows() {
        let src = "\\section*{第一章 主要目标}\n\n\\begin{tabular}{|c|c|l|c|}\n\\hline 类别 & 序号 & \\multicolumn{1}{|c|}{指标} & 2025 年 & \\begin{tabular}{c}\n年均增长 \\\\\n{$[$ 累计 $]$}\n\\end{tabular} \\\\\n\\hline \\multirow{2}{*}{经济发展} & 1 & \\begin{tabular}{l}\n研究与试验发展经费投 \\\\\n入强度\n\\end{tabular} & $2.35^{(1)}$ & 5 左右 \\\\\n\\cline { 2 - 5 } & 2 & 地表水好于 $\\mathrm{III}$ 类 & $\\geq 95$ & {$[500]$} \\\\\n\\hline\n\\end{tabular}\n\n注: ${ }^{(1)}$ 为 2024 年数据。规模以上工业增加值年均增长 $6.5 \\%$ 左右。";
        assert!(is_latex(src));
        let f = flatten(src);
        let lines: Vec<&str> = f.text.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(
            lines,
            [
                "第一章 主要目标",
                "类别\t序号\t指标\t2025年\t年均增长[累计]",
                "经济发展\t1\t研究与试验发展经费投入强度\t2.35①\t5左右",
                "\t2\t地表水好于Ⅲ类\t≥95\t[500]",
                "注: ①为2024年数据。规模以上工业增加值年均增长6.5%左右。",
            ]
        );
        // Every byte maps back to the character it was made from.
        let at = f.text.find("≥95").unwrap();
        assert!(src[f.original(at, src.len())..].starts_with("\\geq"));
        let at = f.text.find("入强度").unwrap();
        assert!(src[f.original(at, src.len())..].starts_with("入强度"));
    }
}
