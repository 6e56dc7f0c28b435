//! wasm-bindgen tests in headless Chromium: a montage build's worker
//! (`web::build_worker`) driven by stand-in workers written here, so each
//! way a build can end is made to happen: an answer, a failure the worker
//! reports, a worker that stops (as WebKit's wasm once trapped) and the
//! one retry in a fresh worker with freshly made tiles. Run with
//! `cargo test --target wasm32-unknown-unknown --test web_montage`.
#![cfg(target_arch = "wasm32")]

use pledge_board::web::build_worker::{run, run_with_one_retry, Ended};
use pledge_board::worker::montage_protocol::Build;
use std::cell::Cell;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A worker from `source`, as a Blob URL.
fn script(source: &str) -> String {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&source.into()),
        &options,
    )
    .unwrap();
    web_sys::Url::create_object_url_with_blob(&blob).unwrap()
}

/// Answers a build with its tiles' bytes, in two pieces, then the end.
const ECHOES: &str = r#"
postMessage({ kind: "ready" });
onmessage = (e) => {
  const job = e.data;
  for (const t of job.tiles) {
    const bytes = new Uint8Array(t.png);
    postMessage({ kind: "part", id: job.id, bytes }, [bytes.buffer]);
  }
  postMessage({ kind: "built", id: job.id });
};
"#;

/// Traps as a wasm build did in WebKit: an uncaught RuntimeError.
const TRAPS: &str = r#"
postMessage({ kind: "ready" });
onmessage = () => { throw new WebAssembly.RuntimeError("Out of bounds memory access"); };
"#;

/// Says the build failed (as for a shape it cannot read).
const REFUSES: &str = r#"
postMessage({ kind: "ready" });
onmessage = (e) => postMessage({ kind: "build-failed", id: e.data.id, why: "the shape has no shape" });
"#;

fn job(tiles: &[&[u8]]) -> Build {
    Build {
        id: 7,
        layout: "grid".into(),
        width: 100,
        height: 100,
        dpi: 150,
        gutter: 8,
        format: "png".into(),
        title: false,
        about: String::new(),
        campaign: String::new(),
        tiles: tiles
            .iter()
            .map(|t| (1, 1, js_sys::Uint8Array::from(*t)))
            .collect(),
        crops: vec![None; tiles.len()],
    }
}

async fn bytes_of(blob: web_sys::Blob) -> Vec<u8> {
    let buffer = JsFuture::from(blob.array_buffer()).await.unwrap();
    js_sys::Uint8Array::new(&buffer).to_vec()
}

#[wasm_bindgen_test]
async fn a_build_gathers_the_pieces_into_a_file_of_its_type() {
    let blob = run(&script(ECHOES), job(&[b"PNG", b"!!"]), "image/png")
        .await
        .unwrap();
    assert_eq!(blob.type_(), "image/png");
    assert_eq!(bytes_of(blob).await, b"PNG!!");
}

#[wasm_bindgen_test]
async fn a_worker_that_stops_is_told_apart_from_one_that_says_it_failed() {
    let stopped = run(&script(TRAPS), job(&[b"x"]), "image/png").await;
    match stopped {
        Err(Ended::Stopped(why)) => assert!(why.contains("Out of bounds"), "{why}"),
        other => panic!("{other:?}"),
    }
    let failed = run(&script(REFUSES), job(&[b"x"]), "image/png").await;
    assert_eq!(
        failed.unwrap_err(),
        Ended::Failed("the shape has no shape".into())
    );
}

#[wasm_bindgen_test]
async fn a_stopped_worker_is_replaced_once_with_fresh_tiles() {
    let (traps, echoes) = (script(TRAPS), script(ECHOES));
    let made = Cell::new(0);
    let blob = run_with_one_retry(
        |attempt| {
            if attempt == 0 {
                traps.clone()
            } else {
                echoes.clone()
            }
        },
        || {
            made.set(made.get() + 1);
            async { Ok(job(&[b"tile"])) }
        },
        "image/png",
    )
    .await
    .unwrap();
    // The first job's tiles went to the worker that stopped: the second
    // worker had its own, whole.
    assert_eq!(bytes_of(blob).await, b"tile");
    assert_eq!(made.get(), 2);
}

#[wasm_bindgen_test]
async fn a_second_stop_or_a_reported_failure_is_said_without_more_tries() {
    let traps = script(TRAPS);
    let made = Cell::new(0);
    let twice = run_with_one_retry(
        |_| traps.clone(),
        || {
            made.set(made.get() + 1);
            async { Ok(job(&[b"tile"])) }
        },
        "image/png",
    )
    .await;
    assert!(matches!(twice, Err(Ended::Stopped(_))), "{twice:?}");
    assert_eq!(made.get(), 2, "one retry, not more");

    let refuses = script(REFUSES);
    made.set(0);
    let failed = run_with_one_retry(
        |_| refuses.clone(),
        || {
            made.set(made.get() + 1);
            async { Ok(job(&[b"tile"])) }
        },
        "image/png",
    )
    .await;
    assert_eq!(failed.unwrap_err().to_string(), "the shape has no shape");
    assert_eq!(made.get(), 1, "the same job would fail again");

    // A job that cannot be made (a tile unreadable) is a failure, untried.
    let unmade = run_with_one_retry(
        |_| refuses.clone(),
        || async { Err("an image's tile is missing".to_string()) },
        "image/png",
    )
    .await;
    assert_eq!(
        unmade.unwrap_err(),
        Ended::Failed("an image's tile is missing".into())
    );
}
