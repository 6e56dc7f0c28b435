//! Checks a parsed campaign and lists every problem, each naming its field.

use super::model::*;
use super::{Colour, LocalText, ENGLISH_KEY};
use crate::i18n;
use std::collections::HashSet;
use std::fmt;

mod addresses;
mod board;
mod files;
mod layers;

use addresses::{check_address, check_origin, looks_like_email};
use board::check_board;
use files::{beside, check_shapes};

/// Latin-script font families the renderer has (see `render::fonts`).
pub const KNOWN_FAMILIES: &[&str] = &["Noto Sans"];

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Where, as a path: `boards[0].text_box.width`.
    pub field: String,
    /// What is wrong, and what is expected.
    pub problem: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

/// Why a campaign file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CampaignError {
    /// Not TOML, or a value of the wrong type; the parser's message says where.
    Parse(String),
    /// Parsed, but these fields are wrong.
    Invalid(Vec<FieldError>),
}

impl fmt::Display for CampaignError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CampaignError::Parse(message) => {
                write!(f, "the campaign file cannot be read: {message}")
            }
            CampaignError::Invalid(problems) => {
                write!(f, "the campaign file has {} problem(s):", problems.len())?;
                for p in problems {
                    write!(f, "\n- {p}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for CampaignError {}

/// Gathers problems under field paths.
struct Check(Vec<FieldError>);

impl Check {
    fn fail(&mut self, field: impl Into<String>, problem: impl Into<String>) {
        self.0.push(FieldError {
            field: field.into(),
            problem: problem.into(),
        });
    }

    fn not_empty(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, "is empty; it must say something");
        }
    }

    /// Runs `each` on every wording of `t`: on the field itself for plain
    /// text, on `field.<code>` for each language of a table, after checking
    /// that the app knows each language.
    fn local(&mut self, field: &str, t: &LocalText, mut each: impl FnMut(&mut Check, &str, &str)) {
        if t.other.is_empty() {
            return each(self, field, &t.en);
        }
        for (code, text) in t.all() {
            let f = format!("{field}.{code}");
            if code != ENGLISH_KEY && i18n::find(code).is_none() {
                self.fail(f, unknown_language(code));
                continue;
            }
            each(self, &f, text);
        }
    }

    /// Every wording of `t` says something.
    fn local_not_empty(&mut self, field: &str, t: &LocalText) {
        self.local(field, t, |k, f, s| k.not_empty(f, s));
    }

    fn colour(&mut self, field: &str, c: &Colour) {
        if !c.is_valid() {
            self.fail(
                field,
                format!(
                    "{:?} is not a colour; write #rrggbb or #rrggbbaa",
                    c.as_written()
                ),
            );
        }
    }

    fn range(&mut self, field: &str, v: f32, lo: f32, hi: f32) {
        if !(v.is_finite() && v >= lo && v <= hi) {
            self.fail(field, format!("is {v}; it must be from {lo} to {hi}"));
        }
    }

    fn rect(&mut self, field: &str, r: &Rect) {
        self.range(&format!("{field}.x"), r.x, 0.0, 1.0);
        self.range(&format!("{field}.y"), r.y, 0.0, 1.0);
        self.range(&format!("{field}.width"), r.width, 0.01, 1.0);
        self.range(&format!("{field}.height"), r.height, 0.01, 1.0);
        if r.x + r.width > 1.0 + 1e-4 {
            self.fail(
                format!("{field}.width"),
                format!(
                    "x + width is {}; the box must end inside the image (at most 1)",
                    r.x + r.width
                ),
            );
        }
        if r.y + r.height > 1.0 + 1e-4 {
            self.fail(
                format!("{field}.height"),
                format!(
                    "y + height is {}; the box must end inside the image (at most 1)",
                    r.y + r.height
                ),
            );
        }
    }

    fn slug(&mut self, field: &str, v: &str) {
        if v.is_empty()
            || !v
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            self.fail(field, format!("{v:?} must be lower-case letters, digits and hyphens (it goes into file names)"));
        }
    }
}

