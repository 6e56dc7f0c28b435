//! Download and Share: each waits for the preview of the draft as it is,
//! then the page hands that image over; after either, the next steps show.

use super::{Editor, Said};

/// Where Download and Share stand.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShareState {
    /// Download was pressed while the preview was catching up.
    pub download_waiting: bool,
    /// Share was pressed while the preview was catching up.
    pub share_waiting: bool,
    /// Sharing failed (not cancelled): say so, and offer the download.
    pub share_failed: bool,
    /// A download (or a share) has happened: show the next steps.
    pub downloaded: bool,
}

/// How a share ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareEnd {
    Done,
    /// The person closed the share sheet: nothing to say.
    Cancelled,
    Failed,
}

/// What can happen to Download and Share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareAction {
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
    /// The caption was copied (or could not be).
    CaptionCopied(bool),
}

impl Editor {
    /// Whether there is a pledge that can be drawn as it is.
    fn can_hand_over(&self) -> bool {
        self.has_pledge() && self.text_error().is_none()
    }

    /// Whether Download should save the preview right now.
    pub fn ready_to_download(&self) -> bool {
        self.share.download_waiting && self.preview_is_current() && self.can_hand_over()
    }

    /// Whether Share should hand the preview to the browser right now.
    pub fn ready_to_share(&self) -> bool {
        self.share.share_waiting && self.preview_is_current() && self.can_hand_over()
    }

    pub(super) fn apply_share(&mut self, action: ShareAction) {
        match action {
            ShareAction::DownloadPressed => {
                // Nothing to download, or too much: say so, wait for nothing.
                self.text.empty_error = !self.has_pledge();
                self.share.download_waiting = self.can_hand_over();
            }
            ShareAction::Downloaded => {
                self.share.download_waiting = false;
                self.share.downloaded = true;
                self.announcement = Some(Said::Downloaded);
            }
            ShareAction::SharePressed => {
                self.text.empty_error = !self.has_pledge();
                self.share.share_waiting = self.can_hand_over();
                self.share.share_failed = false;
            }
            ShareAction::ShareStarted => self.share.share_waiting = false,
            ShareAction::Shared(end) => {
                self.share.share_waiting = false;
                match end {
                    ShareEnd::Done => self.share.downloaded = true,
                    ShareEnd::Cancelled => {}
                    ShareEnd::Failed => self.share.share_failed = true,
                }
            }
            ShareAction::CaptionCopied(ok) => {
                self.announcement = Some(Said::CaptionCopied(ok));
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::tests::{editor, shown};
    use super::super::{PreviewAction, TextAction, TextError};
    use super::*;

    #[test]
    fn download_waits_for_the_preview_of_the_current_draft() {
        let e = editor().apply(ShareAction::DownloadPressed);
        assert_eq!(e.text_error(), Some(TextError::Empty));
        let e = e.apply(TextAction::Set("Hate has no home here".into()));
        assert_eq!(e.text_error(), None);
        let e = e.apply(ShareAction::DownloadPressed);
        assert!(e.share.download_waiting && !e.ready_to_download());
        let mut old = e.draft.clone();
        old.text = "Hate has no home".into();
        assert!(!e
            .apply(PreviewAction::Rendered(shown(&old)))
            .ready_to_download());
        let d = e.draft.clone();
        let e = e.apply(PreviewAction::Rendered(shown(&d)));
        assert!(e.ready_to_download());
        let e = e.apply(ShareAction::Downloaded);
        assert!(e.share.downloaded && !e.ready_to_download());
        assert_eq!(e.announcement, Some(Said::Downloaded));
    }

    #[test]
    fn share_waits_for_the_current_preview_and_says_only_a_failure() {
        // Nothing written: the same error as Download, nothing waits.
        let e = editor().apply(ShareAction::SharePressed);
        assert_eq!(e.text_error(), Some(TextError::Empty));
        assert!(!e.share.share_waiting);
        let e = e.apply(TextAction::Set("Hate has no home here".into()));
        let e = e.apply(ShareAction::SharePressed);
        assert!(e.share.share_waiting && !e.ready_to_share());
        let d = e.draft.clone();
        let e = e.apply(PreviewAction::Rendered(shown(&d)));
        assert!(e.ready_to_share() && !e.ready_to_download());
        // Handed over once: a second render of the same draft shares nothing.
        let e = e.apply(ShareAction::ShareStarted);
        assert!(!e.ready_to_share());
        // Cancelled: nothing changes; failed: said; done: the next steps.
        let cancelled = e.apply(ShareAction::Shared(ShareEnd::Cancelled));
        assert!(!cancelled.share.share_failed && !cancelled.share.downloaded);
        let failed = e.apply(ShareAction::Shared(ShareEnd::Failed));
        assert!(failed.share.share_failed && !failed.share.downloaded);
        assert!(!failed.apply(ShareAction::SharePressed).share.share_failed);
        let done = e.apply(ShareAction::Shared(ShareEnd::Done));
        assert!(done.share.downloaded && !done.share.share_failed);
    }

    #[test]
    fn copying_the_caption_is_said_either_way() {
        assert_eq!(
            editor()
                .apply(ShareAction::CaptionCopied(true))
                .announcement,
            Some(Said::CaptionCopied(true))
        );
        assert_eq!(
            editor()
                .apply(ShareAction::CaptionCopied(false))
                .announcement,
            Some(Said::CaptionCopied(false))
        );
    }
}
