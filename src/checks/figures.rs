//! Consistency of the draft's figures, read from its claims (`numbers/claims.rs`).
//!
//! - `inconsistent_figure`: one indicator given two values in one draft — `全省地区生产总值
//!   达到5.2万亿元。……全省地区生产总值5.3万亿元` (span: the later figure).
//! - `share_over_100`: a share above 100% — `城镇化率达到112%`.
//! - `parts_exceed_total`: parts (`其中…`) that exceed their total — `企业300家，其中独角兽
//!   企业200家、上市企业150家`.
//! - `future_achievement`: an achievement dated after the document's date — in a text dated
//!   2023, `2025年全省…达到…`.
//! - `absurd_number`: a number too long to be a figure (a thousand digits).

use rustc_hash::FxHashMap as HashMap;

use super::{Ctx, Out};
use crate::analysis::{Claim, Kind, Qualifier, Status};
use crate::data;

/// `absurd_number`: a number with too many digits to be checked.
pub fn absurd_number(ctx: &Ctx, out: &mut Out) {
    for f in crate::numbers::claims::findings(ctx.claims) {
        out.orig(f.start, f.end, f.message, f.message_en, None);
    }
}

/// Words of a scope or a verb around an indicator's name that do not change what it names.
const SCOPE: [&str; 10] = [
    "全省", "全市", "全区", "全县", "全国", "我省", "我市", "全州", "本市", "本省",
];
const LEAD: [&str; 8] = ["全年", "累计", "实现", "完成", "达到", "共", "总计", "合计"];
const TAIL: [&str; 12] = [
    "达到", "达", "为", "实现", "完成", "超过", "突破", "累计", "共", "总计", "约", "是",
];

/// An indicator's name as the key two figures must share.
fn key_of(subject: &str) -> Option<String> {
    let mut s = subject.trim();
    for w in SCOPE {
        s = s.strip_prefix(w).unwrap_or(s);
    }
    loop {
        let before = s;
        for w in LEAD {
            s = s.strip_prefix(w).unwrap_or(s);
        }
        if s == before {
            break;
        }
    }
    loop {
        let before = s;
        for w in TAIL {
            s = s.strip_suffix(w).unwrap_or(s);
        }
        if s == before {
            break;
        }
    }
    // A name, not a fragment: four characters at least, none of a list, a clause or
    // another figure (`新增雄鹰企业20家、专精特新企业`).
    let n = s.chars().count();
    if !(4..=16).contains(&n)
        || s.contains(['，', '；', '“', '”', '、'])
        || s.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    Some(s.to_string())
}

/// The unit as written after the number, magnitude included: `5.62万亿元` → `万亿元`.
fn written_unit(text: &str) -> &str {
    let last_digit = text
        .char_indices()
        .rfind(|(_, c)| c.is_ascii_digit())
        .map_or(0, |(i, _)| i + 1);
    text[last_digit..].trim_end_matches(['以', '上', '余', '多', '左', '右'])
}

/// The longest run of Han characters `a` and `b` share (short strings: a name and a
/// context); brackets and digits are not words of a name (`（含不满16周岁）`).
fn common_run(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut best = 0;
    for i in 0..a.len() {
        for j in 0..b.len() {
            let mut k = 0;
            while i + k < a.len()
                && j + k < b.len()
                && a[i + k] == b[j + k]
                && super::util::is_han(a[i + k])
            {
                k += 1;
            }
            best = best.max(k);
        }
    }
    best
}

/// Whether two indicator names share a long ending (four characters or more) after
/// different beginnings: `城镇居民人均可支配收入` and `农村居民人均可支配收入`.
fn distinct_names(a: &str, b: &str) -> bool {
    let common = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (na, nb) = (a.chars().count(), b.chars().count());
    common >= 4 && common < na && common < nb
}

/// The context a figure is named in: up to 30 characters before it and 8 after it, in
/// its sentence (`对3826户监测对象`, `老年人口8.36万人中`).
fn context_of(original: &str, c: &Claim) -> String {
    let stop = |ch: char| matches!(ch, '。' | '；' | '\n' | '！' | '？');
    let before = &original[..c.start];
    let from = before
        .char_indices()
        .rev()
        .take(30)
        .take_while(|(_, ch)| !stop(*ch))
        .last()
        .map_or(c.start, |(i, _)| i);
    let after: String = original[c.end..]
        .chars()
        .take(8)
        .take_while(|ch| !stop(*ch))
        .collect();
    format!("{}|{after}", &original[from..c.start])
}

