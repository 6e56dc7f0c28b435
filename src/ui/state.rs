//! The editor's state and the actions that change it (a reducer, as in
//! Yew's todomvc example). Pure Rust: tested natively.
//!
//! The [`Draft`] is what the person has chosen and typed, and what
//! `sessionStorage` keeps; the rest is what the page shows about it: the
//! latest preview, the worker's status, messages.

use crate::campaign::Campaign;
use crate::i18n::{self, Texts};
use crate::render::photo::{PhotoError, MAX_FILE_BYTES, MAX_PIXELS};
use crate::render::placement::{Direction, Placement};
use std::rc::Rc;
use yew::{AttrValue, Reducible};

/// What the person has entered: kept across a reload in the same tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The pledge exactly as typed (spaces and line breaks included).
    pub text: String,
    /// Shown as "— Name" under the pledge; may be empty.
    pub name: String,
    /// The quote example last chosen, by its place in the campaign's list.
    pub quote: Option<usize>,
    pub board: String,
    pub size: String,
    /// Where the photo sits in its frame (kept even while there is no photo).
    pub placement: Placement,
    /// The interface's language (an `i18n` code), also the pledge's
    /// language for the board.
    pub lang: String,
}

/// Where the draft is kept in `sessionStorage`.
pub fn draft_key(c: &Campaign) -> String {
    format!("pledge-board:{}:draft", c.slug)
}

impl Draft {
    /// A blank draft on the campaign's first board and size, in English.
    pub fn blank(c: &Campaign) -> Draft {
        Draft::blank_in(c, i18n::ENGLISH.code)
    }

    /// A blank draft in this language.
    pub fn blank_in(c: &Campaign, lang: &str) -> Draft {
        Draft {
            text: String::new(),
            name: String::new(),
            quote: None,
            board: c.boards.first().map(|b| b.id.clone()).unwrap_or_default(),
            size: c.sizes.first().map(|s| s.id.clone()).unwrap_or_default(),
            placement: Placement::default(),
            lang: lang.to_owned(),
        }
    }

    /// Whether nothing has been written or chosen (whatever the language).
    pub fn is_blank(&self, c: &Campaign) -> bool {
        *self == Draft::blank_in(c, &self.lang)
    }

    /// Whether there is a pledge (whitespace alone is none).
    pub fn has_pledge(&self) -> bool {
        !self.text.trim().is_empty()
    }

    /// The draft as key–value pairs for storage.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut v = vec![
            ("text".to_owned(), self.text.clone()),
            ("name".to_owned(), self.name.clone()),
            ("board".to_owned(), self.board.clone()),
            ("size".to_owned(), self.size.clone()),
            ("lang".to_owned(), self.lang.clone()),
        ];
        if let Some(q) = self.quote {
            v.push(("quote".to_owned(), q.to_string()));
        }
        if self.placement != Placement::default() {
            let p = self.placement;
            v.push(("photo".to_owned(), format!("{},{},{}", p.x, p.y, p.zoom)));
        }
        v
    }

    /// A stored draft, checked against the campaign: a board, size or quote
    /// the campaign no longer has falls back to the default; text is kept.
    pub fn from_pairs(pairs: &[(String, String)], c: &Campaign) -> Draft {
        let mut d = Draft::blank(c);
        for (k, v) in pairs {
            match k.as_str() {
                "text" => d.text = v.clone(),
                "name" => d.name = v.clone(),
                "board" if c.board(v).is_some() => d.board = v.clone(),
                "size" if c.size(v).is_some() => d.size = v.clone(),
                "quote" => d.quote = v.parse().ok().filter(|&q| q < c.quotes.len()),
                "photo" => d.placement = parse_placement(v).unwrap_or_default(),
                "lang" => {
                    if let Some(l) = i18n::find(v) {
                        d.lang = l.code.to_owned();
                    }
                }
                _ => {}
            }
        }
        d
    }
}

