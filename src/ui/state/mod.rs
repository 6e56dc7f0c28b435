//! The editor's state and the actions that change it (a reducer, as in
//! Yew's todomvc example). Pure Rust: tested natively.
//!
//! The [`Draft`] is what the person has chosen and typed, and what
//! `sessionStorage` keeps. The rest is split by concern, each a small
//! state with its own actions and reducer in a module of its own: the
//! words ([`text`]), writing by hand ([`ink`]), the photo ([`photo`]), the preview and the render
//! worker's status ([`preview`]), Download and Share ([`share`]), and what
//! is said to screen-reader users ([`said`]). [`Editor`] composes them, and
//! owns what spans them: the board, the size, the language, Start again.

mod draft;
mod ink;
mod photo;
mod preview;
mod said;
mod share;
mod text;

pub use draft::{draft_key, Draft, Mode};
pub use ink::{InkAction, InkState, MAX_STROKES};
pub use photo::{PhotoAction, PhotoInfo, PhotoProblem, PhotoState, PhotoStatus, PlaceStep};
pub use preview::{PreviewAction, PreviewState, Shown, Status};
pub use said::{script_names, Said};
pub use share::{ShareAction, ShareEnd, ShareState};
pub use text::{TextAction, TextError, TextState};

use crate::campaign::Campaign;
use crate::i18n;
use std::rc::Rc;
use yew::Reducible;

/// Everything the editor shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    pub campaign: Rc<Campaign>,
    pub draft: Draft,
    pub text: TextState,
    pub ink: InkState,
    pub photo: PhotoState,
    pub preview: PreviewState,
    pub share: ShareState,
    /// The latest thing to tell screen-reader users (a polite live region).
    pub announcement: Option<Said>,
    /// How many announcements have been made: the page's live region
    /// changes with it, so the same words said twice (two Undos) are read
    /// out twice.
    pub said: u32,
}

/// What can happen to the editor: an action of one concern, or one that
/// spans them.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Text(TextAction),
    Ink(InkAction),
    Photo(PhotoAction),
    Preview(PreviewAction),
    Share(ShareAction),
    SetBoard(String),
    SetSize(String),
    /// The interface is now in this language (an `i18n` code).
    SetLang(String),
    /// "Start again": a blank draft, no photo, in the same language.
    StartAgain,
}

impl From<TextAction> for Action {
    fn from(a: TextAction) -> Action {
        Action::Text(a)
    }
}

impl From<InkAction> for Action {
    fn from(a: InkAction) -> Action {
        Action::Ink(a)
    }
}

impl From<PhotoAction> for Action {
    fn from(a: PhotoAction) -> Action {
        Action::Photo(a)
    }
}

impl From<PreviewAction> for Action {
    fn from(a: PreviewAction) -> Action {
        Action::Preview(a)
    }
}

impl From<ShareAction> for Action {
    fn from(a: ShareAction) -> Action {
        Action::Share(a)
    }
}

impl Editor {
    pub fn new(campaign: Rc<Campaign>, draft: Draft) -> Editor {
        Editor {
            campaign,
            draft,
            text: TextState::default(),
            ink: InkState::default(),
            photo: PhotoState::default(),
            preview: PreviewState::default(),
            share: ShareState::default(),
            announcement: None,
            said: 0,
        }
    }

    /// The editor after `action`.
    pub fn apply(&self, action: impl Into<Action>) -> Editor {
        let mut next = self.clone();
        // Whether this action says something (the last words stay shown).
        let before = next.announcement.take();
        next.apply_action(action.into());
        match next.announcement {
            Some(_) => next.said = self.said.wrapping_add(1),
            None => next.announcement = before,
        }
        if next.has_pledge() {
            next.text.empty_error = false;
        }
        next
    }

    fn apply_action(&mut self, action: Action) {
        let next = self;
        match action {
            Action::Text(a) => next.apply_text(a),
            Action::Ink(a) => next.apply_ink(a),
            Action::Photo(a) => next.apply_photo(a),
            Action::Preview(a) => next.apply_preview(a),
            Action::Share(a) => next.apply_share(a),
            Action::SetBoard(id) => {
                if next.campaign.board(&id).is_some() {
                    next.draft.board = id;
                }
            }
            Action::SetSize(id) => {
                if next.campaign.size(&id).is_some() {
                    next.draft.size = id;
                    // The fit limit differs by size: wait for the next answer.
                    next.text.fit_limit = None;
                }
            }
            Action::SetLang(code) => {
                if let Some(l) = i18n::find(&code) {
                    next.draft.lang = l.code.to_owned();
                }
            }
            Action::StartAgain => {
                let blank = Draft::blank_in(&next.campaign, &next.draft.lang);
                let mut fresh = Editor::new(next.campaign.clone(), blank);
                // The old preview stays on show until the blank one is drawn.
                fresh.preview.shown = next.preview.shown.clone();
                fresh.ink.revision = next.ink.revision.wrapping_add(1);
                fresh.said = next.said;
                fresh.announcement = Some(Said::Cleared {
                    photo: next.photo.info.is_some(),
                });
                *next = fresh;
            }
        }
    }
}

