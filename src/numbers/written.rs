//! A value as people write it: `2600000000000` 元 → `2.6万亿元`, `2400000` 人 → `240万人`,
//! `4860.4` → `4860.4` (never `4860.400000000001`). One place for every face: the CLI's
//! text, the wasm API's display strings, the reports.

/// The number alone, at most `digits` decimals, without trailing zeros or a float's
/// residue.
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    if v == 0.0 {
        return "0".into();
    }
    // Twelve significant digits: more than any figure of a policy text has, fewer than a
    // binary fraction's residue (`0.1 + 0.2`).
    let mag = v.abs().log10().floor() as i32;
    let decimals = 11i32.saturating_sub(mag).clamp(0, 10) as usize;
    let s = format!("{v:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

/// A value with its unit, the magnitude written as a Chinese text writes it (`万`, `亿`,
/// `万亿`) for money and counts; rates, ratios and physical measures as they are.
pub fn with_unit(v: f64, unit: Option<&str>) -> String {
    let u = unit.unwrap_or("");
    let scalable = u.is_empty()
        || u.ends_with('元')
        || !u.contains(['%', '‰', '/', '点', '倍', '岁', '年', '分', '位'])
            && !matches!(
                u,
                "公里"
                    | "米"
                    | "平方公里"
                    | "平方米"
                    | "亩"
                    | "公顷"
                    | "千瓦"
                    | "千瓦时"
                    | "立方米"
            );
    let a = v.abs();
    let (scale, word) = if !scalable {
        (1.0, "")
    } else if a >= 1e12 && u.ends_with('元') {
        (1e12, "万亿")
    } else if a >= 1e8 {
        (1e8, "亿")
    } else if a >= 1e4 && a.fract() == 0.0 && (u.ends_with('元') || a >= 1e5) {
        (1e4, "万")
    } else {
        (1.0, "")
    };
    let unit = match u {
        "百分点" => "个百分点",
        u => u,
    };
    format!("{}{word}{unit}", number(v / scale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_written() {
        assert_eq!(number(4860.400000000001), "4860.4");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(300000000000.0), "300000000000");
        assert_eq!(number(-0.0), "0");
        assert_eq!(with_unit(2.6e12, Some("元")), "2.6万亿元");
        assert_eq!(with_unit(3e11, Some("元")), "3000亿元");
        assert_eq!(with_unit(4.8604e11, Some("元")), "4860.4亿元");
        assert_eq!(with_unit(2_400_000.0, Some("人")), "240万人");
        assert_eq!(with_unit(185000.0, Some("元/人")), "185000元/人");
        assert_eq!(with_unit(5.5, Some("%")), "5.5%");
        assert_eq!(with_unit(2.0, Some("百分点")), "2个百分点");
        assert_eq!(with_unit(9200.0, Some("公里")), "9200公里");
        assert_eq!(with_unit(25_000_000.0, Some("吨")), "2500万吨");
    }
}
