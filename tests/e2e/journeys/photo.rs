//! A photo in each engine: a phone photo stored sideways (EXIF 6) comes out
//! upright in the download, and each kind of bad file is named while the
//! pledge and the photo on show stay.

use super::{in_every_engine, shot};
use crate::common::photos::{png_bomb, JACKET, SKY_TOP};
use crate::common::{assert_alike, decode_png};
use crate::editor::{finish, preview_picture, preview_pixels, value_of, wait_for_preview_height};
use crate::harness::{open_app_in, Engine};
use crate::photo::{
    choose, fixture, near, photo_error, pixel, sideways_selfie, write_on_frame_board, TEXT,
    WITHOUT_PHOTO, WITH_PHOTO,
};
use fantoccini::Locator;
use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::render::photo::decode;
use pledge_board::render::placement::{frame_box, photo_side_needed};
use pledge_board::render::Pledge;
use std::time::Duration;

/// A phone photo stored sideways: upright in the frame, the download the
/// preview pixel for pixel, and the native render engine's with that photo.
async fn sideways_photo(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    write_on_frame_board(&b).await;
    let (path, jpeg) = sideways_selfie();
    choose(&b, "Choose a photo", &path).await;
    b.by_role("img", WITH_PHOTO).await;
    b.assert_accessible("photo added").await;
    wait_for_preview_height(&b, 1080).await;
    b.screenshot(&shot(engine, "photo-desktop")).await;
    b.click("button", "Download image").await;
    let png = b.downloaded("pledge-nhcaw-square.png").await;
    let (w, h, rgba) = decode_png(&png);
    assert!(
        preview_pixels(&b).await == (w, h, rgba.clone()),
        "download = preview, pixel for pixel"
    );
    assert_eq!((w, h), (1080, 1080));

    // Upright: sky at the top of the frame, the jacket at the bottom.
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let frame = c.board("many-voices").unwrap().photo_frame.clone().unwrap();
    let fb = frame_box(&frame, 1080, 1080);
    let top = pixel(&rgba, w, fb.x + fb.width / 2.0, fb.y + 4.0);
    let bottom = pixel(&rgba, w, fb.x + fb.width / 2.0, fb.y + fb.height - 4.0);
    assert!(near(top, SKY_TOP, 45), "top of the frame {top:?}");
    assert!(near(bottom, JACKET, 45), "bottom of the frame {bottom:?}");

    // The same as the render engine natively with the same photo (JPEG
    // decoding may differ by a level between wasm and native: a tolerance).
    let mut r = crate::editor::native_renderer();
    r.set_photo(Some(decode(&jpeg, photo_side_needed(&c)).unwrap()));
    let native = r
        .render(&c, "many-voices", "square", &Pledge::new(TEXT))
        .unwrap();
    let label = format!("sideways-photo-{}", engine.name());
    assert_alike(&label, native.width, &native.rgba, &rgba, 6);
    finish(b, &server).await;
}
in_every_engine!(
    a_photo_stored_sideways_is_upright_in_the_download,
    sideways_photo
);