/// Whether a figure is a count of examples or a part of a whole, not an indicator's value:
/// `武汉超算等13个算力中心` (the listed ones and some more), `其中百亿级项目17个` (a part of
/// the figure before it). Two of those with different numbers are two sets.
fn is_subset(original: &str, c: &Claim) -> bool {
    let before = &original[..c.start];
    if before.ends_with('等') {
        return true;
    }
    let clause = before
        .rfind(['，', '。', '；', '\n', '：'])
        .map_or(before, |i| &before[i..]);
    clause.contains("其中")
}

/// Whole numbers that end in 0 (`20`, `150`): two round figures are two plans or counts,
/// not one figure mistyped (`20个` / `40个`).
fn round(text: &str) -> bool {
    let digits: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    !digits.contains('.') && digits.len() >= 2 && digits.ends_with('0')
}

/// Whether two figures look like one figure mistyped: the same number of digits, and the
/// same digits in another order (`486.2` / `468.2`) or one digit changed (`5.62` / `5.66`).
/// Returns the number of digits, and whether they are the same digits reordered.
fn typo(a: &str, b: &str) -> Option<(usize, bool)> {
    let da: Vec<u8> = a.bytes().filter(u8::is_ascii_digit).collect();
    let db: Vec<u8> = b.bytes().filter(u8::is_ascii_digit).collect();
    if da.len() != db.len() || da.len() < 2 || da == db {
        return None;
    }
    let differ = da.iter().zip(&db).filter(|(x, y)| x != y).count();
    let (mut sa, mut sb) = (da.clone(), db.clone());
    sa.sort_unstable();
    sb.sort_unstable();
    (differ == 1 || sa == sb).then_some((da.len(), sa == sb))
}

