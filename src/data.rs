//! The word lists the extractors read, compiled in from `data/` and parsed once.
//!
//! Adding a unit, a qualifier word or a boilerplate marker is a one-line change to a data
//! file (with a test), never a new `if`. Each table is parsed on first use into read-only
//! data shared by every Analyzer (no mutable global state).

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

/// A file of `data/` as compiled in: without the comment lines (`#` first) and blank lines,
/// which every reader here skips anyway. They are taken out at compile time, so they
/// document the lists without weighing on the binary (the page's .wasm above all).
macro_rules! data_file {
    ($file:expr) => {{
        const SRC: &str = include_str!(concat!("../data/", $file));
        const BYTES: [u8; $crate::data::strip::<0>(SRC).1] = $crate::data::strip(SRC).0;
        const TEXT: &str = match std::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("a data file is not UTF-8"),
        };
        TEXT
    }};
}

/// `src` without its comment and blank lines (see [`data_file!`]), as the first `N` bytes,
/// and how many bytes that is (call with `N = 0` to learn the length).
pub(crate) const fn strip<const N: usize>(src: &str) -> ([u8; N], usize) {
    let src = src.as_bytes();
    let mut out = [0u8; N];
    let (mut start, mut n) = (0, 0);
    while start < src.len() {
        let mut end = start;
        while end < src.len() && src[end] != b'\n' {
            end += 1;
        }
        if end < src.len() {
            end += 1;
        }
        let mut blank = true;
        let mut i = start;
        while i < end {
            blank &= matches!(src[i], b' ' | b'\t' | b'\r' | b'\n');
            i += 1;
        }
        if !blank && src[start] != b'#' {
            let mut i = start;
            while i < end {
                if n < N {
                    out[n] = src[i];
                }
                n += 1;
                i += 1;
            }
        }
        start = end;
    }
    (out, n)
}

/// Non-comment, non-empty lines of a data file, split at tabs.
pub(crate) fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// `(marker, anywhere)` pairs of `data/boilerplate.txt`.
pub fn boilerplate() -> &'static [(String, bool)] {
    static T: OnceLock<Vec<(String, bool)>> = OnceLock::new();
    T.get_or_init(|| {
        rows(data_file!("boilerplate.txt"))
            .filter(|r| !r[0].starts_with('='))
            .map(|r| (r[0].to_string(), r.get(1) == Some(&"anywhere")))
            .collect()
    })
}

/// Whole lines that are boilerplate (`=` rows of `data/boilerplate.txt`).
pub fn boilerplate_lines() -> &'static [String] {
    static T: OnceLock<Vec<String>> = OnceLock::new();
    T.get_or_init(|| {
        rows(data_file!("boilerplate.txt"))
            .filter_map(|r| r[0].strip_prefix('=').map(str::to_string))
            .collect()
    })
}

/// `(marker, any)` pairs of `data/credits.txt`: `any` when no colon need follow.
pub fn credits() -> &'static [(String, bool)] {
    static T: OnceLock<Vec<(String, bool)>> = OnceLock::new();
    T.get_or_init(|| {
        rows(data_file!("credits.txt"))
            .map(|r| (r[0].to_string(), r.get(1) == Some(&"any")))
            .collect()
    })
}

/// The longest key a word table may have, in characters (checked when a table is parsed).
const MAX_KEY_CHARS: usize = 16;

/// A word list: one entry a line, with an optional tab-separated value.
pub struct WordTable {
    pub map: HashMap<&'static str, &'static str>,
    /// The longest entry in characters, to bound prefix matching.
    pub max_chars: usize,
    /// For each character an entry starts with, the longest such entry in characters:
    /// most places in a text start no entry, and are rejected with one lookup.
    first: HashMap<char, usize>,
}

impl WordTable {
    fn parse(src: &'static str) -> Self {
        let mut map = HashMap::default();
        let mut first: HashMap<char, usize> = HashMap::default();
        let mut max_chars = 0;
        let lines = src
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        for line in lines {
            // The key, and the rest of the row (its columns, still tab-separated).
            let (key, value) = line.split_once('\t').unwrap_or((line, ""));
            let n = key.chars().count();
            max_chars = max_chars.max(n);
            debug_assert!(max_chars <= MAX_KEY_CHARS, "word table key too long: {key}");
            if let Some(c) = key.chars().next() {
                let longest = first.entry(c).or_insert(0);
                *longest = (*longest).max(n);
            }
            map.insert(key, value);
        }
        WordTable {
            map,
            max_chars,
            first,
        }
    }

