//! The interface's languages and words: which languages there are and how
//! a browser's preferences choose one ([`languages`]), and each language's
//! messages, read with Fluent from `static/locales/<code>.ftl`, with
//! English behind every message ([`Texts`]). Pure Rust, tested natively;
//! the lowest layer (the campaign file checks its replacement messages and
//! per-language text against it).

pub mod languages;
mod pseudo;
mod texts;

pub use fluent_bundle::FluentValue;
pub use languages::{best_match, find, Dir, Language, ENGLISH, LANGUAGES, PSEUDO};
pub use texts::{
    check_replacement, isolate, message_ids, Arg, Piece, Replacements, Texts, ENGLISH_FTL,
};