/// ```text
/// 全省地区生产总值达到5.2万亿元，同比增长6%。……全省地区生产总值5.3万亿元。 => `5.3万亿元`
/// 全市累计引进各类人才5.8万人。……全市累计引进的5.6万人中…                 => `5.6万人`
/// 报警响应平均用时从120秒压缩至80秒 (one sentence: before and after)         => nothing
/// ```
///
/// Two figures are one indicator's when they have the same unit as written (`万人`), the
/// same status (actual or target), no two different years, and the later one is named
/// like the earlier (its subject, scope and verbs aside, is the same; or the words before
/// it share four characters with that subject). Figures in one sentence (before/after,
/// ranges), approximate figures, parts (`其中`) and figures more than twice apart are not
/// compared.
pub fn inconsistent_figure(ctx: &Ctx, out: &mut Out) {
    let original = ctx.doc.original;
    // Earlier figures by written unit (the last few of each).
    let mut by_unit: HashMap<&str, Vec<(&Claim, Option<String>)>> = HashMap::default();
    for c in ctx.claims {
        if !matches!(c.kind, Kind::Amount | Kind::Rate)
            || c.value.is_none()
            || is_subset(original, c)
        {
            continue;
        }
        let unit = written_unit(&c.text);
        if unit.is_empty() {
            continue;
        }
        let key = c.subject.as_deref().and_then(key_of);
        let v = c.value.unwrap_or(0.0);
        let exact = c.qualifier == Qualifier::Exact;
        let earlier = by_unit.entry(unit).or_default();
        let mut context: Option<String> = None;
        if exact {
            for (a, akey) in earlier.iter().rev() {
                let av = a.value.unwrap_or(0.0);
                if a.status != c.status
                    || a.qualifier != Qualifier::Exact
                    || a.year.is_some() && c.year.is_some() && a.year != c.year
                    || a.region.is_some() && c.region.is_some() && a.region != c.region
                    || (av - v).abs() <= 1e-9 * av.abs().max(v.abs()).max(1.0)
                    || av <= 0.0
                    || v / av > 2.0
                    || av / v > 2.0
                {
                    continue;
                }
                let between = &original[a.end.min(c.start)..c.start];
                if !between.contains(['。', '；', '！', '？']) {
                    continue;
                }
                // Named alike: the same name; or, for a figure that looks mistyped, words
                // of the earlier name around the later one.
                let same_key = key.is_some() && key == *akey;
                // Two names are two indicators (`学前教育毛入园率` / `高等教育毛入学率`,
                // `城镇居民人均可支配收入` / `农村居民人均可支配收入`) unless the digits
                // are one number's reordered (`交通固定资产投资486亿元` / `交通投资468亿元`).
                let two_names = akey.is_some() && key.is_some() && !same_key;
                // Names that end alike and begin differently are two indicators whatever
                // the digits.
                if let (Some(ka), Some(kb)) = (akey.as_deref(), key.as_deref()) {
                    if distinct_names(ka, kb) {
                        continue;
                    }
                }
                // Figures change from period to period: the same name with another number
                // is a slip only at the same time as written (`全年…98.2%` / `全年…97.8%`,
                // not `全年…146个` / `…179个` of another scope); a figure that looks
                // mistyped is one whatever its time.
                let same_time = a.time.is_some() && a.time == c.time;
                let typo = typo(&a.text, &c.text).filter(|&(digits, reordered)| {
                    if two_names {
                        reordered && digits >= 3
                    } else {
                        reordered || !(round(&a.text) && round(&c.text))
                    }
                });
                let named = match typo {
                    _ if same_key && same_time => true,
                    Some((digits, reordered)) => {
                        same_key
                            || a.subject.as_deref().is_some_and(|k| {
                                let ctx_text =
                                    context.get_or_insert_with(|| context_of(original, c));
                                // Three digits reordered is a typo on little evidence
                                // (two characters of the name around a figure with no
                                // name of its own; three beside a name of its own).
                                let need = match (digits >= 3 && reordered, two_names) {
                                    (true, false) => 2,
                                    (true, true) => 3,
                                    _ => 4,
                                };
                                !ctx_text.contains("其中") && common_run(k, ctx_text) >= need
                            })
                    }
                    None => false,
                };
                if named {
                    let name = akey.clone().unwrap_or_default();
                    out.orig(
                        c.start,
                        c.end,
                        format!(
                            "“{name}”前文为“{}”，此处为“{}”，同一指标数值不一致",
                            a.text, c.text
                        ),
                        format!(
                            "“{name}” is “{}” earlier in the draft and “{}” here",
                            a.text, c.text
                        ),
                        None,
                    );
                    break;
                }
            }
        }
        earlier.push((c, key));
        if earlier.len() > 64 {
            earlier.remove(0);
        }
    }
}

/// ```text
/// 全省城镇化率达到112%。 => `112%`
/// 营业收入增长120%。     => nothing (a growth rate)
/// ```
pub fn share_over_100(ctx: &Ctx, out: &mut Out) {
    let words = &data::share_words().entries;
    for c in ctx.claims {
        let Some(v) = c.value else { continue };
        if c.kind != Kind::Rate || c.unit.as_deref() != Some("%") || v <= 100.0 {
            continue;
        }
        let Some(subject) = c.subject.as_deref() else {
            continue;
        };
        let Some(w) = words.iter().find(|w| subject.ends_with(**w)) else {
            continue;
        };
        out.orig(
            c.start,
            c.end,
            format!("“{w}”是占整体的比例，不能超过100%"),
            format!("“{w}” is a share of a whole and cannot exceed 100%"),
            None,
        );
    }
}

