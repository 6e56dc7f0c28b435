//! A group of radio buttons (GOV.UK radios pattern), for the board design,
//! the image size, typing or writing, and the pen's colour and width.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub legend: AttrValue,
    /// The radios' `name`, also the start of each one's id.
    pub name: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    pub on_change: Callback<String>,
    /// A colour swatch before each label (CSS colours, in order).
    #[prop_or_default]
    pub swatches: Vec<AttrValue>,
    /// Side by side where they fit.
    #[prop_or_default]
    pub inline: bool,
}

#[function_component(Choices)]
pub fn choices(p: &Props) -> Html {
    let node = use_node_ref();
    // The swatches' colours, set through the DOM (the page's CSP allows no
    // inline styles).
    {
        let node = node.clone();
        use_effect_with(p.swatches.clone(), move |swatches| {
            let Some(el) = node.cast::<web_sys::Element>() else {
                return;
            };
            let Ok(spans) = el.query_selector_all(".swatch") else {
                return;
            };
            for (i, colour) in swatches.iter().enumerate() {
                if let Some(span) = spans
                    .get(i as u32)
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(n).ok())
                {
                    let _ = span.style().set_property("background-color", colour);
                }
            }
        });
    }
    html! {
        <fieldset class="fieldset" ref={node}>
            <legend class="fieldset-legend">{ p.legend.clone() }</legend>
            <div class={classes!("radios", p.inline.then_some("radios-inline"))}>
            { for p.options.iter().map(|(value, label)| {
                let id = format!("{}-{}", p.name, value);
                let onchange = {
                    let (cb, value) = (p.on_change.clone(), value.to_string());
                    Callback::from(move |_: Event| cb.emit(value.clone()))
                };
                html! {
                    <div class="radio">
                        <input class="radio-input" type="radio" id={id.clone()} name={p.name.clone()}
                            value={value.clone()} checked={*value == p.selected} {onchange} />
                        <label class="radio-label" for={id}>
                            if !p.swatches.is_empty() {
                                <span class="swatch" aria-hidden="true"></span>
                            }
                            { label.clone() }
                        </label>
                    </div>
                }
            }) }
            </div>
        </fieldset>
    }
}
