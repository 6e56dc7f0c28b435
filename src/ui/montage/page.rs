//! The montage page: adding images through the worker pool, the review
//! grid, what was left out, and the review kept between visits (restored
//! when the page opens, saved after each change, deleted by "Clear
//! everything").

use super::add_images::AddImages;
use super::arrivals::Arrivals;
use super::build_job::{build_montage, text_url, url_of};
use super::build_panel::{BuildPanel, Built, Choice};
use super::clear_all::ClearAll;
use super::crop_panel::CropPanel;
use super::language::use_page_language;
use super::notes::{note_words, reason_words, Note};
use super::review_grid::ReviewGrid;
use super::state::{Action, Montage};
use crate::campaign::LocalText;
use crate::i18n::Texts;
use crate::montage::approvals::{self, Approval};
use crate::montage::review::{Review, Saved};
use crate::web::montage_pool::Pool;
use crate::web::montage_store;
use crate::worker::montage_protocol::Received;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use web_sys::Blob;
use yew::prelude::*;

/// A packed tile as a Blob (kept outside the page's wasm memory).
fn tile_blob(png: &js_sys::Uint8Array) -> Option<Blob> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/png");
    Blob::new_with_u8_array_sequence_and_options(&js_sys::Array::of1(png), &options).ok()
}

/// The tiles' blobs by URL, and how many images are kept in storage.
#[derive(Default)]
struct Kept {
    blobs: HashMap<String, Blob>,
    stored: usize,
    /// Saving starts once what was kept has been read back.
    loaded: bool,
}

