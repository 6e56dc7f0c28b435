//! wasm-bindgen tests in headless Chromium: the editor's components in a
//! real DOM, the session storage glue, and the worker messages' trip
//! through JavaScript. Run with
//! `cargo test --target wasm32-unknown-unknown --test web`.
//! (The render worker itself is tested end to end in `tests/e2e`.)
#![cfg(target_arch = "wasm32")]

use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::ink::{InkPoint, Stroke, Width, Writing};
use pledge_board::render::photo::{Photo, PhotoError};
use pledge_board::render::placement::Placement;
use pledge_board::render::Pledge;
use pledge_board::ui::EditorPage;
use pledge_board::web::storage;
use pledge_board::worker::protocol::*;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, InputEvent, InputEventInit};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HostProps {
    campaign: Rc<Campaign>,
}

#[function_component(Host)]
fn host(p: &HostProps) -> Html {
    html! { <EditorPage campaign={p.campaign.clone()} on_language={Callback::noop()} /> }
}

/// Mounts the editor with the default campaign into a fresh element.
async fn mount() -> Element {
    let window = web_sys::window().unwrap();
    window.session_storage().unwrap().unwrap().clear().unwrap();
    let document = window.document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let campaign = Rc::new(Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap());
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { campaign }).render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn find(root: &Element, css: &str) -> Element {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {css}"))
}

