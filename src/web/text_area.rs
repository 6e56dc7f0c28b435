//! Putting the cursor on a line of a text area (the check page's links
//! from a problem to its line) and keeping its line numbers beside it.

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;

/// Where line `line` (1-based) starts in `text`, in UTF-16 code units (the
/// units of a text area's selection), and where it ends.
pub fn line_span(text: &str, line: usize) -> (u32, u32) {
    let mut start = 0u32;
    for (i, l) in text.split('\n').enumerate() {
        let len = l.encode_utf16().count() as u32;
        if i + 1 == line {
            return (start, start + len);
        }
        start += len + 1;
    }
    let end = text.encode_utf16().count() as u32;
    (end, end)
}

/// Focuses the text area `id` with the cursor at the start of `line`,
/// scrolled so that the line is in view (a third of the way down).
pub fn go_to_line(id: &str, line: usize) {
    let Some(area) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let text = area.value();
    let (start, _) = line_span(&text, line);
    let _ = area.focus();
    let _ = area.set_selection_range(start, start);
    let lines = text.split('\n').count().max(1) as f64;
    let line_height = area.scroll_height() as f64 / lines;
    let top = (line as f64 - 1.0) * line_height - area.client_height() as f64 / 3.0;
    area.set_scroll_top(top.max(0.0) as i32);
}