    /// The longest entry that `text` starts with, and its value.
    pub fn longest_prefix(&self, text: &str) -> Option<(&'static str, &'static str)> {
        // Character ends of the first `max_chars` characters, longest first, without
        // allocating: this runs at every position of the text.
        let longest = *self.first.get(&text.chars().next()?)?;
        let mut ends = [0usize; MAX_KEY_CHARS];
        let mut n = 0;
        for (i, c) in text.char_indices().take(longest.min(MAX_KEY_CHARS)) {
            ends[n] = i + c.len_utf8();
            n += 1;
        }
        ends[..n]
            .iter()
            .rev()
            .find_map(|&e| self.map.get_key_value(&text[..e]).map(|(k, v)| (*k, *v)))
    }

    /// The longest entry that `text` ends with, and its value.
    pub fn longest_suffix(&self, text: &str) -> Option<(&'static str, &'static str)> {
        let mut starts = [0usize; MAX_KEY_CHARS];
        let mut n = 0;
        for (i, _) in text
            .char_indices()
            .rev()
            .take(self.max_chars.min(MAX_KEY_CHARS))
        {
            starts[n] = i;
            n += 1;
        }
        starts[..n]
            .iter()
            .rev()
            .find_map(|&s| self.map.get_key_value(&text[s..]).map(|(k, v)| (*k, *v)))
    }

    /// The table's own copy of `word`, if it holds it.
    pub fn key(&self, word: &str) -> Option<&'static str> {
        self.map.get_key_value(word).map(|(k, _)| *k)
    }

    pub fn get(&self, word: &str) -> Option<&'static str> {
        self.map.get(word).copied()
    }

    pub fn contains(&self, word: &str) -> bool {
        self.map.contains_key(word)
    }
}

macro_rules! table {
    ($name:ident, $file:literal) => {
        pub fn $name() -> &'static WordTable {
            static T: OnceLock<WordTable> = OnceLock::new();
            T.get_or_init(|| WordTable::parse(data_file!($file)))
        }
    };
}

table!(units, "units.tsv");
table!(qualifiers, "qualifiers.tsv");
table!(directions, "directions.tsv");
table!(regions, "regions.tsv");
table!(name_contexts, "not_claims.tsv");
table!(target_words, "target_words.tsv");
table!(noun_units, "noun_units.tsv");
table!(rank_words, "rank_words.tsv");
table!(lead_words, "lead_words.tsv");
table!(unit_suffixes, "unit_suffixes.txt");
table!(change_words, "change_words.tsv");

/// The policy-domain user dictionary for jieba (`word freq tag` lines).
pub const USER_DICT: &str = include_str!("../data/userdict.txt");

/// A list file of the draft checks: one entry a line; a line `!word` is an exception (a
/// word the rule must not report), kept apart in `except`.
pub struct ListFile {
    pub entries: Vec<&'static str>,
    pub except: Vec<&'static str>,
}

impl ListFile {
    fn parse(src: &'static str) -> Self {
        let mut entries = Vec::new();
        let mut except = Vec::new();
        for r in rows(src) {
            match r[0].strip_prefix('!') {
                Some(w) => except.push(w),
                None => entries.push(r[0]),
            }
        }
        ListFile { entries, except }
    }
}

macro_rules! list {
    ($name:ident, $file:literal) => {
        pub fn $name() -> &'static ListFile {
            static T: OnceLock<ListFile> = OnceLock::new();
            T.get_or_init(|| ListFile::parse(data_file!($file)))
        }
    };
}

list!(conjunctions, "conjunctions.txt");
list!(formulations, "formulations.txt");
list!(share_words, "share_words.txt");
list!(money_words, "money_words.txt");
list!(goals_in_words, "goals_in_words.txt");
list!(numeral_terms, "numeral_terms.txt");
list!(flow_words, "flow_words.txt");
