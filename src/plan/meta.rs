//! What a plan says about itself, read from its own text: the region it is for (from the
//! title, else the approving line `（2026年1月25日山西省第十四届人民代表大会第五次会议批准）`),
//! for any province, autonomous region, city, prefecture or county — by the shape of the
//! title, not a list of names; its level; its period and base year (`第十五个五年规划` and
//! `“十五五”` run from 2026 to 2030 with base year 2025; an explicit `2026—2030年` too).

use super::model::PlanInfo;
use super::table::Row;
use crate::text::Document;

/// `第十四个五年规划` → 14; `“十五五”`, `十五五` → 15.
pub fn plan_number(t: &str) -> Option<i32> {
    let digit = |c: char| {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|d| d as i32 + 1)
    };
    if let Some(i) = t.find("个五年") {
        let before: Vec<char> = t[..i].chars().collect();
        // `第十四个五年`, `第十个五年`.
        let n = before.len();
        if n >= 2 && before[n - 2] == '十' {
            return digit(before[n - 1]).map(|d| 10 + d);
        }
        if n >= 1 && before[n - 1] == '十' {
            return Some(10);
        }
    }
    let chars: Vec<char> = t.chars().collect();
    chars.windows(3).find_map(|w| {
        (w[0] == '十' && w[2] == '五')
            .then(|| digit(w[1]).map(|d| 10 + d))
            .flatten()
    })
}

/// The years `n`'s five-year plan runs between: (base year, target year).
pub fn plan_period(n: i32) -> (i32, i32) {
    (1950 + 5 * n, 1955 + 5 * n)
}

/// An explicit range of years: `2026—2030年`, `（2021-2025年）` → (base year, last year).
fn year_range(t: &str) -> Option<(i32, i32)> {
    let b = t.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        if b[i..i + 4].iter().all(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_digit()) {
            let y0: i32 = t[i..i + 4].parse().ok()?;
            let rest = t[i + 4..].trim_start_matches('年');
            let rest = rest.trim_start_matches(['—', '-', '－', '–', '~', '～', '至', '到']);
            let rb = rest.as_bytes();
            if rest.len() < t.len() - i - 4
                && rb.len() >= 4
                && rb[..4].iter().all(u8::is_ascii_digit)
            {
                let y1: i32 = rest[..4].parse().ok()?;
                if y1 > y0 && y1 - y0 <= 15 && (1950..=2100).contains(&y0) {
                    return Some((y0 - 1, y1));
                }
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    None
}

/// The title and the lines right under it: where a plan names its period and region.
fn head(doc: &Document) -> String {
    let title = doc.meta.title.clone().unwrap_or_default();
    let top: String = doc.original.lines().take(12).collect::<Vec<_>>().join("\n");
    format!("{title}\n{top}")
}

/// The plan's period (base year, target year), from its title or the lines under it.
pub fn period(doc: &Document) -> Option<(i32, i32)> {
    let title = doc.meta.title.as_deref().unwrap_or("");
    plan_number(title)
        .map(plan_period)
        .or_else(|| year_range(title))
        .or_else(|| {
            let h = head(doc);
            plan_number(&h).map(plan_period).or_else(|| year_range(&h))
        })
}

/// Suffixes of the names of places, longest first, with the level they make.
const PLACE_SUFFIXES: [(&str, &str); 12] = [
    ("特别行政区", "province"),
    ("自治区", "province"),
    ("自治州", "city"),
    ("自治县", "county"),
    ("自治旗", "county"),
    ("地区", "city"),
    ("省", "province"),
    ("市", "city"),
    ("州", "city"),
    ("盟", "city"),
    ("县", "county"),
    ("旗", "county"),
];

/// Where the title's subject ends: `山西省|国民经济和社会发展…`, `宜昌市|“十五五”规划`.
const TITLE_MARKERS: [&str; 14] = [
    "政府工作报告",
    "工作报告",
    "统计公报",
    "20",
    "国民经济",
    "经济和社会发展",
    "经济社会发展",
    "第十",
    "“十",
    "\"十",
    "十四五",
    "十五五",
    "十三五",
    "人民政府",
];

/// The municipalities directly under the central government are at province level.
const MUNICIPALITIES: [&str; 4] = ["北京市", "天津市", "上海市", "重庆市"];

/// A place name and its level, if `s` is one: a short name ending in a place suffix.
fn place<'a>(s: &'a str) -> Option<(String, &'static str)> {
    let marks = |s: &'a str| {
        s.trim()
            .trim_start_matches(['《', '“', '"', '（', '('])
            .trim_end_matches(['》', '”', '"'])
    };
    // `关于赣州市“十五五”规划纲要实施情况的…报告`, `关于《青岛市…纲要》…`: the place after
    // the preposition and the marks that open the plan's name.
    let s = marks(s);
    let s = marks(
        ["关于", "对", "在"]
            .iter()
            .find_map(|w| s.strip_prefix(w))
            .unwrap_or(s),
    );
    if s.contains("中华人民共和国") || s == "全国" {
        return Some(("全国".to_string(), "national"));
    }
    let n = s.chars().count();
    if !(2..=14).contains(&n) || s.chars().any(|c| c.is_ascii() || "，。、：；".contains(c)) {
        return None;
    }
    // A city's district (`北京市海淀区`, `青岛市崂山区`): county level. A district alone
    // (`海淀区`) is not told from a zone (`高新区`) by its shape, and is left.
    if let Some((city, district)) = s.split_once('市') {
        let d = district.chars().count();
        if district.ends_with('区') && (2..=5).contains(&d) && place(&format!("{city}市")).is_some()
        {
            return Some((s.to_string(), "county"));
        }
    }
    let (_, level) = PLACE_SUFFIXES.iter().find(|(suf, _)| s.ends_with(suf))?;
    let level = if MUNICIPALITIES.contains(&s) {
        "province"
    } else {
        level
    };
    Some((s.to_string(), level))
}

