//! Which plan target a claim speaks to: indicator similarity (character bigrams of the
//! claim's subject against the target's indicator and its aliases — robust to paraphrase
//! such as `城镇化率` ↔ `常住人口城镇化率` without depending on jieba's dictionary), with
//! units that can be compared (`%` and `百分点` never mixed; counts with counts). At most
//! one target per claim: the most similar one.

use std::sync::OnceLock;

use crate::analysis::{Claim, Kind};
use crate::data;
use crate::numbers::units::{self, Class};
use crate::plan::model::{Plan, Target};

/// A target prepared for matching.
pub struct Entry {
    /// The indicator and each alias.
    names: Vec<Name>,
    unit: UnitFamily,
    /// The indicator is itself a change ([`names_a_change`]), decided once per plan: every
    /// claim of every analysis asks.
    change: bool,
}

/// A name prepared for matching: its bigrams, and what makes names alike in letters
/// different indicators.
struct Name {
    bigrams: Vec<u64>,
    /// The numeral after `第` (`第三产业增加值` → 三): `第一产业增加值` is another indicator.
    ordinal: Option<char>,
    /// Per head of population (`人均`, `每万人口`): `人均地区生产总值` is not `地区生产总值`,
    /// `发明专利授权量` not `每万人口高价值发明专利拥有量`.
    per_capita: bool,
    /// Per unit of output (`单位国内生产总值二氧化碳排放`, `万元GDP用水量`): an intensity,
    /// never the output itself (`国内生产总值`).
    per_unit: bool,
    /// The part of the whole it is about (`城镇`, `农村`, `乡村`): `城镇消费品零售额` is a
    /// part of `社会消费品零售总额`, `城镇居民人均可支配收入` of `居民人均可支配收入`.
    parts: Vec<&'static str>,
    /// What a share is of (`民营经济增加值` in `民营经济增加值占地区生产总值比重`): two
    /// shares of the same whole are alike in most of their letters, yet differ in this.
    share_of: Option<Vec<u64>>,
    /// The name in one form, its name characters only, for comparing heads and tails.
    form: Vec<char>,
    /// The part of a place it is about (`中心城区`, `主城区`): `中心城区常住人口` is not
    /// `常住人口`, either way round.
    area: Option<&'static str>,
    /// Says it is about the whole (`全体居民人均可支配收入`): no part's indicator.
    whole: bool,
}

/// Words that name a part of a population or an economy.
const PART_WORDS: [&str; 4] = ["城镇", "农村", "乡村", "城市"];

/// Whether `word` (of [`PART_WORDS`]) names a part in `name`: `城市` does only before the
/// people it counts (`城市居民`, `城市人口`); it is as often the first word of a thing
/// (`城市轨道交通运营里程`, `城市绿道`), which the plan may name without it.
fn names_part(name: &str, word: &str) -> bool {
    match word {
        "城市" => name.match_indices(word).any(|(at, _)| {
            ["居民", "人口"]
                .iter()
                .any(|p| name[at + word.len()..].starts_with(p))
        }),
        _ => name.contains(word),
    }
}

/// Words that name part of a place, longest first: a figure with one is for that part.
const AREA_WORDS: [&str; 5] = ["中心城区", "主城区", "城区", "市区", "县城"];

/// Whether two names differ in what they count, though they end alike: the same tail of
/// two or more characters after heads that share no two characters in a row (`粮食播种面积`
/// and `水稻播种面积`, `粮食产量` and `油料产量`). A head one of them lacks is no difference
/// (`调查失业率`, `城镇调查失业率`), nor is a head that says what was done
/// (`建成高标准农田`, `建设高标准农田`: a lead verb of `data/lead_words.tsv`).
fn other_heads(a: &[char], b: &[char]) -> bool {
    let tail = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ha, hb) = (&a[..a.len() - tail], &b[..b.len() - tail]);
    // The lead-word lookup last: it allocates, and most pairs are told apart before it.
    // A head that ends in a verb says what was done, unless the character after it makes
    // the verb a noun (`服务` + `业`, a suffix of `data/lead_words.tsv`).
    let thing = |name: &[char], head: usize| {
        let lead = data::lead_words();
        let class = |n: usize| {
            lead.longest_suffix(&name[..n].iter().collect::<String>())
                .map(|(_, c)| c)
        };
        let verb = class(head).is_some_and(|c| c != "suffix");
        !verb || head < name.len() && class(head + 1) == Some("suffix")
    };
    tail >= 2
        && ha.len() >= 2
        && hb.len() >= 2
        && !ha.windows(2).any(|x| hb.windows(2).any(|y| x == y))
        && thing(a, ha.len())
        && thing(b, hb.len())
}

