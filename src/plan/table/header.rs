//! The header of an indicator table: which column holds what. A header is found by its
//! words, in any order and any subset (`序号`, `类别`, `指标`/`指标名称`, `单位`, a base-year
//! column `2025年`/`基期`, a target column `2030年`/`“十五五”末`/`目标值`, `年均增长`,
//! `累计`, `属性`), on one line or wrapped over two; its cells' positions are the column
//! model every row is read by.

use super::grid::{Piece, Sep};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Seq,
    Category,
    Name,
    Unit,
    Base,
    Target,
    Growth,
    Cumulative,
    Attribute,
    /// 备注: words on the row (`2024年数据`, `五年累计`).
    Remark,
    Other,
}

/// The columns that hold a row's values, in the order a row's value cells are kept
/// (baseline, target, growth, cumulative).
pub const VALUE_ROLES: [Role; 4] = [Role::Base, Role::Target, Role::Growth, Role::Cumulative];

impl Role {
    /// Whether a column of this role holds values (not a name, unit, 属性…).
    pub fn holds_value(self) -> bool {
        VALUE_ROLES.contains(&self)
    }
}

#[derive(Debug, Clone)]
pub struct Col {
    pub role: Role,
    /// Display columns (space-aligned text) or the cell's index (delimited text).
    pub from: usize,
    pub to: usize,
}

/// The column model of a table.
#[derive(Debug, Clone)]
pub struct Columns {
    pub sep: Sep,
    pub cols: Vec<Col>,
    pub base_year: Option<i32>,
    pub target_year: Option<i32>,
}

/// A column's role from its heading, with the year it names (`2025年`, `“十四五”末` → 2025).
pub fn role_of(cell: &str) -> (Role, Option<i32>) {
    let t: String = cell
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '“' | '”' | '"' | '\''))
        .collect();
    let year = year_in(&t);
    let has = |ws: &[&str]| ws.iter().any(|w| t.contains(w));
    let role = if t.is_empty() {
        Role::Other
    } else if has(&["属性"]) {
        Role::Attribute
    } else if t == "备注" || t == "说明" {
        Role::Remark
    } else if has(&["单位"]) {
        Role::Unit
    } else if has(&["序号", "编号"]) || t == "序" {
        Role::Seq
    } else if has(&["类别", "领域", "类型", "分类", "方面", "维度"]) && !has(&["指标"])
    {
        Role::Category
    } else if has(&["年均", "增速", "增长率", "年增长"]) {
        Role::Growth
    } else if has(&["累计"]) {
        Role::Cumulative
    } else if has(&["指标", "名称", "项目"]) && !(has(&["指标值"]) && year.is_some()) {
        // `指标值` over `2025年` and `2030年` (a header cell spanning two) is not the name.
        Role::Name
    } else if has(&["基期", "基数", "基准", "现状", "现值", "基年"]) {
        Role::Base
    } else if has(&["目标", "预期值", "规划值"]) {
        Role::Target
    } else if year.is_some() {
        // Decided below, by the other year columns.
        Role::Other
    } else {
        return (Role::Other, None);
    };
    (role, year)
}

/// `2025年` → 2025; `“十四五”末` / `十四五目标` → 2025, the plan's last year.
pub fn year_in(t: &str) -> Option<i32> {
    let b = t.as_bytes();
    for i in 0..b.len().saturating_sub(3) {
        if b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && t[i + 4..].starts_with('年')
        {
            let y: i32 = t[i..i + 4].parse().ok()?;
            if (1949..=2100).contains(&y) {
                return Some(y);
            }
        }
    }
    // `十四五末`: the plan's last year.
    crate::plan::meta::plan_number(t).map(|n| crate::plan::meta::plan_period(n).1)
}

/// The column model of a header line, or `None` when the line is no header: a header names
/// the indicator column and at least one column of values.
pub fn read(
    cells: &[(String, usize, usize)],
    sep: Sep,
    period: Option<(i32, i32)>,
) -> Option<Columns> {
    let cols = model(cells, sep, period)?;
    (cols.has(Role::Name) && cols.valued()).then_some(cols)
}

