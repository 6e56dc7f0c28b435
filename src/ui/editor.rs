//! The editor page: the campaign's masthead with the language picker, the
//! form (pledge, examples, name, board, size, Start again), the preview
//! with Download, the next steps after a download, and how to report hate
//! crime.
//!
//! Side effects live here, each in an effect on the state: the draft is
//! saved to `sessionStorage` when it changes and sent to the render worker,
//! and a waiting download happens once the preview shows the current draft
//! (`use_hand_over`).

use super::board_overlay;
use super::choices::Choices;
use super::ink_panel::InkPanel;
use super::language_picker::LanguagePicker;
use super::modes;
use super::next_steps::{NextSteps, Report};
use super::photo_panel::PhotoPanel;
use super::pledge_input::{NameInput, PledgeInput};
use super::preview::Preview;
use super::print_panel::PrintPanel;
use super::quotes::Quotes;
use super::says_input::SaysInput;
use super::state::{
    draft_key, Action, Draft, Editor, InkAction, Mode, PhotoAction, ShareAction, TextAction,
    TextError,
};
use super::theme;
use super::use_hand_over::use_hand_over;
use super::use_photo::use_photo;
use super::use_render::use_render;
use super::words::use_texts;
use crate::campaign::Campaign;
use crate::i18n;
use crate::web::{files, page, share, storage};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub campaign: Rc<Campaign>,
    /// The person chose another language (an `i18n` code); the page's
    /// words change once it has been loaded.
    pub on_language: Callback<String>,
    /// The language asked for could not be loaded: its own name.
    #[prop_or_default]
    pub language_failed: Option<AttrValue>,
}

/// Where a person is taken when there is nothing to download: the text
/// box, or for a paper pledge the photo's file chooser.
fn missing_field(e: &Editor) -> &'static str {
    if e.draft.mode == Mode::Paper {
        "photo-file"
    } else {
        "pledge-text"
    }
}