impl Reducible for Editor {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(super) mod tests {
    use super::*;
    use crate::campaign::DEFAULT_CAMPAIGN_TOML;

    /// A new editor on the default campaign.
    pub fn editor() -> Editor {
        let c = Rc::new(Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap());
        let d = Draft::blank(&c);
        Editor::new(c, d)
    }

    /// A preview of `draft` without a photo.
    pub fn shown(draft: &Draft) -> Shown {
        Shown {
            picture: 1,
            png: None,
            width: 1080,
            height: 1080,
            drawn_from: draft.clone(),
            photo: None,
        }
    }

    #[test]
    fn start_again_clears_the_draft_and_the_photo_but_keeps_the_campaign() {
        let e = editor()
            .apply(TextAction::Set("words".into()))
            .apply(TextAction::SetName("Asha".into()))
            .apply(Action::SetSize("story".into()))
            .apply(ShareAction::Downloaded)
            .apply(PhotoAction::Ready {
                photo: PhotoInfo {
                    id: 1,
                    width: 900,
                    height: 1200,
                },
                restored: false,
            });
        let d = e.draft.clone();
        let e = e.apply(PreviewAction::Rendered(shown(&d)));
        let again = e.apply(Action::StartAgain);
        assert_eq!(again.draft, Draft::blank(&e.campaign));
        assert!(!again.share.downloaded);
        assert_eq!(again.photo.info, None);
        assert_eq!(again.announcement, Some(Said::Cleared { photo: true }));
        // The old preview stays until the blank one is drawn.
        assert_eq!(again.preview.shown, e.preview.shown);
        assert!(!again.preview_is_current());
        assert_eq!(
            editor().apply(Action::StartAgain).announcement,
            Some(Said::Cleared { photo: false })
        );
    }

    #[test]
    fn unknown_boards_and_sizes_are_ignored() {
        let e = editor()
            .apply(Action::SetBoard("nope".into()))
            .apply(Action::SetSize("huge".into()));
        assert_eq!(e.draft, Draft::blank(&e.campaign));
        let e = e.apply(Action::SetBoard("many-voices".into()));
        assert_eq!(e.draft.board, "many-voices");
    }

    #[test]
    fn start_again_keeps_the_language_and_a_language_alone_is_blank() {
        let e = editor()
            .apply(Action::SetLang("ur".into()))
            .apply(TextAction::Set("x".into()))
            .apply(Action::StartAgain);
        assert_eq!(e.draft.lang, "ur");
        assert!(e.draft.is_blank(&e.campaign));
        assert_eq!(
            editor().apply(Action::SetLang("klingon".into())).draft.lang,
            "en-GB"
        );
    }

    #[test]
    fn writing_something_takes_back_the_empty_error() {
        let e = editor().apply(ShareAction::DownloadPressed);
        assert_eq!(e.text_error(), Some(TextError::Empty));
        let e = e.apply(TextAction::UseQuote(0));
        assert!(!e.text.empty_error);
        assert_eq!(e.text_error(), None);
    }

    #[test]
    fn the_same_words_said_again_count_as_said_again_and_silence_keeps_the_last() {
        use crate::ui::state::{InkAction, Mode, TextAction};
        let line = crate::ink::Stroke {
            points: vec![
                crate::ink::InkPoint {
                    x: 0,
                    y: 0,
                    pressure: 500,
                    t: 0,
                },
                crate::ink::InkPoint {
                    x: 900,
                    y: 10,
                    pressure: 500,
                    t: 20,
                },
            ],
            width: crate::ink::Width::Medium,
            colour: 0,
            real_pressure: false,
        };
        let e = editor()
            .apply(InkAction::SetMode(Mode::Write))
            .apply(InkAction::Stroke(line.clone()))
            .apply(InkAction::Stroke(line));
        let once = e.apply(InkAction::Undo);
        let twice = once.apply(InkAction::Undo);
        assert_eq!(once.announcement, twice.announcement);
        assert_ne!(once.said, twice.said, "two Undos: said twice");
        // Typing says nothing new: the last words stay, uncounted.
        let typed = twice.apply(TextAction::SetName("Asha".into()));
        assert_eq!(
            (typed.announcement.clone(), typed.said),
            (twice.announcement.clone(), twice.said)
        );
    }
}