/// The column model of a line of header words, whatever columns it has: also half a table
/// (its names alone, or its values alone, as a table split over two pages has them).
pub fn model(
    cells: &[(String, usize, usize)],
    sep: Sep,
    period: Option<(i32, i32)>,
) -> Option<Columns> {
    if cells.iter().filter(|c| !c.0.is_empty()).count() < 3 {
        return None;
    }
    // A header is short words, not values or sentences.
    if cells
        .iter()
        .any(|c| c.0.chars().count() > 16 || c.0.contains(['。', '，']))
    {
        return None;
    }
    let mut cols: Vec<Col> = Vec::new();
    let mut years: Vec<(usize, i32)> = Vec::new();
    let mut base_year = None;
    let mut target_year = None;
    for (text, from, to) in cells {
        let (role, year) = role_of(text);
        let k = cols.len();
        match (role, year) {
            (Role::Other, Some(y)) => years.push((k, y)),
            (Role::Base, y) => base_year = base_year.or(y),
            (Role::Target, y) => target_year = target_year.or(y),
            _ => {}
        }
        cols.push(Col {
            role,
            from: *from,
            to: *to,
        });
    }
    // Year columns: the earliest is the base, the latest the target; a single one is the
    // base when the plan's period starts there or another column is the target.
    let has_target = cols.iter().any(|c| c.role == Role::Target);
    let has_base = cols.iter().any(|c| c.role == Role::Base);
    match years.as_slice() {
        [] => {}
        [(k, y)] => {
            let is_base = has_target && !has_base || period.is_some_and(|p| p.0 == *y);
            if is_base {
                cols[*k].role = Role::Base;
                base_year = Some(*y);
            } else {
                cols[*k].role = Role::Target;
                target_year = Some(*y);
            }
        }
        many => {
            let lo = many.iter().min_by_key(|p| p.1).copied();
            let hi = many.iter().max_by_key(|p| p.1).copied();
            if let (Some(lo), Some(hi)) = (lo, hi) {
                cols[lo.0].role = Role::Base;
                cols[hi.0].role = Role::Target;
                base_year = Some(lo.1);
                target_year = Some(hi.1);
            }
        }
    }
    if cols.iter().all(|c| c.role == Role::Other) {
        return None;
    }
    Some(Columns {
        sep,
        cols,
        base_year: base_year.or(period.map(|p| p.0)),
        target_year: target_year.or(period.map(|p| p.1)),
    })
}

/// The header cells of one line.
pub fn cells_of(pieces: &[Piece<'_>]) -> Vec<(String, usize, usize)> {
    pieces
        .iter()
        .map(|p| (p.text.to_string(), p.from, p.to))
        .collect()
}

/// Header cells with a heading set letter-spaced (`指　　标`, `属　性`), which the spaces
/// cut into single characters, made one cell again. (The row reader does not use it: an
/// OCR'd table letter-spaces its header so, and its own reader, `sequence::read_loose`,
/// reads it better than columns would.)
pub fn letters_joined(cells: Vec<(String, usize, usize)>) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    let single = |t: &str| t.chars().count() == 1 && !t.is_ascii();
    let mut k = 0;
    while k < cells.len() {
        let run = cells[k..].iter().take_while(|q| single(&q.0)).count();
        if run >= 2 {
            let word: String = cells[k..k + run].iter().map(|q| q.0.as_str()).collect();
            if role_of(&word).0 != Role::Other {
                out.push((word, cells[k].1, cells[k + run - 1].2));
                k += run;
                continue;
            }
        }
        out.push(cells[k].clone());
        k += 1;
    }
    out
}

/// A header wrapped over two lines: delimited cells joined index by index, space-aligned
/// ones joined where their columns overlap.
pub fn merge(a: &[Piece<'_>], b: &[Piece<'_>], sep: Sep) -> Vec<(String, usize, usize)> {
    let mut out = cells_of(a);
    if sep != Sep::Spaces {
        for p in b {
            match out.get_mut(p.from) {
                Some(c) => c.0.push_str(p.text),
                None => out.push((p.text.to_string(), p.from, p.to)),
            }
        }
        return out;
    }
    for p in b {
        let hit = out
            .iter_mut()
            .filter(|c| overlap((c.1, c.2), (p.from, p.to)) > 0)
            .max_by_key(|c| overlap((c.1, c.2), (p.from, p.to)));
        match hit {
            Some(c) => {
                c.0.push_str(p.text);
                c.1 = c.1.min(p.from);
                c.2 = c.2.max(p.to);
            }
            None => out.push((p.text.to_string(), p.from, p.to)),
        }
    }
    out.sort_by_key(|c| c.1);
    out
}