/// ```text
/// 培育企业300家，其中独角兽企业200家、上市企业150家。 => `其中独角兽企业200家、上市企业150家`
/// 培育企业300余家，其中独角兽企业5家、上市企业3家。   => nothing
/// ```
pub fn parts_exceed_total(ctx: &Ctx, out: &mut Out) {
    let original = ctx.doc.original;
    let claims = ctx.claims;
    for (i, total) in claims.iter().enumerate() {
        if total.kind != Kind::Amount
            || matches!(
                total.qualifier,
                Qualifier::AtLeast | Qualifier::About | Qualifier::Range
            )
        {
            continue;
        }
        let Some(tv) = total.value else { continue };
        let Some(next) = claims.get(i + 1) else {
            continue;
        };
        let gap = &original[total.end..next.start.max(total.end)];
        let Some(k) = gap.find("其中") else {
            continue;
        };
        if gap.contains(['。', '；', '\n']) {
            continue;
        }
        let mut sum = 0.0;
        let mut last = None;
        let mut any_part_bigger = false;
        // Parts listed as one list (`其中A120家、B80家`) add up; parts in clauses of their own
        // (`其中因私出境16166万人次，赴港澳台出境11271万人次`) may be nested, and only a part
        // bigger than the whole is a slip.
        let mut one_list = true;
        for p in claims[i + 1..].iter().take(64) {
            let between = &original[last.map_or(total.end + k, |l: &Claim| l.end)..p.start];
            if between.contains(['。', '；', '\n']) {
                break;
            }
            // Like with like: levels with a level, changes (`增加429万辆`) with a change.
            if p.kind != Kind::Amount
                || p.unit != total.unit
                || p.value.is_none()
                || is_change(original, p) != is_change(original, total)
            {
                break;
            }
            one_list &= last.is_none() || !between.contains(['，', ',']);
            let pv = p.value.unwrap_or(0.0);
            sum += pv;
            any_part_bigger |= pv > tv * 1.0001;
            last = Some(p);
        }
        let Some(last) = last else { continue };
        if any_part_bigger || one_list && sum > tv * 1.0001 {
            let start = total.end + k;
            let what = if any_part_bigger {
                "分项大于总数"
            } else {
                "分项之和大于总数"
            };
            out.orig(
                start,
                last.end,
                format!(
                    "{what}：总数为“{}”，“其中”所列合计{}",
                    total.text,
                    fmt(sum, total)
                ),
                format!(
                    "The parts listed after 其中 add up to more than the total “{}”",
                    total.text
                ),
                None,
            );
        }
    }
}

/// A change (`增长5%`, `比上年增加1526家`) or a bare change verb before an amount
/// (`保有量19773万辆，增加429万辆`: the claim reader keeps a change without a comparison
/// an amount, but a level and its increase are not parts of each other).
fn is_change(original: &str, c: &Claim) -> bool {
    c.direction.is_some() || {
        let before = original[..c.start].trim_end();
        data::directions().longest_suffix(before).is_some()
    }
}

fn fmt(sum: f64, total: &Claim) -> String {
    let tv = total.value.unwrap_or(1.0);
    // In the total's own magnitude: `300家` → `350家`; `21.8万亿元` → ratio of it.
    let scale = total
        .text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect::<String>()
        .parse::<f64>()
        .ok()
        .filter(|v| *v > 0.0)
        .map_or(1.0, |v| tv / v);
    let v = sum / scale;
    let unit: String = total
        .text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .skip_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    if (v - v.round()).abs() < 1e-9 {
        format!("{}{unit}", v.round() as i64)
    } else {
        format!("{v:.2}{unit}")
    }
}