async fn bad_photos(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    write_on_frame_board(&b).await;
    let (good, jpeg) = sideways_selfie();
    choose(&b, "Choose a photo", &good).await;
    b.by_role("img", WITH_PHOTO).await;
    let shown = preview_picture(&b).await;

    let mut heic = vec![0, 0, 0, 0x18];
    heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    heic.resize(4096, 0);
    let tag = engine.name();
    let cases: Vec<(String, Vec<u8>, &str)> = vec![
        (
            format!("{tag}-notes.jpg"),
            b"Dear diary, not a photo.".to_vec(),
            "is not a photo that can be used",
        ),
        (
            format!("{tag}-cut-short.jpg"),
            jpeg[..jpeg.len() / 3].to_vec(),
            "may be damaged or incomplete",
        ),
        (format!("{tag}-IMG_0001.HEIC"), heic, "HEIC photo"),
        (
            format!("{tag}-huge.png"),
            png_bomb(20_000, 20_000),
            "20000 × 20000 pixels",
        ),
        (
            format!("{tag}-big.jpg"),
            vec![0u8; 41 * 1024 * 1024],
            "This file is 41 MB",
        ),
    ];
    for (name, bytes, says) in cases {
        let path = fixture(&name, &bytes);
        eprintln!("{}: choosing {name}", engine.name());
        choose(&b, "Choose a different photo", &path).await;
        // Its text as a screen reader has it: the visually hidden
        // "Error:" too, which WebKit's rendered text leaves out.
        let error = b
            .look_until(
                Duration::from_secs(10),
                |e: &String| e.contains(says),
                async || {
                    photo_error(&b).await;
                    let e = b.js("return document.getElementById('photo-error').textContent.replace(/\\s+/g, ' ').trim()").await;
                    e.as_str().unwrap_or_default().to_owned()
                },
            )
            .await;
        assert!(error.contains(says), "{name}: {error:?}");
        assert!(error.starts_with("Error: "), "{name}: {error:?}");
        assert_eq!(value_of(&b, "textbox", "Your pledge").await, TEXT);
        b.by_role("img", WITH_PHOTO).await;
        assert_eq!(
            preview_picture(&b).await,
            shown,
            "{name}: the preview changed"
        );
        b.assert_accessible(&format!("bad file {name}")).await;
        if bytes.len() > 1 << 20 {
            let _ = std::fs::remove_file(&path);
        }
    }
    // A good photo again clears the message.
    choose(&b, "Choose a different photo", &good).await;
    b.until(Duration::from_secs(10), "the error gone", async || match b
        .client
        .find(Locator::Id("photo-error"))
        .await
    {
        Ok(_) => Err("it stayed".into()),
        Err(_) => Ok(()),
    })
    .await;
    finish(b, &server).await;
}
in_every_engine!(each_bad_photo_is_named_and_nothing_is_lost, bad_photos);

/// On the first board, which has no frame, the photo section says before
/// the choice where a photo will take the pledge; choosing one moves it
/// there, checks that design, shows the photo and says so.
async fn photo_on_a_board_without_a_frame(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    b.type_into("Your pledge", TEXT).await;
    b.by_role("img", WITHOUT_PHOTO).await;
    let board = "Many voices, with photo";
    assert!(!b.by_role("radio", board).await.is_selected().await.unwrap());
    // As a screen reader reads them: without Fluent's isolation marks.
    let words = |css: &str| {
        format!(
            "return Array.from(document.querySelectorAll('{css}'))\
             .map(e => e.textContent.replace(/[\\u2068\\u2069]/g, '')).join(' | ')"
        )
    };
    let hints = b.js(&words(".editor-photo .field-hint")).await;
    assert!(
        hints.as_str().unwrap().contains(&format!(
            "If you add one, your pledge moves to “{board}”, which has space for one."
        )),
        "{}: the hint before the choice: {hints}",
        engine.name()
    );
    let (path, _) = sideways_selfie();
    choose(&b, "Choose a photo", &path).await;
    b.by_role("img", WITH_PHOTO).await;
    assert!(b.by_role("radio", board).await.is_selected().await.unwrap());
    let said = b.js(&words("[role=status][aria-live=polite]")).await;
    assert!(
        said.as_str().unwrap().contains(&format!(
            "Your photo is on the board: the design is now “{board}”, which has space for it."
        )),
        "{}: said {said}",
        engine.name()
    );
    assert_eq!(value_of(&b, "textbox", "Your pledge").await, TEXT);
    b.assert_accessible("photo moved the pledge to a frame")
        .await;
    finish(b, &server).await;
}
in_every_engine!(
    a_photo_chosen_on_a_board_without_a_frame_moves_the_pledge_to_one,
    photo_on_a_board_without_a_frame
);
