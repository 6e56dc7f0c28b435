//! The photo on the board: golden renders in each frame shape and with a
//! chosen placement, and what the pixels must show (the photo inside the
//! frame only, upright whatever its EXIF orientation, the placeholder back
//! once it is removed).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::photos::{phone_jpeg, scene, JACKET, SKY_TOP};
use common::*;
use pledge_board::campaign::{Campaign, FrameShape};
use pledge_board::render::photo::{decode, Photo};
use pledge_board::render::placement::{frame_box, Direction, Placement};
use pledge_board::render::{Image, Pledge, Renderer};

const TEXT: &str = "Whoever you are, wherever you are from, you belong here.";

/// The default campaign with the "many-voices" board's frame in `shape`.
fn campaign_with(shape: FrameShape) -> Campaign {
    let mut c = default_campaign();
    let board = c.boards.iter_mut().find(|b| b.id == "many-voices").unwrap();
    let frame = board.photo_frame.as_mut().unwrap();
    frame.shape = shape;
    frame.radius = 48.0;
    c
}

/// The painted scene as a photo, `w` × `h`.
fn scene_photo(w: u32, h: u32) -> Photo {
    let img = scene(w, h);
    let rgba = image::DynamicImage::ImageRgb8(img).into_rgba8();
    Photo {
        width: w,
        height: h,
        rgba: rgba.into_raw(),
    }
}

fn render_with(c: &Campaign, photo: Option<Photo>, placement: Placement, size: &str) -> Image {
    let mut r = renderer();
    r.set_photo(photo);
    let p = Pledge {
        placement,
        ..Pledge::new(TEXT)
    };
    r.render(c, "many-voices", size, &p).unwrap()
}

fn pixel(img: &Image, x: f32, y: f32) -> [u8; 4] {
    let i = (y as usize * img.width as usize + x as usize) * 4;
    img.rgba[i..i + 4].try_into().unwrap()
}

fn near(a: [u8; 4], b: [u8; 3], tolerance: i32) -> bool {
    (0..3).all(|i| (a[i] as i32 - b[i] as i32).abs() <= tolerance)
}

#[test]
fn golden_photo_in_each_frame_shape() {
    let photo = scene_photo(1200, 900);
    for (shape, name) in [
        (FrameShape::Circle, "photo-circle"),
        (FrameShape::Rounded, "photo-rounded"),
        (FrameShape::Rectangle, "photo-rectangle"),
    ] {
        let c = campaign_with(shape);
        let img = render_with(&c, Some(photo.clone()), Placement::default(), "portrait");
        assert_matches_golden(name, &img);
    }
}

#[test]
fn golden_photo_zoomed_and_moved() {
    let c = campaign_with(FrameShape::Rounded);
    let p = Placement::default()
        .zoomed_in()
        .zoomed_in()
        .moved(Direction::Left)
        .moved(Direction::Up);
    let img = render_with(&c, Some(scene_photo(900, 1200)), p, "square");
    assert_matches_golden("photo-placed", &img);
}

#[test]
fn the_photo_fills_the_frame_and_nothing_else() {
    let c = campaign_with(FrameShape::Rectangle);
    let with = render_with(
        &c,
        Some(scene_photo(1200, 900)),
        Placement::default(),
        "square",
    );
    let without = render_with(&c, None, Placement::default(), "square");
    let board = c.board("many-voices").unwrap();
    let b = frame_box(board.photo_frame.as_ref().unwrap(), 1080, 1080);
    // The frame's top row is sky, its bottom middle the jacket.
    assert!(near(pixel(&with, b.x + 3.0, b.y + 2.0), SKY_TOP, 40));
    assert!(near(
        pixel(&with, b.x + b.width / 2.0, b.y + b.height - 3.0),
        JACKET,
        40
    ));
    // Outside the frame the two images are the same.
    let mut outside_differs = 0;
    for y in 0..1080u32 {
        for x in 0..1080u32 {
            let (fx, fy) = (x as f32, y as f32);
            let inside = fx >= b.x - 1.0
                && fx <= b.x + b.width + 1.0
                && fy >= b.y - 1.0
                && fy <= b.y + b.height + 1.0;
            if !inside && pixel(&with, fx, fy) != pixel(&without, fx, fy) {
                outside_differs += 1;
            }
        }
    }
    assert_eq!(outside_differs, 0, "the photo spilled out of its frame");
}

#[test]
fn a_removed_photo_leaves_the_placeholder() {
    let c = default_campaign();
    let mut r = renderer();
    let p = Pledge::new(TEXT);
    let before = r.render(&c, "many-voices", "square", &p).unwrap();
    r.set_photo(Some(scene_photo(400, 300)));
    let with = r.render(&c, "many-voices", "square", &p).unwrap();
    assert_ne!(before, with);
    r.set_photo(None);
    assert_eq!(r.render(&c, "many-voices", "square", &p).unwrap(), before);
}

#[test]
fn boards_without_a_frame_ignore_the_photo() {
    let c = default_campaign();
    let mut r = renderer();
    let p = Pledge::new(TEXT);
    let before = r.render(&c, "purple-dawn", "square", &p).unwrap();
    r.set_photo(Some(scene_photo(400, 300)));
    assert_eq!(r.render(&c, "purple-dawn", "square", &p).unwrap(), before);
}