/// "x,y,zoom" as stored, put in range.
fn parse_placement(v: &str) -> Option<Placement> {
    let mut n = v.split(',').map(|n| n.trim().parse::<i64>().ok());
    let (x, y, zoom) = (n.next()??, n.next()??, n.next()??);
    let p = Placement {
        x: x.clamp(-10_000, 10_000) as i32,
        y: y.clamp(-10_000, 10_000) as i32,
        zoom: zoom.clamp(0, 10_000) as u32,
    };
    Some(p.clamped())
}

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
    /// The photo it was drawn with, by [`PhotoInfo::id`].
    pub photo: Option<u32>,
}

/// The person's photo, as the editor knows it (its pixels stay with the
/// browser glue, which numbers each photo it prepares).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhotoInfo {
    pub id: u32,
    pub width: u32,
    pub height: u32,
}

/// What is happening with the photo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhotoStatus {
    Idle,
    /// Being read and shrunk; `restoring` if it is the one kept for a reload.
    Preparing {
        restoring: bool,
    },
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
        }
    }
}

/// Writing systems by script key (`render::fonts::FontFile::script`), named
/// and listed in the person's language: "Urdu and Gujarati".
pub fn script_names(t: &Texts, keys: &[String]) -> String {
    let names: Vec<String> = keys.iter().map(|k| t.get(&format!("script-{k}"))).collect();
    t.list(&names)
}

/// A press of one of the photo's buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceStep {
    Move(Direction),
    ZoomIn,
    ZoomOut,
    Reset,
}

/// What the render worker is doing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Nothing in hand, or drawing (fast enough not to mention).
    Idle,
    /// Waiting for fonts, by script key, e.g. "urdu".
    FetchingFonts(Vec<String>),
    /// A font could not be fetched: its script key.
    FontFailed(String),
    /// The worker stopped, or refused for another reason.
    Broken(String),
}

/// A problem with the pledge text, shown on the text box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// At most `limit` characters fit on this board at this size.
    TooLong { limit: usize },
    /// Download was pressed with nothing written.
    Empty,
}

/// Everything the editor shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    pub campaign: Rc<Campaign>,
    pub draft: Draft,
    /// The text a chosen quote replaced, for "Undo".
    pub replaced: Option<String>,
    pub shown: Option<Shown>,
    pub status: Status,
    /// The fit limit the worker last reported for a too-long pledge; cleared
    /// by the next successful render.
    pub fit_limit: Option<usize>,
    /// Set by pressing Download with nothing to download.
    pub empty_error: bool,
    /// Download was pressed while the preview was catching up.
    pub download_waiting: bool,
    /// Share was pressed while the preview was catching up.
    pub share_waiting: bool,
    /// Sharing failed (not cancelled): say so, and offer the download.
    pub share_failed: bool,
    /// A download (or a share) has happened: show the next steps.
    pub downloaded: bool,
    /// The latest thing to tell screen-reader users (a polite live region).
    pub announcement: Option<Said>,
    pub photo: Option<PhotoInfo>,
    pub photo_status: PhotoStatus,
}

/// How a share ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareEnd {
    Done,
    /// The person closed the share sheet: nothing to say.
    Cancelled,
    Failed,
}

/// What can happen to the editor.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetText(String),
    /// Fill the text box with quote example `n`.
    UseQuote(usize),
    /// Put back the text a quote replaced.
    Undo,
    SetName(String),
    SetBoard(String),
    SetSize(String),
    /// The worker drew this draft.
    Rendered(Shown),
    FetchingFonts(Vec<String>),
    /// The worker's answer for a pledge of `chars` characters.
    TooLong {
        chars: usize,
        limit: usize,
    },
    FontFailed(String),
    Broken(String),
    /// The worker was restarted after a failure.
    Retry,
    /// The Download button was pressed.
    DownloadPressed,
    /// The download was handed to the browser.
    Downloaded,
    /// The Share button was pressed.
    SharePressed,
    /// The share sheet was opened with the image.
    ShareStarted,
    /// How sharing ended.
    Shared(ShareEnd),
    CaptionCopied(bool),
    /// "Start again": a blank draft, no photo.
    StartAgain,
    PhotoPreparing {
        restoring: bool,
    },
    /// A photo is ready and sent to the render worker; a restored one keeps
    /// the stored placement, a new one starts at the default.
    PhotoReady {
        photo: PhotoInfo,
        restored: bool,
    },
    PhotoFailed(PhotoProblem),
    PhotoNotKept,
    RemovePhoto,
    /// A button moved or zoomed the photo (said aloud).
    PlaceBy(PlaceStep),
    /// A drag, pinch or wheel placed the photo (not said: it is seen).
    Place(Placement),
    /// The interface is now in this language (an `i18n` code).
    SetLang(String),
}

