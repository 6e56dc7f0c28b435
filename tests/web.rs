//! wasm-bindgen tests in headless Chromium: the Yew components mounted into
//! a real DOM. Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use pledge_board::ui::App;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlTextAreaElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element and lets Yew render.
async fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

fn text_box(root: &Element) -> HtmlTextAreaElement {
    root.query_selector("textarea")
        .unwrap()
        .expect("a textarea")
        .dyn_into()
        .unwrap()
}

fn board_label(root: &Element) -> String {
    root.query_selector("[role=img]")
        .unwrap()
        .expect("the board")
        .get_attribute("aria-label")
        .unwrap()
}

/// Types as a person would: the value changes, then an input event fires.
async fn type_text(area: &HtmlTextAreaElement, text: &str) {
    area.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    area.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn heading_and_labelled_text_box_render() {
    let root = mount().await;
    let h1 = root.query_selector("h1").unwrap().expect("an h1");
    assert_eq!(h1.text_content().unwrap(), "Make your pledge");

    let area = text_box(&root);
    let label = root
        .query_selector(&format!("label[for='{}']", area.id()))
        .unwrap();
    assert_eq!(
        label
            .expect("a label for the text box")
            .text_content()
            .unwrap(),
        "Your pledge"
    );
    let hint_id = area
        .get_attribute("aria-describedby")
        .expect("described by a hint");
    assert!(web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .get_element_by_id(&hint_id)
        .is_some());
}

#[wasm_bindgen_test]
async fn typing_updates_the_preview_and_keeps_the_text() {
    let root = mount().await;
    assert_eq!(
        board_label(&root),
        "Pledge board, empty: your pledge will appear here."
    );

    let area = text_box(&root);
    type_text(&area, "  No place for hate\n").await;
    assert_eq!(board_label(&root), "Pledge board: No place for hate");
    assert_eq!(
        area.value(),
        "  No place for hate\n",
        "the box keeps exactly what was typed"
    );

    type_text(&area, "   ").await;
    assert_eq!(
        board_label(&root),
        "Pledge board, empty: your pledge will appear here."
    );
}
