//! The pledge's words: typing, quote examples and Undo, the name line, and
//! the limit on length (the campaign's, or the render engine's word that a
//! pledge does not fit).

use super::{Editor, Mode, Said};

/// What the editor knows about the text beyond the draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextState {
    /// The text a chosen quote replaced, for "Undo".
    pub replaced: Option<String>,
    /// The fit limit the worker last reported for a too-long pledge; cleared
    /// by the next successful render or a change of size.
    pub fit_limit: Option<usize>,
    /// Set by pressing Download or Share with nothing written.
    pub empty_error: bool,
}

/// A problem with the pledge text, shown on the text box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// At most `limit` characters fit on this board at this size.
    TooLong { limit: usize },
    /// Download was pressed with nothing written.
    Empty,
}

/// What can happen to the words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextAction {
    /// The text box now holds this.
    Set(String),
    /// Fill the text box with quote example `n`.
    UseQuote(usize),
    /// Put back the text a quote replaced.
    Undo,
    SetName(String),
    /// The worker's answer for a pledge of `chars` characters.
    TooLong {
        chars: usize,
        limit: usize,
    },
}

impl Editor {
    /// The most characters the pledge may have now: the fit limit the
    /// render engine last reported, or the campaign's maximum.
    pub fn char_limit(&self) -> usize {
        self.text
            .fit_limit
            .unwrap_or(self.campaign.max_pledge_chars)
            .min(self.campaign.max_pledge_chars)
    }

    /// The pledge's length in characters (as the render engine counts).
    pub fn chars(&self) -> usize {
        self.draft.text.chars().count()
    }

    /// The error to show on the text box, if any.
    pub fn text_error(&self) -> Option<TextError> {
        // Written by hand, the typed words (kept) are not on the board.
        if self.draft.mode == Mode::Type && self.chars() > self.char_limit() {
            Some(TextError::TooLong {
                limit: self.char_limit(),
            })
        } else if self.text.empty_error && !self.has_pledge() {
            Some(TextError::Empty)
        } else {
            None
        }
    }

    pub(super) fn apply_text(&mut self, action: TextAction) {
        match action {
            TextAction::Set(text) => {
                self.draft.text = text;
                self.text.replaced = None;
            }
            TextAction::UseQuote(i) => {
                if let Some(q) = self.campaign.quotes.get(i) {
                    let text = q.text.get(&self.draft.lang).to_owned();
                    if self.draft.has_text() && self.draft.text != text {
                        self.text.replaced = Some(std::mem::take(&mut self.draft.text));
                    }
                    self.draft.text = text;
                    self.draft.quote = Some(i);
                    self.announcement = Some(Said::ExampleUsed);
                }
            }
            TextAction::Undo => {
                if let Some(old) = self.text.replaced.take() {
                    self.draft.text = old;
                    self.announcement = Some(Said::OwnWordsBack);
                }
            }
            TextAction::SetName(name) => self.draft.name = name,
            TextAction::TooLong { chars, limit } => {
                self.text.fit_limit = Some(limit.min(chars.saturating_sub(1)));
                self.preview.status = super::Status::Idle;
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::tests::{editor, shown};
    use super::super::{Action, ShareAction};
    use super::*;

    #[test]
    fn set_text_keeps_the_text_exactly_in_any_script() {
        for typed in [
            "  We stand together\n— Asha ",
            "نفرت کی کوئی جگہ نہیں",
            "આપણે સાથે છીએ",
        ] {
            assert_eq!(
                editor().apply(TextAction::Set(typed.into())).draft.text,
                typed
            );
        }
    }

    #[test]
    fn a_quote_fills_the_box_and_undo_brings_back_own_words() {
        let e = editor().apply(TextAction::Set("my own words".into()));
        let q = e.apply(TextAction::UseQuote(2));
        assert_eq!(q.draft.text, q.campaign.quotes[2].text.en);
        assert_eq!(q.draft.quote, Some(2));
        assert_eq!(q.text.replaced.as_deref(), Some("my own words"));
        assert_eq!(q.announcement, Some(Said::ExampleUsed));
        let back = q.apply(TextAction::Undo);
        assert_eq!(back.draft.text, "my own words");
        assert_eq!(back.text.replaced, None);
        assert_eq!(back.announcement, Some(Said::OwnWordsBack));
        // Editing the quote makes it the person's own: nothing to undo.
        let edited = q.apply(TextAction::Set("edited".into()));
        assert_eq!(edited.text.replaced, None);
        // A quote into an empty box has nothing to undo; a bad index does nothing.
        assert_eq!(editor().apply(TextAction::UseQuote(0)).text.replaced, None);
        assert_eq!(editor().apply(TextAction::UseQuote(999)), editor());
    }

    #[test]
    fn the_limit_comes_from_the_engine_when_the_pledge_is_too_long() {
        let e = editor().apply(TextAction::Set("x".repeat(150)));
        assert_eq!(e.char_limit(), 280);
        assert_eq!(e.text_error(), None);
        let e = e.apply(TextAction::TooLong {
            chars: 150,
            limit: 120,
        });
        assert_eq!(e.text_error(), Some(TextError::TooLong { limit: 120 }));
        // Download does nothing while it is too long; the text is kept.
        let e = e.apply(ShareAction::DownloadPressed);
        assert!(!e.share.download_waiting);
        assert_eq!(e.chars(), 150);
        // Shortened and drawn: no error, the campaign's maximum again.
        let e = e.apply(TextAction::Set("x".repeat(100)));
        let d = e.draft.clone();
        let e = e.apply(super::super::PreviewAction::Rendered(shown(&d)));
        assert_eq!((e.char_limit(), e.text_error()), (280, None));
        // A new size asks the engine again: its old word no longer holds.
        let e = e
            .apply(TextAction::TooLong {
                chars: 100,
                limit: 60,
            })
            .apply(Action::SetSize("story".into()));
        assert_eq!(e.char_limit(), 280);
        // Over the campaign's maximum without the engine's word.
        let e = e.apply(TextAction::Set("x".repeat(281)));
        assert_eq!(e.text_error(), Some(TextError::TooLong { limit: 280 }));
    }
}
