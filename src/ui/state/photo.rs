//! The person's photo: preparing it, the problems a file can have, and its
//! place in the board's frame (moved and zoomed by buttons, drag or pinch).

use super::{Editor, Mode, Said};
use crate::i18n::Texts;
use crate::render::photo::{PhotoError, MAX_FILE_BYTES, MAX_PIXELS};
use crate::render::placement::{Direction, Placement};

/// The person's photo, as the editor knows it (its pixels stay with the
/// browser glue, which numbers each photo it prepares).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhotoInfo {
    pub id: u32,
    pub width: u32,
    pub height: u32,
}

/// What is happening with the photo.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum PhotoStatus {
    #[default]
    Idle,
    /// Being read and shrunk; `restoring` if it is the one kept for a reload.
    Preparing { restoring: bool },
    /// The file could not be used, and why.
    Failed(PhotoProblem),
    /// The photo is on the board but too large to keep for a reload.
    NotKept,
}

/// Why a photo could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhotoProblem {
    /// The photo worker read the file and refused it.
    File(PhotoError),
    /// The browser could not read the file: its explanation (logged).
    Unreadable(String),
    /// The photo worker stopped or never started: why, as far as is known
    /// (logged).
    NotPrepared(String),
}

impl PhotoProblem {
    /// The message for the person, in their language.
    pub fn text(&self, t: &Texts) -> String {
        let mb = |bytes: usize| (bytes as f64 / 1_048_576.0).round();
        match self {
            PhotoProblem::File(PhotoError::FileTooBig { bytes }) => t.fmt(
                "photo-too-big",
                &[
                    ("size", mb(*bytes).into()),
                    ("max", mb(MAX_FILE_BYTES).into()),
                ],
            ),
            PhotoProblem::File(PhotoError::Heic) => t.get("photo-heic"),
            PhotoProblem::File(PhotoError::NotAnImage) => t.get("photo-not-image"),
            PhotoProblem::File(PhotoError::TooManyPixels { width, height }) => t.fmt(
                "photo-too-many-pixels",
                &[
                    ("width", (*width).into()),
                    ("height", (*height).into()),
                    ("megapixels", (MAX_PIXELS / 1_000_000).into()),
                ],
            ),
            PhotoProblem::File(PhotoError::Corrupt(_)) => t.get("photo-corrupt"),
            // The browser's own reasons are for the console, not the person.
            PhotoProblem::Unreadable(_) => t.get("photo-unreadable"),
            PhotoProblem::NotPrepared(_) => t.get("photo-not-prepared"),
        }
    }
}

/// A press of one of the photo's buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceStep {
    Move(Direction),
    ZoomIn,
    ZoomOut,
    Reset,
}

/// The photo on the board (its placement is in the draft) and what is
/// happening to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PhotoState {
    pub info: Option<PhotoInfo>,
    pub status: PhotoStatus,
}

/// What can happen to the photo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhotoAction {
    Preparing {
        restoring: bool,
    },
    /// A photo is ready and sent to the render worker; a restored one keeps
    /// the stored placement, a new one starts at the default.
    Ready {
        photo: PhotoInfo,
        restored: bool,
    },
    Failed(PhotoProblem),
    NotKept,
    Remove,
    /// A button moved or zoomed the photo (said aloud).
    PlaceBy(PlaceStep),
    /// A drag, pinch or wheel placed the photo (not said: it is seen).
    Place(Placement),
}

impl Editor {
    /// Whether the image has room for the photo: the chosen board has a
    /// frame, or the photo is a paper pledge (it fills the image).
    pub fn board_has_frame(&self) -> bool {
        self.draft.mode == Mode::Paper
            || self
                .campaign
                .board(&self.draft.board)
                .is_some_and(|b| b.photo_frame.is_some())
    }

    /// Whether there is a pledge to put on the board: typed words, ink,
    /// or, for a paper pledge, its photo.
    pub fn has_pledge(&self) -> bool {
        match self.draft.mode {
            Mode::Paper => self.photo.info.is_some(),
            _ => self.draft.has_pledge(),
        }
    }

    /// The id of the campaign's first board with a frame for a photo.
    pub fn first_frame_board(&self) -> Option<&str> {
        self.campaign
            .boards
            .iter()
            .find(|b| b.photo_frame.is_some())
            .map(|b| b.id.as_str())
    }

