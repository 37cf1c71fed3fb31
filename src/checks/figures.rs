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
        for w in TAIL {
            s = s.strip_suffix(w).unwrap_or(s);
        }
        if s == before {
            break;
        }
    }
    // A name, not a fragment: four characters at least, none of a list or a clause.
    let n = s.chars().count();
    if !(4..=16).contains(&n) || s.contains(['、', '，', '和', '与', '及', '“', '”']) {
        return None;
    }
    Some(s.to_string())
}

/// What two figures of one indicator share: its name, unit, status (0 actual, 1 target),
/// time and region as written.
type FigureKey<'a> = (String, &'a str, u8, Option<&'a str>, Option<&'a str>);

/// ```text
/// 全省地区生产总值达到5.2万亿元，同比增长6%。……全省地区生产总值5.3万亿元。 => `5.3万亿元`
/// 报警响应平均用时从120秒压缩至80秒 (one sentence: before and after) => nothing
/// ```
pub fn inconsistent_figure(ctx: &Ctx, out: &mut Out) {
    let original = ctx.doc.original;
    let mut seen: HashMap<FigureKey, &Claim> = HashMap::default();
    for c in ctx.claims {
        if !matches!(c.kind, Kind::Amount | Kind::Rate) || c.value.is_none() {
            continue;
        }
        let Some(subject) = c.subject.as_deref() else {
            continue;
        };
        let Some(key) = key_of(subject) else {
            continue;
        };
        let status = match c.status {
            Status::Actual => 0u8,
            Status::Target => 1,
        };
        let k = (
            key,
            c.unit.as_deref().unwrap_or(""),
            status,
            c.time.as_deref(),
            c.region.as_deref(),
        );
        match seen.get(&k) {
            Some(first) => {
                let (a, b) = (first.value.unwrap_or(0.0), c.value.unwrap_or(0.0));
                // Same sentence: a before/after pair, a range, a list.
                let between = &original[first.end.min(c.start)..c.start];
                let same_sentence = !between.contains(['。', '；', '\n', '！', '？']);
                let approx = first.qualifier != Qualifier::Exact || c.qualifier != Qualifier::Exact;
                let differ = (a - b).abs() > 1e-9 * a.abs().max(b.abs()).max(1.0);
                if differ && !same_sentence && !approx {
                    out.orig(
                        c.start,
                        c.end,
                        format!(
                            "“{}”前文为“{}”，此处为“{}”，同一指标数值不一致",
                            k.0, first.text, c.text
                        ),
                        format!(
                            "“{}” is “{}” earlier in the draft and “{}” here",
                            k.0, first.text, c.text
                        ),
                        None,
                    );
                }
            }
            None => {
                seen.insert(k, c);
            }
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
        for p in &claims[i + 1..] {
            let between = &original[last.map_or(total.end + k, |l: &Claim| l.end)..p.start];
            if between.contains(['。', '；', '\n']) {
                break;
            }
            if p.kind != Kind::Amount || p.unit != total.unit || p.value.is_none() {
                break;
            }
            let pv = p.value.unwrap_or(0.0);
            sum += pv;
            any_part_bigger |= pv > tv * 1.0001;
            last = Some(p);
        }
        let Some(last) = last else { continue };
        if sum > tv * 1.0001 {
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