impl Editor {
    pub fn new(campaign: Rc<Campaign>, draft: Draft) -> Editor {
        Editor {
            campaign,
            draft,
            replaced: None,
            shown: None,
            status: Status::Idle,
            fit_limit: None,
            empty_error: false,
            download_waiting: false,
            share_waiting: false,
            share_failed: false,
            downloaded: false,
            announcement: None,
            photo: None,
            photo_status: PhotoStatus::Idle,
        }
    }

    /// Whether the chosen board has a frame for a photo.
    pub fn board_has_frame(&self) -> bool {
        self.campaign
            .board(&self.draft.board)
            .is_some_and(|b| b.photo_frame.is_some())
    }

    /// The id of the campaign's first board with a frame for a photo.
    pub fn first_frame_board(&self) -> Option<&str> {
        self.campaign
            .boards
            .iter()
            .find(|b| b.photo_frame.is_some())
            .map(|b| b.id.as_str())
    }

    /// The most characters the pledge may have now: the fit limit the
    /// render engine last reported, or the campaign's maximum.
    pub fn char_limit(&self) -> usize {
        self.fit_limit
            .unwrap_or(self.campaign.max_pledge_chars)
            .min(self.campaign.max_pledge_chars)
    }

    /// The pledge's length in characters (as the render engine counts).
    pub fn chars(&self) -> usize {
        self.draft.text.chars().count()
    }

    /// The error to show on the text box, if any.
    pub fn text_error(&self) -> Option<TextError> {
        if self.chars() > self.char_limit() {
            Some(TextError::TooLong {
                limit: self.char_limit(),
            })
        } else if self.empty_error && !self.draft.has_pledge() {
            Some(TextError::Empty)
        } else {
            None
        }
    }

    /// Whether the preview shows the draft as it is now.
    pub fn preview_is_current(&self) -> bool {
        self.shown
            .as_ref()
            .is_some_and(|s| s.drawn_from == self.draft && s.photo == self.photo.map(|p| p.id))
    }

    /// Whether Download should save the preview right now.
    pub fn ready_to_download(&self) -> bool {
        self.download_waiting
            && self.preview_is_current()
            && self.draft.has_pledge()
            && self.text_error().is_none()
    }

    /// Whether Share should hand the preview to the browser right now.
    pub fn ready_to_share(&self) -> bool {
        self.share_waiting
            && self.preview_is_current()
            && self.draft.has_pledge()
            && self.text_error().is_none()
    }

