//! What the editor tells screen-reader users after something happens (a
//! polite live region), worded in the person's language.

use crate::i18n::Texts;
use crate::render::placement::Direction;

/// What the page tells screen-reader users after something happens (a
/// polite live region); worded by [`Said::text`] in the person's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    ExampleUsed,
    OwnWordsBack,
    /// Fonts being fetched, by script key.
    FontsLoading(Vec<String>),
    Downloaded,
    CaptionCopied(bool),
    Cleared {
        photo: bool,
    },
    PhotoOnBoard,
    /// A new photo moved the pledge to this board (by id), the first with
    /// a frame, as the chosen one had none.
    PhotoMovedTo(String),
    PhotoNeedsFrame,
    PhotoRemoved,
    Moved(Direction),
    CannotMove(Direction),
    Zoomed(u32),
    Reset,
    InkUndone,
    InkRedone,
    InkCleared,
}

impl Said {
    /// `board_name` names a board (by id) in the language on show.
    pub fn text(&self, t: &Texts, board_name: &dyn Fn(&str) -> String) -> String {
        let way = |d: &Direction| match d {
            Direction::Left => "left",
            Direction::Right => "right",
            Direction::Up => "up",
            Direction::Down => "down",
        };
        match self {
            Said::ExampleUsed => t.get("said-example-used"),
            Said::OwnWordsBack => t.get("said-own-words"),
            Said::FontsLoading(keys) => t.fmt(
                "said-fonts-loading",
                &[("fonts", script_names(t, keys).into())],
            ),
            Said::Downloaded => t.get("said-downloaded"),
            Said::CaptionCopied(true) => t.get("said-caption-copied"),
            Said::CaptionCopied(false) => t.get("said-caption-not-copied"),
            Said::Cleared { photo: false } => t.get("said-cleared"),
            Said::Cleared { photo: true } => t.get("said-cleared-photo"),
            Said::PhotoOnBoard => t.get("said-photo-on-board"),
            Said::PhotoMovedTo(board) => t.fmt(
                "said-photo-board-changed",
                &[("board", board_name(board).into())],
            ),
            Said::PhotoNeedsFrame => t.get("said-photo-no-frame"),
            Said::PhotoRemoved => t.get("said-photo-removed"),
            Said::Moved(d) => t.fmt("said-moved", &[("direction", way(d).into())]),
            Said::CannotMove(d) => t.fmt("said-cannot-move", &[("direction", way(d).into())]),
            Said::Zoomed(z) => t.fmt("said-zoomed", &[("percent", (*z).into())]),
            Said::Reset => t.get("said-reset"),
            Said::InkUndone => t.get("said-ink-undone"),
            Said::InkRedone => t.get("said-ink-redone"),
            Said::InkCleared => t.get("said-ink-cleared"),
        }
    }
}

/// Writing systems by script key (`render::fonts::FontFile::script`), named
/// and listed in the person's language: "Urdu and Gujarati".
pub fn script_names(t: &Texts, keys: &[String]) -> String {
    let names: Vec<String> = keys.iter().map(|k| t.get(&format!("script-{k}"))).collect();
    t.list(&names)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_named_and_listed_for_messages() {
        let t = Texts::english(&[]);
        let s = |v: &[&str]| script_names(&t, &v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&["urdu"]), "Urdu");
        assert_eq!(s(&["urdu", "arabic"]), "Urdu and Arabic");
        assert_eq!(
            s(&["urdu", "arabic", "gujarati"]),
            "Urdu, Arabic and Gujarati"
        );
        let said = Said::FontsLoading(vec!["gurmukhi".into()]).text(&t, &|_| String::new());
        assert_eq!(said, "Loading the Gurmukhi (Punjabi) lettering…");
    }
}
