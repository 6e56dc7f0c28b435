//! The page around the app: its title and the campaign's colours.

/// Sets the document's title.
pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// Sets CSS custom properties on the root element (through the CSSOM, which
/// a Content-Security-Policy without `unsafe-inline` allows).
pub fn set_properties(props: &[(&str, String)]) {
    let root = gloo::utils::document_element();
    if let Some(root) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&root) {
        let style = root.style();
        for (name, value) in props {
            let _ = style.set_property(name, value);
        }
    }
}
