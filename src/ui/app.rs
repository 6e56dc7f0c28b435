//! The page: loads the campaign file, then shows the editor; if the file
//! cannot be read, says so plainly (with the details the campaign's
//! organisers need to fix it).

use super::editor::EditorPage;
use crate::campaign::Campaign;
use crate::web::files;
use std::rc::Rc;
use yew::prelude::*;

/// Where the campaign file is, next to the page.
const CAMPAIGN_FILE: &str = "campaign.toml";

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready(Rc<Campaign>),
    /// What went wrong, for the organisers.
    Failed(String),
}

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let load = use_state(|| Load::Loading);
    {
        let load = load.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                load.set(match files::fetch_text(CAMPAIGN_FILE).await {
                    Ok(text) => match Campaign::from_toml(&text) {
                        Ok(c) => Load::Ready(Rc::new(c)),
                        Err(e) => Load::Failed(format!("{CAMPAIGN_FILE}: {e}")),
                    },
                    Err(e) => Load::Failed(format!("{CAMPAIGN_FILE} could not be loaded: {e}")),
                });
            });
        });
    }

    match &*load {
        Load::Ready(campaign) => html! { <EditorPage campaign={campaign.clone()} /> },
        Load::Loading => html! {
            <main class="page-message" id="main">
                <p role="status">{ "Loading the pledge board…" }</p>
            </main>
        },
        Load::Failed(details) => html! {
            <main class="page-message" id="main">
                <h1>{ "Sorry, the pledge board is not working" }</h1>
                <p>{ "Please try again later." }</p>
                <details class="details">
                    <summary>{ "Details for the campaign team" }</summary>
                    <pre class="problem-details">{ details }</pre>
                </details>
            </main>
        },
    }
}
