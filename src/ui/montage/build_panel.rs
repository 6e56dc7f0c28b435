//! Building the montage: its layout, size, order and file type; the
//! button (only approved images go in); then the picture, its alt text and
//! the downloads: the montage, and its text version as HTML and CSV.

use super::super::words::use_texts;
use super::add_images::use_message;
use crate::montage::build::named_size;
use crate::montage::tile_size::{cell_side, sharper_use, TileUse};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// What the person chose.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub layout: String,
    /// A size name (`build::named_size`), for paper at 150 dpi or, after
    /// `@`, the dpi given ("a1@300").
    pub size: String,
    /// "added", "shuffled" or "language".
    pub order: String,
    /// "png", "jpeg" or "pdf".
    pub format: String,
}

impl Choice {
    /// The montage's width and height in pixels, and its dpi ("a1@300":
    /// A1 at 300 dpi; a bare name is at 150).
    pub fn pixels(&self) -> Result<(u32, u32, u32), String> {
        let (size, dpi) = match self.size.split_once('@') {
            Some((name, dpi)) => (name, dpi.parse().unwrap_or(150)),
            None => (self.size.as_str(), 150),
        };
        let (w, h) = named_size(size, dpi)?;
        Ok((w, h, dpi))
    }
}

impl Default for Choice {
    fn default() -> Self {
        Choice {
            layout: "grid".into(),
            size: "square".into(),
            order: "added".into(),
            format: "png".into(),
        }
    }
}

/// A montage built, ready to download.
#[derive(Clone, Debug, PartialEq)]
pub struct Built {
    pub url: String,
    pub file_name: String,
    pub width: u32,
    pub height: u32,
    pub format: String,
    pub alt: String,
    pub html_url: String,
    pub csv_url: String,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub approved: usize,
    /// What the images were kept for (their tiles' size).
    pub kept_for: TileUse,
    /// The campaign's own shapes: id and name.
    pub shapes: Vec<(String, String)>,
    pub building: bool,
    pub built: Option<Built>,
    pub error: Option<String>,
    pub on_build: Callback<Choice>,
    /// Download the approvals list.
    pub on_approvals: Callback<()>,
}

const LAYOUTS: [(&str, &str); 3] = [
    ("grid", "montage-layout-grid"),
    ("rows", "montage-layout-rows"),
    ("heart", "montage-layout-heart"),
];
/// Each size and its message (`montage-size-` and its value, `@` as `-`).
const SIZES: [&str; 11] = [
    "square", "portrait", "story", "hd", "4k", "a3", "a2", "a1", "a3@300", "a2@300", "a1@300",
];
const ORDERS: [(&str, &str); 3] = [
    ("added", "montage-order-added"),
    ("shuffled", "montage-order-shuffled"),
    ("language", "montage-order-language"),
];
const FORMATS: [(&str, &str); 3] = [
    ("png", "montage-format-png"),
    ("jpeg", "montage-format-jpeg"),
    ("pdf", "montage-format-pdf"),
];

fn select_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

