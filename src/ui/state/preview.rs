//! The preview: the image the render worker drew last (exactly what a
//! download saves), and what the worker is doing.

use super::{Draft, Editor, Said};
use yew::AttrValue;

/// The preview on show: the image the worker drew last, which is exactly
/// what a download saves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// An object URL for the PNG.
    pub url: AttrValue,
    pub width: u32,
    pub height: u32,
    /// The draft it was drawn from (text, name, board, size, placement).
    pub drawn_from: Draft,
    /// The photo it was drawn with, by [`super::PhotoInfo::id`].
    pub photo: Option<u32>,
}

/// What the render worker is doing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// Nothing in hand, or drawing (fast enough not to mention).
    #[default]
    Idle,
    /// Waiting for fonts, by script key, e.g. "urdu".
    FetchingFonts(Vec<String>),
    /// A font could not be fetched: its script key.
    FontFailed(String),
    /// The worker stopped, or refused for another reason.
    Broken(String),
}

/// The preview and the worker's status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PreviewState {
    pub shown: Option<Shown>,
    pub status: Status,
}

/// What the render worker says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PreviewAction {
    /// The worker drew this draft.
    Rendered(Shown),
    FetchingFonts(Vec<String>),
    FontFailed(String),
    Broken(String),
    /// The worker was restarted after a failure.
    Retry,
}

impl Editor {
    /// Whether the preview shows the draft as it is now.
    pub fn preview_is_current(&self) -> bool {
        self.preview
            .shown
            .as_ref()
            .is_some_and(|s| s.drawn_from == self.draft && s.photo == self.photo.info.map(|p| p.id))
    }

    pub(super) fn apply_preview(&mut self, action: PreviewAction) {
        match action {
            PreviewAction::Rendered(shown) => {
                self.preview.shown = Some(shown);
                self.preview.status = Status::Idle;
                self.text.fit_limit = None;
            }
            PreviewAction::FetchingFonts(fonts) => {
                self.announcement = Some(Said::FontsLoading(fonts.clone()));
                self.preview.status = Status::FetchingFonts(fonts);
            }
            PreviewAction::FontFailed(font) => self.preview.status = Status::FontFailed(font),
            PreviewAction::Broken(why) => self.preview.status = Status::Broken(why),
            PreviewAction::Retry => self.preview.status = Status::Idle,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::tests::{editor, shown};
    use super::super::TextAction;
    use super::*;

    #[test]
    fn the_worker_status_is_kept_until_the_next_drawing_or_retry() {
        let e = editor().apply(PreviewAction::FetchingFonts(vec!["urdu".into()]));
        assert_eq!(e.preview.status, Status::FetchingFonts(vec!["urdu".into()]));
        assert_eq!(
            e.announcement,
            Some(Said::FontsLoading(vec!["urdu".into()]))
        );
        let e = e.apply(PreviewAction::FontFailed("urdu".into()));
        assert_eq!(e.preview.status, Status::FontFailed("urdu".into()));
        let broken = e.apply(PreviewAction::Broken("stopped".into()));
        assert_eq!(broken.preview.status, Status::Broken("stopped".into()));
        assert_eq!(
            broken.apply(PreviewAction::Retry).preview.status,
            Status::Idle
        );
        let d = broken.draft.clone();
        let drawn = broken.apply(PreviewAction::Rendered(shown(&d)));
        assert_eq!(drawn.preview.status, Status::Idle);
        assert!(drawn.preview_is_current());
        // A change of words makes the preview old until the next drawing.
        assert!(!drawn
            .apply(TextAction::Set("new".into()))
            .preview_is_current());
    }
}