/// A delimited header broken mid-cell onto the next line (`序号,指标,单位,2025年` /
/// `基数,“十五五”末目标值,年均增长,属性`, a PDF's or a hand-typed CSV's line break inside
/// `2025年基数`): the last cell of `a` continues into the first of `b`.
pub fn continued(a: &[Piece<'_>], b: &[Piece<'_>]) -> Vec<(String, usize, usize)> {
    let mut out = cells_of(a);
    let Some((first, rest)) = b.split_first() else {
        return out;
    };
    match out.last_mut() {
        Some(last) => last.0.push_str(first.text),
        None => out.push((first.text.to_string(), 0, 0)),
    }
    let at = out.len();
    out.extend(
        rest.iter()
            .enumerate()
            .map(|(j, p)| (p.text.to_string(), at + j, at + j)),
    );
    out
}

/// Words of a header cell that spans the year columns below it (`指标值` over `2025年` and
/// `2030年`).
const SPANNING: [&str; 6] = [
    "指标值",
    "目标值",
    "指标数值",
    "规划目标",
    "发展目标",
    "数值",
];

/// A delimited header whose cell spanning two columns (`指标值`, `规划目标`) has its
/// sub-headings on the line below (`2025年\t2030年`, or `2025年\t2030年\t年均增长`). A
/// browser copies an HTML header with a `colspan` cell so: the header's other cells span
/// both rows and are absent from the second. A Word table copied as text keeps them as
/// empty cells (`\t\t\t\t2025年\t2030年\t年均增长`), so there the sub-headings must
/// begin under the spanning cell. The sub-headings take the spanning cell's place; `None`
/// unless the line below is headings of value columns only, one a year, and exactly one
/// cell spans.
pub fn subdivided(
    cells: &[(String, usize, usize)],
    below: &[Piece<'_>],
) -> Option<Vec<(String, usize, usize)>> {
    let spans = |t: &str| {
        let t: String = t.split_whitespace().collect();
        SPANNING.contains(&t.as_str())
    };
    let mut spanning = cells.iter().enumerate().filter(|(_, c)| spans(&c.0));
    let (at, _) = spanning.next()?;
    if spanning.next().is_some() {
        return None;
    }
    let subs: Vec<&Piece<'_>> = below.iter().filter(|p| !p.text.is_empty()).collect();
    let positional = subs.len() < below.len();
    let heading = |p: &Piece<'_>| {
        let (role, year) = role_of(p.text);
        p.text.chars().count() <= 10
            && (role.holds_value() || (role == Role::Other && year.is_some()))
    };
    let years = subs.iter().filter(|p| year_in(p.text).is_some()).count();
    if subs.len() < 2
        || years == 0
        || !subs.iter().all(|p| heading(p))
        || (positional && subs[0].from != cells[at].1)
    {
        return None;
    }
    let texts = cells[..at]
        .iter()
        .map(|c| c.0.clone())
        .chain(subs.iter().map(|p| p.text.to_string()))
        .chain(cells[at + 1..].iter().map(|c| c.0.clone()));
    Some(texts.enumerate().map(|(k, t)| (t, k, k + 1)).collect())
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// A row's cells under the header's columns: the text of each column (cells that fall in
/// one column joined), and whether two value cells fell into one column (a misaligned row
/// that cannot be read by columns).
pub struct Assigned {
    pub texts: Vec<String>,
    pub clash: bool,
}

impl Columns {
    pub fn role_index(&self, role: Role) -> Option<usize> {
        self.cols.iter().position(|c| c.role == role)
    }

    pub fn has(&self, role: Role) -> bool {
        self.role_index(role).is_some()
    }

    /// Whether a column holds values (a baseline, a target, a growth rate, a total).
    pub fn valued(&self) -> bool {
        self.cols.iter().any(|c| c.role.holds_value())
    }

    pub fn assign(&self, pieces: &[Piece<'_>]) -> Assigned {
        let n = self.cols.len();
        let mut texts = vec![String::new(); n];
        let mut clash = false;
        let mut put = |k: usize, text: &str, texts: &mut Vec<String>| {
            if text.is_empty() {
                return;
            }
            let valued = self.cols[k].role.holds_value();
            if !texts[k].is_empty() {
                if valued && super::cell::looks_numeric(text) {
                    clash = true;
                }
                if self.sep == Sep::Spaces && valued {
                    texts[k].push(' ');
                }
            }
            // A cell broken over two lines (a joined row) is one cell.
            texts[k].extend(text.chars().filter(|c| !matches!(c, '\n' | '\r')));
        };
        if self.sep != Sep::Spaces {
            // A delimited row with fewer cells than the header lacks its leading ones
            // (a category or number cell left out) — unless it keeps them, empty, or its
            // last cell cannot be the header's last one: a name with its unit where a value
            // or a 属性 stands, its values on the next line (`\t预期性\t7\t每万人口…（件）`).
            let keeps_leading = pieces.first().is_some_and(|p| p.text.is_empty());
            let last_fits = pieces.last().is_none_or(|p| self.fits(n - 1, p.text));
            let shift = if keeps_leading || !last_fits {
                0
            } else {
                n.saturating_sub(pieces.len())
            };
            let shifted: Vec<usize> = pieces.iter().map(|p| (p.from + shift).min(n - 1)).collect();
            // Cells missing from the middle too (a `colspan` words cell over the value
            // columns, as a browser copies it): set by what each cell holds, where that
            // reads the row better than the shift does.
            let columns = if pieces.len() < n && !keeps_leading {
                let texts: Vec<&str> = pieces.iter().map(|p| p.text).collect();
                let (best, score) = self.aligned(&texts);
                if score > self.score_of(&texts, &shifted) + 1e-9 {
                    best
                } else {
                    shifted
                }
            } else {
                shifted
            };
            for (p, k) in pieces.iter().zip(columns) {
                put(k, p.text, &mut texts);
            }
        } else {
            for p in pieces {
                let k = self.nearest(p.from, p.to);
                put(k, p.text, &mut texts);
            }
        }
        Assigned { texts, clash }
    }

    /// How well `text` reads as a cell of column `k` (higher is better): a row number in
    /// 序号, a unit in 单位, a value or `/` in a value column, 预期性 in 属性.
    fn fit(&self, k: usize, text: &str) -> f64 {
        use super::cell;
        let t: String = text.split_whitespace().collect();
        if t.is_empty() {
            return 0.0;
        }
        let numeric = cell::looks_numeric(&t);
        let blank = matches!(cell::parse(&t), cell::Cell::Empty);
        let unit = cell::is_unit(&t);
        let attribute = super::sequence::is_attribute(&t);
        let han = t.chars().any(crate::text::chars::is_han);
        let row_number = cell::is_row_number(&t);
        match self.cols[k].role {
            Role::Seq if row_number => 3.0,
            Role::Seq => -4.0,
            Role::Category if han && !unit && !attribute && !numeric && t.chars().count() <= 8 => {
                1.0
            }
            Role::Category => -4.0,
            Role::Name if han && !unit && !attribute && !numeric => 2.0,
            Role::Name => -4.0,
            Role::Unit if unit => 3.0,
            Role::Unit if blank => 0.5,
            Role::Unit => -3.0,
            Role::Attribute if attribute => 3.0,
            Role::Attribute if blank => 0.0,
            Role::Attribute => -3.0,
            r if r.holds_value() && (numeric || blank) => 2.0,
            r if r.holds_value() && (unit || attribute) => -4.0,
            r if r.holds_value() && han => 0.5,
            r if r.holds_value() => -2.0,
            _ => 0.0,
        }
    }

    /// Column `k` left without a cell: cheap before the first cell (a `rowspan` category or
    /// row number the browser leaves out), dearer inside the row, dearest for the name
    /// (every indicator has one).
    fn skip_cost(&self, k: usize, leading: bool) -> f64 {
        match self.cols[k].role {
            Role::Name => -3.0,
            _ if leading => -0.3,
            _ => -1.0,
        }
    }

    /// The score of putting the cells in `columns` (one column each, in order).
    fn score_of(&self, texts: &[&str], columns: &[usize]) -> f64 {
        if columns.windows(2).any(|w| w[0] >= w[1]) {
            return f64::NEG_INFINITY;
        }
        let fits: f64 = texts
            .iter()
            .zip(columns)
            .map(|(t, &k)| self.fit(k, t))
            .sum();
        let lead = columns.first().copied().unwrap_or(0);
        let skipped: f64 = (0..self.cols.len())
            .filter(|k| !columns.contains(k))
            .map(|k| self.skip_cost(k, k < lead))
            .sum();
        fits + skipped
    }

    /// The best columns for a delimited row's cells, in order, by what each holds: a words
    /// cell may span several value columns (a `colspan` cell, `与经济增长同步` over the
    /// baseline, target and growth columns) and is then put in the target column of its
    /// span. Returns the columns and their score.
    fn aligned(&self, texts: &[&str]) -> (Vec<usize>, f64) {
        let (k, n) = (texts.len(), self.cols.len());
        // best[j][c]: the best score for cells j.. in columns c.., with the column of cell j
        // and how many columns it spans.
        let mut best = vec![vec![(f64::NEG_INFINITY, 0usize, 0usize); n + 1]; k + 1];
        for (c, last) in best[k].iter_mut().enumerate() {
            let rest: f64 = (c..n).map(|x| self.skip_cost(x, k == 0)).sum();
            *last = (rest, 0, 0);
        }
        for j in (0..k).rev() {
            let words = !super::cell::looks_numeric(texts[j])
                && texts[j].chars().any(crate::text::chars::is_han);
            for c in (0..n).rev() {
                let skip = best[j][c + 1].0 + self.skip_cost(c, j == 0);
                let mut here = (skip, usize::MAX, 0);
                let fit = self.fit(c, texts[j]);
                let mut span = 1;
                while c + span <= n {
                    let s = fit + best[j + 1][c + span].0;
                    if s > here.0 {
                        here = (s, c, span);
                    }
                    let more = c + span < n
                        && words
                        && self.cols[c].role.holds_value()
                        && self.cols[c + span].role.holds_value();
                    if !more {
                        break;
                    }
                    span += 1;
                }
                best[j][c] = here;
            }
        }
        let mut out = Vec::with_capacity(k);
        let (mut j, mut c) = (0, 0);
        while j < k && c < n {
            let (_, at, span) = best[j][c];
            if at == usize::MAX {
                c += 1;
                continue;
            }
            let target = (at..at + span).find(|&x| self.cols[x].role == Role::Target);
            out.push(target.unwrap_or(at));
            c = at + span;
            j += 1;
        }
        if out.len() < k {
            return (Vec::new(), f64::NEG_INFINITY);
        }
        (out, best[0][0].0)
    }

    /// The column a span of display columns falls under: the one it overlaps most, else
    /// the nearest.
    /// Whether `text` can be a cell of column `k`: a value column takes no name with its
    /// unit (`…拥有量（件）`), the 属性 column a short word.
    fn fits(&self, k: usize, text: &str) -> bool {
        match self.cols[k].role {
            Role::Base | Role::Target | Role::Growth | Role::Cumulative => {
                !text.ends_with(['）', ')'])
            }
            Role::Attribute => text.chars().count() <= 4,
            _ => true,
        }
    }

    fn nearest(&self, from: usize, to: usize) -> usize {
        let best = self
            .cols
            .iter()
            .enumerate()
            .map(|(k, c)| (k, overlap((c.from, c.to), (from, to))))
            .max_by_key(|&(k, o)| (o, usize::MAX - k));
        match best {
            Some((k, o)) if o > 0 => k,
            _ => self
                .cols
                .iter()
                .enumerate()
                .min_by_key(|(_, c)| {
                    if to <= c.from {
                        c.from - to
                    } else {
                        from.saturating_sub(c.to)
                    }
                })
                .map_or(0, |(k, _)| k),
        }
    }
}

/// The display width a space-aligned header gives the name column (what a prose line
/// beyond the table's columns exceeds).
pub fn span_width(cols: &Columns) -> usize {
    cols.cols.last().map_or(0, |c| c.to)
}

#[cfg(test)]
mod tests {
    use super::super::grid;
    use super::*;

    fn header(line: &str) -> Option<Columns> {
        let sep = grid::sep_of(line)?;
        read(&cells_of(&grid::pieces(line, sep)), sep, Some((2025, 2030)))
    }

    fn roles(line: &str) -> Vec<Role> {
        header(line).unwrap().cols.iter().map(|c| c.role).collect()
    }

    #[test]
    fn headers_in_any_order() {
        use Role::*;
        assert_eq!(
            roles("序号  指标  单位  2025年  2030年  年均增长  属性"),
            [Seq, Name, Unit, Base, Target, Growth, Attribute]
        );
        assert_eq!(
            roles("| 序号 | 指标 | 单位 | 2025年基数 | 年均增长 | 2030年目标 | 属性 |"),
            [Seq, Name, Unit, Base, Growth, Target, Attribute]
        );
        assert_eq!(
            roles("类别\t指标名称\t2020年\t2025年\t年均增速 [累计]\t属性"),
            [Category, Name, Base, Target, Growth, Attribute]
        );
        let h = header("指标,单位,基期值,“十五五”末,属性").unwrap();
        assert_eq!(h.target_year, Some(2030));
        assert!(header("经济发展  1.地区生产总值  亿元  43443").is_none());
    }

    #[test]
    fn a_spanning_cell_takes_the_years_below_it() {
        let a = grid::pieces("类别\t指标\t指标值\t属性", Sep::Tab);
        let years = grid::pieces("2025年\t2030年", Sep::Tab);
        let cells = subdivided(&cells_of(&a), &years).unwrap();
        let texts: Vec<&str> = cells.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["类别", "指标", "2025年", "2030年", "属性"]);
        // Not years below it, or no spanning cell: nothing to subdivide.
        assert!(subdivided(&cells_of(&a), &grid::pieces("1\t2", Sep::Tab)).is_none());
        let b = grid::pieces("指标\t2025年\t2030年", Sep::Tab);
        assert!(subdivided(&cells_of(&b), &years).is_none());
    }

    #[test]
    fn short_rows_set_by_what_their_cells_hold() {
        let h = header("类别\t序号\t指标\t单位\t2025年\t2030年\t年均增长\t属性").unwrap();
        let texts = |line: &str| h.assign(&grid::pieces(line, Sep::Tab)).texts;
        // A rowspan category left out: the cells shift right.
        assert_eq!(
            texts("2\t森林覆盖率\t%\t40.5\t41.5\t/\t约束性")[2],
            "森林覆盖率"
        );
        // A colspan words cell: the cells after it keep their columns.
        let t = texts("11\t居民收入增长\t%\t与经济增长同步\t预期性");
        assert_eq!((t[1].as_str(), t[2].as_str()), ("11", "居民收入增长"));
        assert_eq!((t[5].as_str(), t[7].as_str()), ("与经济增长同步", "预期性"));
    }

    #[test]
    fn a_header_wrapped_over_two_lines() {
        let a = grid::pieces("指标,单位,2025年,2030年,年均", Sep::Comma);
        let b = grid::pieces(",,,,增长", Sep::Comma);
        let h = read(&merge(&a, &b, Sep::Comma), Sep::Comma, None).unwrap();
        assert_eq!(h.cols[4].role, Role::Growth);
        // Broken mid-cell: 2025年 + 基数 is one cell, seven columns in all.
        let a = grid::pieces("序号,指标,单位,2025年", Sep::Comma);
        let b = grid::pieces("基数,“十五五”末目标值,年均增长[累计],属性", Sep::Comma);
        let h = read(&continued(&a, &b), Sep::Comma, Some((2025, 2030))).unwrap();
        assert_eq!(h.cols.len(), 7);
        assert_eq!(h.cols[5].role, Role::Growth);
    }
}
