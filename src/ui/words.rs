//! The interface's words in the components: the [`Texts`] of the chosen
//! language come down through a Yew context; [`use_texts`] reads them, and
//! [`rich`] puts markup (a link, a bold number) where a language's
//! sentence places it.

use crate::i18n::{Arg, Piece, Texts};
use std::rc::Rc;
use yew::prelude::*;

thread_local! {
    static ENGLISH: Rc<Texts> = Rc::new(Texts::english(&[]));
}

/// The words of the language on show (English outside the provider).
#[hook]
pub fn use_texts() -> Rc<Texts> {
    use_context::<Rc<Texts>>().unwrap_or_else(|| ENGLISH.with(Rc::clone))
}

/// A message with markup in place of some of its variables: `slots` pairs
/// each variable name with what to show there.
pub fn rich(t: &Texts, id: &str, args: &[Arg], slots: Vec<(&str, Html)>) -> Html {
    let names: Vec<&str> = slots.iter().map(|(n, _)| *n).collect();
    t.pieces(id, args, &names)
        .into_iter()
        .map(|p| match p {
            Piece::Text(s) => html! { { s } },
            Piece::Slot(i) => slots[i].1.clone(),
        })
        .collect()
}