    pub fn apply(&self, action: Action) -> Editor {
        let mut next = self.clone();
        let n = &mut next;
        match action {
            Action::SetText(text) => {
                n.draft.text = text;
                n.replaced = None;
            }
            Action::UseQuote(i) => {
                if let Some(q) = self.campaign.quotes.get(i) {
                    let text = q.text.get(&self.draft.lang);
                    if self.draft.has_pledge() && self.draft.text != text {
                        n.replaced = Some(self.draft.text.clone());
                    }
                    n.draft.text = text.to_owned();
                    n.draft.quote = Some(i);
                    n.announcement = Some(Said::ExampleUsed);
                }
            }
            Action::Undo => {
                if let Some(old) = n.replaced.take() {
                    n.draft.text = old;
                    n.announcement = Some(Said::OwnWordsBack);
                }
            }
            Action::SetName(name) => n.draft.name = name,
            Action::SetBoard(id) => {
                if self.campaign.board(&id).is_some() {
                    n.draft.board = id;
                }
            }
            Action::SetSize(id) => {
                if self.campaign.size(&id).is_some() {
                    n.draft.size = id;
                    // The fit limit differs by size: wait for the next answer.
                    n.fit_limit = None;
                }
            }
            Action::Rendered(shown) => {
                n.shown = Some(shown);
                n.status = Status::Idle;
                n.fit_limit = None;
            }
            Action::FetchingFonts(fonts) => {
                n.announcement = Some(Said::FontsLoading(fonts.clone()));
                n.status = Status::FetchingFonts(fonts);
            }
            Action::TooLong { chars, limit } => {
                n.fit_limit = Some(limit.min(chars.saturating_sub(1)));
                n.status = Status::Idle;
            }
            Action::FontFailed(font) => n.status = Status::FontFailed(font),
            Action::Broken(why) => n.status = Status::Broken(why),
            Action::Retry => n.status = Status::Idle,
            Action::DownloadPressed => {
                // Nothing to download, or too much: say so, wait for nothing.
                n.empty_error = !self.draft.has_pledge();
                n.download_waiting = self.draft.has_pledge() && self.text_error().is_none();
            }
            Action::Downloaded => {
                n.download_waiting = false;
                n.downloaded = true;
                n.announcement = Some(Said::Downloaded);
            }
            Action::SharePressed => {
                n.empty_error = !self.draft.has_pledge();
                n.share_waiting = self.draft.has_pledge() && self.text_error().is_none();
                n.share_failed = false;
            }
            Action::ShareStarted => n.share_waiting = false,
            Action::Shared(end) => {
                n.share_waiting = false;
                match end {
                    ShareEnd::Done => n.downloaded = true,
                    ShareEnd::Cancelled => {}
                    ShareEnd::Failed => n.share_failed = true,
                }
            }
            Action::CaptionCopied(ok) => {
                n.announcement = Some(Said::CaptionCopied(ok));
            }
            Action::StartAgain => {
                let blank = Draft::blank_in(&self.campaign, &self.draft.lang);
                *n = Editor::new(self.campaign.clone(), blank);
                n.shown = self.shown.clone();
                n.announcement = Some(Said::Cleared {
                    photo: self.photo.is_some(),
                });
            }
            Action::PhotoPreparing { restoring } => {
                n.photo_status = PhotoStatus::Preparing { restoring };
            }
            Action::PhotoReady { photo, restored } => {
                n.photo = Some(photo);
                n.photo_status = PhotoStatus::Idle;
                if !restored {
                    n.draft.placement = Placement::default();
                }
                n.announcement = Some(if self.board_has_frame() {
                    Said::PhotoOnBoard
                } else if let (false, Some(board)) = (restored, self.first_frame_board()) {
                    // A photo just chosen on a board without a frame would
                    // change nothing on show: the pledge moves to a board
                    // that can show it (the hint said so before the choice).
                    n.draft.board = board.to_string();
                    Said::PhotoMovedTo(board.to_string())
                } else {
                    Said::PhotoNeedsFrame
                });
            }
            Action::PhotoFailed(why) => n.photo_status = PhotoStatus::Failed(why),
            Action::PhotoNotKept => n.photo_status = PhotoStatus::NotKept,
            Action::RemovePhoto => {
                n.photo = None;
                n.photo_status = PhotoStatus::Idle;
                n.draft.placement = Placement::default();
                n.announcement = Some(Said::PhotoRemoved);
            }
            Action::PlaceBy(step) => {
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
                n.draft.placement = q;
                n.announcement = Some(said);
            }
            Action::Place(p) => n.draft.placement = p.clamped(),
            Action::SetLang(code) => {
                if let Some(l) = i18n::find(&code) {
                    n.draft.lang = l.code.to_owned();
                }
            }
        }
        if n.draft.has_pledge() {
            n.empty_error = false;
        }
        next
    }
}

impl Reducible for Editor {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::campaign::DEFAULT_CAMPAIGN_TOML;

    fn editor() -> Editor {
        let c = Rc::new(Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap());
        let d = Draft::blank(&c);
        Editor::new(c, d)
    }

