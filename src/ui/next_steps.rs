//! What to do with the image, from the campaign file: share it with the
//! hashtags and handle (with a caption to copy), e-mail it to the campaign,
//! and how to report hate crime.

use super::mailto::mailto;
use super::words::{rich, use_texts};
use crate::campaign::Campaign;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub campaign: Rc<Campaign>,
    pub pledge: AttrValue,
    /// The language on show (an `i18n` code).
    pub lang: AttrValue,
    /// The downloaded image's file name, for the e-mail.
    pub file_name: AttrValue,
    pub on_copy: Callback<String>,
}

/// Campaign details that are the same in every language (hashtags, a
/// handle, an address, a phone number): bold, and never translated.
fn fixed(text: &str) -> Html {
    html! { <strong translate="no" dir="ltr">{ text.to_owned() }</strong> }
}

/// After a download: share, send, copy the caption.
#[function_component(NextSteps)]
pub fn next_steps(p: &Props) -> Html {
    let t = use_texts();
    let c = &p.campaign;
    let caption = t.campaign(&c.caption_for(&p.pledge, &p.lang)).into_owned();
    let onclick = {
        let (cb, caption) = (p.on_copy.clone(), caption.clone());
        Callback::from(move |_: MouseEvent| cb.emit(caption.clone()))
    };
    let tags = fixed(&c.hashtags.join(" "));
    let campaign_name = t.campaign(c.name.get(&p.lang)).into_owned();
    let file = p.file_name.as_str();
    let email = mailto(
        &c.contact_email,
        &t.fmt(
            "email-subject",
            &[("campaign", campaign_name.clone().into())],
        ),
        &t.fmt(
            "email-body",
            &[("campaign", campaign_name.into()), ("file", file.into())],
        ),
    );
    let share = if c.handle.is_empty() {
        rich(&t, "share-with", &[], vec![("hashtags", tags)])
    } else {
        rich(
            &t,
            "share-with-handle",
            &[],
            vec![("hashtags", tags), ("handle", fixed(&c.handle))],
        )
    };
    html! {
        <section class="next-steps" aria-labelledby="next-heading" id="next-steps">
            <h2 id="next-heading" tabindex="-1">{ t.get("next-heading") }</h2>
            <h3>{ t.get("share-heading") }</h3>
            <p>{ share }</p>
            <p class="field-label">{ t.get("caption-label") }</p>
            <p class="caption" id="caption-text" dir="auto">{ &caption }</p>
            <button type="button" class="button button-secondary" {onclick}>{ t.get("copy-caption") }</button>
            if !c.contact_email.is_empty() {
                <h3>{ t.get("send-heading") }</h3>
                <p>
                    { rich(&t, "send-email", &[], vec![("email", html! {
                        <a href={email} translate="no" dir="ltr">
                            { &c.contact_email }
                        </a>
                    })]) }
                </p>
                <p class="field-hint">
                    { rich(&t, "email-attach-hint", &[], vec![("file", html! {
                        <span class="file-name" translate="no" dir="ltr">{ file.to_owned() }</span>
                    })]) }
                </p>
            }
            <h3>{ t.get("if-it-happened") }</h3>
            <p><a href="#report-heading">{ t.get("how-to-report") }</a></p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub campaign: Rc<Campaign>,
    pub lang: AttrValue,
}

/// How to report hate crime: always on the page.
#[function_component(Report)]
pub fn report(p: &ReportProps) -> Html {
    let t = use_texts();
    let r = &p.campaign.reporting;
    let online_name = r.online_name.get(&p.lang);
    html! {
        <section class="report" aria-labelledby="report-heading">
            <h2 id="report-heading" tabindex="-1">{ t.get("report-heading") }</h2>
            <ul class="report-list">
                if !r.emergency.is_empty() {
                    <li>{ rich(&t, "report-emergency", &[], vec![("number", fixed(&r.emergency))]) }</li>
                }
                if !r.non_emergency.is_empty() {
                    <li>{ rich(&t, "report-non-emergency", &[], vec![("number", fixed(&r.non_emergency))]) }</li>
                }
                if !r.online_url.is_empty() {
                    <li>{ rich(&t, "report-online", &[], vec![("link", html! {
                        <a href={r.online_url.clone()} rel="noopener noreferrer" target="_top">
                            { if online_name.is_empty() { r.online_url.clone() } else { t.campaign(online_name).into_owned() } }
                        </a>
                    })]) }</li>
                }
            </ul>
        </section>
    }
}
