//! Pseudo-English (`en-XA`), for tests: every ASCII letter of a message
//! swapped for an accented one, so any English text on the page that did
//! not come through the messages is easy to find, by machine or by eye.

use std::borrow::Cow;

const LOWER: [char; 26] = [
    'å', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ', 'š',
    'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
];
const UPPER: [char; 26] = [
    'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š',
    'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
];

/// The text with each ASCII letter accented; anything else as it is.
pub fn accent(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                'a'..='z' => LOWER[c as usize - 'a' as usize],
                'A'..='Z' => UPPER[c as usize - 'A' as usize],
                _ => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_and_nothing_else_changes() {
        assert_eq!(accent("Zoom: 100 %"), "Žööɱ: 100 %");
        assert_eq!(accent("Ωμέγα 12"), "Ωμέγα 12");
        let all: String = ('a'..='z').chain('A'..='Z').collect();
        assert!(!accent(&all).bytes().any(|b| b.is_ascii_alphabetic()));
    }
}