    fn shown(draft: &Draft) -> Shown {
        Shown {
            url: "blob:x".into(),
            width: 1080,
            height: 1080,
            drawn_from: draft.clone(),
            photo: None,
        }
    }

    const PHOTO: PhotoInfo = PhotoInfo {
        id: 1,
        width: 900,
        height: 1200,
    };

    #[test]
    fn a_new_photo_starts_filling_the_frame_and_a_restored_one_keeps_its_place() {
        let e = editor()
            .apply(Action::SetBoard("many-voices".into()))
            .apply(Action::PlaceBy(PlaceStep::ZoomIn))
            .apply(Action::PhotoPreparing { restoring: true });
        assert_eq!(e.photo_status, PhotoStatus::Preparing { restoring: true });
        let restored = e.apply(Action::PhotoReady {
            photo: PHOTO,
            restored: true,
        });
        assert_eq!(restored.draft.placement.zoom, 125);
        assert_eq!(restored.photo_status, PhotoStatus::Idle);
        assert_eq!(restored.announcement, Some(Said::PhotoOnBoard));
        let new = restored.apply(Action::PhotoReady {
            photo: PhotoInfo { id: 2, ..PHOTO },
            restored: false,
        });
        assert_eq!(new.draft.placement, Placement::default());
    }

    #[test]
    fn a_photo_chosen_on_a_board_without_a_frame_moves_the_pledge_to_one_and_says_so() {
        let e = editor().apply(Action::SetText("kept".into()));
        assert!(!e.board_has_frame(), "the default board has no frame");
        let moved = e.apply(Action::PhotoReady {
            photo: PHOTO,
            restored: false,
        });
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
        let restored = e.apply(Action::PhotoReady {
            photo: PHOTO,
            restored: true,
        });
        assert_eq!(restored.draft.board, e.draft.board);
        assert_eq!(restored.announcement, Some(Said::PhotoNeedsFrame));

        // Nor does a campaign without any frame move anything.
        let mut c = (*e.campaign).clone();
        c.boards.retain(|b| b.photo_frame.is_none());
        let none = Editor::new(Rc::new(c), e.draft.clone()).apply(Action::PhotoReady {
            photo: PHOTO,
            restored: false,
        });
        assert_eq!(none.draft.board, e.draft.board);
        assert_eq!(none.announcement, Some(Said::PhotoNeedsFrame));
    }

    #[test]
    fn a_bad_file_keeps_the_photo_and_the_pledge() {
        let e = editor()
            .apply(Action::SetText("kept".into()))
            .apply(Action::PhotoReady {
                photo: PHOTO,
                restored: false,
            })
            .apply(Action::PhotoPreparing { restoring: false })
            .apply(Action::PhotoFailed(PhotoProblem::File(
                PhotoError::NotAnImage,
            )));
        assert_eq!(e.photo, Some(PHOTO));
        assert_eq!(e.draft.text, "kept");
        assert_eq!(
            e.photo_status,
            PhotoStatus::Failed(PhotoProblem::File(PhotoError::NotAnImage))
        );
    }

    #[test]
    fn the_preview_is_current_only_with_the_same_photo() {
        let e = editor().apply(Action::SetText("x".into()));
        let e = e.apply(Action::Rendered(shown(&e.draft)));
        assert!(e.preview_is_current());
        let e = e.apply(Action::PhotoReady {
            photo: PHOTO,
            restored: false,
        });
        assert!(!e.preview_is_current());
        let e = e.apply(Action::Rendered(Shown {
            photo: Some(PHOTO.id),
            ..shown(&e.draft)
        }));
        assert!(e.preview_is_current());
        let e = e.apply(Action::RemovePhoto);
        assert!(!e.preview_is_current());
        assert_eq!(e.announcement, Some(Said::PhotoRemoved));
    }

