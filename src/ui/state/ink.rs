//! Writing by hand: the choice between typing and writing, the strokes
//! (kept in the draft), Undo and Redo, Clear, the pen's colour and width,
//! and the limit on how much one board holds.

use super::{Editor, Mode, Said};
use crate::ink::{Stroke, Width, MAX_POINTS};

/// The most strokes one board holds (with [`MAX_POINTS`] points in all).
pub const MAX_STROKES: usize = 1_000;

/// The pen, and what Redo would bring back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InkState {
    /// Strokes undone, the last undone last.
    pub redo: Vec<Stroke>,
    /// The campaign ink colour the pen writes in, by its place.
    pub colour: usize,
    pub width: Width,
    /// The last stroke did not fit: the board is full.
    pub full: bool,
    /// The writing kept from before could not be read, and was dropped
    /// (said until the next stroke).
    pub damaged: bool,
    /// Counts every change to the writing, so effects can tell a change
    /// without comparing every point.
    pub revision: u32,
}

/// What can happen to the writing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InkAction {
    /// Type or write.
    SetMode(Mode),
    /// The pen lifted: this stroke is done.
    Stroke(Stroke),
    Undo,
    Redo,
    Clear,
    SetColour(usize),
    SetWidth(Width),
    /// What the writing says (optional; at most the campaign's limit).
    Says(String),
}

impl Editor {
    /// Whether Undo has a stroke to take back.
    pub fn can_undo_ink(&self) -> bool {
        !self.draft.writing.strokes.is_empty()
    }

    /// Whether Redo has a stroke to bring back.
    pub fn can_redo_ink(&self) -> bool {
        !self.ink.redo.is_empty()
    }

    /// The strokes written that the preview does not show yet (drawn as
    /// wet ink over it): those after the ones it was drawn with; none while
    /// it shows more than there is (just after Undo or Clear).
    pub fn wet_strokes(&self) -> &[Stroke] {
        let now = &self.draft.writing.strokes;
        let shown: &[Stroke] = match &self.preview.shown {
            Some(s) if s.drawn_from.mode == Mode::Write => &s.drawn_from.writing.strokes,
            _ => &[],
        };
        if now.starts_with(shown) {
            &now[shown.len()..]
        } else {
            &[]
        }
    }

    pub(super) fn apply_ink(&mut self, action: InkAction) {
        let before = (self.draft.writing.strokes.len(), self.ink.redo.len());
        let changes = matches!(
            action,
            InkAction::Stroke(_) | InkAction::Undo | InkAction::Redo | InkAction::Clear
        );
        self.apply_ink_to_writing(action);
        if changes && before != (self.draft.writing.strokes.len(), self.ink.redo.len()) {
            self.ink.revision = self.ink.revision.wrapping_add(1);
        }
    }

