//! Numerals, and nothing else: Arabic (`1,400`, `21.8`, `.46`), Chinese (`二十三`,
//! `两千零五`, `十余`), and the magnitudes that follow them (`万`, `亿`, `万亿`).
//!
//! Pure functions over a `&str` that return the value and the byte length read, so the
//! claim scanner can try them at any position. No unit, qualifier or context here.

/// A numeral read at the start of a string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub value: f64,
    /// Bytes read.
    pub len: usize,
    /// Written in Chinese characters (`二十`), not Arabic digits.
    pub chinese: bool,
    /// Digits before the decimal point (Arabic only; 0 for Chinese): a year is four.
    pub int_digits: usize,
    /// Has a decimal point.
    pub decimal: bool,
    /// Too many digits to be a real figure (a thousand-digit number): `value` is not usable.
    pub absurd: bool,
}

/// More integer digits than any real figure has (10^20 is beyond any economy's yuan).
const MAX_DIGITS: usize = 20;

/// Reads an Arabic numeral: digits with optional thousands separators (`1,400`: a comma
/// after one to three leading digits, each followed by exactly three digits) and an
/// optional decimal part.
pub fn arabic(s: &str) -> Option<Numeral> {
    let b = s.as_bytes();
    let run = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let lead = run(0);
    if lead == 0 {
        return None;
    }
    let mut digits = s[..lead].to_string();
    let mut i = lead;
    if lead <= 3 {
        while b.get(i) == Some(&b',') && run(i + 1) == 3 {
            digits.push_str(&s[i + 1..i + 4]);
            i += 4;
        }
    }
    let int_digits = digits.trim_start_matches('0').len().max(1);
    let mut decimal = false;
    if b.get(i) == Some(&b'.') && run(i + 1) > 0 {
        decimal = true;
        let n = run(i + 1);
        digits.push_str(&s[i..i + 1 + n]);
        i += 1 + n;
    }
    let absurd = int_digits > MAX_DIGITS || digits.len() > 60;
    let value = if absurd {
        f64::NAN
    } else {
        digits.parse::<f64>().ok()?
    };
    Some(Numeral {
        value,
        len: i,
        chinese: false,
        int_digits,
        decimal,
        absurd,
    })
}

/// The value of one Chinese digit character.
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// Reads a Chinese numeral below 万 (`二十三`, `两千零五`, `十`, `百`), or a run of digit
/// characters (`二〇三五` as written in years). Magnitudes 万/亿 are read by [`magnitude`],
/// so `三万五千` is read as `三` + `万`… and joined by the caller through [`chinese`].
fn chinese_below_wan(s: &str) -> Option<(f64, usize)> {
    let mut total: u64 = 0;
    let mut digit: Option<u32> = None;
    let mut len = 0;
    let mut run_digits = 0; // consecutive digit characters (二〇三五)
    let mut run_value: u64 = 0;
    let mut saw_unit = false;
    for (i, c) in s.char_indices() {
        if let Some(d) = chinese_digit(c) {
            if digit.is_some() && !saw_unit {
                // Digit after digit: a digit-by-digit numeral (二〇三五).
                run_digits += 1;
                run_value = run_value.saturating_mul(10).saturating_add(d as u64);
                digit = Some(d);
                len = i + c.len_utf8();
                continue;
            }
            if run_digits == 0 {
                run_value = d as u64;
            }
            run_digits = if digit.is_none() && !saw_unit {
                1
            } else {
                run_digits
            };
            digit = Some(d);
            len = i + c.len_utf8();
        } else if let Some(u) = small_unit(c) {
            if run_digits > 1 {
                break;
            }
            let d = match digit.take() {
                Some(d) => d,
                None if total == 0 && !saw_unit => 1, // 十 = 10, 百 = 100
                None => break,                        // 十百: not a numeral
            };
            total += (d * u) as u64;
            saw_unit = true;
            run_digits = 0;
            len = i + c.len_utf8();
        } else {
            break;
        }
    }
    if len == 0 {
        return None;
    }
    if run_digits > 1 {
        return Some((run_value as f64, len));
    }
    total += digit.unwrap_or(0) as u64;
    Some((total as f64, len))
}

