//! The page around the app: its title, language and direction, the
//! campaign's colours, and what the browser and the address ask for.

/// Sets the document's title.
pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// Sets `lang` and `dir` on the root element, so the browser, screen
/// readers and the stylesheet's logical properties follow the language.
pub fn set_language(code: &str, dir: &str) {
    let root = gloo::utils::document_element();
    let _ = root.set_attribute("lang", code);
    let _ = root.set_attribute("dir", dir);
}

/// The browser's preferred languages, most wanted first.
pub fn preferred_languages() -> Vec<String> {
    let nav = gloo::utils::window().navigator();
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty() {
        out.extend(nav.language());
    }
    out
}

/// A parameter of the page's address, e.g. `lang` in `?lang=ur`.
pub fn query(name: &str) -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Puts `name=value` in the page's address without loading it again (so a
/// reload, or the address copied, keeps it; nothing is stored).
pub fn set_query(name: &str, value: &str) {
    let window = gloo::utils::window();
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    url.search_params().set(name, value);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
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

/// A canvas's 2D drawing context (the preview's, the pen's wet ink).
pub fn canvas_2d(canvas: &web_sys::HtmlCanvasElement) -> Option<web_sys::CanvasRenderingContext2d> {
    use wasm_bindgen::JsCast;
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// Marks a moment of the page's start in the browser's User Timing
/// (`performance.mark`, e.g. `pledge-board:campaign`), for profilers and
/// the benchmarks; costs nothing a person notices.
pub fn mark(name: &str) {
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.mark(name);
    }
}

/// Waits for the browser's next task (a `setTimeout` of 0), so that what
/// comes after runs as a task of its own: the page's start is cut into
/// pieces short enough for a tap on "Exit this page", or a paint, to come
/// in between on a slow phone. (A message to itself, which the browser
/// runs sooner, cut the tasks less: BENCHMARKS.md, the start.)
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The editor's first view that `index.html` carries (`first_view`), if
/// the page has it.
fn first_view() -> Option<web_sys::Element> {
    let selector = format!("[{}]", crate::first_view::MARK);
    gloo::utils::document().query_selector(&selector).ok()?
}

/// Whether the page still shows the first view of `index.html`.
pub fn has_first_view() -> bool {
    first_view().is_some()
}

/// Takes the first view away: the app's own page takes its place.
pub fn remove_first_view() {
    if let Some(view) = first_view() {
        view.remove();
    }
}