#[function_component(BuildPanel)]
pub fn build_panel(p: &Props) -> Html {
    let t = use_texts();
    let choice = use_state(Choice::default);
    let select = |id: &'static str,
                  label: String,
                  options: Vec<(String, String)>,
                  current: String,
                  described_by: Option<&'static str>,
                  set: fn(&mut Choice, String)| {
        let choice = choice.clone();
        let on_change = Callback::from(move |e: Event| {
            let mut c = (*choice).clone();
            set(&mut c, select_value(&e));
            choice.set(c);
        });
        html! {
            <div class="field">
                <label for={id} class="field-label">{ label }</label>
                <select id={id} class="montage-select" onchange={on_change}
                    aria-describedby={described_by}>
                    { for options.into_iter().map(|(value, name)| html! {
                        <option selected={value == current} value={value.clone()}>{ name }</option>
                    }) }
                </select>
            </div>
        }
    };
    let build = {
        let (choice, on_build) = (choice.clone(), p.on_build.clone());
        Callback::from(move |_: MouseEvent| on_build.emit((*choice).clone()))
    };
    let c = (*choice).clone();
    // Tiles kept for smaller montages than this one: it would look soft.
    let soft = match c.pixels() {
        Ok((w, h, _)) if p.approved > 0 => {
            sharper_use(p.kept_for, w, h, p.approved).map(|u| (cell_side(w, h, p.approved), u))
        }
        _ => None,
    };
    html! {
        <section class="montage-build" aria-labelledby="build-heading">
            <h2 id="build-heading">{ t.get("montage-build-heading") }</h2>
            <p class="field-hint">{ t.fmt("montage-build-count", &[("count", p.approved.into())]) }</p>
            <div class="build-choices">
                { select("montage-layout", t.get("montage-layout"),
                    LAYOUTS.iter().map(|(v, id)| (v.to_string(), t.get(id)))
                        .chain(p.shapes.iter().cloned()).collect(), c.layout.clone(),
                    None, |c, v| c.layout = v) }
                { select("montage-size", t.get("montage-size"),
                    SIZES.iter().map(|v| (v.to_string(), t.get(&format!("montage-size-{}", v.replace('@', "-"))))).collect(), c.size.clone(),
                    soft.is_some().then_some("montage-soft"), |c, v| c.size = v) }
                { select("montage-order", t.get("montage-order"),
                    ORDERS.iter().map(|(v, id)| (v.to_string(), t.get(id))).collect(), c.order.clone(),
                    None, |c, v| c.order = v) }
                { select("montage-format", t.get("montage-format"),
                    FORMATS.iter().map(|(v, id)| (v.to_string(), t.get(id))).collect(), c.format.clone(),
                    None, |c, v| c.format = v) }
            </div>
            if let Some((need, sharper)) = soft {
                <p id="montage-soft" class="field-hint montage-soft">
                    { t.fmt("montage-soft", &[
                        ("need", need.into()),
                        ("side", p.kept_for.side().into()),
                        ("use", t.get(use_message(sharper)).into()),
                    ]) }
                </p>
            }
            <button type="button" class="button" onclick={build}
                disabled={p.approved == 0 || p.building}>
                { t.get(if p.building { "montage-building" } else { "montage-build" }) }
            </button>
            <button type="button" class="button button-secondary approvals-button"
                onclick={p.on_approvals.reform(|_: MouseEvent| ())}
                disabled={p.approved == 0} aria-describedby="approvals-hint">
                { t.get("montage-approvals") }
            </button>
            <p class="field-hint" id="approvals-hint">{ t.get("montage-approvals-hint") }</p>
            <div role="status" class="build-status">
                if let Some(e) = &p.error {
                    <p class="error-message">{ t.fmt("montage-build-failed", &[("why", e.as_str().into())]) }</p>
                }
                if let Some(b) = &p.built {
                    <p>{ t.fmt("montage-built", &[("width", b.width.into()), ("height", b.height.into())]) }</p>
                }
            </div>
            if let Some(b) = &p.built {
                // A PDF is not shown (an <img> cannot show one): its alt
                // text still is.
                <figure class="built-montage">
                    if b.format != "pdf" {
                        <img src={b.url.clone()} alt={b.alt.clone()} />
                    }
                    <figcaption>{ b.alt.clone() }</figcaption>
                </figure>
                <ul class="built-downloads">
                    <li><a class="button" href={b.url.clone()} download={b.file_name.clone()}>
                        { t.fmt("montage-download", &[("format", b.format.to_uppercase().into()), ("width", b.width.into()), ("height", b.height.into())]) }
                    </a></li>
                    <li><a class="button button-secondary" href={b.html_url.clone()} download="montage-pledges.html">
                        { t.get("montage-download-html") }
                    </a></li>
                    <li><a class="button button-secondary" href={b.csv_url.clone()} download="montage-pledges.csv">
                        { t.get("montage-download-csv") }
                    </a></li>
                </ul>
            }
        </section>
    }
}
