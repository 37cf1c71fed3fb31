//! Word segmentation with jieba-rs, behind a shared read-only handle.
//!
//! A [`Dictionary`] is loaded once (the full jieba dictionary, the small one, or a
//! dictionary text handed over by the page) with the policy-domain user dictionary
//! (`data/userdict.txt`) on top, and shared by `Arc`: many Analyzers, one dictionary.
//! In the wasm build jieba-rs has no embedded dictionary: the page fetches it as a
//! separate asset, so the engine stays small and starts fast.

use std::sync::Arc;

use jieba_rs::Jieba;

use crate::data::USER_DICT;

/// Whether jieba's HMM guesses words the dictionary lacks: never (see [`Dictionary::cut`]).
const HMM: bool = false;

/// Which dictionary to segment with.
#[derive(Clone)]
pub struct Dictionary {
    jieba: Arc<Jieba>,
    /// A short name for reports: `full`, `small`, or `custom`.
    pub name: &'static str,
}

/// A dictionary text that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictError(pub String);

impl std::fmt::Display for DictError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DictError {}

impl Dictionary {
    /// jieba's full dictionary (native builds: it is compiled into jieba-rs).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn full() -> Dictionary {
        let mut jieba = Jieba::new();
        add_user_words(&mut jieba);
        Dictionary {
            jieba: Arc::new(jieba),
            name: "full",
        }
    }

    /// The most frequent 50,000 words of jieba's dictionary (native builds: compiled in;
    /// the page fetches the same file as an asset).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn small() -> Dictionary {
        let mut d =
            Self::from_text(include_str!("../../data/dict.small.txt")).unwrap_or_else(|_| {
                Dictionary {
                    jieba: Arc::new(Jieba::empty()),
                    name: "small",
                }
            });
        d.name = "small";
        d
    }

    /// A dictionary from its text, in jieba's `word [freq] [tag]` format, one word a line.
    pub fn from_text(text: &str) -> Result<Dictionary, DictError> {
        let mut jieba = Jieba::empty();
        jieba
            .load_dict(&mut text.as_bytes())
            .map_err(|e| DictError(format!("词典无法读取 (dictionary cannot be read): {e}")))?;
        if text.trim().is_empty() {
            return Err(DictError("词典为空 (the dictionary is empty)".into()));
        }
        add_user_words(&mut jieba);
        Ok(Dictionary {
            jieba: Arc::new(jieba),
            name: "custom",
        })
    }

    /// A dictionary with only the policy-domain words: for tests and for a page that has
    /// not fetched its dictionary yet.
    pub fn minimal() -> Dictionary {
        let mut jieba = Jieba::empty();
        add_user_words(&mut jieba);
        Dictionary {
            jieba: Arc::new(jieba),
            name: "minimal",
        }
    }

    /// The words of `text`, as byte ranges into it: the dictionary's words, and a character
    /// alone where none fits. Without jieba's HMM, which guesses words the dictionary lacks:
    /// on every gold set it changed no result, and the .wasm leaves its tables out
    /// (vendor/jieba-macros), so a cut with it would differ between the CLI and the page.
    pub fn cut<'a>(&self, text: &'a str) -> Vec<Word<'a>> {
        self.jieba
            .cut(text, HMM)
            .into_iter()
            .map(|t| Word {
                text: t.word,
                start: t.byte_start,
                end: t.byte_end,
            })
            .collect()
    }

    pub fn has_word(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// Whether `phrase` is only verbs and adverbs by the dictionary's part-of-speech tags
    /// (`累计建成`, `盘活`). Unknown words are not verbs, so a dictionary without tags
    /// (the minimal one) says no.
    pub fn is_verb_phrase(&self, phrase: &str) -> bool {
        let tags = self.jieba.tag(phrase, HMM);
        !tags.is_empty()
            && tags
                .iter()
                .all(|t| (t.tag.starts_with('v') && t.tag != "vn") || t.tag.starts_with('d'))
    }
}

impl Dictionary {
    /// The content words of `text`: nouns and verbal nouns by the dictionary's
    /// part-of-speech tags (`营商环境`, `改革`), without function words (`仍然`, `同时`).
    /// Words the dictionary does not tag (the minimal one) are all kept.
    pub fn content_words<'a>(&'a self, text: &'a str) -> Vec<&'a str> {
        self.jieba
            .tag(text, HMM)
            .into_iter()
            .filter(|t| t.tag.starts_with('n') || t.tag == "vn" || t.tag == "x" || t.tag == "eng")
            .map(|t| t.word)
            .collect()
    }
}

/// A word of a segmented text: its text and byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

fn add_user_words(jieba: &mut Jieba) {
    for line in USER_DICT
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let mut parts = line.split_whitespace();
        if let Some(word) = parts.next() {
            let freq = parts.next().and_then(|f| f.parse().ok());
            jieba.add_word(word, freq, parts.next());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_words_are_kept_whole() {
        let d = Dictionary::minimal();
        assert!(d.has_word("营商环境"));
        let d = Dictionary::from_text("改革 100 n\n").unwrap();
        assert!(d.has_word("改革") && d.has_word("放管服"));
    }

    #[test]
    fn words_the_dictionary_lacks_stay_characters() {
        // The HMM would join 葛优 (a name no dictionary here holds); the CLI and the page,
        // whose .wasm has no HMM tables, must cut alike.
        let d = Dictionary::minimal();
        let words: Vec<&str> = d.cut("葛优").iter().map(|w| w.text).collect();
        assert_eq!(words, ["葛", "优"]);
    }

    #[test]
    fn bad_dictionary_text_is_an_error() {
        assert!(Dictionary::from_text("").is_err());
        assert!(Dictionary::from_text("词 notanumber\n").is_err());
    }
}
