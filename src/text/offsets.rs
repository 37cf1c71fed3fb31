//! Byte offsets ↔ UTF-16 code units: the one place where offsets change encoding.
//!
//! Rust works in byte offsets into the text exactly as given; JavaScript, and the spec's
//! `start`/`end`, count UTF-16 code units. The map keeps a checkpoint every few dozen
//! bytes and counts forward from the nearest one, so a lookup is cheap and memory stays
//! small on megabytes of text.

const STEP: usize = 64;

/// Answers "how many UTF-16 units precede this byte offset" for one text.
pub struct Utf16Map<'a> {
    text: &'a str,
    /// `(byte offset, utf16 offset)` at a char boundary about every `STEP` bytes.
    points: Vec<(usize, usize)>,
    /// The last answer: offsets are mostly asked for in text order, and counting on from
    /// the last one is cheaper than searching the checkpoints.
    last: std::cell::Cell<(usize, usize)>,
}

impl<'a> Utf16Map<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut points = vec![(0, 0)];
        let mut units = 0usize;
        let mut next = STEP;
        for (i, ch) in text.char_indices() {
            if i >= next {
                points.push((i, units));
                next = i + STEP;
            }
            units += ch.len_utf16();
        }
        Utf16Map {
            text,
            points,
            last: std::cell::Cell::new((0, 0)),
        }
    }

    /// The UTF-16 offset of byte offset `byte`, clamped to the text; a byte inside a
    /// character counts as that character's start.
    pub fn utf16(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let (lb, lu) = self.last.get();
        let (b, u) = if byte >= lb && byte - lb <= STEP {
            (lb, lu)
        } else {
            let idx = self.points.partition_point(|&(b, _)| b <= byte);
            self.points[idx - 1]
        };
        let units = u + self.text[b..byte]
            .chars()
            .map(char::len_utf16)
            .sum::<usize>();
        self.last.set((byte, units));
        units
    }
}

/// UTF-16 offset → byte offset, for positions coming from JavaScript (a selection, a fix).
/// `None` when the offset is past the end or inside a surrogate pair.
pub fn byte_offset(text: &str, utf16: usize) -> Option<usize> {
    let mut units = 0usize;
    for (i, ch) in text.char_indices() {
        if units >= utf16 {
            return (units == utf16).then_some(i);
        }
        units += ch.len_utf16();
    }
    (units == utf16).then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn matches_naive_count_at_every_char_boundary() {
        let long = "全省21.8万亿元😀abc".repeat(200);
        for text in [
            "",
            "abc",
            "全省21.8万亿元",
            "a😀b全c",
            "😀😀",
            "é1€2😀3",
            long.as_str(),
        ] {
            let map = Utf16Map::new(text);
            for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(map.utf16(i), naive(text, i), "{text:?} at {i}");
            }
        }
    }

    #[test]
    fn byte_offset_inverts() {
        let text = "a😀全b";
        for (i, _) in text.char_indices() {
            assert_eq!(byte_offset(text, naive(text, i)), Some(i));
        }
        assert_eq!(byte_offset(text, 2), None); // inside the surrogate pair
        assert_eq!(byte_offset(text, 5), Some(text.len()));
        assert_eq!(byte_offset(text, 6), None);
    }
}