#[function_component(MontageApp)]
pub fn montage_app() -> Html {
    let language = use_page_language();
    let texts = language.texts.clone();
    let state = use_reducer(Montage::default);
    let pool = use_mut_ref(|| None::<Pool>);
    let arrivals = (*use_memo((), {
        let d = state.dispatcher();
        move |_| Arrivals::new(d)
    }))
    .clone();
    let kept: Rc<RefCell<Kept>> = use_mut_ref(Kept::default);
    let workers = use_state(|| 0usize);
    let note = use_state(|| None::<Note>);
    let cleared = use_state(|| false);
    let building = use_state(|| false);
    let built = use_state(|| None::<Built>);
    let build_error = use_state(|| None::<String>);
    let builds = use_mut_ref(|| 0u64);
    // The campaign's own shapes, offered beside the built-in layouts.
    let shapes = use_state(Vec::<(String, LocalText)>::new);
    {
        let shapes = shapes.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // A campaign file that cannot be read leaves the built-in
                // layouts; building says what is wrong with it.
                let text = crate::web::files::fetch_text("../campaign.toml").await;
                if let Ok(Ok(c)) = text.map(|t| crate::campaign::Campaign::from_toml(&t)) {
                    shapes.set(
                        c.montage
                            .shapes
                            .iter()
                            .map(|s| (s.id.clone(), s.name.clone()))
                            .collect(),
                    );
                }
            });
        });
    }
    {
        let (dispatch, kept, note) = (state.dispatcher(), kept.clone(), note.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match montage_store::load().await {
                    Ok(Some((json, tiles))) => {
                        let urls: Vec<String> = tiles.iter().map(url_of).collect();
                        let review = serde_json::from_str::<Saved>(&json)
                            .ok()
                            .and_then(|s| Review::restored(s, urls.clone()));
                        if let Some(review) = review {
                            let mut k = kept.borrow_mut();
                            k.stored = urls.len();
                            k.blobs.extend(urls.into_iter().zip(tiles));
                            let n = review.verdicts.len();
                            note.set(Some(Note::Restored(n)));
                            dispatch.dispatch(Action::Restore(review));
                        }
                    }
                    Ok(None) => {}
                    Err(why) => note.set(Some(Note::NotKept(why))),
                }
                kept.borrow_mut().loaded = true;
            });
        });
    }
    // Tiles of repeats let go.
    {
        let (kept, urls) = (kept.clone(), state.unused_urls.clone());
        use_effect_with(urls.len(), move |_| {
            for u in &urls {
                kept.borrow_mut().blobs.remove(u);
                let _ = web_sys::Url::revoke_object_url(u);
            }
        });
    }
    // Saved after every change to what is kept (the new tiles, then the
    // review): not when only the focus or the filter moves.
    {
        let (kept, note) = (kept.clone(), note.clone());
        let g = &state.review.gathering;
        let what = (
            g.images.len(),
            g.left_out.len(),
            g.duplicates.len(),
            state.review.verdicts.clone(),
            state.review.crops.clone(),
        );
        let state = state.clone();
        use_effect_with(what, move |_| {
            let images = state.review.images();
            let (first, tiles) = {
                let k = kept.borrow();
                if !k.loaded || (images.is_empty() && k.stored == 0) {
                    return;
                }
                let new: Vec<Blob> = images[k.stored.min(images.len())..]
                    .iter()
                    .filter_map(|g| k.blobs.get(&g.tile.url).cloned())
                    .collect();
                (k.stored, new)
            };
            kept.borrow_mut().stored = images.len();
            let json = serde_json::to_string(&state.review.saved()).unwrap_or_default();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(why) = montage_store::save(&json, first as u32, &tiles).await {
                    note.set(Some(Note::NotKept(why)));
                }
            });
        });
    }
    let on_files = {
        let (pool, dispatch, workers, note, kept, arrivals) = (
            pool.clone(),
            state.dispatcher(),
            workers.clone(),
            note.clone(),
            kept.clone(),
            arrivals.clone(),
        );
        let (cleared, side) = (cleared.clone(), state.review.kept_for.side());
        Callback::from(move |files: Vec<web_sys::File>| {
            cleared.set(false);
            if pool.borrow().is_none() {
                let (arrivals, kept) = (arrivals.clone(), kept.clone());
                let on_result = Rc::new(move |mut r: Received| {
                    let blob = r.png.as_ref().and_then(tile_blob);
                    let url = blob.as_ref().map(url_of).unwrap_or_default();
                    if let Some(b) = blob {
                        kept.borrow_mut().blobs.insert(url.clone(), b);
                    }
                    r.prepared = r.prepared.map_tile(|mut t| {
                        t.url = url;
                        t
                    });
                    arrivals.push(r.prepared);
                });
                match Pool::start(side, on_result) {
                    Ok(p) => {
                        workers.set(p.workers());
                        *pool.borrow_mut() = Some(p);
                    }
                    Err(e) => return note.set(Some(Note::Said(e))),
                }
            }
            dispatch.dispatch(Action::Queued(files.len()));
            if let Some(p) = pool.borrow().as_ref() {
                p.add(files);
            }
        })
    };
    let on_cancel = {
        let (pool, dispatch) = (pool.clone(), state.dispatcher());
        Callback::from(move |_| {
            if let Some(p) = pool.borrow().as_ref() {
                let waiting = p.pending();
                p.cancel();
                let dropped = waiting - p.pending();
                dispatch.dispatch(Action::Cancelled { dropped });
            }
        })
    };
    let on_clear = {
        let (pool, dispatch, kept, note, cleared) = (
            pool.clone(),
            state.dispatcher(),
            kept.clone(),
            note.clone(),
            cleared.clone(),
        );
        let (built, build_error, arrivals) = (built.clone(), build_error.clone(), arrivals.clone());
        Callback::from(move |_| {
            // The montage made from them goes too.
            if let Some(old) = &*built {
                for u in [&old.url, &old.html_url, &old.csv_url] {
                    let _ = web_sys::Url::revoke_object_url(u);
                }
            }
            built.set(None);
            build_error.set(None);
            // Stop reading: nothing read later may come back.
            *pool.borrow_mut() = None;
            arrivals.forget();
            {
                let mut k = kept.borrow_mut();
                for url in k.blobs.keys() {
                    let _ = web_sys::Url::revoke_object_url(url);
                }
                k.blobs.clear();
                k.stored = 0;
                k.loaded = false;
            }
            dispatch.dispatch(Action::Clear);
            note.set(None);
            let (kept, note, cleared) = (kept.clone(), note.clone(), cleared.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match montage_store::clear().await {
                    Ok(()) => cleared.set(true),
                    Err(why) => note.set(Some(Note::Said(why))),
                }
                kept.borrow_mut().loaded = true;
            });
        })
    };
    let on_build = {
        let (state, kept, building, built, error, builds, t) = (
            state.clone(),
            kept.clone(),
            building.clone(),
            built.clone(),
            build_error.clone(),
            builds.clone(),
            texts.clone(),
        );
        Callback::from(move |choice: Choice| {
            // Each build shuffles anew ("Shuffled" again: another order).
            let seed = {
                let mut n = builds.borrow_mut();
                *n += 1;
                *n
            };
            if let Some(old) = &*built {
                for u in [&old.url, &old.html_url, &old.csv_url] {
                    let _ = web_sys::Url::revoke_object_url(u);
                }
            }
            building.set(true);
            built.set(None);
            error.set(None);
            let (review, blobs) = (state.review.clone(), kept.borrow().blobs.clone());
            let (building, built, error) = (building.clone(), built.clone(), error.clone());
            let title = t.get("montage-text-title");
            wasm_bindgen_futures::spawn_local(async move {
                match build_montage(review, blobs, choice, seed, title).await {
                    Ok(b) => built.set(Some(b)),
                    Err(why) => error.set(Some(why)),
                }
                building.set(false);
            });
        })
    };
    // The approvals list, for `pledge-montage --approved`.
    let on_approvals = {
        let state = state.clone();
        Callback::from(move |_| {
            let r = &state.review;
            let list: Vec<Approval> = r
                .approved()
                .into_iter()
                .map(|i| Approval {
                    name: r.images()[i].name.clone(),
                    crop: r.crop(i),
                })
                .collect();
            let url = text_url(&approvals::write(&list), "text/plain");
            let _ = crate::web::files::download(&url, "approved.txt");
            // Let go once the download has its bytes.
            gloo::timers::callback::Timeout::new(60_000, move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            })
            .forget();
        })
    };
    let dispatch = {
        let d = state.dispatcher();
        Callback::from(move |a: Action| d.dispatch(a))
    };
    let g = &state.review.gathering;
    let left_out = g.left_out.len() + g.duplicates.len();
    let t = texts.clone();
    html! {
        <ContextProvider<Rc<Texts>> context={texts}>
            <header class="masthead">
                <div class="masthead-inner">
                    { language.picker }
                    <p class="campaign-name">{ "Pledge Board" }</p>
                    <h1>{ t.get("montage-heading") }</h1>
                    <p class="lede">{ t.get("montage-intro") }</p>
                </div>
            </header>
            <main id="main" class="montage">
                if let Some(note) = &*note {
                    <p role="status" class="montage-note">{ note_words(&t, note) }</p>
                }
                <AddImages on_files={on_files} added={state.added} done={state.done}
                    workers={*workers} on_cancel={on_cancel}
                    kept_for={state.review.kept_for} can_choose_use={state.can_choose_use()}
                    on_use={dispatch.reform(Action::KeepFor)} />
                <ReviewGrid state={state.clone()} dispatch={dispatch.clone()} />
                <CropPanel state={state.clone()} dispatch={dispatch.clone()} />
                if left_out > 0 {
                    <section class="montage-left-out" aria-labelledby="left-out-heading">
                        <h2 id="left-out-heading">
                            { t.fmt("montage-left-out-heading", &[("count", left_out.into())]) }
                        </h2>
                        <ul>
                            { for g.left_out.iter().map(|(file, why)| html! {
                                <li>{ t.fmt("montage-left-out-item", &[("file", file.as_str().into()), ("why", reason_words(&t, why).into())]) }</li>
                            }) }
                            { for g.duplicates.iter().map(|(file, of)| html! {
                                <li>{ t.fmt("montage-duplicate", &[("file", file.as_str().into()), ("number", (of + 1).into())]) }</li>
                            }) }
                        </ul>
                    </section>
                }
                <BuildPanel approved={state.review.counts().approved} kept_for={state.review.kept_for}
                    shapes={shapes.iter().map(|(id, name)| (id.clone(), name.get(t.language.code).to_owned())).collect::<Vec<_>>()}
                    building={*building} on_approvals={on_approvals}
                    built={(*built).clone()} error={(*build_error).clone()} on_build={on_build} />
                <ClearAll on_clear={on_clear} cleared={*cleared} />
            </main>
        </ContextProvider<Rc<Texts>>>
    }
}
