//! What to do with the image, from the campaign file: share it with the
//! hashtags and handle (with a caption to copy), e-mail it to the campaign,
//! and how to report hate crime.

use crate::campaign::Campaign;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub campaign: Rc<Campaign>,
    pub pledge: AttrValue,
    pub on_copy: Callback<String>,
}

/// After a download: share, send, copy the caption.
#[function_component(NextSteps)]
pub fn next_steps(p: &Props) -> Html {
    let c = &p.campaign;
    let caption = c.caption_for(&p.pledge);
    let onclick = {
        let (cb, caption) = (p.on_copy.clone(), caption.clone());
        Callback::from(move |_: MouseEvent| cb.emit(caption.clone()))
    };
    let tags = c.hashtags.join(" ");
    html! {
        <section class="next-steps" aria-labelledby="next-heading" id="next-steps">
            <h2 id="next-heading" tabindex="-1">{ "What to do next" }</h2>
            <h3>{ "Share your pledge" }</h3>
            <p>
                { "Post your image on social media with " }
                <strong>{ tags }</strong>
                if !c.handle.is_empty() {
                    { " and tag " }<strong>{ &c.handle }</strong>
                }
                { "." }
            </p>
            <p class="field-label">{ "Caption to post with it" }</p>
            <p class="caption" id="caption-text" dir="auto" >{ &caption }</p>
            <button type="button" class="button button-secondary" {onclick}>{ "Copy caption" }</button>
            if !c.contact_email.is_empty() {
                <h3>{ "Send it to us" }</h3>
                <p>
                    { "E-mail your image to " }
                    <a href={format!("mailto:{}", c.contact_email)}>{ &c.contact_email }</a>
                    { " to be part of our campaign montage." }
                </p>
            }
            <h3>{ "If hate crime has happened to you or someone you know" }</h3>
            <p><a href="#report-heading">{ "How to report hate crime" }</a></p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub campaign: Rc<Campaign>,
}

/// How to report hate crime: always on the page.
#[function_component(Report)]
pub fn report(p: &ReportProps) -> Html {
    let r = &p.campaign.reporting;
    html! {
        <section class="report" aria-labelledby="report-heading">
            <h2 id="report-heading" tabindex="-1">{ "Report hate crime" }</h2>
            <ul class="report-list">
                if !r.emergency.is_empty() {
                    <li>{ "In an emergency, call " }<strong>{ &r.emergency }</strong>{ "." }</li>
                }
                if !r.non_emergency.is_empty() {
                    <li>{ "If it is not an emergency, call " }<strong>{ &r.non_emergency }</strong>{ "." }</li>
                }
                if !r.online_url.is_empty() {
                    <li>{ "Or report it online: " }
                        <a href={r.online_url.clone()} rel="noopener noreferrer">
                            { if r.online_name.is_empty() { r.online_url.clone() } else { r.online_name.clone() } }
                        </a>
                    </li>
                }
            </ul>
        </section>
    }
}
