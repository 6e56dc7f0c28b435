//! The interface's words in one language: its Fluent messages, the
//! campaign's replacements for them, and English behind both, message by
//! message, so a missing or broken translation shows English, never a gap.

use super::languages::{Language, ENGLISH, PSEUDO};
use super::pseudo;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::borrow::Cow;

/// The English messages, built into the app.
pub const ENGLISH_FTL: &str = include_str!("../../static/locales/en-GB.ftl");

type Bundle = FluentBundle<FluentResource>;

/// A value for a message's variable.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

/// The words of the interface in one language.
pub struct Texts {
    pub language: &'static Language,
    /// The language's own messages, with the campaign's replacements (none
    /// for English, whose messages are `english`).
    own: Option<Bundle>,
    /// English, with the campaign's replacements for English.
    english: Bundle,
    /// Problems with the language's file or the replacements, for the console.
    pub problems: Vec<String>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Texts({})", self.language.code)
    }
}

impl PartialEq for Texts {
    fn eq(&self, other: &Texts) -> bool {
        std::ptr::eq(self, other)
    }
}

/// A piece of a message with slots for markup ([`Texts::pieces`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// The slot with this index in the list given.
    Slot(usize),
}

/// The campaign's replacement messages for one language, as `(id, text)`.
pub type Replacements<'a> = &'a [(&'a str, &'a str)];

impl Texts {
    /// English from another page's own messages (`source`: the text of
    /// its `.ftl` files), e.g. the montage page's.
    pub fn english_from(source: &str) -> Texts {
        Texts::page(&ENGLISH, "", source)
    }

    /// Another page's words (the montage page's): `language`'s messages
    /// from `ftl` over English from `english` (each may be several `.ftl`
    /// files' text, one after the other), with no campaign replacements.
    pub fn page(language: &'static Language, ftl: &str, english: &str) -> Texts {
        let mut problems = Vec::new();
        let own = (!std::ptr::eq(language, &ENGLISH) && !std::ptr::eq(language, &PSEUDO))
            .then(|| bundle(language, ftl, &[], &mut problems));
        let mut english = bundle(&ENGLISH, english, &[], &mut problems);
        if std::ptr::eq(language, &PSEUDO) {
            english.set_transform(Some(pseudo::accent));
        }
        Texts {
            language,
            own,
            english,
            problems,
        }
    }

    /// English, with the campaign's replacements for English.
    pub fn english(replacements: Replacements) -> Texts {
        Texts::new(&ENGLISH, "", replacements, &[])
    }

    /// `language`, from the text of its `.ftl` file, with the campaign's
    /// replacements for it and for English (`english_replacements`).
    /// Never fails: what cannot be read is listed in `problems` and falls
    /// back to English.
    pub fn new(
        language: &'static Language,
        ftl: &str,
        replacements: Replacements,
        english_replacements: Replacements,
    ) -> Texts {
        let mut problems = Vec::new();
        let is_english = std::ptr::eq(language, &ENGLISH);
        let english_own = if is_english {
            replacements
        } else {
            english_replacements
        };
        let mut english = bundle(&ENGLISH, ENGLISH_FTL, english_own, &mut problems);
        if std::ptr::eq(language, &PSEUDO) {
            english.set_transform(Some(pseudo::accent));
        }
        let own = (!is_english && !std::ptr::eq(language, &PSEUDO))
            .then(|| bundle(language, ftl, replacements, &mut problems));
        Texts {
            language,
            own,
            english,
            problems,
        }
    }

    /// A message with no variables.
    pub fn get(&self, id: &str) -> String {
        self.fmt(id, &[])
    }

    /// A message with its variables filled in. A message the language
    /// lacks, or cannot format, comes in English; one English lacks too
    /// gives its id (the tests make sure none does).
    pub fn fmt(&self, id: &str, args: &[Arg]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.own
            .as_ref()
            .and_then(|b| format(b, id, &fa))
            .or_else(|| format(&self.english, id, &fa))
            .unwrap_or_else(|| id.to_owned())
    }