/// The place a document is about, from its title (`武汉市2024年政府工作报告`) or the
/// congress it was delivered at (`在武汉市第十五届人民代表大会…`): a city's report read
/// against a province's plan is about another region.
pub fn document_region(doc: &Document) -> Option<String> {
    region(doc).map(|(r, _)| r)
}

/// The region from the title (`山西省国民经济…`) or the approving line
/// (`…日山西省第十四届人民代表大会…批准`).
fn region(doc: &Document) -> Option<(String, &'static str)> {
    let title = doc.meta.title.as_deref().unwrap_or("");
    let from_title = TITLE_MARKERS
        .iter()
        .filter_map(|m| title.find(m))
        .min()
        .and_then(|at| place(&title[..at]));
    if from_title.is_some() {
        return from_title;
    }
    if title.starts_with("国民经济和社会发展") {
        return Some(("全国".to_string(), "national"));
    }
    for line in head(doc).lines() {
        let t = line.trim();
        if let Some(at) = t.find("人民代表大会") {
            let before = &t[..at];
            let before = before.rsplit_once('日').map_or(before, |(_, b)| b);
            // `——2024年1月23日在湖北省第十四届…`: the place after `在`.
            let before = before.rsplit_once('在').map_or(before, |(_, b)| b);
            let name = before.split('第').next().unwrap_or("");
            if let Some(p) = place(name) {
                return Some(p);
            }
        }
    }
    // A name that ends otherwise (`雄安新区`): the longest place name the title holds.
    // Scope words (`全省`, `我市`) name no place.
    title.char_indices().find_map(|(i, _)| {
        crate::data::regions()
            .longest_prefix(&title[i..])
            .filter(|(w, _)| !w.starts_with(['全', '我', '本']))
            .map(|(w, _)| (w.to_string(), "province"))
    })
}

/// Title, region, level and period of a plan.
pub fn info(doc: &Document, rows: &[Row], period: Option<(i32, i32)>) -> PlanInfo {
    let (region, level) = match region(doc) {
        Some((r, l)) => (Some(r), Some(l.to_string())),
        None => (None, None),
    };
    PlanInfo {
        title: doc.meta.title.clone(),
        region,
        level,
        base_year: period
            .map(|p| p.0)
            .or_else(|| rows.iter().find_map(|r| r.base_year)),
        target_year: period
            .map(|p| p.1)
            .or_else(|| rows.iter().find_map(|r| r.target_year)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_numbers_and_periods() {
        assert_eq!(
            plan_number("湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
            Some(14)
        );
        assert_eq!(plan_number("宜昌市“十五五”规划纲要"), Some(15));
        assert_eq!(plan_period(15), (2025, 2030));
        assert_eq!(year_range("发展规划（2026—2030年）"), Some((2025, 2030)));
    }

    #[test]
    fn places_by_their_shape() {
        assert_eq!(
            place("广西壮族自治区"),
            Some(("广西壮族自治区".into(), "province"))
        );
        assert_eq!(
            place("恩施土家族苗族自治州"),
            Some(("恩施土家族苗族自治州".into(), "city"))
        );
        assert_eq!(place("重庆市"), Some(("重庆市".into(), "province")));
        assert_eq!(place("秭归县"), Some(("秭归县".into(), "county")));
        // After a preposition and the marks that open the plan's name.
        assert_eq!(place("关于《青岛市"), Some(("青岛市".into(), "city")));
        assert_eq!(
            place("北京市海淀区"),
            Some(("北京市海淀区".into(), "county"))
        );
        assert_eq!(place("中华人民共和国"), Some(("全国".into(), "national")));
        assert_eq!(place("关于印发方案的通知"), None);
    }
}
