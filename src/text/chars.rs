//! Character classes of Chinese text, defined once: what a Chinese character is, which
//! marks are Chinese punctuation, which end a clause.

/// A Chinese character (CJK unified ideographs and extension A, compatibility ideographs).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Chinese (full-width) punctuation.
pub fn is_cjk_punct(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '（'
            | '）'
            | '《'
            | '》'
            | '〈'
            | '〉'
            | '【'
            | '】'
            | '〔'
            | '〕'
            | '—'
            | '…'
            | '～'
            | '·'
            | '「'
            | '」'
    )
}

/// A character of Chinese text: a Chinese character or Chinese punctuation.
pub fn is_chinese(c: char) -> bool {
    is_han(c) || is_cjk_punct(c)
}

/// Marks that end a clause or a sentence.
pub fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '；' | '：' | '！' | '？' | ',' | ';' | ':' | '!' | '?'
    )
}
