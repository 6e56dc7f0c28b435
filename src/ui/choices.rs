//! A group of radio buttons (GOV.UK radios pattern), for the board design
//! and the image size.

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
}

#[function_component(Choices)]
pub fn choices(p: &Props) -> Html {
    html! {
        <fieldset class="fieldset">
            <legend class="fieldset-legend">{ p.legend.clone() }</legend>
            <div class="radios">
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
                        <label class="radio-label" for={id}>{ label.clone() }</label>
                    </div>
                }
            }) }
            </div>
        </fieldset>
    }
}
