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

/// A value with its unit as a writer writes it, with the magnitude they would choose
/// (`6万亿元`, `4860.4亿元`, `30629.8亿元`, `240万人`, `4000万亩`; `35146元`, `9200公里`):
/// the largest of 万亿, 亿, 万 that leaves at most two decimal places; a computed value
/// (`4.93万亿元`) rounded to two in its magnitude. Rates, per-unit and time units as they
/// are (`5.5%`, `185000元/人`, `80岁`).
pub fn with_unit(v: f64, unit: Option<&str>) -> String {
    use super::numeral::{decimal_places, scaled};
    let u = match unit.unwrap_or("") {
        "百分点" => "个百分点",
        u => u,
    };
    let scalable = !u.contains([
        '%', '‰', '/', '点', '倍', '岁', '年', '分', '位', '天', '月',
    ]);
    if !scalable || !v.is_finite() || v.abs() < 1e4 {
        return format!("{}{u}", number(v));
    }
    const MAGNITUDES: [(&str, i32); 3] = [("万亿", 12), ("亿", 8), ("万", 4)];
    // (`35146元` stays: 3.5146万 is no shorter.)
    let short = MAGNITUDES.iter().find(|&&(_, k)| {
        let q = scaled(v, -k);
        q.abs() >= 1.0 && decimal_places(q) <= 2
    });
    if let Some(&(w, k)) = short {
        return format!("{}{w}{u}", number(scaled(v, -k)));
    }
    // Many digits and no short form: a computed value, rounded in its magnitude.
    match MAGNITUDES.iter().find(|&&(_, k)| v.abs() >= 10f64.powi(k)) {
        Some(&(w, k)) if decimal_places(v) > 0 || v.abs() >= 1e8 => {
            format!(
                "{}{w}{u}",
                number((v / 10f64.powi(k) * 100.0).round() / 100.0)
            )
        }
        _ => format!("{}{u}", number(v)),
    }
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
        assert_eq!(with_unit(6e12, Some("元")), "6万亿元");
        assert_eq!(with_unit(486040000000.0, Some("元")), "4860.4亿元");
        assert_eq!(with_unit(3062980000000.0, Some("元")), "30629.8亿元");
        assert_eq!(with_unit(250000.0, Some("人")), "25万人");
        assert_eq!(with_unit(35146.0, Some("元")), "35146元");
        assert_eq!(with_unit(9200.0, Some("公里")), "9200公里");
        assert_eq!(with_unit(65.2, Some("%")), "65.2%");
        assert_eq!(with_unit(4933333333333.33, Some("元")), "4.93万亿元");
        assert_eq!(with_unit(152000.0, Some("亩")), "15.2万亩");
    }
}
