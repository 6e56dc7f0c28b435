//! A hook for the editor's Download and Share: once the preview shows the
//! current draft, and its PNG is made (asked for at once if typing had not
//! paused long enough for it), the PNG is saved or handed to the browser's
//! share sheet.

use super::state::{Action, Editor, PreviewAction, ShareAction, ShareEnd};
use super::use_render::RenderHandle;
use crate::campaign::Campaign;
use crate::i18n::Texts;
use crate::web::{files, share};
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_hand_over(
    editor: UseReducerHandle<Editor>,
    c: Rc<Campaign>,
    t: Rc<Texts>,
    render: RenderHandle,
) {
    // The picture on show and its PNG, if made.
    let png = editor
        .preview
        .shown
        .as_ref()
        .map(|s| (s.picture, s.png.clone()));
    // Download once the preview shows the current draft.
    {
        let (editor2, name) = (editor.clone(), c.file_name(&editor.draft.size));
        let render = render.clone();
        use_effect_with(
            (editor.ready_to_download(), png.clone()),
            move |(ready, png)| match png {
                Some((_, Some(url))) if *ready => match files::download(url, &name) {
                    Ok(()) => editor2.dispatch(Action::Share(ShareAction::Downloaded)),
                    Err(e) => editor2.dispatch(Action::Preview(PreviewAction::Broken(e))),
                },
                Some((picture, None)) if *ready => render.want_png(*picture),
                _ => {}
            },
        );
    }
    // Share once the preview shows the current draft (soon enough after
    // the click for the browser to count it as the person's own action).
    {
        let (editor2, name) = (editor.clone(), c.file_name(&editor.draft.size));
        use_effect_with(
            (editor.ready_to_share(), png),
            move |(ready, png)| match png {
                Some((_, Some(url))) if *ready => {
                    editor2.dispatch(Action::Share(ShareAction::ShareStarted));
                    let lang = editor2.draft.lang.clone();
                    let caption = t
                        .campaign(&c.caption_for(editor2.draft.words(), &lang))
                        .into_owned();
                    let title = t.campaign(c.name.get(&lang)).into_owned();
                    let (url, d) = (url.clone(), editor2.dispatcher());
                    wasm_bindgen_futures::spawn_local(async move {
                        let end = match share::share_png(&url, &name, &caption, &title).await {
                            Ok(true) => ShareEnd::Done,
                            Ok(false) => ShareEnd::Cancelled,
                            Err(why) => {
                                gloo::console::warn!(format!(
                                    "Pledge Board: sharing failed: {why}"
                                ));
                                ShareEnd::Failed
                            }
                        };
                        d.dispatch(Action::Share(ShareAction::Shared(end)));
                    });
                }
                Some((picture, None)) if *ready => render.want_png(*picture),
                _ => {}
            },
        );
    }
}
