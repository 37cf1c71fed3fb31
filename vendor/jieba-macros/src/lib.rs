//! jieba-macros 0.11.0 as published, with one change for PolicyLens: for wasm32 the HMM
//! emission tables are compiled in compact form and decoded on first use (see
//! `compact.rs`): ~52 KB of the brotli-compressed .wasm instead of ~118 KB. Other targets
//! get exactly the upstream tables. Patched in through `[patch.crates-io]` in the root
//! Cargo.toml; drop the patch when upgrading jieba-rs past 0.11.

use proc_macro::TokenStream;
use std::collections::BTreeMap;

include!("compact.rs");

/// The decoder's source, emitted into the generated code.
const DECODER: &str = include_str!("compact.rs");

/// The compact form of the emission tables (layout in `compact.rs`), or `None` when a value
/// is not in the six-decimal form the encoding relies on or the round trip is not exact (the
/// caller then compiles the plain tables everywhere).
fn encode_emit(
    in_range: &[(u32, &[String; 4])],
    min_char: u32,
    index_len: usize,
) -> Option<Vec<u8>> {
    fn millionths(text: &str) -> Option<u64> {
        let (int, frac) = text.strip_prefix('-')?.split_once('.')?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(int) || frac.len() != 6 || !digits(frac) {
            return None;
        }
        Some(int.parse::<u64>().ok()? * 1_000_000 + frac.parse::<u64>().ok()?)
    }
    fn varint(out: &mut Vec<u8>, mut v: u64) {
        while v >= 0x80 {
            out.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }
    fn signed(out: &mut Vec<u8>, v: i64) {
        varint(out, ((v << 1) ^ (v >> 63)) as u64);
    }
    let mut out = vec![0u8; index_len.div_ceil(8)];
    for (ch, _) in in_range {
        let i = (ch - min_char) as usize;
        out[i / 8] |= 1 << (i % 8);
    }
    // k of each row and state (None: MIN_FLOAT).
    let mut ks: Vec<[Option<u64>; 4]> = Vec::with_capacity(in_range.len());
    for (_, probs) in in_range {
        let mut row = [None; 4];
        for (slot, text) in row.iter_mut().zip(probs.iter()) {
            if text != "MIN_FLOAT" {
                *slot = Some(millionths(text)?);
            }
        }
        ks.push(row);
    }
    let mut palettes: Vec<Vec<u64>> = Vec::new();
    for state in 0..4 {
        let mut palette: Vec<u64> = ks.iter().filter_map(|r| r[state]).collect();
        palette.sort_unstable_by(|a, b| b.cmp(a));
        palette.dedup();
        varint(&mut out, palette.len() as u64);
        if let Some(&k0) = palette.first() {
            varint(&mut out, k0);
            // The count each k stands for, never falling (any counts would do: the residuals
            // make the values exact; good ones keep the residuals small).
            let mut counts = Vec::with_capacity(palette.len());
            let mut last = 0u64;
            for &k in &palette {
                let c = (((k0 - k) as f64 / 1e6).exp().round() as u64)
                    .max(last)
                    .max(1);
                varint(&mut out, c - last);
                counts.push(c);
                last = c;
            }
            for (&k, &c) in palette.iter().zip(&counts) {
                signed(&mut out, k as i64 - k_predict(k0, c));
            }
        }
        palettes.push(palette);
    }
    for row in &ks {
        for (k, palette) in row.iter().zip(&palettes) {
            let rank = k.map_or(0, |k| palette.binary_search_by(|p| k.cmp(p)).unwrap() + 1);
            varint(&mut out, rank as u64);
        }
    }
    // The round trip, bit for bit, against the values as the compiler reads the literals.
    const MISSING: f64 = -3.14e100;
    let (index, probs) = decode_emit(&out, index_len, MISSING);
    let rows_ok = in_range.iter().enumerate().all(|(row, (ch, texts))| {
        let decoded = probs[row];
        index[(ch - min_char) as usize] as usize == row
            && texts.iter().zip(decoded).all(|(text, value)| {
                let want = if text == "MIN_FLOAT" {
                    MISSING
                } else {
                    text.parse::<f64>().unwrap()
                };
                want.to_bits() == value.to_bits()
            })
    });
    let index_ok = index.iter().filter(|&&r| r != u16::MAX).count() == in_range.len();
    (rows_ok && index_ok && probs.len() == in_range.len()).then_some(out)
}

#[proc_macro]
pub fn generate_hmm_data(_input: TokenStream) -> TokenStream {
    let hmm_data = include_str!("hmm.model");
    let mut output = String::new();
    let mut lines = hmm_data.lines().skip_while(|x| x.starts_with('#'));

    // Initial probabilities
    let init_probs = lines
        .next()
        .expect("Failed to read initial probabilities from hmm.model");

    output.push_str("#[allow(clippy::style)]\n");
    output.push_str("pub static INITIAL_PROBS: [f64; 4] = [");
    output.push_str(&init_probs.replace(' ', ", "));
    output.push_str("];\n\n");

    // Transition probabilities
    output.push_str("#[allow(clippy::style)]\n");
    output.push_str("pub static TRANS_PROBS: [[f64; 4]; 4] = [");
    for line in lines
        .by_ref()
        .skip_while(|x| x.starts_with('#'))
        .take_while(|x| !x.starts_with('#'))
    {
        output.push('[');
        output.push_str(&line.replace(' ', ", "));
        output.push_str("],\n");
    }
    output.push_str("];\n\n");

    // Emission probabilities
    let mut emit_probs: BTreeMap<char, [String; 4]> = BTreeMap::new();
    for (i, line) in lines.filter(|x| !x.starts_with('#')).enumerate() {
        for word_prob in line.split(',') {
            let mut parts = word_prob.split(':');
            let word = parts.next().unwrap();
            let prob = parts.next().unwrap();
            // All emit keys are single characters
            let ch = word.chars().next().unwrap();
            let probs = emit_probs
                .entry(ch)
                .or_insert_with(|| std::array::from_fn(|_| "MIN_FLOAT".to_string()));
            probs[i] = prob.to_string();
        }
    }

    // The segmenter only runs the HMM over `[HMM_HAN_MIN-HMM_HAN_MAX]`
    // blocks (the range is emitted for it to use), so the emission table is
    // a direct index over that range: `EMIT_INDEX` maps `ch - EMIT_MIN_CHAR`
    // to a row of `EMIT_PROBS`, or `EMIT_NONE`. Keys outside the range can
    // never be looked up and are dropped.
    const HMM_HAN_MIN: u32 = 0x4E00;
    const HMM_HAN_MAX: u32 = 0x9FD5;
    let in_range: Vec<(u32, &[String; 4])> = emit_probs
        .iter()
        .map(|(ch, probs)| (*ch as u32, probs))
        .filter(|(ch, _)| (HMM_HAN_MIN..=HMM_HAN_MAX).contains(ch))
        .collect();
    let min_char = in_range.first().map_or(HMM_HAN_MIN, |(ch, _)| *ch);
    let max_char = in_range.last().map_or(HMM_HAN_MIN, |(ch, _)| *ch);
    let index_len = (max_char - min_char + 1) as usize;
    assert!(
        in_range.len() < u16::MAX as usize,
        "too many HMM emission entries for a u16 index"
    );

    let mut index = vec![u16::MAX; index_len];
    for (row, (ch, _)) in in_range.iter().enumerate() {
        index[(ch - min_char) as usize] = row as u16;
    }

    output.push_str(&format!(
        "pub const HMM_HAN_MIN: char = '\\u{{{HMM_HAN_MIN:X}}}';\n"
    ));
    output.push_str(&format!(
        "pub const HMM_HAN_MAX: char = '\\u{{{HMM_HAN_MAX:X}}}';\n"
    ));
    output.push_str(&format!("pub const EMIT_MIN_CHAR: u32 = {min_char:#x};\n"));
    output.push_str("pub const EMIT_NONE: u16 = u16::MAX;\n\n");

    let compact = encode_emit(&in_range, min_char, index_len);
    let plain_cfg = if compact.is_some() {
        "#[cfg(not(target_arch = \"wasm32\"))]\n"
    } else {
        ""
    };
    if let Some(data) = &compact {
        output.push_str(&format!(
            r#"
#[cfg(target_arch = "wasm32")]
pub use compact_emit::{{EMIT_INDEX, EMIT_PROBS}};

/// The emission tables in compact form, decoded on first use (jieba-macros as patched for
/// PolicyLens: the .wasm is smaller by the plain tables' ~470 KB).
#[cfg(target_arch = "wasm32")]
mod compact_emit {{
    {DECODER}

    static DATA: &[u8] = {literal};

    fn tables() -> &'static (Vec<u16>, Vec<[f64; 4]>) {{
        static TABLES: std::sync::OnceLock<(Vec<u16>, Vec<[f64; 4]>)> = std::sync::OnceLock::new();
        TABLES.get_or_init(|| decode_emit(DATA, {index_len}, super::MIN_FLOAT))
    }}

    /// `EMIT_INDEX.get(offset)`, as on the plain array.
    pub struct EmitIndex;
    impl EmitIndex {{
        #[inline]
        pub fn get(&self, offset: usize) -> Option<&'static u16> {{
            tables().0.get(offset)
        }}
    }}
    pub static EMIT_INDEX: EmitIndex = EmitIndex;

    /// `EMIT_PROBS[row]`, as on the plain array.
    pub struct EmitProbs;
    impl core::ops::Index<usize> for EmitProbs {{
        type Output = [f64; 4];
        #[inline]
        fn index(&self, row: usize) -> &[f64; 4] {{
            &tables().1[row]
        }}
    }}
    pub static EMIT_PROBS: EmitProbs = EmitProbs;
}}

"#,
            literal = proc_macro::Literal::byte_string(data),
        ));
    }

    output.push_str(plain_cfg);
    output.push_str("#[allow(clippy::style)]\n");
    output.push_str(&format!("pub static EMIT_INDEX: [u16; {index_len}] = ["));
    for (i, row) in index.iter().enumerate() {
        if i % 32 == 0 {
            output.push('\n');
        }
        output.push_str(&row.to_string());
        output.push(',');
    }
    output.push_str("\n];\n\n");

    output.push_str(plain_cfg);
    output.push_str("#[allow(clippy::style)]\n");
    output.push_str(&format!(
        "pub static EMIT_PROBS: [[f64; 4]; {}] = [\n",
        in_range.len()
    ));
    for (_, probs) in &in_range {
        output.push_str(&format!(
            "[{}, {}, {}, {}],\n",
            probs[0], probs[1], probs[2], probs[3]
        ));
    }
    output.push_str("];\n\n");

    output.parse().unwrap()
}
