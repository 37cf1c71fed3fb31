//! A saved web page or pasted `text/html` as plain text for the plan reader: block
//! elements end lines, a table's cells are separated by tabs and its rows by line breaks
//! (so the table reader reads an HTML `<table>` as it reads a tab-separated one), `<br>`
//! inside a cell joins the cell's words, scripts and styles are dropped, entities decoded.
//! Every byte of the text comes with the offset of the original byte it was made from, so
//! spans found in the text map back to the page as given.
//!
//! Hand-written rather than an HTML parser crate (html5ever, tl): the plan reader needs only
//! line and cell boundaries, and a parser would add far more to the .wasm than this.

/// The text of a page and, for each of its bytes, the original offset.
pub struct Flat {
    pub text: String,
    pub origin: Vec<usize>,
}

impl Flat {
    /// An offset of the text (`0..=len`) in the original.
    pub fn original(&self, at: usize, source_len: usize) -> usize {
        self.origin.get(at).copied().unwrap_or(source_len)
    }
}

/// Whether `text` is markup to flatten: a page or a fragment holding a table.
pub fn is_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(4000)
        .collect::<String>()
        .to_ascii_lowercase();
    head.contains("<html")
        || head.contains("<table")
        || head.contains("<body")
        || head.contains("<!doctype html")
}

const BLOCKS: [&str; 18] = [
    "p", "div", "br", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "section", "article", "header", "footer",
];

/// Where a table's rows stand against cells that span rows and columns (`rowspan`,
/// `colspan`, a category cell down a group, `指标值` over `2025年` and `2030年`).
#[derive(Default)]
struct Spans {
    /// For each column, how many more rows a cell above covers.
    below: Vec<usize>,
    /// The column the next cell of this row goes in.
    col: usize,
    /// The number of columns of the cell now open.
    open_width: usize,
}

impl Spans {
    /// A cell opens: the columns before it a cell above covers (how many to leave empty),
    /// and the rows and columns it covers itself.
    fn open(&mut self, rows: usize, cols: usize) -> usize {
        let mut skipped = 0;
        while self.below.get(self.col).is_some_and(|&n| n > 0) {
            self.below[self.col] -= 1;
            self.col += 1;
            skipped += 1;
        }
        let cols = cols.clamp(1, 64);
        if self.below.len() < self.col + cols {
            self.below.resize(self.col + cols, 0);
        }
        for c in self.col..self.col + cols {
            self.below[c] = rows.clamp(1, 1000) - 1;
        }
        self.col += cols;
        self.open_width = cols;
        skipped
    }

    /// A row ends (or the next begins): the columns after its last cell that a cell above
    /// covers are used up for it.
    fn end_row(&mut self) {
        if self.col > 0 {
            for n in self.below.iter_mut().skip(self.col) {
                *n = n.saturating_sub(1);
            }
        }
        self.col = 0;
        self.open_width = 1;
    }
}

/// A number attribute of a tag (`rowspan="2"`, `colspan=3`), 1 when absent.
fn attr(tag: &str, name: &str) -> usize {
    tag.find(name)
        .map(|at| tag[at + name.len()..].trim_start())
        .and_then(|rest| rest.strip_prefix('='))
        .map(|rest| rest.trim_start().trim_start_matches(['"', '\'']))
        .and_then(|rest| {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            rest[..digits].parse().ok()
        })
        .unwrap_or(1)
}

