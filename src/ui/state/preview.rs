//! The preview: the image the render worker drew last (exactly what a
//! download saves), its PNG once made, and what the worker is doing.

use super::{Draft, Editor, Said};
use yew::AttrValue;

/// The preview on show: the image the worker drew last, which is exactly
/// what a download saves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// Which drawing it is (the render job's number): its pixels are the
    /// render hook's to put on the canvas.
    pub picture: u32,
    /// An object URL for its PNG, once made (the worker encodes it when
    /// typing pauses, or when Download or Share asks for it).
    pub png: Option<AttrValue>,
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
    /// The PNG of this picture is made: its object URL.
    Encoded {
        picture: u32,
        url: AttrValue,
    },
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
            PreviewAction::Encoded { picture, url } => {
                if let Some(s) = self.preview.shown.as_mut().filter(|s| s.picture == picture) {
                    s.png = Some(url);
                }
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

    #[test]
    fn a_png_is_kept_only_for_the_picture_it_was_made_from() {
        let e = editor();
        let d = e.draft.clone();
        let e = e.apply(PreviewAction::Rendered(shown(&d)));
        assert_eq!(e.preview.shown.as_ref().unwrap().png, None);
        let late = e.clone().apply(PreviewAction::Encoded {
            picture: 0,
            url: "blob:older".into(),
        });
        assert_eq!(late.preview.shown.as_ref().unwrap().png, None);
        let e = e.apply(PreviewAction::Encoded {
            picture: 1,
            url: "blob:png".into(),
        });
        assert_eq!(
            e.preview.shown.as_ref().unwrap().png.as_deref(),
            Some("blob:png")
        );
    }
}