/// Whether two names differ in what they measure, though they begin alike: the same head
/// of two or more characters, then tails of two or more that share no two characters in a
/// row (`规模以上工业发电量` and `规模以上工业增加值`, `森林覆盖率` and `森林蓄积量`). A tail
/// one of them lacks is no difference (`高新技术企业`, `高新技术企业数量`), nor is a change
/// word (`地区生产总值增长`).
/// Words for how many or how much of a thing: `高新技术企业总数` is `高新技术企业数量`.
const COUNT_WORDS: [&str; 8] = [
    "数量", "总数", "个数", "家数", "数目", "总量", "规模", "总额",
];

fn other_tails(a: &[char], b: &[char]) -> bool {
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ta, tb) = (&a[head..], &b[head..]);
    // A change word, or a word for how many (`总数`, `数量`): no other measure.
    let change = |t: &[char]| {
        let t: String = t.iter().collect();
        data::directions().contains(&t) || COUNT_WORDS.contains(&t.as_str())
    };
    head >= 2
        && ta.len() >= 2
        && tb.len() >= 2
        && !ta.windows(2).any(|x| tb.windows(2).any(|y| x == y))
        && !change(ta)
        && !change(tb)
}

impl Name {
    fn new(name: &str) -> Name {
        let ordinal = name.find('第').and_then(|at| {
            name[at + '第'.len_utf8()..]
                .chars()
                .next()
                .filter(|c| "一二三四五六七八九十".contains(*c) || c.is_ascii_digit())
        });
        let form = in_one_form(name);
        let share_of = form
            .find('占')
            .filter(|&at| at > 0 && ["比重", "比例"].iter().any(|w| form[at..].contains(w)))
            .map(|at| bigrams(&form[..at]));
        Name {
            share_of,
            bigrams: bigrams(&form),
            form: form.chars().filter(|&c| is_name_char(c)).collect(),
            area: AREA_WORDS.into_iter().find(|w| name.contains(w)),
            whole: name.contains("全体"),
            ordinal,
            per_capita: name.contains("人均")
                || name.starts_with('每')
                || name.contains("每万")
                || name.contains("每千"),
            per_unit: name.starts_with("单位") || name.contains("万元"),
            parts: PART_WORDS
                .into_iter()
                .filter(|w| names_part(name, w))
                .collect(),
        }
    }

    /// How alike a claim's subject (`self`) is to a target's name, 0 when they name
    /// different indicators however alike their letters.
    fn score(&self, name: &Name) -> f64 {
        let other_ordinal =
            self.ordinal.is_some() && name.ordinal.is_some() && self.ordinal != name.ordinal;
        let other_part = self.parts.iter().any(|p| !name.parts.contains(p))
            || self.whole && !name.parts.is_empty();
        if other_ordinal
            || other_part
            || self.area != name.area
            || other_heads(&self.form, &name.form)
            || other_tails(&self.form, &name.form)
            || self.per_capita != name.per_capita
            || self.per_unit != name.per_unit
        {
            return 0.0;
        }
        if let (Some(a), Some(b)) = (&self.share_of, &name.share_of) {
            if similarity(a, b) < MATCH_AT {
                return 0.0;
            }
        }
        similarity(&self.bigrams, &name.bigrams)
    }
}

