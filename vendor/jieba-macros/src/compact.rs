// The compact form of the HMM emission tables, and its decoder. This file is compiled twice:
// into the macro (which encodes the tables and decodes them again to prove the round trip
// exact) and, as text, into the code the macro generates for wasm32 (which decodes them on
// first use). One decoder, and it uses only integer arithmetic and IEEE +, -, *, / (exactly
// rounded, so the same on every target): what the macro checked is what runs.
//
// Every emission log-probability in hmm.model is written with exactly six decimals, so it is
// an integer `k` of millionths: the value is `-(k as f64) / 1e6`, which IEEE division rounds
// exactly as the compiler rounds the literal `-k/1e6` (both are the nearest f64), so the
// decoded tables are bit for bit the ones upstream compiles in.
//
// The values of one state are `ln(count / total)` of the characters' counts in the training
// corpus, so its distinct `k` (the palette), largest first, are `k0 - 1e6 ln(c)` for rising
// counts `c` (1, 2, 3, ... then sparser): stored as the counts' steps and each `k`'s small
// difference from that prediction, they take a third of the space of the `k` themselves.
//
// Layout (integers are LEB128 varints; `z` marks a zigzag-signed one):
//   - a bitmap of `index_len` bits: bit `i` set when character `EMIT_MIN_CHAR + i` has a row
//     (rows are numbered in character order);
//   - for each of the four states: the palette's length `n`; if `n > 0`, `k0` (its first
//     `k`), then `n` count steps (`c` starts at 0), then `n` residuals `z` (`k - prediction`);
//   - for each row, for each state: the 1-based rank of the row's `k` in the state's palette,
//     or 0 for a character the state never emits (`missing`).

/// A reader of the LEB128 varints that follow the bitmap.
struct Varints<'a>(&'a [u8]);

impl Varints<'_> {
    fn next(&mut self) -> u64 {
        let mut value = 0u64;
        let mut shift = 0;
        loop {
            let byte = self.0[0];
            self.0 = &self.0[1..];
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return value;
            }
            shift += 7;
        }
    }

    fn next_signed(&mut self) -> i64 {
        let z = self.next();
        (z >> 1) as i64 ^ -((z & 1) as i64)
    }
}

/// `ln(c)` for `c >= 1` from +, -, *, / alone, so the same on every target (the platform's
/// `ln` may differ in the last bit): only a prediction, which the residuals make exact.
fn ln_predict(c: u64) -> f64 {
    let mut m = c as f64;
    let mut e = 0.0;
    while m >= 2.0 {
        m /= 2.0;
        e += 1.0;
    }
    // ln m = 2 atanh(t), t = (m - 1) / (m + 1) < 1/3.
    let t = (m - 1.0) / (m + 1.0);
    let t2 = t * t;
    let mut power = t;
    let mut sum = 0.0;
    for n in 0..24 {
        sum += power / (2 * n + 1) as f64;
        power *= t2;
    }
    e * 0.6931471805599453 + 2.0 * sum
}

/// The `k` that the count `c` predicts in a palette starting at `k0`.
fn k_predict(k0: u64, c: u64) -> i64 {
    k0 as i64 - (1e6 * ln_predict(c.max(1)) + 0.5) as i64
}

fn decode_emit(data: &[u8], index_len: usize, missing: f64) -> (Vec<u16>, Vec<[f64; 4]>) {
    let (bitmap, rest) = data.split_at(index_len.div_ceil(8));
    let mut index = vec![u16::MAX; index_len];
    let mut rows = 0usize;
    for (i, slot) in index.iter_mut().enumerate() {
        if bitmap[i / 8] & (1 << (i % 8)) != 0 {
            *slot = rows as u16;
            rows += 1;
        }
    }
    let mut input = Varints(rest);
    let mut palettes: [Vec<f64>; 4] = Default::default();
    for palette in palettes.iter_mut() {
        let n = input.next() as usize;
        if n == 0 {
            continue;
        }
        let k0 = input.next();
        let mut c = 0u64;
        let counts: Vec<u64> = (0..n)
            .map(|_| {
                c += input.next();
                c
            })
            .collect();
        for c in counts {
            let k = k_predict(k0, c) + input.next_signed();
            palette.push(-(k as f64) / 1e6);
        }
    }
    let mut probs = vec![[missing; 4]; rows];
    for row in probs.iter_mut() {
        for (value, palette) in row.iter_mut().zip(&palettes) {
            let rank = input.next() as usize;
            if rank > 0 {
                *value = palette[rank - 1];
            }
        }
    }
    (index, probs)
}