/// A magnitude at the start of `s`: `万亿` (1e12), `千亿`, `百亿`, `十亿`, `亿`, `千万`,
/// `百万`, `十万`, `万`, and `千`/`百` after an Arabic number (`4千`, a style fault
/// the checks report, but its value is still 4000).
pub fn magnitude(s: &str) -> Option<(f64, usize)> {
    const TABLE: [(&str, f64); 11] = [
        ("万亿", 1e12),
        ("千亿", 1e11),
        ("百亿", 1e10),
        ("十亿", 1e9),
        ("亿", 1e8),
        ("千万", 1e7),
        ("百万", 1e6),
        ("十万", 1e5),
        ("万", 1e4),
        ("千", 1e3),
        ("百", 1e2),
    ];
    TABLE
        .iter()
        .find(|(w, _)| s.starts_with(w))
        .map(|&(w, f)| (f, w.len()))
}

/// Reads a Chinese numeral with magnitudes and decimals (`三万五千`, `二十亿`,
/// `五万五千八百零三亿七千万`, `百分之九十三点八` after its `百分之`, `三点四`), without a
/// unit. Stops before anything that is not part of the numeral.
///
/// 亿 multiplies everything read before it (`五万五千八百零三亿` is 55803 亿), 万 only
/// the group below 万 before it; a `零` opening a group marks a gap (`六万零一十二亿`).
pub fn chinese(s: &str) -> Option<Numeral> {
    let (first, mut len) = chinese_below_wan(s)?;
    let (mut value, mut decimal) = (first, false);
    if let Some((f, l)) = chinese_decimals(&s[len..]) {
        value += f;
        len += l;
        decimal = true;
    }
    let mut above_yi = 0.0; // groups multiplied by 亿 (or 万亿)
    let mut wan = 0.0; // the groups multiplied by 万 since
    while let Some((f, mlen)) = big_magnitude(&s[len..]) {
        len += mlen;
        if f >= 1e8 {
            above_yi += (wan + value) * f;
            wan = 0.0;
        } else {
            wan += value * f;
        }
        value = 0.0;
        let rest = &s[len..];
        let gap = if rest.starts_with('零')
            && rest['零'.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|c| chinese_digit(c).is_some())
        {
            '零'.len_utf8()
        } else {
            0
        };
        match chinese_below_wan(&rest[gap..]) {
            Some((v, l)) => {
                value = v;
                len += gap + l;
                if let Some((f, l)) = chinese_decimals(&s[len..]) {
                    value += f;
                    len += l;
                    decimal = true;
                }
            }
            None => break,
        }
    }
    Some(Numeral {
        value: above_yi + wan + value,
        len,
        chinese: true,
        int_digits: 0,
        decimal,
        absurd: false,
    })
}

/// `点八`, `点一一`: the decimals of a Chinese numeral (0.8, 0.11), and their length.
fn chinese_decimals(s: &str) -> Option<(f64, usize)> {
    let rest = s.strip_prefix('点')?;
    let (mut digits, mut scale, mut len) = (0u64, 1u64, '点'.len_utf8());
    for c in rest.chars().take(12) {
        let Some(d) = chinese_digit(c).filter(|_| c != '两') else {
            break;
        };
        digits = digits * 10 + u64::from(d);
        scale *= 10;
        len += c.len_utf8();
    }
    (scale > 1).then(|| (digits as f64 / scale as f64, len))
}

fn big_magnitude(s: &str) -> Option<(f64, usize)> {
    if s.starts_with("万亿") {
        Some((1e12, "万亿".len()))
    } else if s.starts_with('亿') {
        Some((1e8, '亿'.len_utf8()))
    } else if s.starts_with('万') {
        Some((1e4, '万'.len_utf8()))
    } else {
        None
    }
}