    fn apply_ink_to_writing(&mut self, action: InkAction) {
        let writing = &mut self.draft.writing;
        match action {
            InkAction::SetMode(mode) => self.draft.mode = mode,
            InkAction::Stroke(mut stroke) => {
                if stroke.points.is_empty() {
                    return;
                }
                self.ink.damaged = false;
                let room = MAX_POINTS.saturating_sub(writing.points());
                if room == 0 || writing.strokes.len() >= MAX_STROKES {
                    self.ink.full = true;
                    return;
                }
                // The end of a stroke that would overflow is cut, so the
                // line drawn so far stays; then the board is full.
                if stroke.points.len() > room {
                    stroke.points.truncate(room);
                    self.ink.full = true;
                }
                writing.strokes.push(stroke);
                self.ink.redo.clear();
            }
            InkAction::Undo => {
                if let Some(s) = writing.strokes.pop() {
                    self.ink.redo.push(s);
                    self.ink.full = false;
                    self.announcement = Some(Said::InkUndone);
                }
            }
            InkAction::Redo => {
                if let Some(s) = self.ink.redo.pop() {
                    writing.strokes.push(s);
                    self.announcement = Some(Said::InkRedone);
                }
            }
            InkAction::Clear => {
                if !writing.strokes.is_empty() {
                    self.announcement = Some(Said::InkCleared);
                }
                writing.strokes.clear();
                self.ink.redo.clear();
                self.ink.full = false;
            }
            InkAction::SetColour(i) => {
                if self
                    .campaign
                    .board(&self.draft.board)
                    .is_some_and(|b| i < b.inks().len())
                {
                    self.ink.colour = i;
                }
            }
            InkAction::SetWidth(w) => self.ink.width = w,
            InkAction::Says(words) => {
                let limit = self.campaign.max_pledge_chars;
                self.draft.says = words.chars().take(limit).collect();
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::tests::editor;
    use super::super::{Action, Draft, ShareAction, TextAction, TextError};
    use super::*;
    use crate::ink::InkPoint;

    fn line(n: usize) -> Stroke {
        Stroke {
            points: (0..n)
                .map(|i| InkPoint {
                    x: i as i32 * 10,
                    y: 100,
                    pressure: 0,
                    t: i as u32 * 8,
                })
                .collect(),
            width: Width::Medium,
            colour: 0,
            real_pressure: false,
        }
    }

    #[test]
    fn switching_between_typing_and_writing_loses_neither() {
        let e = editor()
            .apply(TextAction::Set("typed words".into()))
            .apply(InkAction::SetMode(Mode::Write))
            .apply(InkAction::Stroke(line(5)));
        assert_eq!(e.draft.mode, Mode::Write);
        let typed = e.apply(InkAction::SetMode(Mode::Type));
        assert_eq!(typed.draft.text, "typed words");
        assert_eq!(typed.draft.writing.strokes.len(), 1);
        let back = typed.apply(InkAction::SetMode(Mode::Write));
        assert_eq!(back.draft, e.draft);
    }

    #[test]
    fn what_the_writing_says_is_kept_within_the_limit() {
        let e = editor().apply(InkAction::SetMode(Mode::Write));
        let said = e.apply(InkAction::Says("Hate has no home here".into()));
        assert_eq!(said.draft.words(), "Hate has no home here");
        let limit = e.campaign.max_pledge_chars;
        let long = e.apply(InkAction::Says("ا".repeat(limit + 5)));
        assert_eq!(long.draft.says.chars().count(), limit);
        // Typed words are not what the writing says.
        assert_eq!(said.apply(InkAction::SetMode(Mode::Type)).draft.words(), "");
    }

    #[test]
    fn damaged_writing_is_said_until_the_next_stroke() {
        let mut e = editor().apply(InkAction::SetMode(Mode::Write));
        e.ink.damaged = true;
        assert!(e.apply(InkAction::SetWidth(Width::Fine)).ink.damaged);
        assert!(!e.apply(InkAction::Stroke(line(3))).ink.damaged);
        assert!(!e.apply(Action::StartAgain).ink.damaged);
    }

    #[test]
    fn every_change_to_the_writing_is_counted_and_said() {
        let e = editor().apply(InkAction::SetMode(Mode::Write));
        let one = e.apply(InkAction::Stroke(line(3)));
        assert_ne!(one.ink.revision, e.ink.revision);
        let undone = one.apply(InkAction::Undo);
        assert_ne!(undone.ink.revision, one.ink.revision);
        assert_eq!(undone.announcement, Some(Said::InkUndone));
        // Nothing left to undo: no change counted.
        let again = undone.apply(InkAction::Undo);
        assert_eq!(again.ink.revision, undone.ink.revision);
        let redone = undone.apply(InkAction::Redo);
        assert_eq!(redone.announcement, Some(Said::InkRedone));
        assert_ne!(redone.ink.revision, undone.ink.revision);
        let cleared = redone.apply(InkAction::Clear);
        assert_eq!(cleared.announcement, Some(Said::InkCleared));
        assert_ne!(cleared.ink.revision, redone.ink.revision);
        // The pen's colour and width are not the writing.
        let wider = cleared.apply(InkAction::SetWidth(Width::Bold));
        assert_eq!(wider.ink.revision, cleared.ink.revision);
        // Start again empties the writing: counted too.
        let fresh = redone.apply(Action::StartAgain);
        assert!(fresh.draft.writing.is_empty());
        assert_ne!(fresh.ink.revision, redone.ink.revision);
    }

    #[test]
    fn wet_ink_is_what_the_preview_does_not_show_yet() {
        use super::super::tests::shown;
        let typed = editor().apply(TextAction::Set("words".into()));
        let mut e = typed
            .apply(InkAction::SetMode(Mode::Write))
            .apply(InkAction::Stroke(line(3)));
        // The preview shows the typed pledge: the stroke is wet.
        e.preview.shown = Some(shown(&typed.draft));
        assert_eq!(e.wet_strokes(), &e.draft.writing.strokes[..]);
        // Drawn with the first stroke: only the second is wet.
        e.preview.shown = Some(shown(&e.draft));
        let two = e.apply(InkAction::Stroke(line(4)));
        assert_eq!(two.wet_strokes(), &two.draft.writing.strokes[1..]);
        // Undone below what is shown: nothing wet until it catches up.
        let mut undone = two.apply(InkAction::Undo).apply(InkAction::Undo);
        assert!(undone.wet_strokes().is_empty());
        undone.preview.shown = None;
        assert!(undone.wet_strokes().is_empty());
    }

    #[test]
    fn undo_redo_and_clear() {
        let e = editor()
            .apply(InkAction::SetMode(Mode::Write))
            .apply(InkAction::Stroke(line(3)))
            .apply(InkAction::Stroke(line(4)));
        assert!(e.can_undo_ink() && !e.can_redo_ink());
        let undone = e.apply(InkAction::Undo);
        assert_eq!(undone.draft.writing.strokes.len(), 1);
        assert!(undone.can_redo_ink());
        assert_eq!(undone.apply(InkAction::Redo).draft, e.draft);
        // A new stroke after Undo: nothing to redo.
        let other = undone.apply(InkAction::Stroke(line(2)));
        assert!(!other.can_redo_ink());
        let cleared = e.apply(InkAction::Clear);
        assert!(cleared.draft.writing.is_empty() && !cleared.can_undo_ink());
        // Nothing to undo or redo: nothing changes.
        assert_eq!(cleared.apply(InkAction::Undo), cleared);
        assert_eq!(cleared.apply(InkAction::Redo), cleared);
        // An empty stroke adds nothing.
        assert_eq!(cleared.apply(InkAction::Stroke(line(0))), cleared);
    }

    #[test]
    fn a_full_board_keeps_what_fits_and_says_so() {
        let mut e = editor().apply(InkAction::SetMode(Mode::Write));
        for _ in 0..(MAX_POINTS / 4_000) {
            e = e.apply(InkAction::Stroke(line(3_990)));
        }
        assert!(!e.ink.full);
        let room = MAX_POINTS - e.draft.writing.points();
        let e = e.apply(InkAction::Stroke(line(room + 50)));
        assert!(e.ink.full);
        assert_eq!(e.draft.writing.points(), MAX_POINTS);
        assert_eq!(e.draft.writing.strokes.last().unwrap().points.len(), room);
        let more = e.apply(InkAction::Stroke(line(2)));
        assert_eq!(more.draft.writing, e.draft.writing);
        // Undo makes room again.
        assert!(!e.apply(InkAction::Undo).ink.full);
    }

    #[test]
    fn writing_is_the_pledge_in_write_mode() {
        // Written, nothing typed: Download waits for the preview, no error.
        let e = editor()
            .apply(InkAction::SetMode(Mode::Write))
            .apply(ShareAction::DownloadPressed);
        assert_eq!(e.text_error(), Some(TextError::Empty));
        let e = e.apply(InkAction::Stroke(line(3)));
        assert_eq!(e.text_error(), None);
        assert!(e.apply(ShareAction::DownloadPressed).share.download_waiting);
        // Typed words over the limit do not stop a written pledge.
        let long = e.apply(TextAction::Set("x".repeat(400)));
        assert_eq!(long.text_error(), None);
        assert_eq!(
            long.apply(InkAction::SetMode(Mode::Type)).text_error(),
            Some(TextError::TooLong { limit: 280 })
        );
    }

    #[test]
    fn start_again_clears_the_writing_and_the_pen_keeps_campaign_colours() {
        let e = editor()
            .apply(InkAction::SetMode(Mode::Write))
            .apply(InkAction::Stroke(line(3)))
            .apply(InkAction::SetColour(2))
            .apply(InkAction::SetWidth(Width::Bold));
        assert_eq!((e.ink.colour, e.ink.width), (2, Width::Bold));
        assert_eq!(e.apply(InkAction::SetColour(3)).ink.colour, 2);
        let again = e.apply(Action::StartAgain);
        assert_eq!(again.draft, Draft::blank(&again.campaign));
        assert!(!again.can_redo_ink());
    }
}
