//! wasm-bindgen tests in headless Chromium: the check page's list of
//! problems and notes in a real DOM, where drawing the artwork ahead says
//! it is under way (it takes seconds) and cannot be asked for twice at
//! once. Run with `cargo test --target wasm32-unknown-unknown --test web_check`.
#![cfg(target_arch = "wasm32")]

use pledge_board::i18n::Texts;
use pledge_board::ui::check::problems::{Ahead, Problems};
use pledge_board::ui::check::CHECK_FTL;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HostProps {
    drawn: Ahead,
}

#[function_component(Host)]
fn host(p: &HostProps) -> Html {
    let texts = Rc::new(Texts::english_from(CHECK_FTL));
    html! {
        <ContextProvider<Rc<Texts>> context={texts}>
        <Problems problems={vec![]} summary={Some("1 board".to_string())}
            note={Some("drawn_artwork: campaign/artwork.drawn: not there".to_string())}
            font_note={None::<String>} up_to_date={true} on_draw_ahead={Callback::noop()}
            drawn={p.drawn.clone()} prepared={None::<String>} name={"campaign.toml".to_string()} />
        </ContextProvider<Rc<Texts>>>
    }
}

/// The section as drawn with `drawn`: its draw-ahead button and the text
/// of the status beside it.
async fn shown(drawn: Ahead) -> (Element, String, Element) {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { drawn }).render();
    yew::platform::time::sleep(Duration::from_millis(30)).await;
    let button = root
        .query_selector(".check-note button")
        .unwrap()
        .expect("the draw-ahead button");
    assert_eq!(
        button.text_content().unwrap().trim(),
        "Draw the artwork ahead and download it"
    );
    let status = root
        .query_selector(".check-note [role=status]")
        .unwrap()
        .expect("a status beside the button, there before anything is said in it")
        .text_content()
        .unwrap();
    (button, status.trim().to_string(), root)
}

#[wasm_bindgen_test]
async fn drawing_the_artwork_ahead_says_so_and_cannot_be_asked_twice() {
    let (button, said, _) = shown(Ahead::NotAsked).await;
    assert!(!button.has_attribute("disabled"));
    assert_eq!(said, "");

    let (button, said, _) = shown(Ahead::Drawing).await;
    assert!(
        button.has_attribute("disabled"),
        "asked again while drawing"
    );
    assert!(
        said.starts_with("Drawing the artwork ahead"),
        "says {said:?}"
    );

    let (button, said, _) = shown(Ahead::Downloaded("campaign/artwork.drawn".into())).await;
    assert!(!button.has_attribute("disabled"));
    assert!(
        said.starts_with("Downloaded. Put it at campaign/artwork.drawn"),
        "says {said:?}"
    );

    let (button, said, root) = shown(Ahead::Failed("out of memory".into())).await;
    assert!(
        !button.has_attribute("disabled"),
        "a failure can be tried again"
    );
    assert_eq!(said, "");
    let alert = root
        .query_selector(".check-note [role=alert]")
        .unwrap()
        .expect("the failure, as an alert")
        .text_content()
        .unwrap();
    assert_eq!(alert, "The artwork could not be drawn ahead: out of memory");
}