fn unknown_language(code: &str) -> String {
    let codes: Vec<&str> = std::iter::once(ENGLISH_KEY)
        .chain(i18n::LANGUAGES.iter().skip(1).map(|l| l.code))
        .collect();
    format!(
        "{code:?} is not a language the app has; use one of {}",
        codes.join(", ")
    )
}

/// The campaign's own wording for the interface's messages.
fn check_messages(k: &mut Check, c: &Campaign) {
    for (code, messages) in &c.messages {
        if i18n::find(code).is_none() {
            k.fail(format!("messages.{code}"), unknown_language(code));
            continue;
        }
        for (id, text) in messages {
            if let Err(why) = i18n::check_replacement(id, text) {
                k.fail(format!("messages.{code}.{id}"), why);
            }
        }
    }
}

/// The most characters the montage's place words may have.
pub const MAX_PLACE_CHARS: usize = 80;

/// Every problem with the campaign; empty when it is good.
pub fn problems(c: &Campaign) -> Vec<FieldError> {
    let mut k = Check(Vec::new());
    k.local_not_empty("name", &c.name);
    k.slug("slug", &c.slug);
    k.not_empty("organisation", &c.organisation);
    if !looks_like_email(&c.contact_email) {
        k.fail(
            "contact_email",
            format!(
                "{:?} is not an e-mail address like name@example.org",
                c.contact_email
            ),
        );
    }
    for (i, tag) in c.hashtags.iter().enumerate() {
        if !tag.starts_with('#') || tag.len() < 2 || tag.chars().any(char::is_whitespace) {
            k.fail(
                format!("hashtags[{i}]"),
                format!("{tag:?} must start with # and have no spaces"),
            );
        }
    }
    if !c.handle.is_empty()
        && (!c.handle.starts_with('@')
            || c.handle.len() < 2
            || c.handle.chars().any(char::is_whitespace))
    {
        k.fail(
            "handle",
            format!("{:?} must start with @ and have no spaces", c.handle),
        );
    }
    k.local("caption", &c.caption, check_caption);
    check_messages(&mut k, c);
    layers::drawn(&mut k, c);
    for (i, origin) in c.embed.parent_origins.iter().enumerate() {
        if let Err(why) = check_origin(origin) {
            k.fail(format!("embed.parent_origins[{i}]"), why);
        }
    }
    k.local("montage.place", &c.montage.place, |k, f, s| {
        if s.chars().count() > MAX_PLACE_CHARS {
            k.fail(
                f,
                format!(
                    "has {} characters; at most {MAX_PLACE_CHARS} fit in the montage's title",
                    s.chars().count()
                ),
            );
        }
    });
    check_shapes(&mut k, &c.montage.shapes);
    if let Err(why) = check_address(&c.quick_exit.url) {
        k.fail("quick_exit.url", why);
    }
    if !(1..=1000).contains(&c.max_pledge_chars) {
        k.fail(
            "max_pledge_chars",
            format!("is {}; it must be from 1 to 1000", c.max_pledge_chars),
        );
    }
    for (name, colour) in [
        ("primary", &c.colours.primary),
        ("accent", &c.colours.accent),
        ("text", &c.colours.text),
        ("background", &c.colours.background),
    ] {
        k.colour(&format!("colours.{name}"), colour);
    }
    check_page_colours(&mut k, &c.colours);
    check_reporting(&mut k, &c.reporting);

    if c.boards.is_empty() {
        k.fail("boards", "there are none; add at least one [[boards]]");
    }
    let mut ids = HashSet::new();
    for (i, b) in c.boards.iter().enumerate() {
        let f = format!("boards[{i}]");
        if !ids.insert(b.id.as_str()) {
            k.fail(
                format!("{f}.id"),
                format!("{:?} is used by another board; ids must differ", b.id),
            );
        }
        check_board(&mut k, &f, b);
        layers::check(&mut k, &f, &b.layers, c);
    }

    if c.quotes.is_empty() {
        k.fail("quotes", "there are none; add at least one [[quotes]]");
    }
    for (i, q) in c.quotes.iter().enumerate() {
        k.local(&format!("quotes[{i}].theme"), &q.theme, |_, _, _| {});
        k.local(&format!("quotes[{i}].text"), &q.text, |k, f, text| {
            k.not_empty(f, text);
            let n = text.chars().count();
            if n > c.max_pledge_chars {
                k.fail(
                    f,
                    format!(
                        "has {n} characters; pledges may have at most {} (max_pledge_chars)",
                        c.max_pledge_chars
                    ),
                );
            }
        });
    }

    if c.sizes.is_empty() {
        k.fail("sizes", "there are none; add at least one [[sizes]]");
    }
    let mut size_ids = HashSet::new();
    for (i, s) in c.sizes.iter().enumerate() {
        let f = format!("sizes[{i}]");
        k.slug(&format!("{f}.id"), &s.id);
        if !size_ids.insert(s.id.as_str()) {
            k.fail(
                format!("{f}.id"),
                format!("{:?} is used by another size; ids must differ", s.id),
            );
        }
        k.local_not_empty(&format!("{f}.name"), &s.name);
        for (name, v) in [("width", s.width), ("height", s.height)] {
            if !(200..=4096).contains(&v) {
                k.fail(
                    format!("{f}.{name}"),
                    format!("is {v}; it must be from 200 to 4096 pixels"),
                );
            }
        }
    }
    k.0
}

