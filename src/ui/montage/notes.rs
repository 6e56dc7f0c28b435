//! What the montage page says in words that follow the reviewer's
//! language: its note at the top (kept as what happened, put in words
//! when shown) and why each file was left out.

use crate::i18n::Texts;
use crate::montage::left_out::Reason;

/// What the page says at its top, put in words when shown (so it follows
/// a change of language).
#[derive(Clone, PartialEq)]
pub enum Note {
    /// This many images were kept from the last visit.
    Restored(usize),
    /// The review cannot be kept in this browser: why (the browser's words).
    NotKept(String),
    /// Said by the browser or a worker as it is.
    Said(String),
}

/// The note in the chosen language.
pub fn note_words(t: &Texts, note: &Note) -> String {
    match note {
        Note::Restored(n) => t.fmt("montage-restored", &[("count", (*n).into())]),
        Note::NotKept(why) => t.fmt("montage-not-kept", &[("why", why.as_str().into())]),
        Note::Said(s) => s.clone(),
    }
}

/// Why a file was left out, in the reviewer's language.
pub fn reason_words(t: &Texts, why: &Reason) -> String {
    match why {
        Reason::NotAnImage => t.get("montage-why-not-an-image"),
        Reason::Heic => t.get("montage-why-heic"),
        Reason::Damaged => t.get("montage-why-damaged"),
        Reason::TooLarge { mb } => t.fmt("montage-why-too-large", &[("mb", (*mb).into())]),
        Reason::TooManyPixels { width, height } => t.fmt(
            "montage-why-too-many-pixels",
            &[("width", (*width).into()), ("height", (*height).into())],
        ),
        Reason::Unreadable => t.get("montage-why-unreadable"),
        Reason::Other(text) => text.clone(),
    }
}