    #[test]
    fn buttons_say_what_they_did_and_when_they_cannot() {
        let mut e = editor().apply(Action::PlaceBy(PlaceStep::ZoomIn));
        assert_eq!(e.announcement, Some(Said::Zoomed(125)));
        for _ in 0..5 {
            e = e.apply(Action::PlaceBy(PlaceStep::Move(Direction::Left)));
        }
        assert_eq!(e.announcement, Some(Said::Moved(Direction::Left)));
        assert_eq!(e.draft.placement.x, -1000);
        e = e.apply(Action::PlaceBy(PlaceStep::Move(Direction::Left)));
        assert_eq!(e.announcement, Some(Said::CannotMove(Direction::Left)));
        e = e.apply(Action::PlaceBy(PlaceStep::Reset));
        assert_eq!(e.draft.placement, Placement::default());
        // A drag is seen, not said.
        let said = e.announcement.clone();
        let e = e.apply(Action::Place(Placement {
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
    fn start_again_clears_the_photo_too() {
        let e = editor()
            .apply(Action::SetText("x".into()))
            .apply(Action::PhotoReady {
                photo: PHOTO,
                restored: false,
            })
            .apply(Action::StartAgain);
        assert_eq!(e.photo, None);
        assert_eq!(e.announcement, Some(Said::Cleared { photo: true }));
    }

    #[test]
    fn set_text_keeps_the_text_exactly_in_any_script() {
        for typed in [
            "  We stand together\n— Asha ",
            "نفرت کی کوئی جگہ نہیں",
            "આપણે સાથે છીએ",
        ] {
            assert_eq!(
                editor().apply(Action::SetText(typed.into())).draft.text,
                typed
            );
        }
    }

    #[test]
    fn a_quote_fills_the_box_and_undo_brings_back_own_words() {
        let e = editor().apply(Action::SetText("my own words".into()));
        let q = e.apply(Action::UseQuote(2));
        assert_eq!(q.draft.text, q.campaign.quotes[2].text.en);
        assert_eq!(q.draft.quote, Some(2));
        assert_eq!(q.replaced.as_deref(), Some("my own words"));
        let back = q.apply(Action::Undo);
        assert_eq!(back.draft.text, "my own words");
        assert_eq!(back.replaced, None);
        // Editing the quote makes it the person's own: nothing to undo.
        let edited = q.apply(Action::SetText("edited".into()));
        assert_eq!(edited.replaced, None);
        // A quote into an empty box has nothing to undo; a bad index does nothing.
        assert_eq!(editor().apply(Action::UseQuote(0)).replaced, None);
        assert_eq!(editor().apply(Action::UseQuote(999)), editor());
    }

    #[test]
    fn the_limit_comes_from_the_engine_when_the_pledge_is_too_long() {
        let e = editor().apply(Action::SetText("x".repeat(150)));
        assert_eq!(e.char_limit(), 280);
        assert_eq!(e.text_error(), None);
        let e = e.apply(Action::TooLong {
            chars: 150,
            limit: 120,
        });
        assert_eq!(e.text_error(), Some(TextError::TooLong { limit: 120 }));
        // Download does nothing while it is too long; the text is kept.
        let e = e.apply(Action::DownloadPressed);
        assert!(!e.download_waiting);
        assert_eq!(e.chars(), 150);
        // Shortened and drawn: no error, the campaign's maximum again.
        let e = e.apply(Action::SetText("x".repeat(100)));
        let d = e.draft.clone();
        let e = e.apply(Action::Rendered(shown(&d)));
        assert_eq!((e.char_limit(), e.text_error()), (280, None));
        // Over the campaign's maximum without the engine's word.
        let e = e.apply(Action::SetText("x".repeat(281)));
        assert_eq!(e.text_error(), Some(TextError::TooLong { limit: 280 }));
    }

    #[test]
    fn download_waits_for_the_preview_of_the_current_draft() {
        let e = editor().apply(Action::DownloadPressed);
        assert_eq!(e.text_error(), Some(TextError::Empty));
        let e = e.apply(Action::SetText("Hate has no home here".into()));
        assert_eq!(e.text_error(), None);
        let e = e.apply(Action::DownloadPressed);
        assert!(e.download_waiting && !e.ready_to_download());
        let mut old = e.draft.clone();
        old.text = "Hate has no home".into();
        assert!(!e.apply(Action::Rendered(shown(&old))).ready_to_download());
        let d = e.draft.clone();
        let e = e.apply(Action::Rendered(shown(&d)));
        assert!(e.ready_to_download());
        let e = e.apply(Action::Downloaded);
        assert!(e.downloaded && !e.ready_to_download());
        assert_eq!(e.announcement, Some(Said::Downloaded));
    }

    #[test]
    fn share_waits_for_the_current_preview_and_says_only_a_failure() {
        // Nothing written: the same error as Download, nothing waits.
        let e = editor().apply(Action::SharePressed);
        assert_eq!(e.text_error(), Some(TextError::Empty));
        assert!(!e.share_waiting);
        let e = e.apply(Action::SetText("Hate has no home here".into()));
        let e = e.apply(Action::SharePressed);
        assert!(e.share_waiting && !e.ready_to_share());
        let d = e.draft.clone();
        let e = e.apply(Action::Rendered(shown(&d)));
        assert!(e.ready_to_share() && !e.ready_to_download());
        // Handed over once: a second render of the same draft shares nothing.
        let e = e.apply(Action::ShareStarted);
        assert!(!e.ready_to_share());
        // Cancelled: nothing changes; failed: said; done: the next steps.
        let cancelled = e.apply(Action::Shared(ShareEnd::Cancelled));
        assert!(!cancelled.share_failed && !cancelled.downloaded);
        let failed = e.apply(Action::Shared(ShareEnd::Failed));
        assert!(failed.share_failed && !failed.downloaded);
        assert!(!failed.apply(Action::SharePressed).share_failed);
        let done = e.apply(Action::Shared(ShareEnd::Done));
        assert!(done.downloaded && !done.share_failed);
    }

    #[test]
    fn start_again_clears_the_draft_but_keeps_the_campaign() {
        let e = editor()
            .apply(Action::SetText("words".into()))
            .apply(Action::SetName("Asha".into()))
            .apply(Action::SetSize("story".into()))
            .apply(Action::Downloaded)
            .apply(Action::StartAgain);
        assert_eq!(e.draft, Draft::blank(&e.campaign));
        assert!(!e.downloaded);
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
    fn a_stored_draft_comes_back_and_bad_values_fall_back() {
        let e = editor();
        let d = Draft {
            text: "Line one\nline two & more = yes".into(),
            name: "Zofia Łukasiewicz".into(),
            quote: Some(3),
            board: "many-voices".into(),
            size: "story".into(),
            placement: Placement {
                x: -400,
                y: 1000,
                zoom: 156,
            },
            lang: "ur".into(),
        };
        assert_eq!(Draft::from_pairs(&d.to_pairs(), &e.campaign), d);
        let bad = vec![
            ("text".to_owned(), "kept".to_owned()),
            ("photo".to_owned(), "99999,-5,x".to_owned()),
            ("board".to_owned(), "gone".to_owned()),
            ("size".to_owned(), "huge".to_owned()),
            ("quote".to_owned(), "99".to_owned()),
            ("lang".to_owned(), "xx".to_owned()),
            ("other".to_owned(), "x".to_owned()),
        ];
        let back = Draft::from_pairs(&bad, &e.campaign);
        assert_eq!(back.text, "kept");
        assert_eq!(
            (back.board.as_str(), back.size.as_str(), back.quote),
            ("purple-dawn", "square", None)
        );
        assert_eq!(back.placement, Placement::default());
        assert_eq!(back.lang, "en-GB");
        let wild = [("photo".to_owned(), "99999,-5,9000".to_owned())];
        assert_eq!(
            Draft::from_pairs(&wild, &e.campaign).placement,
            Placement {
                x: 1000,
                y: -5,
                zoom: 400
            }
        );
    }

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

    #[test]
    fn start_again_keeps_the_language_and_a_language_alone_is_blank() {
        let e = editor()
            .apply(Action::SetLang("ur".into()))
            .apply(Action::SetText("x".into()))
            .apply(Action::StartAgain);
        assert_eq!(e.draft.lang, "ur");
        assert!(e.draft.is_blank(&e.campaign));
        assert_eq!(
            editor().apply(Action::SetLang("klingon".into())).draft.lang,
            "en-GB"
        );
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
