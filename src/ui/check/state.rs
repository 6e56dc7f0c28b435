//! The check page's state and its reducer (plain Rust, tested natively):
//! the campaign file being checked and where it came from, its text as
//! edited, the problems found with the latest text, and the contact
//! sheet. Each edit gets a number; a check's or a sheet's answer for an
//! older text is not shown as if it were the new one's.

use crate::check::Problem;
use std::rc::Rc;
use yew::Reducible;

/// Where the campaign file came from.
#[derive(Clone, Debug, PartialEq)]
pub enum From {
    /// Nothing yet: the published campaign is being fetched.
    Nothing,
    /// The campaign this site publishes (`campaign.toml` beside the app).
    Published,
    /// A folder or files opened on this device: how many files.
    Opened(usize),
}

/// The contact sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum Sheet {
    None,
    /// Being drawn for the text numbered `seq`: pictures done, of how many.
    Drawing {
        seq: u64,
        done: usize,
        total: usize,
    },
    /// Drawn (an object URL of its PNG) for the text numbered `seq`.
    Drawn {
        seq: u64,
        url: String,
        width: u32,
        height: u32,
    },
    Failed(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// The campaign file's name as opened (`campaign.toml`).
    pub name: String,
    pub from: From,
    pub text: String,
    /// The text as opened (to tell whether it was changed here).
    pub opened_text: String,
    /// The number of the latest text (each open and each edit adds one).
    pub seq: u64,
    /// The number of the text the problems below are for (0: none yet).
    pub checked: u64,
    pub problems: Vec<Problem>,
    /// What the campaign holds, when it has no problems.
    pub summary: Option<String>,
    /// A note that is not a problem (the artwork drawn ahead is stale).
    pub note: Option<String>,
    /// A note on the brand font (letters of the campaign's words it lacks).
    pub font_note: Option<String>,
    /// The file's prepared form (`campaign.prepared.json`), when it has
    /// no problems.
    pub prepared: Option<String>,
    /// Why the prepared form beside the file opened does not fit it.
    pub prepared_note: Option<String>,
    /// Why what was opened could not be used (what was there is kept).
    pub open_error: Option<String>,
    pub sheet: Sheet,
}

impl Default for Check {
    fn default() -> Self {
        Check {
            name: "campaign.toml".into(),
            from: From::Nothing,
            text: String::new(),
            opened_text: String::new(),
            seq: 0,
            checked: 0,
            problems: Vec::new(),
            summary: None,
            note: None,
            font_note: None,
            prepared: None,
            prepared_note: None,
            open_error: None,
            sheet: Sheet::None,
        }
    }
}

pub enum Action {
    /// A campaign file opened: its name, text and where from.
    Opened {
        name: String,
        text: String,
        from: From,
    },
    OpenFailed(String),
    Edit(String),
    Checked {
        seq: u64,
        problems: Vec<Problem>,
        summary: Option<String>,
        note: Option<String>,
        font_note: Option<String>,
        prepared: Option<String>,
        prepared_note: Option<String>,
    },
    SheetStarted,
    Drawing {
        seq: u64,
        done: usize,
        total: usize,
    },
    SheetDrawn {
        seq: u64,
        url: String,
        width: u32,
        height: u32,
    },
    SheetFailed(String),
}

impl Check {
    /// Whether the problems shown are for the text as it is now.
    pub fn up_to_date(&self) -> bool {
        self.checked == self.seq && self.seq > 0
    }

    /// Whether the text was changed since it was opened.
    pub fn edited(&self) -> bool {
        self.text != self.opened_text
    }

    /// The lines that have a problem, each once, in order.
    pub fn flagged_lines(&self) -> Vec<usize> {
        let mut lines: Vec<usize> = self.problems.iter().filter_map(|p| p.line).collect();
        lines.sort_unstable();
        lines.dedup();
        lines
    }

    /// Whether the contact sheet shown was drawn from an older text.
    pub fn sheet_is_old(&self) -> bool {
        matches!(self.sheet, Sheet::Drawn { seq, .. } if seq != self.seq)
    }

    /// The object URL this state holds that `next` no longer does (to be
    /// revoked).
    pub fn let_go(&self, next: &Check) -> Option<String> {
        match (&self.sheet, &next.sheet) {
            (Sheet::Drawn { url, .. }, Sheet::Drawn { url: u, .. }) if url == u => None,
            (Sheet::Drawn { url, .. }, _) => Some(url.clone()),
            _ => None,
        }
    }
}