    pub(super) fn apply_photo(&mut self, action: PhotoAction) {
        match action {
            PhotoAction::Preparing { restoring } => {
                self.photo.status = PhotoStatus::Preparing { restoring };
            }
            PhotoAction::Ready { photo, restored } => {
                self.photo.info = Some(photo);
                self.photo.status = PhotoStatus::Idle;
                if !restored {
                    self.draft.placement = Placement::default();
                }
                let said = if self.board_has_frame() {
                    Said::PhotoOnBoard
                } else if let (false, Some(board)) = (restored, self.first_frame_board()) {
                    // A photo just chosen on a board without a frame would
                    // change nothing on show: the pledge moves to a board
                    // that can show it (the hint said so before the choice).
                    let board = board.to_owned();
                    self.draft.board = board.clone();
                    Said::PhotoMovedTo(board)
                } else {
                    Said::PhotoNeedsFrame
                };
                self.announcement = Some(said);
            }
            PhotoAction::Failed(why) => self.photo.status = PhotoStatus::Failed(why),
            PhotoAction::NotKept => self.photo.status = PhotoStatus::NotKept,
            PhotoAction::Remove => {
                self.photo = PhotoState::default();
                self.draft.placement = Placement::default();
                self.announcement = Some(Said::PhotoRemoved);
            }
            PhotoAction::PlaceBy(step) => {
                let p = self.draft.placement;
                let (q, said) = match step {
                    PlaceStep::Move(d) => {
                        let q = p.moved(d);
                        (
                            q,
                            if q == p {
                                Said::CannotMove(d)
                            } else {
                                Said::Moved(d)
                            },
                        )
                    }
                    PlaceStep::ZoomIn => {
                        let q = p.zoomed_in();
                        (q, Said::Zoomed(q.zoom))
                    }
                    PlaceStep::ZoomOut => {
                        let q = p.zoomed_out();
                        (q, Said::Zoomed(q.zoom))
                    }
                    PlaceStep::Reset => (Placement::default(), Said::Reset),
                };
                self.draft.placement = q;
                self.announcement = Some(said);
            }
            PhotoAction::Place(p) => self.draft.placement = p.clamped(),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::tests::{editor, shown};
    use super::super::{Action, PreviewAction, Shown, TextAction};
    use super::*;
    use std::rc::Rc;

    const PHOTO: PhotoInfo = PhotoInfo {
        id: 1,
        width: 900,
        height: 1200,
    };

    fn ready(restored: bool) -> PhotoAction {
        PhotoAction::Ready {
            photo: PHOTO,
            restored,
        }
    }

    #[test]
    fn a_new_photo_starts_filling_the_frame_and_a_restored_one_keeps_its_place() {
        let e = editor()
            .apply(Action::SetBoard("many-voices".into()))
            .apply(PhotoAction::PlaceBy(PlaceStep::ZoomIn))
            .apply(PhotoAction::Preparing { restoring: true });
        assert_eq!(e.photo.status, PhotoStatus::Preparing { restoring: true });
        let restored = e.apply(ready(true));
        assert_eq!(restored.draft.placement.zoom, 125);
        assert_eq!(restored.photo.status, PhotoStatus::Idle);
        assert_eq!(restored.announcement, Some(Said::PhotoOnBoard));
        let new = restored.apply(PhotoAction::Ready {
            photo: PhotoInfo { id: 2, ..PHOTO },
            restored: false,
        });
        assert_eq!(new.draft.placement, Placement::default());
    }

    #[test]
    fn a_paper_pledge_is_its_photo_on_any_board_and_is_kept_as_such() {
        use crate::ui::state::{Draft, InkAction, Mode, ShareAction, TextError};
        let e = editor()
            .apply(TextAction::Set("typed, kept".into()))
            .apply(InkAction::SetMode(Mode::Paper))
            .apply(InkAction::Says("Hope".into()));
        assert_eq!(e.draft.words(), "Hope");
        // Download before a photo: nothing to hand over, said.
        let pressed = e.apply(ShareAction::DownloadPressed);
        assert!(!pressed.has_pledge() && !pressed.share.download_waiting);
        assert_eq!(pressed.text_error(), Some(TextError::Empty));
        // The default board has no frame: a paper pledge needs none, and
        // the pledge stays on its board.
        assert!(e.board_has_frame());
        let with = pressed.apply(ready(false));
        assert_eq!(with.draft.board, "purple-dawn");
        assert_eq!(with.announcement, Some(Said::PhotoOnBoard));
        assert!(with.has_pledge());
        assert_eq!(with.text_error(), None);
        // Kept across a reload, where the campaign allows paper pledges.
        let pairs = with.draft.to_pairs();
        assert!(pairs.contains(&("mode".into(), "paper".into())));
        let c = with.campaign.clone();
        assert_eq!(Draft::from_pairs(&pairs, &c).mode, Mode::Paper);
        let mut strict = (*c).clone();
        strict.paper_photos = false;
        assert_eq!(Draft::from_pairs(&pairs, &strict).mode, Mode::Type);
        // Back to typing: the typed words are there.
        let typed = with.apply(InkAction::SetMode(Mode::Type));
        assert_eq!(typed.draft.words(), "typed, kept");
    }

    #[test]
    fn a_photo_chosen_on_a_board_without_a_frame_moves_the_pledge_to_one_and_says_so() {
        let e = editor().apply(TextAction::Set("kept".into()));
        assert!(!e.board_has_frame(), "the default board has no frame");
        let moved = e.apply(ready(false));
        assert_eq!(moved.draft.board, "many-voices");
        assert!(moved.board_has_frame());
        assert_eq!(moved.draft.text, "kept");
        assert_eq!(
            moved.announcement,
            Some(Said::PhotoMovedTo("many-voices".into()))
        );
        let t = Texts::english(&[]);
        let said = moved
            .announcement
            .unwrap()
            .text(&t, &|id| format!("<{id}>"));
        assert_eq!(
            said,
            "Your photo is on the board: the design is now “<many-voices>”, which has space for it. You can move and zoom it."
        );

        // A photo brought back after a reload stays off a board chosen
        // without a frame: that choice was the person's, after the photo.
        let restored = e.apply(ready(true));
        assert_eq!(restored.draft.board, e.draft.board);
        assert_eq!(restored.announcement, Some(Said::PhotoNeedsFrame));

        // Nor does a campaign without any frame move anything.
        let mut c = (*e.campaign).clone();
        c.boards.retain(|b| b.photo_frame.is_none());
        let none = Editor::new(Rc::new(c), e.draft.clone()).apply(ready(false));
        assert_eq!(none.draft.board, e.draft.board);
        assert_eq!(none.announcement, Some(Said::PhotoNeedsFrame));
    }

    #[test]
    fn a_bad_file_keeps_the_photo_and_the_pledge() {
        let e = editor()
            .apply(TextAction::Set("kept".into()))
            .apply(ready(false))
            .apply(PhotoAction::Preparing { restoring: false })
            .apply(PhotoAction::Failed(PhotoProblem::File(
                PhotoError::NotAnImage,
            )));
        assert_eq!(e.photo.info, Some(PHOTO));
        assert_eq!(e.draft.text, "kept");
        assert_eq!(
            e.photo.status,
            PhotoStatus::Failed(PhotoProblem::File(PhotoError::NotAnImage))
        );
        let e = e.apply(PhotoAction::NotKept);
        assert_eq!(e.photo.status, PhotoStatus::NotKept);
        assert_eq!(e.photo.info, Some(PHOTO));
    }

    #[test]
    fn the_preview_is_current_only_with_the_same_photo() {
        let e = editor().apply(TextAction::Set("x".into()));
        let e = e.apply(PreviewAction::Rendered(shown(&e.draft)));
        assert!(e.preview_is_current());
        let e = e.apply(ready(false));
        assert!(!e.preview_is_current());
        let e = e.apply(PreviewAction::Rendered(Shown {
            photo: Some(PHOTO.id),
            ..shown(&e.draft)
        }));
        assert!(e.preview_is_current());
        let e = e.apply(PhotoAction::Remove);
        assert!(!e.preview_is_current());
        assert_eq!(e.announcement, Some(Said::PhotoRemoved));
    }

    #[test]
    fn buttons_say_what_they_did_and_when_they_cannot() {
        let mut e = editor().apply(PhotoAction::PlaceBy(PlaceStep::ZoomIn));
        assert_eq!(e.announcement, Some(Said::Zoomed(125)));
        e = e.apply(PhotoAction::PlaceBy(PlaceStep::ZoomOut));
        assert_eq!(e.announcement, Some(Said::Zoomed(100)));
        e = e.apply(PhotoAction::PlaceBy(PlaceStep::ZoomIn));
        for _ in 0..5 {
            e = e.apply(PhotoAction::PlaceBy(PlaceStep::Move(Direction::Left)));
        }
        assert_eq!(e.announcement, Some(Said::Moved(Direction::Left)));
        assert_eq!(e.draft.placement.x, -1000);
        e = e.apply(PhotoAction::PlaceBy(PlaceStep::Move(Direction::Left)));
        assert_eq!(e.announcement, Some(Said::CannotMove(Direction::Left)));
        e = e.apply(PhotoAction::PlaceBy(PlaceStep::Reset));
        assert_eq!(e.draft.placement, Placement::default());
        // A drag is seen, not said.
        let said = e.announcement.clone();
        let e = e.apply(PhotoAction::Place(Placement {
            x: 5000,
            y: 0,
            zoom: 200,
        }));
        assert_eq!(
            e.draft.placement,
            Placement {
                x: 1000,
                y: 0,
                zoom: 200
            }
        );
        assert_eq!(e.announcement, said);
    }

    #[test]
    fn photo_problems_are_worded_with_their_numbers() {
        let t = Texts::english(&[]);
        let big = PhotoProblem::File(PhotoError::FileTooBig { bytes: 43_000_000 });
        assert_eq!(
            big.text(&t),
            "This file is 41 MB; photos up to 40 MB can be used. Choose a smaller photo."
        );
        let huge = PhotoProblem::File(PhotoError::TooManyPixels {
            width: 20000,
            height: 20000,
        });
        assert!(huge
            .text(&t)
            .starts_with("This photo is 20000 × 20000 pixels"));
        assert!(huge.text(&t).contains("up to 64 megapixels"));
    }
}