fn text_box(root: &Element) -> HtmlTextAreaElement {
    find(root, "textarea").dyn_into().unwrap()
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
async fn the_count_follows_typing_and_becomes_an_error_past_the_limit() {
    let root = mount().await;
    let area = text_box(&root);
    assert_eq!(
        find(&root, ".count").text_content().unwrap(),
        "You have 280 characters remaining"
    );

    type_text(&area, "  No place for hate\n").await;
    assert_eq!(
        area.value(),
        "  No place for hate\n",
        "the box keeps exactly what was typed"
    );
    assert_eq!(
        find(&root, ".count").text_content().unwrap(),
        "You have 260 characters remaining"
    );
    assert!(root.query_selector("#pledge-text-error").unwrap().is_none());

    type_text(&area, &"ż".repeat(281)).await;
    assert_eq!(
        find(&root, ".count").text_content().unwrap(),
        "You have 1 character too many"
    );
    assert_eq!(area.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error = find(&root, "#pledge-text-error").text_content().unwrap();
    assert!(error.contains("280 characters or fewer"), "{error}");
    assert!(area
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("pledge-text-error"));
    assert_eq!(area.value().chars().count(), 281, "the text is kept");
}

#[wasm_bindgen_test]
async fn an_example_fills_the_box_and_the_draft_is_kept_for_the_tab() {
    let root = mount().await;
    let quote = find(&root, ".quote-text").text_content().unwrap();
    find(&root, ".quote button")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(text_box(&root).value(), quote);
    let stored = storage::load("pledge-board:nhcaw:draft").expect("a stored draft");
    assert!(
        stored.contains(&("text".to_owned(), quote.clone())),
        "{stored:?}"
    );
    assert!(
        stored.contains(&("quote".to_owned(), "0".to_owned())),
        "{stored:?}"
    );
}

#[wasm_bindgen_test]
fn storage_keeps_any_text_exactly() {
    let pairs = vec![
        (
            "text".to_owned(),
            "a&b=c?d#e%f+g\nnew line  نفرت ગુજરાતી 🙂".to_owned(),
        ),
        ("name".to_owned(), String::new()),
    ];
    assert!(storage::save("web-test", &pairs));
    assert_eq!(storage::load("web-test"), Some(pairs));
    storage::clear("web-test");
    assert_eq!(storage::load("web-test"), None);
}

#[wasm_bindgen_test]
fn worker_messages_survive_the_trip_through_javascript() {
    let example = include_str!("../examples/unity-week.toml");
    let requests = [
        Request::Campaign(Rc::new(Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap())),
        Request::Campaign(Rc::new(Campaign::from_toml(example).unwrap())),
        Request::Render(RenderJob {
            id: 42,
            board: "purple-dawn".into(),
            size: "story".into(),
            pledge: Pledge {
                text: "Razem — مل کر\n".into(),
                name: "Zofia".into(),
                date: "23 Nov".into(),
                lang: Some("ur".into()),
                placement: Placement {
                    x: -1000,
                    y: 400,
                    zoom: 244,
                },
                paper: false,
                writing: Some(Writing {
                    strokes: vec![Stroke {
                        points: vec![
                            InkPoint {
                                x: 5,
                                y: -3,
                                pressure: 1000,
                                t: 0,
                            },
                            InkPoint {
                                x: 9000,
                                y: 7000,
                                pressure: 0,
                                t: 4000,
                            },
                        ],
                        width: Width::Fine,
                        colour: 1,
                        real_pressure: true,
                    }],
                }),
            },
        }),
        Request::Photo(None),
        Request::Photo(Some(Photo {
            width: 2,
            height: 1,
            rgba: vec![1, 2, 3, 255, 4, 5, 6, 0],
        })),
        Request::Render(RenderJob {
            id: 0,
            board: String::new(),
            size: String::new(),
            pledge: Pledge::default(),
        }),
        // A photo of a paper pledge.
        Request::Render(RenderJob {
            id: 3,
            board: "many-voices".into(),
            size: "story".into(),
            pledge: Pledge {
                paper: true,
                ..Pledge::new("Hope")
            },
        }),
        Request::Encode(9),
    ];
    for r in requests {
        assert_eq!(decode_request(&encode_request(&r)), Some(r));
    }
    let responses = [
        Response::Ready,
        Response::StartFailed("CompileError: wasm validation error".into()),
        Response::FetchingFonts {
            id: 3,
            fonts: vec!["Urdu".into(), "Gujarati".into()],
        },
        Response::Drawn {
            id: 4,
            width: 1080,
            height: 1920,
        },
        Response::Encoded {
            id: 4,
            png: vec![137, 80, 78, 71, 0, 255],
        },
        Response::TooLong {
            id: 5,
            chars: 300,
            limit: 126,
        },
        Response::Failed {
            id: 6,
            problem: Problem::Font {
                font: "Urdu".into(),
                detail: "404".into(),
            },
        },
        Response::Failed {
            id: 7,
            problem: Problem::Campaign("bad".into()),
        },
        Response::Failed {
            id: 8,
            problem: Problem::Other("no board".into()),
        },
    ];
    for r in responses {
        let (js, _transfer) = encode_response(&r);
        assert_eq!(decode_response(&js), Some(r));
    }
    assert_eq!(
        decode_request(&wasm_bindgen::JsValue::from_str("junk")),
        None
    );
    // The pixels travel beside "drawn", whole, or not at all.
    let rgba: Vec<u8> = (0..2 * 3 * 4).map(|n| n as u8).collect();
    let (js, transfer) = drawn_message(4, 2, 3, &rgba);
    assert_eq!(transfer.length(), 1);
    assert_eq!(
        decode_response(&js),
        Some(Response::Drawn {
            id: 4,
            width: 2,
            height: 3
        })
    );
    let pixels = drawn_pixels(&js).expect("the pixels");
    assert_eq!((pixels.width(), pixels.height()), (2, 3));
    assert_eq!(pixels.data().0, rgba);
    let (short, _) = drawn_message(4, 2, 4, &rgba);
    assert!(drawn_pixels(&short).is_none(), "fewer pixels than the size");
}

#[wasm_bindgen_test]
async fn the_count_is_read_out_after_a_pause_in_typing_not_on_arrival() {
    let root = mount().await;
    let spoken = || {
        find(&root, "#pledge-text ~ [aria-live=polite]")
            .text_content()
            .unwrap()
    };
    yew::platform::time::sleep(Duration::from_millis(1300)).await;
    assert_eq!(spoken(), "", "nothing is read out before typing");
    type_text(&text_box(&root), "Hate has no home here").await;
    assert_eq!(spoken(), "", "not while typing");
    yew::platform::time::sleep(Duration::from_millis(1300)).await;
    assert_eq!(spoken(), "You have 259 characters remaining");
}

#[wasm_bindgen_test]
fn photo_worker_messages_survive_the_trip_through_javascript() {
    use pledge_board::worker::photo_protocol::*;
    let file = js_sys::Uint8Array::from(&b"\xFF\xD8 a photo"[..]);
    let (msg, transfer) = encode_prepare(&Prepare {
        id: 9,
        source: Source::File(file),
        max_side: 1296,
        keep: true,
        decoder: "ours".into(),
    });
    assert_eq!(transfer.length(), 1, "the file's bytes are transferred");
    let back = decode_prepare(&msg).unwrap();
    assert_eq!(
        (back.id, back.max_side, back.keep, back.decoder.as_str()),
        (9, 1296, true, "ours")
    );
    match back.source {
        Source::File(bytes) => assert_eq!(bytes.to_vec(), b"\xFF\xD8 a photo"),
        other => panic!("{other:?}"),
    }
    let (msg, _) = encode_prepare(&Prepare {
        id: 1,
        source: Source::Stored("/9j/4AAQ".into()),
        max_side: 256,
        keep: false,
        decoder: "auto".into(),
    });
    match decode_prepare(&msg).unwrap().source {
        Source::Stored(text) => assert_eq!(text, "/9j/4AAQ"),
        other => panic!("{other:?}"),
    }
    let rgba = js_sys::Uint8Array::from(&[9u8, 8, 7, 255][..]);
    let (msg, transfer) = encode_reply(&Reply::Prepared {
        id: 4,
        width: 1,
        height: 1,
        rgba,
    });
    assert_eq!(transfer.length(), 1, "the pixels are transferred");
    match decode_reply(&msg).unwrap() {
        Reply::Prepared {
            id: 4,
            width: 1,
            height: 1,
            rgba,
        } => assert_eq!(rgba.to_vec(), vec![9, 8, 7, 255]),
        other => panic!("{other:?}"),
    }
    for problem in [
        PhotoError::Heic,
        PhotoError::NotAnImage,
        PhotoError::FileTooBig { bytes: 43_000_000 },
        PhotoError::TooManyPixels {
            width: 20_000,
            height: 30_000,
        },
        PhotoError::Corrupt("the JPEG has no end marker".into()),
    ] {
        let (msg, _) = encode_reply(&Reply::Refused {
            id: 5,
            problem: problem.clone(),
        });
        match decode_reply(&msg).unwrap() {
            Reply::Refused { id: 5, problem: p } => assert_eq!(p, problem),
            other => panic!("{other:?}"),
        }
    }
    let (msg, _) = encode_reply(&Reply::Stored {
        id: 6,
        text: "abc=".into(),
    });
    assert!(matches!(decode_reply(&msg), Some(Reply::Stored { id: 6, text }) if text == "abc="));
    assert!(decode_prepare(&JsValue::from_str("nonsense")).is_none());
}

/// A campaign file nested thousands deep is refused with a message in the
/// browser too, where the stack is 1 MB: before the depth guard the
/// parser's recursion overflowed it and the page stopped.
#[wasm_bindgen_test]
fn a_campaign_nested_thousands_deep_gets_a_message_not_a_crash() {
    let text = format!(
        "{}\nmax_pledge_chars = {}\n",
        DEFAULT_CAMPAIGN_TOML,
        "[".repeat(15_000)
    );
    // As the campaign reader, the editor's worker for an edited file, reads it.
    match pledge_board::campaign::prepared::prepare(&text) {
        Err(pledge_board::campaign::CampaignError::Parse(m)) => {
            assert!(m.contains("nested more than 32 deep"), "{m}")
        }
        other => panic!("expected a parse error, got {:?}", other.map(|_| ())),
    }
}

/// The campaign's prepared form, as the page reads it (the browser's
/// `JSON.parse`, then the model from the JavaScript object), gives the
/// very campaign the TOML gives: the shipped file and the examples, every
/// field and number.
#[wasm_bindgen_test]
fn the_prepared_campaign_read_by_the_browser_is_the_campaign_file() {
    use pledge_board::campaign::prepared;
    use pledge_board::web::campaign_files::from_prepared;
    for toml in [
        DEFAULT_CAMPAIGN_TOML,
        include_str!("../examples/unity-week.toml"),
        include_str!("../examples/harbour-lights/campaign.toml"),
    ] {
        let json = prepared::prepare(toml).unwrap();
        assert_eq!(
            from_prepared(&json, toml).unwrap(),
            Campaign::from_toml(toml).unwrap()
        );
    }
    // Made from another version of the file: not used, and why.
    let json = prepared::prepare(DEFAULT_CAMPAIGN_TOML).unwrap();
    let edited = DEFAULT_CAMPAIGN_TOML.replace("@LPStaySafe", "@LPStaySafer");
    let why = from_prepared(&json, &edited).unwrap_err();
    assert!(why.contains("another version of campaign.toml"), "{why}");
    let why = from_prepared("{\"format\":", DEFAULT_CAMPAIGN_TOML).unwrap_err();
    assert!(!why.is_empty());
}