    /// A message split around some of its variables, for markup: each of
    /// `slots` (variable names) becomes a [`Piece::Slot`] with its index,
    /// wherever the language puts it.
    pub fn pieces(&self, id: &str, args: &[Arg], slots: &[&str]) -> Vec<Piece> {
        let marker = |i: usize| char::from_u32(0xE000 + i as u32).unwrap_or('\u{E000}');
        let mut all: Vec<Arg> = args.to_vec();
        for (i, name) in slots.iter().enumerate() {
            all.push((name, FluentValue::from(marker(i).to_string())));
        }
        let text = self.fmt(id, &all);
        let mut out = Vec::new();
        let mut run = String::new();
        for c in text.chars() {
            match (c as u32).checked_sub(0xE000).map(|i| i as usize) {
                Some(i) if i < slots.len() => {
                    if !run.is_empty() {
                        out.push(Piece::Text(std::mem::take(&mut run)));
                    }
                    out.push(Piece::Slot(i));
                }
                _ => run.push(c),
            }
        }
        if !run.is_empty() {
            out.push(Piece::Text(run));
        }
        out
    }

    /// Text from the campaign file for this language, as shown (accented
    /// in pseudo-English, so the tests can tell it was looked up).
    pub fn campaign<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if std::ptr::eq(self.language, &PSEUDO) {
            pseudo::accent(text)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// A list joined the language's way: "A", "A and B", "A, B and C".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [first @ .., last] => {
                let rest = first[1..].iter().fold(first[0].clone(), |acc, next| {
                    self.fmt(
                        "list-comma",
                        &[("first", acc.into()), ("rest", next.as_str().into())],
                    )
                });
                self.fmt(
                    "list-and",
                    &[("first", rest.into()), ("last", last.as_str().into())],
                )
            }
        }
    }
}

/// Text someone typed, kept to its own direction inside a message (Unicode
/// first-strong isolate): an English pledge in an Urdu sentence, or the
/// reverse, reads correctly.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

fn format(b: &Bundle, id: &str, args: &FluentArgs) -> Option<String> {
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, Some(args), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

fn bundle(
    language: &Language,
    ftl: &str,
    replacements: Replacements,
    problems: &mut Vec<String>,
) -> Bundle {
    let id = language.code.parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![id]);
    // Our own isolation marks go round what people type (`isolate`), not
    // round numbers and names the messages already place correctly.
    b.set_use_isolating(false);
    let res = match FluentResource::try_new(ftl.to_owned()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(format!("{}.ftl: {e}", language.code));
            }
            r
        }
    };
    if let Err(errors) = b.add_resource(res) {
        for e in errors {
            problems.push(format!("{}.ftl: {e}", language.code));
        }
    }
    let (source, bad) = replacement_source(replacements);
    for (id, why) in bad {
        problems.push(format!("messages.{}.{id}: {why}", language.code));
    }
    if let Ok(r) = FluentResource::try_new(source) {
        b.add_resource_overriding(r);
    }
    b
}

/// The campaign's replacements as Fluent source, leaving out any that do
/// not parse as exactly one message (each listed with why).
fn replacement_source(replacements: Replacements) -> (String, Vec<(String, String)>) {
    let mut source = String::new();
    let mut bad = Vec::new();
    for (id, text) in replacements {
        match replacement(id, text) {
            Ok(s) => source.push_str(&s),
            Err(why) => bad.push((id.to_string(), why)),
        }
    }
    (source, bad)
}

/// One replacement as Fluent source: `id =` then the text, indented.
fn replacement(id: &str, text: &str) -> Result<String, String> {
    let mut s = format!("{id} =\n");
    for line in text.lines() {
        s.push_str("    ");
        s.push_str(line);
        s.push('\n');
    }
    match FluentResource::try_new(s.clone()) {
        Ok(r) if r.entries().count() == 1 => Ok(s),
        Ok(_) => Err("is not one message: a line may start with a character \
                        Fluent gives a meaning to ([, *, . or })"
            .into()),
        Err((_, errors)) => Err(format!(
            "is not valid Fluent: {}",
            errors.first().map(|e| e.to_string()).unwrap_or_default()
        )),
    }
}

/// Whether a campaign may replace message `id` with `text`: `id` must be an
/// English message and `text` one valid Fluent message. The problem if not.
pub fn check_replacement(id: &str, text: &str) -> Result<(), String> {
    if !message_ids(ENGLISH_FTL).any(|m| m == id) {
        return Err("there is no such message (see static/locales/en-GB.ftl)".into());
    }
    if text.trim().is_empty() {
        return Err("is empty".into());
    }
    replacement(id, text).map(|_| ())
}

/// The ids of the messages in a Fluent file, in order.
pub fn message_ids(ftl: &str) -> impl Iterator<Item = &str> {
    ftl.lines().filter_map(|line| {
        let (id, _) = line.split_once('=')?;
        let id = id.trim_end();
        let ok = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        ok.then_some(id)
    })
}
