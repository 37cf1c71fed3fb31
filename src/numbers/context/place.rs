//! The place a claim is about (claims.md `region`): the scope of a rank, else the last
//! place named before it, else the place the paragraph opens with.

use crate::data;
use crate::numbers::claims::{Found, Shape};
use crate::text::Document;

/// The place the claim is about: the scope of a rank, else the last place named before
/// it in its sentence, else a county, city or district the sentence opens with
/// (`南湖区地区生产总值810.6亿元，规模以上工业增加值增长9.2%`). `from` is where the text
/// before the claim is read from, `sentence` where its sentence starts. A zone
/// (`…经济开发区营业收入372亿元，旅游综合收入112亿元`) or a place after `其中` is the
/// place of its own clause only (its subject's head).
pub fn region_of(text: &str, f: &Found, from: usize, to: usize, sentence: usize) -> Option<String> {
    if f.shape == Shape::Rank {
        if let Some((w, _)) = data::regions().longest_prefix(&text[f.start..f.end]) {
            return Some(w.to_string());
        }
    }
    last_region(&text[from..to]).or_else(|| {
        let opening = text[sentence..to].trim_start();
        (from == sentence)
            .then(|| admin_at_head(opening))
            .flatten()
            .map(str::to_string)
    })
}

/// The last place of `data/regions.tsv` named in `s`.
fn last_region(s: &str) -> Option<String> {
    let regions = data::regions();
    let mut best: Option<(usize, &str)> = None;
    for (i, _) in s.char_indices() {
        if let Some((w, _)) = regions.longest_prefix(&s[i..]) {
            if best.is_none_or(|(bi, bw)| i >= bi + bw.len()) {
                best = Some((i, w));
            }
        }
    }
    best.map(|(_, w)| w.to_string())
}

/// A place named at the head of the paragraph (`咸宁市…`), for claims whose sentence names none.
pub fn paragraph_region(doc: &Document, sentence: usize) -> Option<String> {
    let s = doc.sentences[sentence];
    let line = doc.lines()[s.line];
    let text = doc.clean();
    let head: String = text[line.start..line.end]
        .trim_start()
        .chars()
        .take(8)
        .collect();
    let regions = data::regions();
    (0..head.len())
        .filter(|&i| head.is_char_boundary(i))
        .take(4)
        .find_map(|i| {
            regions
                .longest_prefix(&head[i..])
                .map(|(w, _)| w.to_string())
        })
}

/// A province, city, county or town named at the head of a subject (`南昌市地区生产总值` →
/// 南昌市, `溪口镇规模以上工业增加值` → 溪口镇), not a scope word (`全市`, `各县区`, `设区市`,
/// `城市`). The one reader of a place in a subject: the claim's own region and the
/// comparison's both use it.
pub fn at_head(subject: &str) -> Option<&str> {
    admin_at_head(subject)
        .or_else(|| zone_at_head(subject))
        .or_else(|| area_at_head(subject))
}

/// A part of a region named by its bearing at the head of a subject (`北部地区地区生产总值`,
/// `南部片区`, `东北部区域`): never the plan's whole region (a province's `中部地区` is the
/// central provinces, a district's `北部地区` its north).
fn area_at_head(subject: &str) -> Option<&str> {
    let rest = subject.trim_start_matches(['东', '西', '南', '北', '中']);
    let bearing = subject.len() - rest.len();
    if bearing == 0 || bearing > 2 * '东'.len_utf8() {
        return None;
    }
    let rest = rest.strip_prefix('部').unwrap_or(rest);
    let area = ["地区", "片区", "区域"]
        .iter()
        .find(|w| rest.starts_with(*w))?;
    let end = subject.len() - rest.len() + area.len();
    Some(&subject[..end])
}

