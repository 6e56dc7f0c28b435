//! "Write on paper instead": download the chosen board, blank, as a PDF
//! to print (A4 or US Letter, optionally light on ink), with a page of
//! instructions in the page's language. The PDF is made by a print worker
//! started on the click (`web::print_client`), so nothing of it loads
//! before; what happens is said in a status line.

use super::choices::Choices;
use super::words::use_texts;
use crate::campaign::Campaign;
use crate::print::{self, Options, Paper};
use crate::web::files;
use crate::web::print_client::{PrintEvent, PrintJob};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub campaign: Rc<Campaign>,
    /// The board chosen on the editor.
    pub board: AttrValue,
}

/// Where the last request got to.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Idle,
    Making,
    /// Downloaded, under this file name.
    Done(String),
    Failed(String),
}

/// US Letter for people whose browser prefers an American or Canadian
/// language; A4 for everyone else.
fn usual_paper() -> Paper {
    let first = crate::web::page::preferred_languages()
        .into_iter()
        .next()
        .unwrap_or_default();
    let region = first
        .rsplit('-')
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    if first.contains('-') && (region == "US" || region == "CA") {
        Paper::Letter
    } else {
        Paper::A4
    }
}

/// The file's name: the campaign's, the board's and the paper's.
pub fn file_name(c: &Campaign, board: &str, paper: Paper) -> String {
    format!("pledge-{}-{board}-to-print-{}.pdf", c.slug, paper.id())
}

#[function_component(PrintPanel)]
pub fn print_panel(p: &Props) -> Html {
    let t = use_texts();
    let paper = use_state(usual_paper);
    let save_ink = use_state(|| false);
    let status = use_state(|| Status::Idle);
    let job = use_mut_ref(|| None::<PrintJob>);

    let on_paper = {
        let paper = paper.clone();
        Callback::from(move |v: String| paper.set(Paper::from_id(&v).unwrap_or(Paper::A4)))
    };
    let on_save_ink = {
        let save_ink = save_ink.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            save_ink.set(input.checked());
        })
    };
    let on_print = {
        let (c, board, t) = (p.campaign.clone(), p.board.clone(), t.clone());
        let (paper, save_ink, status) = (*paper, *save_ink, status.clone());
        let job = job.clone();
        Callback::from(move |_: MouseEvent| {
            if *status == Status::Making {
                return;
            }
            let options = Options { paper, save_ink };
            let sheet = print::sheet(&c, &board, &t, options);
            status.set(Status::Making);
            {
                let name = file_name(&c, &board, paper);
                let (shown, job_slot) = (status.clone(), job.clone());
                let on_event = Rc::new(move |e: PrintEvent| {
                    let next = match e {
                        PrintEvent::Printed(pdf) => files::save(&pdf, "application/pdf", &name)
                            .map_or_else(Status::Failed, |_| Status::Done(name.clone())),
                        PrintEvent::Failed(why) => Status::Failed(why),
                    };
                    shown.set(next);
                    // The worker has answered: stop it (not from inside its
                    // own message handler).
                    let job_slot = job_slot.clone();
                    gloo::timers::callback::Timeout::new(0, move || {
                        job_slot.borrow_mut().take();
                    })
                    .forget();
                });
                match PrintJob::start(&c, &sheet, on_event) {
                    Ok(j) => *job.borrow_mut() = Some(j),
                    Err(why) => status.set(Status::Failed(why)),
                }
            }
        })
    };

    let papers = vec![
        (AttrValue::from("a4"), AttrValue::from(t.get("print-a4"))),
        (
            AttrValue::from("letter"),
            AttrValue::from(t.get("print-letter")),
        ),
    ];
    let said = match &*status {
        Status::Idle => String::new(),
        Status::Making => t.get("print-making"),
        Status::Done(file) => t.fmt("print-done", &[("file", file.as_str().into())]),
        Status::Failed(why) => t.fmt("print-failed", &[("why", why.as_str().into())]),
    };
    let making = *status == Status::Making;
    html! {
        <div class="print-panel">
            <h3 id="print-heading">{ t.get("print-heading") }</h3>
            <p class="field-hint">{ t.get("print-intro") }</p>
            <Choices legend={t.get("print-paper-legend")} name="paper" options={papers}
                selected={AttrValue::from(paper.id())} on_change={on_paper} inline=true />
            <div class="checkbox">
                <input type="checkbox" id="print-save-ink" checked={*save_ink} onchange={on_save_ink} />
                <label for="print-save-ink">{ t.get("print-save-ink") }</label>
            </div>
            <button type="button" class="button button-secondary" onclick={on_print}
                aria-disabled={making.then_some("true")}>
                { t.get("print-button") }
            </button>
            <p class={classes!("print-status", matches!(*status, Status::Failed(_)).then_some("problem"))}
                role="status" aria-live="polite">{ said }</p>
        </div>
    }
}
