//! The ways to make a pledge, as the editor's radio group offers them:
//! type it, write it by hand, or (where the campaign allows it) use a
//! photo of a pledge written on paper.

use super::state::Mode;
use crate::campaign::Campaign;
use crate::i18n::Texts;
use yew::AttrValue;

/// (value, label) pairs for the radios.
pub fn options(t: &Texts, c: &Campaign) -> Vec<(AttrValue, AttrValue)> {
    let mut modes = vec![
        (AttrValue::from("type"), AttrValue::from(t.get("mode-type"))),
        (
            AttrValue::from("write"),
            AttrValue::from(t.get("mode-write")),
        ),
    ];
    if c.paper_photos {
        modes.push((AttrValue::from("paper"), t.get("mode-paper").into()));
    }
    modes
}

/// A mode's radio value.
pub fn id(mode: Mode) -> &'static str {
    match mode {
        Mode::Type => "type",
        Mode::Write => "write",
        Mode::Paper => "paper",
    }
}

/// The mode a radio value stands for.
pub fn from_id(id: &str) -> Mode {
    match id {
        "write" => Mode::Write,
        "paper" => Mode::Paper,
        _ => Mode::Type,
    }
}