/// A province, city, county, district or town at the head of a subject (not a zone).
fn admin_at_head(subject: &str) -> Option<&str> {
    const SCOPES: [&str; 18] = [
        "全国",
        "全省",
        "本省",
        "我省",
        "全市",
        "本市",
        "我市",
        "各市",
        "设区市",
        "地级市",
        "县级市",
        "城市",
        "市州",
        "全县",
        "全区",
        "全州",
        "全盟",
        "全旗",
    ];
    // A name and its suffix in five characters (`乌鲁木齐市`); longer heads are words
    // (`农业产业强镇`).
    let chars: Vec<(usize, char)> = subject.char_indices().take(6).collect();
    let chars = &chars[..chars.len().min(5)];
    for (k, &(i, c)) in chars.iter().enumerate().skip(2) {
        // A town (`溪口镇`) too, for a county's plan; not `城镇`, `乡村`.
        let town = matches!(c, '镇' | '乡')
            && chars[k - 1].1 != '城'
            && subject[i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(|n| n != '村');
        // `地区`, `社区`, `园区`, `景区`: nouns, not the suffix of a name (`单位地区生产总值`).
        let district_noun = c == '区' && "地社园城景山矿牧辖片库".contains(chars[k - 1].1);
        if (matches!(c, '省' | '市' | '州' | '县' | '区' | '盟') || town) && !district_noun {
            let place = &subject[..i + c.len_utf8()];
            let after = &subject[i + c.len_utf8()..];
            // `县级重点项目`, `县域经济`, `市场主体`: a level or a word, not a place.
            if after.starts_with(['级', '域', '场', '民']) {
                return None;
            }
            // `实施县级…`: a verb first is no name.
            let verb_first = matches!(data::lead_words().longest_prefix(place), Some((_, "verb")));
            let scope = SCOPES.iter().any(|s| place.ends_with(s));
            return (!scope && written_as_name(place) && !verb_first).then_some(place);
        }
    }
    None
}

/// A zone inside a region, named at the head of a subject (`城陵矶综合保税区进出口总额` →
/// 城陵矶综合保税区, `桐川经济开发区营业收入`): its figures are the zone's, not the region's.
fn zone_at_head(subject: &str) -> Option<&str> {
    const ZONES: [&str; 14] = [
        "综合保税区",
        "保税区",
        "高新技术产业开发区",
        "经济技术开发区",
        "开发区",
        "高新区",
        "经开区",
        "自由贸易试验区",
        "自贸试验区",
        "试验区",
        "示范区",
        "管理区",
        "合作区",
        "新区",
    ];
    let head: usize = subject
        .char_indices()
        .nth(12)
        .map_or(subject.len(), |(i, _)| i);
    ZONES.iter().find_map(|z| {
        let at = subject[..head].find(z)?;
        let name = &subject[..at];
        (name.chars().count() >= 2 && written_as_name(name)).then(|| &subject[..at + z.len()])
    })
}

/// A subject without the place or scope it opens with (`全省规模以上工业增加值` →
/// `规模以上工业增加值`), to be said of another place.
pub fn without_scope(subject: &str) -> &str {
    let s = match at_head(subject) {
        Some(p) => &subject[p.len()..],
        None => subject,
    };
    match data::regions().longest_prefix(s) {
        Some((w, _)) if w.len() < s.len() => &s[w.len()..],
        _ => s,
    }
}

/// Whether words can be a place's name: Chinese characters only, not opening with a scope
/// word (`全`, `我`, `本`, `各`, `该`: 全市, 各开发区).
fn written_as_name(s: &str) -> bool {
    s.chars().all(crate::text::chars::is_han) && !s.starts_with(['全', '我', '本', '各', '该'])
}

#[cfg(test)]
mod tests {
    use super::at_head;

    #[test]
    fn places_at_the_head_of_a_subject() {
        assert_eq!(at_head("南昌市地区生产总值"), Some("南昌市"));
        assert_eq!(at_head("溪口镇规模以上工业增加值"), Some("溪口镇"));
        assert_eq!(at_head("全市地区生产总值"), None);
        assert_eq!(at_head("年末全省常住人口城镇化率"), None);
        // `地区`, `景区`: nouns, not names.
        assert_eq!(at_head("单位地区生产总值能耗"), None);
        assert_eq!(at_head("温泉景区接待游客"), None);
        // A zone inside the region is a place of its own.
        assert_eq!(
            at_head("城陵矶综合保税区进出口总额"),
            Some("城陵矶综合保税区")
        );
        assert_eq!(at_head("全市开发区规模以上工业增加值"), None);
        assert_eq!(at_head("乌拉盖管理区接待游客"), Some("乌拉盖管理区"));
        // A part of the region by its bearing.
        assert_eq!(at_head("北部地区地区生产总值"), Some("北部地区"));
        assert_eq!(at_head("东北部区域常住人口"), Some("东北部区域"));
        assert_eq!(at_head("中心城区常住人口"), None);
    }
}