pub fn flatten(src: &str) -> Flat {
    let mut text = String::with_capacity(src.len() / 2);
    let mut origin = Vec::with_capacity(src.len() / 2);
    let push = |text: &mut String, origin: &mut Vec<usize>, s: &str, at: usize| {
        text.push_str(s);
        origin.extend(std::iter::repeat_n(at, s.len()));
    };
    let lower = src.to_ascii_lowercase();
    let mut in_cell = false;
    let mut grid = Spans::default();
    let mut tables = 0usize; // how deep inside tables
    let mut i = 0;
    while i < src.len() {
        let rest = &src[i..];
        if rest.starts_with('<') {
            let close = rest.find('>').map_or(src.len(), |j| i + j + 1);
            let tag = lower[i + 1..close.min(src.len())].trim_start_matches('/');
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let closing = rest.starts_with("</");
            if !closing && (name == "script" || name == "style") {
                // Skip to the end of the element.
                let end_tag = format!("</{name}");
                i = lower[close..]
                    .find(&end_tag)
                    .map_or(src.len(), |j| close + j);
                continue;
            }
            match name.as_str() {
                "td" | "th" if closing => {
                    // A cell spanning columns leaves them empty: the cells after it keep
                    // their columns.
                    let width = std::mem::replace(&mut grid.open_width, 1);
                    for _ in 0..width {
                        push(&mut text, &mut origin, "\t", i);
                    }
                    in_cell = false;
                }
                "td" | "th" => {
                    // The columns a cell above still covers (`rowspan`) come first, empty.
                    for _ in 0..grid.open(attr(tag, "rowspan"), attr(tag, "colspan")) {
                        push(&mut text, &mut origin, "\t", i);
                    }
                    in_cell = true;
                }
                "br" if in_cell => {}
                "table" => {
                    tables = if closing {
                        tables.saturating_sub(1)
                    } else {
                        tables + 1
                    };
                    grid = Spans::default();
                    push(&mut text, &mut origin, "\n", i);
                }
                // A row ends its line; other blocks leave a blank line (a paragraph).
                "tr" => {
                    grid.end_row();
                    if !text.ends_with('\n') {
                        push(&mut text, &mut origin, "\n", i);
                    }
                }
                n if BLOCKS.contains(&n) => push(&mut text, &mut origin, "\n", i),
                _ => {}
            }
            i = close;
            continue;
        }
        if rest.starts_with('&') {
            if let Some(j) = rest[..rest.len().min(12)].find(';') {
                let ent = &rest[1..j];
                let decoded = match ent {
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "amp" => Some('&'),
                    "quot" => Some('"'),
                    "nbsp" => Some(' '),
                    "ldquo" => Some('“'),
                    "rdquo" => Some('”'),
                    "mdash" => Some('—'),
                    _ => ent
                        .strip_prefix('#')
                        .and_then(|n| {
                            n.strip_prefix(['x', 'X'])
                                .map_or_else(|| n.parse().ok(), |h| u32::from_str_radix(h, 16).ok())
                        })
                        .and_then(char::from_u32),
                };
                if let Some(c) = decoded {
                    push(&mut text, &mut origin, c.encode_utf8(&mut [0; 4]), i);
                    i += j + 1;
                    continue;
                }
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        // Between a table's cells the source's spaces and line breaks are layout: a blank
        // line there would part a header wrapped over two rows.
        if tables > 0 && !in_cell && c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        // Inside a cell the source's own line breaks are layout, not content.
        let c = if in_cell && matches!(c, '\n' | '\r') {
            ' '
        } else {
            c
        };
        push(&mut text, &mut origin, c.encode_utf8(&mut [0; 4]), i);
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    // Cell rows end with a tab before the row's line break: trim them so that rows and the
    // header have the same number of cells.
    let mut out = String::with_capacity(text.len());
    let mut out_origin = Vec::with_capacity(origin.len());
    for (line, start) in text.split_inclusive('\n').scan(0usize, |at, l| {
        let s = *at;
        *at += l.len();
        Some((l, s))
    }) {
        let body = line.trim_end_matches('\n');
        let kept = body.trim_end_matches(['\t', ' ']);
        if kept.trim().is_empty() && !out.ends_with("\n\n") && !out.is_empty() {
            out.push('\n');
            out_origin.push(origin[start]);
            continue;
        }
        if kept.trim().is_empty() {
            continue;
        }
        out.push_str(kept);
        out_origin.extend_from_slice(&origin[start..start + kept.len()]);
        out.push('\n');
        out_origin.push(origin.get(start + body.len()).copied().unwrap_or(src.len()));
    }
    Flat {
        text: out,
        origin: out_origin,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_as_tab_separated_rows() {
        let src = "<html><head><script>var x = '<td>';</script></head><body><p>标题</p><table><tr><th>指标</th><th>2020年</th><th>2025年</th></tr><tr><td>每万人口<br>发明专利</td><td>&lt;5</td><td>8</td></tr></table></body></html>";
        assert!(is_html(src));
        let f = flatten(src);
        assert!(f.text.starts_with("标题\n"), "{:?}", f.text);
        assert!(
            f.text
                .contains("\n指标\t2020年\t2025年\n每万人口发明专利\t<5\t8\n"),
            "{:?}",
            f.text
        );
        let at = f.text.find("<5").unwrap();
        assert_eq!(&src[f.original(at, src.len())..][..4], "&lt;");
    }

    /// Cells spanning rows and columns leave their columns empty in the rows they cover,
    /// so every cell keeps its column: a category down a group, `指标值` over two years.
    #[test]
    fn spans_keep_columns() {
        let src = "<table>\n <tr><th rowspan=\"2\">类别</th><th rowspan=2>指标</th><th colspan=\"2\">指标值</th><th rowspan=\"2\">属性</th></tr>\n <tr><th>2025年</th><th>2030年</th></tr>\n <tr><td rowspan=\"2\">经济</td><td>地区生产总值</td><td>5300</td><td>6900</td><td>预期性</td></tr>\n <tr><td>城镇化率</td><td>63.2</td><td>67</td><td>预期性</td></tr>\n</table>";
        let text = flatten(src).text;
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            [
                "类别\t指标\t指标值\t\t属性",
                "\t\t2025年\t2030年",
                "经济\t地区生产总值\t5300\t6900\t预期性",
                "\t城镇化率\t63.2\t67\t预期性",
            ]
        );
    }
}
