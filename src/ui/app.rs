//! The page: campaign header, the pledge editor and the board preview.

use super::pledge_input::PledgeInput;
use super::preview::Preview;
use super::state::{Action, Editor};
use yew::prelude::*;

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let editor = use_reducer(Editor::default);
    let on_text = {
        let editor = editor.dispatcher();
        Callback::from(move |text: String| editor.dispatch(Action::SetText(text)))
    };

    html! {
        <>
            <header class="masthead">
                <div class="masthead-inner">
                    <p class="campaign-name">{ "National Hate Crime Awareness Week" }</p>
                    <h1>{ "Make your pledge" }</h1>
                    <p class="lede">
                        { "Write a pledge against hate crime, see it on the pledge board, and share it to show you stand together." }
                    </p>
                </div>
            </header>
            <main class="editor" id="main">
                <section class="editor-form" aria-labelledby="write-heading">
                    <h2 id="write-heading">{ "Write your pledge" }</h2>
                    <PledgeInput text={editor.text.clone()} on_change={on_text} />
                </section>
                <Preview text={editor.text.clone()} />
            </main>
            <footer class="site-footer">
                <p>{ "Your pledge stays on this device: nothing you type is sent anywhere." }</p>
            </footer>
        </>
    }
}
