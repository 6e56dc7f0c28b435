//! The montage page (`montage.html`, a staff tool in the same build): add
//! the images people sent in (read by a pool of workers, each shrunk to a
//! tile at once), review them, and (to come) build the montage. Nothing
//! leaves the machine. English words from `static/locales-montage/`,
//! through the same [`Texts`] as the editor.
//!
//! - `state`: the page's reducer (plain Rust, tested natively);
//! - `add_images`: choosing files or a folder, dropping, progress;
//! - `review_grid`: the grid, its keys and filters.

pub mod state;

#[cfg(target_arch = "wasm32")]
mod add_images;
#[cfg(target_arch = "wasm32")]
mod review_grid;

/// The page's English messages.
pub const MONTAGE_FTL: &str = include_str!("../../../static/locales-montage/en-GB.ftl");

/// The longest side of a tile kept for review and the montage (enough for
/// a screen-sized montage of a few dozen pledges).
pub const TILE_SIDE: u32 = 540;

#[cfg(target_arch = "wasm32")]
pub use page::MontageApp;

#[cfg(target_arch = "wasm32")]
mod page {
    use super::add_images::AddImages;
    use super::review_grid::ReviewGrid;
    use super::state::{Action, Montage};
    use super::{MONTAGE_FTL, TILE_SIDE};
    use crate::i18n::Texts;
    use crate::web::montage_pool::Pool;
    use crate::worker::montage_protocol::Received;
    use std::rc::Rc;
    use yew::prelude::*;

    /// An object URL for the packed tile the worker sent (kept outside the
    /// page's wasm memory).
    fn tile_url(png: &js_sys::Uint8Array) -> Option<String> {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/png");
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(
            &js_sys::Array::of1(png),
            &options,
        )
        .ok()?;
        web_sys::Url::create_object_url_with_blob(&blob).ok()
    }

    #[function_component(MontageApp)]
    pub fn montage_app() -> Html {
        let texts = (*use_memo((), |_| Rc::new(Texts::english_from(MONTAGE_FTL)))).clone();
        let state = use_reducer(Montage::default);
        let pool = use_mut_ref(|| None::<Pool>);
        let workers = use_state(|| 0usize);
        let failed = use_state(|| None::<String>);
        {
            let title = texts.get("montage-page-title");
            use_effect_with((), move |_| gloo::utils::document().set_title(&title));
        }
        {
            let unused = state.unused_urls.len();
            let urls = state.unused_urls.clone();
            use_effect_with(unused, move |_| {
                for u in urls {
                    let _ = web_sys::Url::revoke_object_url(&u);
                }
            });
        }
        let on_files = {
            let (pool, dispatch, workers, failed) = (
                pool.clone(),
                state.dispatcher(),
                workers.clone(),
                failed.clone(),
            );
            Callback::from(move |files: Vec<web_sys::File>| {
                if pool.borrow().is_none() {
                    let d = dispatch.clone();
                    let on_result = Rc::new(move |mut r: Received| {
                        let url = r.png.as_ref().and_then(tile_url).unwrap_or_default();
                        r.prepared = r.prepared.map_tile(|mut t| {
                            t.url = url;
                            t
                        });
                        d.dispatch(Action::Received(r.prepared));
                    });
                    match Pool::start(TILE_SIDE, on_result) {
                        Ok(p) => {
                            workers.set(p.workers());
                            *pool.borrow_mut() = Some(p);
                        }
                        Err(e) => return failed.set(Some(e)),
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
                        <p class="campaign-name">{ "Pledge Board" }</p>
                        <h1>{ t.get("montage-heading") }</h1>
                        <p class="lede">{ t.get("montage-intro") }</p>
                    </div>
                </header>
                <main id="main" class="montage">
                    if let Some(why) = &*failed {
                        <p role="alert" class="error-message">{ why.clone() }</p>
                    }
                    <AddImages on_files={on_files} added={state.added} done={state.done}
                        workers={*workers} on_cancel={on_cancel} />
                    <ReviewGrid state={state.clone()} dispatch={dispatch} />
                    if left_out > 0 {
                        <section class="montage-left-out" aria-labelledby="left-out-heading">
                            <h2 id="left-out-heading">
                                { t.fmt("montage-left-out-heading", &[("count", left_out.into())]) }
                            </h2>
                            <ul>
                                { for g.left_out.iter().map(|(file, why)| html! {
                                    <li>{ t.fmt("montage-left-out-item", &[("file", file.as_str().into()), ("why", why.as_str().into())]) }</li>
                                }) }
                                { for g.duplicates.iter().map(|(file, of)| html! {
                                    <li>{ t.fmt("montage-duplicate", &[("file", file.as_str().into()), ("number", (of + 1).into())]) }</li>
                                }) }
                            </ul>
                        </section>
                    }
                </main>
            </ContextProvider<Rc<Texts>>>
        }
    }
}