/// The page uses the campaign's colours: white text on `primary` (the
/// masthead, buttons) and `primary` links on white; `text` on `background`
/// and on white; `text` on `accent` (what has keyboard focus). Each pair
/// needs WCAG's 4.5:1.
fn check_page_colours(k: &mut Check, c: &super::Colours) {
    let white = Colour::parse("#ffffff");
    let pairs = [
        (
            "colours.primary",
            &c.primary,
            &white,
            "white text (the page's header and buttons)",
        ),
        (
            "colours.text",
            &c.text,
            &c.background,
            "the background colour",
        ),
        ("colours.text", &c.text, &white, "white (the page's panels)"),
        (
            "colours.accent",
            &c.accent,
            &c.text,
            "the text colour (what has keyboard focus)",
        ),
    ];
    for (field, a, b, what) in pairs {
        if !(a.is_valid() && b.is_valid()) {
            continue;
        }
        let ratio = a.contrast(b);
        if ratio < 4.5 {
            k.fail(
                field,
                format!(
                    "has contrast {ratio:.1}:1 with {what}; at least 4.5:1 is needed to read it"
                ),
            );
        }
    }
}

fn check_caption(k: &mut Check, field: &str, caption: &str) {
    k.not_empty(field, caption);
    let mut rest = caption;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            k.fail(field, "has a { with no }");
            return;
        };
        let name = &after[..close];
        if !["pledge", "hashtags", "handle"].contains(&name) {
            k.fail(field, format!("{{{name}}} is not something it can fill in; use {{pledge}}, {{hashtags}} or {{handle}}"));
        }
        rest = &after[close + 1..];
    }
}

fn check_reporting(k: &mut Check, r: &Reporting) {
    for (name, number) in [
        ("emergency", &r.emergency),
        ("non_emergency", &r.non_emergency),
    ] {
        if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == ' ') {
            k.fail(
                format!("reporting.{name}"),
                format!("{number:?} must be a phone number (digits)"),
            );
        }
    }
    if !r.online_url.starts_with("https://") || r.online_url.len() <= "https://".len() {
        k.fail(
            "reporting.online_url",
            format!("{:?} must be an https:// address", r.online_url),
        );
    }
    k.local_not_empty("reporting.online_name", &r.online_name);
}
