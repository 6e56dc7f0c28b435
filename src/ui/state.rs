//! The editor's state and the actions that change it.

use std::rc::Rc;
use yew::Reducible;

/// Everything the person has entered so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Editor {
    /// The pledge as typed, exactly (no trimming: the text box must keep
    /// what the person wrote, spaces and line breaks included).
    pub text: String,
}

/// What the person can do to the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The text box now holds this text.
    SetText(String),
}

impl Editor {
    /// Applies an action, returning the new state.
    pub fn apply(&self, action: Action) -> Editor {
        match action {
            Action::SetText(text) => Editor { text },
        }
    }

    /// Whether there is any pledge to show (whitespace alone is nothing).
    pub fn has_pledge(&self) -> bool {
        !self.text.trim().is_empty()
    }
}

impl Reducible for Editor {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_text_keeps_the_text_exactly() {
        let typed = "  We stand together\n— Asha ";
        let next = Editor::default().apply(Action::SetText(typed.into()));
        assert_eq!(next.text, typed);
    }

    #[test]
    fn whitespace_alone_is_no_pledge() {
        let blank = Editor::default().apply(Action::SetText(" \n\t ".into()));
        assert!(!blank.has_pledge());
        let some = blank.apply(Action::SetText("No place for hate".into()));
        assert!(some.has_pledge());
    }

    #[test]
    fn any_script_is_kept() {
        for text in [
            "نفرت کی کوئی جگہ نہیں",
            "Razem przeciw nienawiści",
            "આપણે સાથે છીએ",
        ] {
            assert_eq!(
                Editor::default().apply(Action::SetText(text.into())).text,
                text
            );
        }
    }
}