/// `name` with each word of `data/name_forms.tsv` in its first form
/// (`单位GDP能耗` → `单位地区生产总值能源消耗`): at each place the longest word of the
/// table that starts there, so `地区生产总值` stays itself rather than gaining a second
/// `地区` from `生产总值`.
fn in_one_form(name: &str) -> String {
    static T: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let table = T.get_or_init(|| {
        let mut t: Vec<_> = data::rows(include_str!("../../data/name_forms.tsv"))
            .flat_map(|r| {
                let form = r[0];
                r.iter().map(move |v| (*v, form)).collect::<Vec<_>>()
            })
            .collect();
        t.sort_by_key(|(v, _)| std::cmp::Reverse(v.len()));
        t
    });
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(c) = rest.chars().next() {
        match table.iter().find(|(v, _)| rest.starts_with(v)) {
            Some((v, form)) => {
                out.push_str(form);
                rest = &rest[v.len()..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// Units that can be compared with each other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitFamily {
    Percent,
    Points,
    Count,
    None,
    Other(String),
}

/// Counts of people or of times are not counts of things (`万人` is not `个`), and a
/// classifier that names its thing's kind counts only that (`34.4万辆` of cars is not
/// `14.2万个` charging posts).
const NOT_THINGS: [&str; 12] = [
    "人", "人次", "次", "天次", "车次", "架次", "辆", "艘", "架", "台", "头", "只",
];

/// A unit's family, by the claims' unit table (`data/units.tsv`): `个`, `家`, `所` count the
/// same kind of thing in different words; `千米` is `公里`; `%` and `百分点` never mix.
pub fn family(unit: Option<&str>) -> UnitFamily {
    let Some(u) = unit.filter(|u| !u.is_empty()) else {
        return UnitFamily::None;
    };
    let Some(known) = units::unit_at(u).filter(|x| x.written.len() == u.len()) else {
        return UnitFamily::Other(u.to_string());
    };
    match known.class {
        Class::Percent => UnitFamily::Percent,
        Class::Points => UnitFamily::Points,
        Class::Count if !NOT_THINGS.contains(&known.base) => UnitFamily::Count,
        _ => UnitFamily::Other(common_unit(known.base).0.to_string()),
    }
}

/// The unit a figure is compared in, and what one of `unit` is in it
/// (`data/unit_conversions.tsv`: `斤` → (吨, 0.0005), `公顷` → (亩, 15)); a unit with no
/// conversion is its own.
pub fn common_unit(unit: &str) -> (&str, f64) {
    static T: OnceLock<Vec<(&'static str, &'static str, f64)>> = OnceLock::new();
    let table = T.get_or_init(|| {
        data::rows(include_str!("../../data/unit_conversions.tsv"))
            .map(|r| {
                let factor = r.get(2).and_then(|f| f.parse().ok());
                let factor = factor.unwrap_or_else(|| panic!("data/unit_conversions.tsv: {r:?}"));
                (r[0], r[1], factor)
            })
            .collect()
    });
    table
        .iter()
        .find(|(from, _, _)| *from == unit)
        .map_or((unit, 1.0), |&(_, to, f)| (to, f))
}

/// A claim's value in the target's unit (`550亿斤` against a target in 万吨: 27500000).
pub fn in_target_unit(value: f64, claim_unit: Option<&str>, target_unit: Option<&str>) -> f64 {
    let factor = |u: Option<&str>| u.map_or(1.0, |u| common_unit(u).1);
    let (from, to) = (factor(claim_unit), factor(target_unit));
    if from == to {
        value
    } else {
        value * from / to
    }
}

/// Whether a character counts in a name: CJK ideographs, ASCII letters and digits (a
/// cheaper test than `char::is_alphanumeric`, whose tables are slow for CJK).
pub fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || crate::text::chars::is_han(c)
}

/// Character bigrams of the CJK and alphanumeric characters of `s`, sorted.
pub fn bigrams(s: &str) -> Vec<u64> {
    let chars: Vec<char> = s.chars().filter(|&c| is_name_char(c)).collect();
    let mut out: Vec<u64> = chars
        .windows(2)
        .map(|w| (u64::from(u32::from(w[0])) << 32) | u64::from(u32::from(w[1])))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn common(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// How alike a claim's subject and a target's name are: the share of the subject's bigrams
/// the name has, or their Dice coefficient, whichever is higher; 0 when they share fewer
/// than [`MIN_COMMON`] bigrams (one shared word such as `发展` is no match).
fn similarity(subject: &[u64], name: &[u64]) -> f64 {
    let shared = common(subject, name);
    if shared < MIN_COMMON || subject.is_empty() {
        return 0.0;
    }
    let cover = shared as f64 / subject.len() as f64;
    let dice = 2.0 * shared as f64 / (subject.len() + name.len()) as f64;
    cover.max(dice)
}

/// The aliases `data/indicator_aliases.tsv` gives an indicator.
pub fn aliases_of(indicator: &str) -> Vec<String> {
    static T: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    let table = T.get_or_init(|| {
        data::rows(include_str!("../../data/indicator_aliases.tsv"))
            .map(|r| {
                (
                    r[0],
                    r.get(1)
                        .map_or(Vec::new(), |a| a.split_whitespace().collect()),
                )
            })
            .collect()
    });
    // An indicator that is a share or an intensity of the thing (`…占地区生产总值比重`,
    // `单位地区生产总值能耗`, `人均地区生产总值`) is not the thing: its names are not
    // the indicator's (like with like).
    let is_the_thing = |name: &str| {
        indicator.match_indices(name).any(|(at, _)| {
            !["占", "单位", "人均", "每万人", "万元"]
                .iter()
                .any(|w| indicator[..at].ends_with(w))
        })
    };
    table
        .iter()
        .filter(|(name, _)| is_the_thing(name))
        .flat_map(|(_, aliases)| aliases.iter().map(|a| a.to_string()))
        .collect()
}

pub fn index(plan: &Plan) -> Vec<Entry> {
    plan.targets
        .iter()
        .map(|t| {
            let own = Name::new(&t.indicator);
            // An alias names the same part of the whole as the indicator does
            // (`人均可支配收入` for 农村居民人均可支配收入 is the rural residents' still).
            let aliases: Vec<Name> = t
                .aliases
                .iter()
                .chain(aliases_of(&t.indicator).iter())
                .map(|a| {
                    let mut n = Name::new(a);
                    if n.parts.is_empty() {
                        n.parts.clone_from(&own.parts);
                    }
                    n
                })
                .collect();
            let mut names = vec![own];
            names.extend(aliases);
            Entry {
                names,
                unit: family(t.unit.as_deref()),
                change: names_a_change(&t.indicator),
            }
        })
        .collect()
}

/// Whether a claim's unit (its family `c`) can be compared with a target's.
fn units_fit(claim: &Claim, c: &UnitFamily, t: &Target, e: &Entry) -> bool {
    // A target stated in words (`与经济增长同步`) names growth rates for its indicator, to
    // be shown as not comparable.
    if t.target.is_none() && t.growth.is_none() && t.note.is_some() && is_growth(claim) {
        return true;
    }
    if t.growth.is_some() && (t.target.is_none() || is_growth(claim)) {
        // A growth target takes growth rates, never a level (研发投入强度 2.52% is not
        // 研发经费投入增长).
        return is_growth(claim);
    }
    // A change (`增长9.9%`, `比上年末增加2.0万个`) is not a level: it answers a target that
    // is itself a change (`单位地区生产总值能耗降低`, `新增…`, a five-year total), not
    // `技改投资占工业投资比重` or `5G基站`.
    if claim.kind == Kind::Change && !t.cumulative && !e.change {
        return false;
    }
    match (c, &e.unit) {
        (UnitFamily::None, _) | (_, UnitFamily::None) => false,
        (a, b) => a == b,
    }
}

/// An indicator that is itself a change: `单位地区生产总值能耗降低`, `城镇新增就业`,
/// `地区生产总值增长`.
fn names_a_change(indicator: &str) -> bool {
    // `增加值` (value added) is a level, whatever its 增加.
    let indicator = &indicator.replace("增加值", "");
    indicator.contains("新增") || {
        let words = data::change_words();
        (0..indicator.len())
            .filter(|&i| indicator.is_char_boundary(i))
            .any(|i| words.longest_prefix(&indicator[i..]).is_some())
    }
}

/// A growth rate: a change in % (`增长8.8%`).
pub fn is_growth(claim: &Claim) -> bool {
    claim.kind == Kind::Change && family(claim.unit.as_deref()) == UnitFamily::Percent
}

/// Words before a subject that say how or where a figure is stated, not what it is
/// (`确保2025年全省高铁营业里程` → 高铁营业里程). `新增` is not one: an increase
/// (`新增高铁运营里程`) is another indicator than the level.
const SUBJECT_LEADS: [&str; 19] = [
    "确保",
    "力争",
    "争取",
    "预计",
    "实现",
    "达到",
    "全省",
    "全市",
    "我省",
    "我市",
    "每年",
    "年均",
    "累计",
    "其中",
    "到",
    "为",
    "建议将",
    "建议",
    "全年",
];

/// A subject (or an indicator read from prose) without its leading goal words, scope words
/// and years (`2025年`, `2021—2022年`; not the `5` of `5G基站`). The one place for this rule:
/// the plan's prose targets and the matching of claims both use it.
pub fn subject_core(subject: &str) -> &str {
    let mut s = subject.trim();
    loop {
        let before = s.len();
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 4 {
            let rest = s[4..].trim_start_matches(['—', '-', '～', '至']);
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            if let Some(after) = rest.strip_prefix('年') {
                s = after;
            }
        }
        for w in SUBJECT_LEADS {
            s = s.strip_prefix(w).unwrap_or(s).trim_start();
        }
        if s.len() == before {
            break;
        }
    }
    // A target of the indicator (`旅游总收入目标调整为180亿元`, `高新技术企业数目标由80家
    // 提高到90家`) is about the indicator.
    match s.find("目标") {
        Some(at) if at > 0 => &s[..at],
        _ => s,
    }
}

/// How alike two indicator names are (0 when they name different indicators however alike
/// their letters: another part, head or tail): the plan reader's test of a goal stated
/// twice.
pub fn name_score(a: &str, b: &str) -> f64 {
    let (a, b) = (Name::new(a), Name::new(b));
    a.score(&b).min(b.score(&a))
}

/// How alike a subject and a name must be to match.
const MATCH_AT: f64 = 0.6;

/// Words a match must not rest on alone: they name almost every indicator.
const MIN_COMMON: usize = 2;

/// The best target for `claim`, with the similarity it scored.
pub fn best(claim: &Claim, plan: &Plan, entries: &[Entry]) -> Option<(usize, f64)> {
    // Ranks never; ratios only with a ratio target (`城乡居民收入比 2.2:1`, by their unit).
    if claim.kind == Kind::Rank || claim.value.is_none() {
        return None;
    }
    let subject = subject_core(claim.subject.as_deref()?);
    // The place a figure is for is not what it is (`南昌市地区生产总值`): whether the
    // place is the plan's is the verdict's question.
    // A target may be set for that place itself (`桐川经济开发区营业收入`): the subject
    // with its place is tried too.
    let (subject, whole) = match crate::numbers::context::place::at_head(subject) {
        Some(place) if subject.len() > place.len() => {
            (&subject[place.len()..], Some(Name::new(subject)))
        }
        _ => (subject, None),
    };
    let name = Name::new(subject);
    if name.bigrams.len() < MIN_COMMON {
        return None;
    }
    let unit = family(claim.unit.as_deref());
    if unit == UnitFamily::None {
        return None;
    }
    let mut best: Option<(usize, f64)> = None;
    for (k, (t, e)) in plan.targets.iter().zip(entries).enumerate() {
        if !units_fit(claim, &unit, t, e) {
            continue;
        }
        let score = e
            .names
            .iter()
            .map(|n| {
                let with_place = whole.as_ref().map_or(0.0, |w| w.score(n));
                name.score(n).max(with_place)
            })
            .fold(0.0, f64::max);
        if score >= MATCH_AT && best.is_none_or(|(_, s)| score > s) {
            best = Some((k, score));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bigram_similarity() {
        assert_eq!(
            similarity(&bigrams("城镇化率"), &bigrams("常住人口城镇化率")),
            1.0
        );
        let score = |a: &str, b: &str| Name::new(a).score(&Name::new(b));
        assert!(score("第三产业增加值", "第三产业增加值") > 0.9);
        assert_eq!(score("第一产业增加值", "第三产业增加值"), 0.0);
        assert_eq!(score("城镇消费品零售额", "社会消费品零售总额"), 0.0);
        assert!(score("调查失业率", "城镇调查失业率") > 0.9);
        assert_eq!(score("发明专利授权量", "每万人口高价值发明专利拥有量"), 0.0);
        assert_eq!(score("人均地区生产总值", "地区生产总值"), 0.0);
        assert_eq!(score("国内生产总值", "单位国内生产总值二氧化碳排放"), 0.0);
        assert_eq!(
            score(
                "民营经济增加值占地区生产总值比重",
                "数字经济核心产业增加值占GDP比重"
            ),
            0.0
        );
        assert!(score("单位地区生产总值能耗", "单位GDP能源消耗降低") > 0.6);
        assert_eq!(score("粮食播种面积", "水稻播种面积"), 0.0);
        assert_eq!(score("常住人口", "中心城区常住人口"), 0.0);
        assert!(score("港口完成集装箱吞吐量", "港口集装箱吞吐量") > 0.6);
        assert!(score("建成高标准农田", "建设高标准农田") > 0.6);
        assert_eq!(
            score("全体居民人均可支配收入", "农村居民人均可支配收入"),
            0.0
        );
        assert_eq!(score("服务业增加值", "规模以上工业增加值"), 0.0);
        assert_eq!(score("规模以上工业发电量", "规模以上工业增加值"), 0.0);
        assert!(score("高新技术企业", "高新技术企业数量") > 0.6);
        assert!(score("高新技术企业总数", "高新技术企业数量") > 0.6);
        assert_eq!(in_one_form("地区生产总值"), "地区生产总值");
        assert_eq!(in_one_form("单位GDP能耗"), "单位地区生产总值能源消耗");
        assert_ne!(family(Some("辆")), family(Some("个")));
        assert_eq!(family(Some("斤")), family(Some("吨")));
        assert_eq!(family(Some("公顷")), family(Some("亩")));
        assert_eq!(in_target_unit(5.5e10, Some("斤"), Some("吨")), 2.75e7);
        assert_eq!(in_target_unit(2.8e6, Some("公顷"), Some("亩")), 4.2e7);
        assert_eq!(in_target_unit(3.0, Some("吨"), Some("吨")), 3.0);
        assert!(names_a_change("单位地区生产总值能耗降低") && names_a_change("城镇新增就业"));
        assert!(!names_a_change("技改投资占工业投资比重"));
        assert!(!names_a_change("数字经济核心产业增加值占GDP比重"));
        assert_eq!(
            similarity(&bigrams("森林覆盖率"), &bigrams("常住人口城镇化率")),
            0.0
        );
        assert!(similarity(&bigrams("地区生产总值"), &bigrams("地区生产总值增长")) > 0.9);
        assert_eq!(family(Some("家")), family(Some("个")));
        assert_ne!(family(Some("%")), family(Some("百分点")));
        assert!(aliases_of("常住人口城镇化率").contains(&"城镇化水平".to_string()));
        assert_eq!(subject_core("确保2025年全省高铁营业里程"), "高铁营业里程");
        assert_eq!(subject_core("累计城镇新增就业"), "城镇新增就业");
        assert_eq!(subject_core("2021—2022年全省粮食总产量"), "粮食总产量");
        assert_eq!(subject_core("5G基站累计建成"), "5G基站累计建成");
        assert_eq!(subject_core("建议将2030年旅游总收入目标调整"), "旅游总收入");
    }
}