#[function_component(EditorPage)]
pub fn editor_page(p: &Props) -> Html {
    let t = use_texts();
    let c = p.campaign.clone();
    let key = draft_key(&c);
    let lang = t.language.code;
    let editor = {
        let (c, key) = (c.clone(), key.clone());
        use_reducer(move || {
            let stored = storage::load(&key);
            let mut draft = stored
                .as_ref()
                .map(|pairs| Draft::from_pairs(pairs, &c))
                .unwrap_or_else(|| Draft::blank(&c));
            // The language on show, which the page chose from this draft,
            // the address or the browser.
            draft.lang = lang.to_owned();
            let mut editor = Editor::new(c, draft);
            editor.ink.damaged = stored.is_some_and(|p| Draft::stored_ink_damaged(&p));
            editor
        })
    };
    let render = use_render(c.clone(), editor.dispatcher());
    let photo = use_photo(c.clone(), editor.dispatcher(), render.clone());

    // The editor is drawn in three tasks, so that none is long on a slow
    // phone (BENCHMARKS.md: the editor's start): the masthead and the
    // pledge's field first; then the rest of the first screen (the quote
    // examples, the name, the preview), which comes after the field, so
    // nothing drawn moves; then what lies below it (the photo's panel, the
    // board and size choices with the blank board to print, the footer).
    let stage = use_state(|| 0u8);
    // The campaign's colours on the page.
    {
        let (c, stage) = (c.clone(), stage.clone());
        use_effect_with((), move |_| {
            page::mark("pledge-board:editor");
            page::set_properties(&theme::properties(&c.colours));
            wasm_bindgen_futures::spawn_local(async move {
                page::next_task().await;
                stage.set(1);
                page::next_task().await;
                stage.set(2);
            });
        });
    }
    let (rest, below) = (*stage >= 1, *stage >= 2);
    // The title in the language on show; the draft (and the board) in it too.
    {
        let (c, t, d) = (c.clone(), t.clone(), editor.dispatcher());
        use_effect_with(lang, move |lang| {
            let name = t.campaign(c.name.get(lang)).into_owned();
            page::set_title(&t.fmt("page-title", &[("campaign", name.into())]));
            d.dispatch(Action::SetLang(lang.to_string()));
        });
    }
    // Keep the draft for a reload; a blank draft in the browser's own
    // language leaves nothing behind.
    {
        let (key, c) = (key.clone(), c.clone());
        // Asked of the browser once, not on every keystroke.
        let usual = *use_memo((), |_| i18n::best_match(&page::preferred_languages()).code);
        // The writing's stored form, encoded again only when it changes.
        let ink = use_mut_ref(|| (None, String::new()));
        let revision = editor.ink.revision;
        use_effect_with(editor.draft.clone(), move |draft| {
            if draft.is_blank(&c) && draft.lang == usual {
                storage::clear(&key);
            } else {
                let mut ink = ink.borrow_mut();
                let now = Some((
                    revision,
                    draft.writing.strokes.len(),
                    draft.writing.points(),
                ));
                if ink.0 != now {
                    *ink = (now, crate::ink::stored::encode(&draft.writing));
                }
                storage::save(&key, &draft.to_pairs_with(&ink.1));
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
                draft.says.clone(),
                draft.name.clone(),
                draft.board.clone(),
                draft.size.clone(),
                draft.placement,
                draft.lang.clone(),
                editor.photo.info.map(|p| p.id),
                (draft.mode, editor.ink.revision),
            ),
            move |_| render.draw(&draft),
        );
    }
    // Download and Share, once the preview and its PNG are the draft's.
    use_hand_over(editor.clone(), c.clone(), t.clone(), render.clone());
    // After a download, take keyboard and screen-reader users to what is next.
    use_effect_with(editor.share.downloaded, |downloaded| {
        if *downloaded {
            files::focus("next-heading");
        }
    });

    let d = editor.dispatcher();
    let act = d.to_callback();
    let on_text = act.reform(|s| Action::Text(TextAction::Set(s)));
    let on_name = act.reform(|s| Action::Text(TextAction::SetName(s)));
    let on_quote = act.reform(|i| Action::Text(TextAction::UseQuote(i)));
    let on_board = act.reform(Action::SetBoard);
    let on_size = act.reform(Action::SetSize);
    let on_download = {
        let editor = editor.clone();
        Callback::from(move |_| {
            // Nothing (or too much) to download: take them to the text box.
            if !editor.has_pledge() || editor.text_error().is_some() {
                files::focus(missing_field(&editor));
            }
            editor.dispatch(Action::Share(ShareAction::DownloadPressed));
        })
    };
    // Asked of the browser once.
    let can_share = *use_memo((), |_| share::can_share_png());
    let on_share = {
        let editor = editor.clone();
        Callback::from(move |_| {
            if !editor.has_pledge() || editor.text_error().is_some() {
                files::focus(missing_field(&editor));
            }
            editor.dispatch(Action::Share(ShareAction::SharePressed));
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
    let on_step = act.reform(|s| Action::Photo(PhotoAction::PlaceBy(s)));
    let on_place = act.reform(|p| Action::Photo(PhotoAction::Place(p)));
    let on_undo = act.reform(|_: MouseEvent| Action::Text(TextAction::Undo));
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
                d.dispatch(Action::Share(ShareAction::CaptionCopied(
                    files::copy_text(&caption).await.is_ok(),
                )));
            });
        })
    };

    let e = &*editor;
    let local = |text: &crate::campaign::LocalText| {
        AttrValue::from(t.campaign(text.get(lang)).into_owned())
    };
    // The pixels of the picture on show, for the preview's canvas.
    let pixels = e
        .preview
        .shown
        .as_ref()
        .and_then(|s| render.pixels(s.picture));
    let size_name = c
        .size(&e.draft.size)
        .map(|s| local(&s.name))
        .unwrap_or_default();
    // (id, name in the language on show) pairs as radio options.
    let options = |pairs: &mut dyn Iterator<Item = (&String, &crate::campaign::LocalText)>| {
        pairs
            .map(|(id, name)| (AttrValue::from(id.clone()), local(name)))
            .collect::<Vec<_>>()
    };
    let boards = options(&mut c.boards.iter().map(|b| (&b.id, &b.name)));
    let frame_board = e
        .first_frame_board()
        .and_then(|id| c.board(id))
        .map(|b| local(&b.name));
    let on_ink = act.reform(Action::Ink);
    let (overlay, with_photo) =
        board_overlay::overlay(e, &c, t.get("pen-label"), &on_place, &on_ink);
    let inks: Vec<AttrValue> = c
        .board(&e.draft.board)
        .map(|b| {
            b.inks()
                .iter()
                .map(|c| AttrValue::from(c.as_written().to_string()))
                .collect()
        })
        .unwrap_or_default();
    let modes = modes::options(&t, &c);
    let on_mode = on_ink.reform(|m: String| InkAction::SetMode(modes::from_id(&m)));
    let paper = e.draft.mode == Mode::Paper;
    let sizes = options(&mut c.sizes.iter().map(|s| (&s.id, &s.name)));
    let said = e
        .announcement
        .as_ref()
        .map(|s| {
            s.text(&t, &|id| {
                c.board(id)
                    .map(|b| local(&b.name).to_string())
                    .unwrap_or_default()
            })
        })
        .unwrap_or_default();

    html! {
        <>
            <header class="masthead">
                <div class="masthead-inner">
                    <LanguagePicker on_change={p.on_language.clone()} failed={p.language_failed.clone()} />
                    <p class="campaign-name">{ local(&c.name) }</p>
                    <h1>{ t.get("heading") }</h1>
                    <p class="lede">{ t.get("lede") }</p>
                </div>
            </header>
            <main class="editor" id="main">
                <section class="editor-form" aria-labelledby="write-heading">
                    <h2 id="write-heading">{ t.get("write-heading") }</h2>
                    <Choices legend={t.get("mode-legend")} name="mode" options={modes}
                        selected={AttrValue::from(modes::id(e.draft.mode))}
                        on_change={on_mode} inline=true />
                    if e.ink.damaged {
                        <p class="problem" role="alert">{ t.get("ink-damaged") }</p>
                    }
                    if paper {
                        <p class="field-hint">{ t.get("paper-hint") }</p>
                        if e.text_error().is_some() {
                            <p class="field-error" role="alert">{ t.get("paper-needs-photo") }</p>
                        }
                        <SaysInput value={e.draft.says.clone()} limit={c.max_pledge_chars}
                            on_change={on_ink.reform(InkAction::Says)} />
                    } else if e.draft.mode == Mode::Write {
                        <InkPanel can_undo={e.can_undo_ink()} can_redo={e.can_redo_ink()}
                            full={e.ink.full} colour={e.ink.colour} width={e.ink.width}
                            says={e.draft.says.clone()} limit={c.max_pledge_chars}
                            colours={inks}
                            on_ink={on_ink.clone()} />
                    } else {
                        <PledgeInput text={e.draft.text.clone()} limit={e.char_limit()}
                            error={e.text_error()} on_change={on_text} />
                        if e.text.replaced.is_some() {
                            <p class="undo">
                                { t.get("example-replaced") }{ " " }
                                <button type="button" class="button-link" onclick={on_undo}>
                                    { t.get("undo") }
                                </button>
                            </p>
                        }
                        if rest {
                            <Quotes quotes={c.quotes.clone()} lang={lang} on_use={on_quote} />
                        }
                    }
                    // A paper pledge carries its name on the paper.
                    if rest && !paper {
                        <NameInput name={e.draft.name.clone()} on_change={on_name} />
                    }
                </section>
                if rest {
                    <div class="editor-side">
                        <Preview shown={e.preview.shown.clone()} {pixels} status={e.preview.status.clone()}
                            size_name={size_name} too_long={e.text_error().is_some_and(|t| t != TextError::Empty)}
                            {on_download} {can_share} {on_share} share_failed={e.share.share_failed}
                            {on_retry} with_photo={with_photo} {overlay} />
                        if e.share.downloaded {
                            <NextSteps campaign={c.clone()} pledge={e.draft.words().to_owned()} lang={lang}
                                file_name={c.file_name(&e.draft.size)} {on_copy} />
                        }
                    </div>
                }
                if below && (frame_board.is_some() || paper) {
                    <PhotoPanel has_frame={e.board_has_frame()} frame_board={frame_board.clone()}
                        photo={e.photo.info} status={e.photo.status.clone()} placement={e.draft.placement}
                        {on_file} {on_step} {on_remove} />
                }
                if below {
                <section class="editor-form editor-design" aria-labelledby="design-heading">
                    <h2 id="design-heading">{ t.get("design-heading") }</h2>
                    if boards.len() > 1 {
                        <Choices legend={t.get("board-legend")} name="board" options={boards}
                            selected={e.draft.board.clone()} on_change={on_board} />
                    }
                    if sizes.len() > 1 {
                        <Choices legend={t.get("size-legend")} name="size" options={sizes}
                            selected={e.draft.size.clone()} on_change={on_size} />
                    }
                    <PrintPanel campaign={c.clone()} board={e.draft.board.clone()} />
                    <button type="button" class="button button-secondary" onclick={on_start_again}
                        aria-describedby="start-again-hint">
                        { t.get("start-again") }
                    </button>
                    <p class="field-hint start-again-hint" id="start-again-hint">
                        { t.get("start-again-hint") }
                    </p>
                </section>
                }
            </main>
            // Keyed by the count, so the same words said again are a new
            // node in the live region, and read out again.
            <div class="visually-hidden" role="status" aria-live="polite">
                <span class="visually-hidden" key={e.said.to_string()}>{ said }</span>
            </div>
            if below {
                <footer class="site-footer">
                    <Report campaign={c.clone()} lang={lang} />
                    <p>{ t.get("privacy-note") }</p>
                    <p>{ t.get("quick-exit-tip") }</p>
                </footer>
            }
        </>
    }
}