/// ```text
/// (a text dated 2023) 2025年全省建成5G基站10万个。 => `10万个`
/// (a text dated 2023) 到2025年建成5G基站10万个。   => nothing (a target)
/// ```
pub fn future_achievement(ctx: &Ctx, out: &mut Out) {
    let Some(doc_year) = ctx.doc.meta.year else {
        return;
    };
    for c in ctx.claims {
        let (Some(y), Some(time)) = (c.year, c.time.as_deref()) else {
            continue;
        };
        if c.status != Status::Actual || y <= doc_year || !time.contains(&y.to_string()) {
            continue;
        }
        if [
            "到", "至", "力争", "预计", "计划", "目标", "前", "期间", "以后", "起",
        ]
        .iter()
        .any(|w| time.contains(w))
        {
            continue;
        }
        // A figure of a year's target (`将…的2025年目标由8件提高到10件`, `确保到2025年…`)
        // is no result, whatever its own status says.
        let original = ctx.doc.original;
        let sentence = original[..c.start]
            .rfind(['。', '；', '\n'])
            .map_or(0, |k| {
                k + original[k..].chars().next().map_or(1, char::len_utf8)
            });
        let pre = original.get(sentence..c.start).unwrap_or("");
        if ["目标", "确保", "力争", "争取"]
            .iter()
            .any(|w| pre.contains(w))
        {
            continue;
        }
        out.orig(
            c.start,
            c.end,
            format!("“{time}”的成绩晚于文稿日期（{doc_year}年），请核实"),
            format!("A result dated “{time}”, after the document's date ({doc_year})"),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::table;

    #[test]
    fn inconsistent() {
        table(
            "inconsistent_figure",
            &[
                (
                    "全省地区生产总值达到5.2万亿元，同比增长6%。全省粮食产量稳定。全省地区生产总值达到5.3万亿元。",
                    &["5.3万亿元"],
                ),
                (
                    "全省地区生产总值达到5.2万亿元。全省地区生产总值达到5.2万亿元。",
                    &[],
                ),
                ("报警响应平均用时从120秒压缩至80秒，效率提升。", &[]),
                (
                    "城镇居民人均可支配收入38620元，增长5%。农村居民人均可支配收入36820元，增长7%。",
                    &[],
                ),
                (
                    "全市累计引进各类人才5.8万人。高层次人才总量偏少，全市累计引进的5.6万人中，博士仅占3%。",
                    &["5.6万人"],
                ),
                // Two names, not one figure mistyped; reordered digits are one.
                (
                    "学前教育毛入园率达到95%。高等教育毛入学率达到65%。",
                    &[],
                ),
                (
                    "累计完成交通固定资产投资486亿元。“十四五”以来累计完成交通投资468亿元。",
                    &["468亿元"],
                ),
                // Examples (`等`) and parts (`其中`) are sets of their own.
                (
                    "营业收入过千亿的产业达到17个。武汉超算等13个算力中心投入运营。",
                    &[],
                ),
                (
                    "新开工项目29个，其中百亿级项目21个；新入库项目15个，其中百亿级项目17个。",
                    &[],
                ),
                // Two round figures are two counts; the same name at other times, two
                // figures.
                (
                    "特色产业集聚区加快发展，达到20个。重点支持40个县域特色产业集群建设。",
                    &[],
                ),
                (
                    "全年获得世界冠军146个。残疾人运动员在国际赛事中获得179个世界冠军。",
                    &[],
                ),
                (
                    "全年抽检合格率为98.2%。部分品类不合格问题突出，全年抽检合格率为97.8%。",
                    &["97.8%"],
                ),
            ],
        );
    }

    #[test]
    fn share() {
        table(
            "share_over_100",
            &[
                ("全省常住人口城镇化率达到112%。", &["112%"]),
                ("全省营业收入增长120%。", &[]),
                ("全省常住人口城镇化率达到65%。", &[]),
            ],
        );
    }

    #[test]
    fn parts() {
        table(
            "parts_exceed_total",
            &[
                (
                    "全市培育企业300家，其中独角兽企业200家、上市企业150家。",
                    &["其中独角兽企业200家、上市企业150家"],
                ),
                ("全市培育企业300余家，其中独角兽企业5家、上市企业3家。", &[]),
                ("全市培育企业300家，其中独角兽企业5家、上市企业3家。", &[]),
                // A change is not compared with levels; nested parts only one by one.
                ("民用轿车保有量19773万辆，增加429万辆，其中私人轿车保有量18691万辆，增加487万辆。", &[]),
                ("居民出境16792万人次，其中因私出境16166万人次，赴港澳台出境11271万人次。", &[]),
                ("居民出境1679万人次，其中因私出境16166万人次，赴港澳台出境1127万人次。", &["其中因私出境16166万人次，赴港澳台出境1127万人次"]),
            ],
        );
    }

    #[test]
    fn future() {
        table(
            "future_achievement",
            &[
                (
                    "关于2023年工作的报告\n发布时间：2023-12-01\n2025年全省建成5G基站10万个。",
                    &["10万个"],
                ),
                (
                    "关于2023年工作的报告\n发布时间：2023-12-01\n到2025年，全省建成5G基站10万个。",
                    &[],
                ),
            ],
        );
    }
}