#[test]
fn every_exif_orientation_is_drawn_upright() {
    // A portrait phone photo, stored sideways or mirrored and tagged so:
    // on the board the sky must be at the top and the jacket at the bottom.
    let c = campaign_with(FrameShape::Rectangle);
    let b = frame_box(
        c.board("many-voices")
            .unwrap()
            .photo_frame
            .as_ref()
            .unwrap(),
        1080,
        1350,
    );
    for o in 1..=8 {
        let photo = decode(&phone_jpeg(600, 800, o), 2048).unwrap();
        assert_eq!((photo.width, photo.height), (600, 800), "orientation {o}");
        let img = render_with(&c, Some(photo), Placement::default(), "portrait");
        let top = pixel(&img, b.x + b.width / 2.0, b.y + 3.0);
        let bottom = pixel(&img, b.x + b.width / 2.0, b.y + b.height - 3.0);
        assert!(near(top, SKY_TOP, 45), "orientation {o}: top {top:?}");
        assert!(
            near(bottom, JACKET, 45),
            "orientation {o}: bottom {bottom:?}"
        );
    }
}

#[test]
fn the_same_photo_and_placement_give_the_same_bytes() {
    let c = default_campaign();
    let p = Placement::default().zoomed_in().moved(Direction::Right);
    let a = render_with(&c, Some(scene_photo(800, 600)), p, "story").to_png();
    let b = render_with(&c, Some(scene_photo(800, 600)), p, "story").to_png();
    assert_eq!(a, b);
    let moved = render_with(
        &c,
        Some(scene_photo(800, 600)),
        p.moved(Direction::Down),
        "story",
    );
    assert_ne!(a, moved.to_png());
}

#[test]
fn a_renderer_reuses_its_artwork_only_for_the_same_placement() {
    let c = default_campaign();
    let mut r = renderer();
    r.set_photo(Some(scene_photo(800, 600)));
    let at = |r: &mut Renderer, placement| {
        r.render(
            &c,
            "many-voices",
            "square",
            &Pledge {
                placement,
                ..Pledge::new(TEXT)
            },
        )
        .unwrap()
    };
    let first = at(&mut r, Placement::default());
    let zoomed = at(&mut r, Placement::default().zoomed_in());
    assert_ne!(first, zoomed);
    assert_eq!(at(&mut r, Placement::default()), first);
}

/// A photo of a pledge written on paper, as the whole image (a campaign
/// with `paper_photos`): the photo above the strip whatever the board, the
/// strip in the campaign's primary colour with its hashtags and handle in
/// white, the words it says in the record; with no photo yet, the board's
/// background as a placeholder; a campaign without `paper_photos` gets the
/// board as usual.
#[test]
fn a_photo_of_a_paper_pledge_fills_the_image_above_the_hashtag_strip() {
    use pledge_board::render::paper::photo_box;
    let c = default_campaign();
    assert!(c.paper_photos, "the default campaign allows paper pledges");
    let paper = |text: &str| Pledge {
        paper: true,
        lang: Some("en-GB".into()),
        ..Pledge::new(text)
    };
    let mut r = renderer();
    r.set_photo(Some(scene_photo(900, 1200)));
    let img = r
        .render(&c, "purple-dawn", "portrait", &paper("Hope"))
        .unwrap();
    assert_matches_golden("paper-pledge-portrait", &img);
    // The other board gives the same image: the board is not drawn.
    let other = r
        .render(&c, "many-voices", "portrait", &paper("Hope"))
        .unwrap();
    assert!(img.rgba == other.rgba, "the board shows through");
    // The strip: primary colour at its edges, white letters in it.
    let b = photo_box(img.width, img.height);
    let primary = c.colours.primary.rgba();
    let [r0, g0, b0, _] = primary;
    for x in [2.0, img.width as f32 - 3.0] {
        assert!(near(pixel(&img, x, b.height + 4.0), [r0, g0, b0], 2));
    }
    let white = (b.height as u32..img.height)
        .flat_map(|y| (0..img.width).map(move |x| (x, y)))
        .filter(|&(x, y)| near(pixel(&img, x as f32, y as f32), [255, 255, 255], 10))
        .count();
    assert!(
        white > 2000,
        "{white} white pixels of hashtags in the strip"
    );
    // Above the strip: the photo (its sky at the top), not the board.
    assert!(
        near(pixel(&img, 540.0, 10.0), SKY_TOP, 40),
        "{:?}",
        pixel(&img, 540.0, 10.0)
    );
    assert_eq!(img.record.as_ref().map(|r| r.text.as_str()), Some("Hope"));
    // No words said: no record, the same picture.
    let unsaid = r.render(&c, "purple-dawn", "portrait", &paper("")).unwrap();
    assert!(unsaid.record.is_none() && unsaid.rgba == img.rgba);

    // Before a photo: the board's background, and the strip.
    r.set_photo(None);
    let empty = r.render(&c, "purple-dawn", "square", &paper("")).unwrap();
    let board_only = r
        .render(&c, "purple-dawn", "square", &Pledge::new(""))
        .unwrap();
    assert_eq!(
        pixel(&empty, 540.0, 300.0),
        pixel(&board_only, 540.0, 300.0)
    );

    // A campaign that does not allow it: the board as usual.
    let mut strict = c.clone();
    strict.paper_photos = false;
    r.set_photo(Some(scene_photo(900, 1200)));
    let usual = r
        .render(&strict, "purple-dawn", "portrait", &paper("Hope"))
        .unwrap();
    let typed = r
        .render(
            &strict,
            "purple-dawn",
            "portrait",
            &Pledge {
                lang: Some("en-GB".into()),
                ..Pledge::new("Hope")
            },
        )
        .unwrap();
    assert!(usual.rgba == typed.rgba);
}
