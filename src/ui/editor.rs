//! The editor page: the campaign's masthead, the form (pledge, examples,
//! name, board, size, Start again), the preview with Download, the next
//! steps after a download, and how to report hate crime.
//!
//! Side effects live here, each in an effect on the state: the draft is
//! saved to `sessionStorage` when it changes and sent to the render worker,
//! and a waiting download happens once the preview shows the current draft.

use super::choices::Choices;
use super::next_steps::{NextSteps, Report};
use super::photo_drag::PhotoDrag;
use super::photo_panel::PhotoPanel;
use super::pledge_input::{NameInput, PledgeInput};
use super::preview::Preview;
use super::quotes::Quotes;
use super::state::{Action, Draft, Editor, TextError};
use super::theme;
use super::use_photo::use_photo;
use super::use_render::use_render;
use crate::campaign::Campaign;
use crate::web::{files, page, storage};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub campaign: Rc<Campaign>,
}

/// Where the draft is kept in `sessionStorage`.
fn storage_key(c: &Campaign) -> String {
    format!("pledge-board:{}:draft", c.slug)
}

#[function_component(EditorPage)]
pub fn editor_page(p: &Props) -> Html {
    let c = p.campaign.clone();
    let key = storage_key(&c);
    let editor = {
        let (c, key) = (c.clone(), key.clone());
        use_reducer(move || {
            let draft = storage::load(&key)
                .map(|pairs| Draft::from_pairs(&pairs, &c))
                .unwrap_or_else(|| Draft::blank(&c));
            Editor::new(c, draft)
        })
    };
    let render = use_render(c.clone(), editor.dispatcher());
    let photo = use_photo(c.clone(), editor.dispatcher(), render.clone());

    // The campaign's name in the title, its colours on the page.
    {
        let c = c.clone();
        use_effect_with((), move |_| {
            page::set_title(&format!("Make your pledge – {}", c.name));
            page::set_properties(&theme::properties(&c.colours));
        });
    }
    // Keep the draft for a reload; a blank draft leaves nothing behind.
    {
        let (key, blank) = (key.clone(), Draft::blank(&c));
        use_effect_with(editor.draft.clone(), move |draft| {
            if *draft == blank {
                storage::clear(&key);
            } else {
                storage::save(&key, &draft.to_pairs());
            }
        });
    }
    // Draw what the board shows (the chosen quote does not change it).
    {
        let render = render.clone();
        let draft = editor.draft.clone();
        use_effect_with(
            (
                draft.text.clone(),
                draft.name.clone(),
                draft.board.clone(),
                draft.size.clone(),
                draft.placement,
                editor.photo.map(|p| p.id),
            ),
            move |_| render.draw(&draft),
        );
    }
    // Download once the preview shows the current draft.
    {
        let (editor2, name) = (editor.clone(), c.file_name(&editor.draft.size));
        use_effect_with(editor.ready_to_download(), move |ready| {
            if *ready {
                if let Some(shown) = &editor2.shown {
                    match files::download(&shown.url, &name) {
                        Ok(()) => editor2.dispatch(Action::Downloaded),
                        Err(e) => editor2.dispatch(Action::Broken(e)),
                    }
                }
            }
        });
    }
    // After a download, take keyboard and screen-reader users to what is next.
    use_effect_with(editor.downloaded, |downloaded| {
        if *downloaded {
            files::focus("next-heading");
        }
    });

    let d = editor.dispatcher();
    let act = d.to_callback();
    let on_text = act.reform(Action::SetText);
    let on_name = act.reform(Action::SetName);
    let on_quote = act.reform(Action::UseQuote);
    let on_board = act.reform(Action::SetBoard);
    let on_size = act.reform(Action::SetSize);
    let on_download = {
        let editor = editor.clone();
        Callback::from(move |_| {
            // Nothing (or too much) to download: take them to the text box.
            if !editor.draft.has_pledge() || editor.text_error().is_some() {
                files::focus("pledge-text");
            }
            editor.dispatch(Action::DownloadPressed);
        })
    };
    let on_retry = {
        let render = render.clone();
        Callback::from(move |_| render.restart())
    };
    let on_file = {
        let photo = photo.clone();
        Callback::from(move |file| photo.choose(file))
    };
    let on_remove = {
        let photo = photo.clone();
        Callback::from(move |_| {
            photo.remove();
            files::focus("photo-file");
        })
    };
    let on_step = act.reform(Action::PlaceBy);
    let on_place = act.reform(Action::Place);
    let on_undo = act.reform(|_: MouseEvent| Action::Undo);
    let on_start_again = {
        let (d, key, photo) = (d.clone(), key.clone(), photo.clone());
        Callback::from(move |_: MouseEvent| {
            storage::clear(&key);
            photo.clear();
            d.dispatch(Action::StartAgain);
            files::focus("pledge-text");
        })
    };
    let on_copy = {
        let d = d.clone();
        Callback::from(move |caption: String| {
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                d.dispatch(Action::CaptionCopied(
                    files::copy_text(&caption).await.is_ok(),
                ));
            });
        })
    };

    let e = &*editor;
    let size_name = c
        .size(&e.draft.size)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let boards = options(c.boards.iter().map(|b| (&b.id, &b.name)));
    let frame_board = c
        .boards
        .iter()
        .find(|b| b.photo_frame.is_some())
        .map(|b| AttrValue::from(b.name.clone()));
    // The gesture layer over the frame, when the preview shows the photo.
    let drag = e.shown.as_ref().and_then(|shown| {
        let photo = e.photo?;
        let frame = c.board(&shown.drawn_from.board)?.photo_frame.as_ref()?;
        (shown.photo == Some(photo.id)).then(|| {
            let frame = crate::render::placement::frame_box(frame, shown.width, shown.height);
            html! {
                <PhotoDrag {frame} image_width={shown.width} image_height={shown.height}
                    photo={(photo.width, photo.height)} placement={e.draft.placement}
                    on_place={on_place.clone()} />
            }
        })
    });
    let sizes = options(c.sizes.iter().map(|s| (&s.id, &s.name)));

    html! {
        <>
            <header class="masthead">
                <div class="masthead-inner">
                    <p class="campaign-name">{ &c.name }</p>
                    <h1>{ "Make your pledge" }</h1>
                    <p class="lede">
                        { "Write a pledge against hate crime, see it on the pledge board, and share it to show you stand together." }
                    </p>
                </div>
            </header>
            <main class="editor" id="main">
                <section class="editor-form" aria-labelledby="write-heading">
                    <h2 id="write-heading">{ "Write your pledge" }</h2>
                    <PledgeInput text={e.draft.text.clone()} limit={e.char_limit()}
                        error={e.text_error()} on_change={on_text} />
                    if e.replaced.is_some() {
                        <p class="undo">
                            { "The example replaced what you wrote. " }
                            <button type="button" class="button-link" onclick={on_undo}>
                                { "Undo" }
                            </button>
                        </p>
                    }
                    <Quotes quotes={c.quotes.clone()} on_use={on_quote} />
                    <NameInput name={e.draft.name.clone()} on_change={on_name} />
                </section>
                <div class="editor-side">
                    <Preview shown={e.shown.clone()} status={e.status.clone()}
                        size_name={size_name} too_long={e.text_error().is_some_and(|t| t != TextError::Empty)}
                        {on_download} {on_retry} with_photo={drag.is_some()} overlay={drag} />
                    if e.downloaded {
                        <NextSteps campaign={c.clone()} pledge={e.draft.text.clone()} {on_copy} />
                    }
                </div>
                if frame_board.is_some() {
                    <PhotoPanel has_frame={e.board_has_frame()} frame_board={frame_board.clone()}
                        photo={e.photo} status={e.photo_status.clone()} placement={e.draft.placement}
                        {on_file} {on_step} {on_remove} />
                }
                <section class="editor-form editor-design" aria-labelledby="design-heading">
                    <h2 id="design-heading">{ "Choose a design" }</h2>
                    if boards.len() > 1 {
                        <Choices legend="Board design" name="board" options={boards}
                            selected={e.draft.board.clone()} on_change={on_board} />
                    }
                    if sizes.len() > 1 {
                        <Choices legend="Image size" name="size" options={sizes}
                            selected={e.draft.size.clone()} on_change={on_size} />
                    }
                    <button type="button" class="button button-secondary" onclick={on_start_again}
                        aria-describedby="start-again-hint">
                        { "Start again" }
                    </button>
                    <p class="field-hint start-again-hint" id="start-again-hint">
                        { "Clears your pledge, photo and choices from this page." }
                    </p>
                </section>
            </main>
            <div class="visually-hidden" role="status" aria-live="polite">{ &e.announcement }</div>
            <footer class="site-footer">
                <Report campaign={c.clone()} />
                <p>{ "Your pledge and photo stay on this device: nothing you type or add is sent anywhere." }</p>
            </footer>
        </>
    }
}

/// (id, name) pairs as radio options.
fn options<'a>(
    pairs: impl Iterator<Item = (&'a String, &'a String)>,
) -> Vec<(AttrValue, AttrValue)> {
    pairs
        .map(|(id, name)| (AttrValue::from(id.clone()), AttrValue::from(name.clone())))
        .collect()
}