/// Decimal places `x` is written with (`3.83` → 2, `59` → 0), up to 9: the shortest
/// decimal that is `x`.
pub fn decimal_places(x: f64) -> i32 {
    (0..9)
        .find(|&d| {
            // Within the float's own error of an integer (a relative tolerance any looser
            // takes 493333333.33 for an integer).
            let y = x * 10f64.powi(d);
            (y.round() - y).abs() <= 8.0 * f64::EPSILON * y.abs().max(1.0)
        })
        .unwrap_or(9)
}

/// `x × 10^k` as the decimal it is (`4860.4` × 10⁸ = 486040000000, where the float
/// product is 486039999999.99994): the digits as an integer, then shifted.
pub fn scaled(x: f64, k: i32) -> f64 {
    let d = decimal_places(x);
    let digits = (x * 10f64.powi(d)).round();
    if k >= d {
        digits * 10f64.powi(k - d)
    } else {
        digits / 10f64.powi(d - k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_numerals() {
        let cases: &[(&str, Option<(f64, usize)>)] = &[
            ("21.8万亿元", Some((21.8, 4))),
            ("1,400亿", Some((1400.0, 5))),
            ("1,234,567元", Some((1234567.0, 9))),
            ("12,34", Some((12.0, 2))),
            ("3708", Some((3708.0, 4))),
            ("0.5", Some((0.5, 3))),
            ("5.", Some((5.0, 1))),
            ("abc", None),
        ];
        let mut bad = Vec::new();
        for (s, want) in cases {
            let got = arabic(s).map(|n| (n.value, n.len));
            if got != *want {
                bad.push(format!("{s}: want {want:?}, got {got:?}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
        assert!(arabic(&"9".repeat(1000)).unwrap().absurd);
    }

    #[test]
    fn chinese_numerals() {
        let cases: &[(&str, Option<(f64, &str)>)] = &[
            ("三", Some((3.0, "三"))),
            ("十", Some((10.0, "十"))),
            ("十二个", Some((12.0, "十二"))),
            ("二十三", Some((23.0, "二十三"))),
            ("一百二十", Some((120.0, "一百二十"))),
            ("两千零五", Some((2005.0, "两千零五"))),
            ("三万五千", Some((35000.0, "三万五千"))),
            ("二十亿元", Some((2e9, "二十亿"))),
            ("二〇三五年", Some((2035.0, "二〇三五"))),
            ("百", Some((100.0, "百"))),
            ("九十三点八", Some((93.8, "九十三点八"))),
            ("三点四个百分点", Some((3.4, "三点四"))),
            ("零点八个", Some((0.8, "零点八"))),
            ("四十二点一一", Some((42.11, "四十二点一一"))),
            ("四点五亿元", Some((4.5e8, "四点五亿"))),
            (
                "五万五千八百零三亿七千万元",
                Some((5580370000000.0, "五万五千八百零三亿七千万")),
            ),
            (
                "六万零一十二亿九千七百万元",
                Some((6001297000000.0, "六万零一十二亿九千七百万")),
            ),
            ("一百一十四万亿元", Some((1.14e14, "一百一十四万亿"))),
            ("八千五百万", Some((8.5e7, "八千五百万"))),
            ("三点", Some((3.0, "三"))),
            ("改革", None),
        ];
        let mut bad = Vec::new();
        for (s, want) in cases {
            let got = chinese(s).map(|n| (n.value, &s[..n.len]));
            if got != *want {
                bad.push(format!("{s}: want {want:?}, got {got:?}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn exact_decimals() {
        assert_eq!(scaled(4860.4, 8), 486040000000.0);
        assert_eq!(scaled(0.92, 4), 9200.0);
        assert_eq!(scaled(30629.8, 8), 3062980000000.0);
        assert_eq!(scaled(486040000000.0, -8), 4860.4);
    }

    #[test]
    fn magnitudes() {
        assert_eq!(magnitude("万亿元"), Some((1e12, 6)));
        assert_eq!(magnitude("亿元"), Some((1e8, 3)));
        assert_eq!(magnitude("元"), None);
    }
}