impl Reducible for Check {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Opened { name, text, from } => {
                s.name = name;
                s.opened_text = text.clone();
                s.text = text;
                s.from = from;
                s.seq += 1;
                s.open_error = None;
                s.problems.clear();
                s.summary = None;
                s.note = None;
                s.font_note = None;
                s.prepared = None;
                s.prepared_note = None;
                s.sheet = Sheet::None;
            }
            Action::OpenFailed(why) => s.open_error = Some(why),
            Action::Edit(text) => {
                if text == s.text {
                    return self;
                }
                s.text = text;
                s.seq += 1;
            }
            Action::Checked {
                seq,
                problems,
                summary,
                note,
                font_note,
                prepared,
                prepared_note,
            } => {
                // An answer for an older text than the one shown is late.
                if seq < s.checked || seq > s.seq {
                    return self;
                }
                s.checked = seq;
                s.problems = problems;
                s.summary = summary;
                s.note = note;
                s.font_note = font_note;
                s.prepared = prepared;
                s.prepared_note = prepared_note;
            }
            Action::SheetStarted => {
                s.sheet = Sheet::Drawing {
                    seq: s.seq,
                    done: 0,
                    total: 0,
                }
            }
            Action::Drawing { seq, done, total } => {
                if matches!(s.sheet, Sheet::Drawing { .. }) {
                    s.sheet = Sheet::Drawing { seq, done, total };
                }
            }
            Action::SheetDrawn {
                seq,
                url,
                width,
                height,
            } => {
                s.sheet = Sheet::Drawn {
                    seq,
                    url,
                    width,
                    height,
                }
            }
            Action::SheetFailed(why) => s.sheet = Sheet::Failed(why),
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(line: usize) -> Problem {
        Problem {
            field: "name".into(),
            line: Some(line),
            message: "wrong".into(),
        }
    }

    fn opened() -> Rc<Check> {
        Rc::new(Check::default()).reduce(Action::Opened {
            name: "campaign.toml".into(),
            text: "name = 1".into(),
            from: From::Published,
        })
    }

    #[test]
    fn a_late_answer_for_an_older_text_is_not_shown() {
        let s = opened().reduce(Action::Edit("name = 2".into()));
        assert_eq!(s.seq, 2);
        let s = s.reduce(Action::Checked {
            seq: 2,
            problems: vec![problem(1)],
            summary: None,
            note: None,
            font_note: None,
            prepared: None,
            prepared_note: None,
        });
        assert!(s.up_to_date());
        // The first text's answer comes after the second's.
        let s = s.reduce(Action::Checked {
            seq: 1,
            problems: vec![],
            summary: Some("good".into()),
            note: None,
            font_note: None,
            prepared: None,
            prepared_note: None,
        });
        assert_eq!(s.problems, vec![problem(1)]);
        assert_eq!(s.summary, None);
        let s = s.reduce(Action::Edit("name = 3".into()));
        assert!(!s.up_to_date());
        assert!(s.edited());
    }

    #[test]
    fn flagged_lines_are_each_once_in_order() {
        let s = opened().reduce(Action::Checked {
            seq: 1,
            problems: vec![problem(9), problem(2), problem(9)],
            summary: None,
            note: None,
            font_note: None,
            prepared: None,
            prepared_note: None,
        });
        assert_eq!(s.flagged_lines(), vec![2, 9]);
    }

    #[test]
    fn a_sheet_from_an_older_text_is_marked_and_its_url_let_go_when_replaced() {
        let s = opened().reduce(Action::SheetStarted);
        let s = s.reduce(Action::Drawing {
            seq: 1,
            done: 3,
            total: 108,
        });
        assert_eq!(
            s.sheet,
            Sheet::Drawing {
                seq: 1,
                done: 3,
                total: 108
            }
        );
        let drawn = s.reduce(Action::SheetDrawn {
            seq: 1,
            url: "blob:1".into(),
            width: 10,
            height: 10,
        });
        assert!(!drawn.sheet_is_old());
        let edited = drawn.clone().reduce(Action::Edit("name = 5".into()));
        assert!(edited.sheet_is_old());
        let again = edited.clone().reduce(Action::Opened {
            name: "b.toml".into(),
            text: "x".into(),
            from: From::Opened(3),
        });
        assert_eq!(edited.let_go(&again), Some("blob:1".into()));
        assert_eq!(drawn.let_go(&edited), None);
    }
}
