//! A pledge written by hand, drawn on the board: goldens on each board and
//! size (tests/golden/handwriting-*.png, looked at), and what the drawing
//! must do whatever it looks like: ink where the pen went, in the ink
//! colour chosen, nothing outside the text box, the typed text not drawn,
//! taller writing shrunk to fit. The same bytes in wasm: tests/web_render.rs.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "fixtures/handwriting.rs"]
mod handwriting;

use common::*;
use pledge_board::campaign::Campaign;
use pledge_board::ink::{InkPoint, Stroke, Width, Writing, UNITS};
use pledge_board::render::{Image, Pledge};

fn written(writing: Writing) -> Pledge {
    Pledge {
        text: "Typed words stay in the draft, not on the board.".into(),
        writing: Some(writing),
        ..Pledge::default()
    }
}

fn draw(c: &Campaign, board: &str, size: &str, p: &Pledge) -> Image {
    renderer().render(c, board, size, p).unwrap()
}

fn pixel(img: &Image, x: u32, y: u32) -> [u8; 4] {
    let i = ((y * img.width + x) * 4) as usize;
    img.rgba[i..i + 4].try_into().unwrap()
}

/// The pixel (x, y) of the image for a point in ink units of `board`'s
/// text box at this size (no fitting).
fn at(c: &Campaign, board: &str, img: &Image, x: i32, y: i32) -> (u32, u32) {
    let tb = c.board(board).unwrap().text_box;
    let (bw, bx, by) = (
        tb.width * img.width as f32,
        tb.x * img.width as f32,
        tb.y * img.height as f32,
    );
    let s = bw / UNITS as f32;
    ((bx + x as f32 * s) as u32, (by + y as f32 * s) as u32)
}

#[test]
fn handwriting_goldens_on_each_board_and_size() {
    let c = default_campaign();
    for board in ["purple-dawn", "many-voices"] {
        for size in ["square", "portrait", "story"] {
            let img = draw(&c, board, size, &written(handwriting::hope()));
            assert_matches_golden(&format!("handwriting-{board}-{size}"), &img);
        }
    }
}

#[test]
fn ink_is_where_the_pen_went_in_the_colour_chosen() {
    let c = default_campaign();
    let dot = |x: i32, y: i32, colour: usize| Stroke {
        points: vec![
            InkPoint {
                x,
                y,
                pressure: 0,
                t: 0,
            },
            InkPoint {
                x: x + 200,
                y,
                pressure: 0,
                t: 40,
            },
        ],
        width: Width::Bold,
        colour,
        real_pressure: false,
    };
    let writing = Writing {
        strokes: vec![
            dot(2000, 1500, 0),
            dot(6000, 1500, 1),
            dot(2000, 4000, 2),
            dot(6000, 4000, 7),
        ],
    };
    let img = draw(&c, "many-voices", "square", &written(writing));
    let inks = c.board("many-voices").unwrap().inks();
    let rgb = |i: usize| {
        let [r, g, b, _] = inks[i].rgba();
        [r, g, b, 255]
    };
    for ((x, y), colour) in [
        ((2100, 1500), 0),
        ((6100, 1500), 1),
        ((2100, 4000), 2),
        ((6100, 4000), 0),
    ] {
        let (px, py) = at(&c, "many-voices", &img, x, y);
        assert_eq!(
            pixel(&img, px, py),
            rgb(colour),
            "({x}, {y}) in colour {colour}"
        );
    }
    // The typed text is not drawn: the same board with no writing at all
    // differs from it only near the four strokes.
    let blank = draw(&c, "many-voices", "square", &written(Writing::default()));
    let (cx, cy) = at(&c, "many-voices", &img, 4000, 2700);
    assert_eq!(pixel(&img, cx, cy), pixel(&blank, cx, cy));
    let changed = compare(&img.rgba, &blank.rgba, 0).differing;
    let bold = Width::Bold.size() as f32 * 907.0 / UNITS as f32;
    let most = (4.0 * bold * (bold + 200.0 * 907.0 / UNITS as f32)) as usize * 2;
    assert!(
        changed > 0 && changed < most,
        "{changed} pixels changed, at most {most} expected"
    );
}

#[test]
fn nothing_is_drawn_outside_the_text_box_and_tall_writing_is_fitted() {
    let c = default_campaign();
    // A line far below the box as this size has it: written on a taller
    // box (the story size), it is shrunk to fit, not cut off or spilled.
    let tall = Writing {
        strokes: vec![Stroke {
            points: (0..=100)
                .map(|i| InkPoint {
                    x: 1000 + i * 80,
                    y: 200 + i * 120,
                    pressure: 0,
                    t: i as u32 * 8,
                })
                .collect(),
            width: Width::Bold,
            colour: 0,
            real_pressure: false,
        }],
    };
    let board = c.board("purple-dawn").unwrap();
    let img = draw(&c, "purple-dawn", "square", &written(tall));
    let blank = draw(&c, "purple-dawn", "square", &written(Writing::default()));
    let tb = board.text_box;
    let (x0, y0) = ((tb.x * 1080.0) as u32, (tb.y * 1080.0) as u32);
    let (x1, y1) = (
        ((tb.x + tb.width) * 1080.0).ceil() as u32,
        ((tb.y + tb.height) * 1080.0).ceil() as u32,
    );
    let mut lowest = 0;
    for y in 0..img.height {
        for x in 0..img.width {
            if pixel(&img, x, y) != pixel(&blank, x, y) {
                assert!(
                    x >= x0 && x <= x1 && y >= y0 && y <= y1,
                    "ink outside the box at ({x}, {y})"
                );
                lowest = lowest.max(y);
            }
        }
    }
    // Fitted: the line's end reaches near the box's bottom, not beyond.
    assert!(
        lowest + 20 >= y1,
        "the writing ends at {lowest}, the box at {y1}"
    );
}

#[test]
fn the_same_writing_gives_the_same_bytes() {
    let c = default_campaign();
    let p = written(handwriting::hope());
    let a = draw(&c, "purple-dawn", "square", &p).to_png();
    let b = renderer()
        .render(&c, "purple-dawn", "square", &p)
        .unwrap()
        .to_png();
    assert!(a == b);
}

#[test]
fn a_renderer_without_fonts_asks_for_the_boards_own_and_never_the_typed_words() {
    // The worker starts with no fonts: a handwritten pledge (over typed
    // Urdu kept for later) must ask for the board's lettering, not panic,
    // and not for Urdu, which is not drawn.
    let c = default_campaign();
    let mut r = pledge_board::render::Renderer::new();
    let p = Pledge {
        text: "نفرت کے خلاف".into(),
        ..written(handwriting::hope())
    };
    match r.render(&c, "purple-dawn", "square", &p) {
        Err(pledge_board::render::RenderError::MissingFonts(files)) => {
            assert!(files.contains(&"NotoSans-Bold.ttf"), "{files:?}");
            assert!(!files.iter().any(|f| f.contains("Urdu")), "{files:?}");
        }
        other => panic!("{:?}", other.map(|i| i.width)),
    }
}

/// The name line under handwriting: drawn at the foot of the text box in
/// the board's text colour, the writing fitted above it; the same writing
/// without a name is as before; an Urdu name asks for the Urdu font.
#[test]
fn a_name_is_drawn_under_the_handwriting_and_the_writing_stays_above_it() {
    let c = default_campaign();
    for board in ["purple-dawn", "many-voices"] {
        let b = c.board(board).unwrap();
        let plain = draw(&c, board, "portrait", &written(handwriting::hope()));
        let signed = Pledge {
            name: "Asha".into(),
            ..written(handwriting::hope())
        };
        let img = draw(&c, board, "portrait", &signed);
        assert_matches_golden(&format!("handwriting-{board}-portrait-signed"), &img);
        // Where the two differ: the name's strip at the foot of the text
        // box (and the writing, if it had to shrink, above it).
        let tb = b.text_box;
        let (top, bottom) = (
            (tb.y * img.height as f32) as u32,
            ((tb.y + tb.height) * img.height as f32) as u32,
        );
        let text = b.text_colour.rgba();
        let near_text = |p: [u8; 4]| {
            p[..3]
                .iter()
                .zip(&text[..3])
                .all(|(a, b)| a.abs_diff(*b) < 40)
        };
        let strip = bottom - (b.min_font_size * img.width as f32 / 1080.0 * 1.6) as u32;
        let name_ink = (strip..bottom)
            .flat_map(|y| (0..img.width).map(move |x| (x, y)))
            .filter(|&(x, y)| near_text(pixel(&img, x, y)) && !near_text(pixel(&plain, x, y)))
            .count();
        assert!(name_ink > 500, "{board}: {name_ink} pixels of name");
        // Nothing changed outside the text box.
        for y in (0..img.height).filter(|y| *y < top || *y >= bottom) {
            for x in 0..img.width {
                assert_eq!(pixel(&img, x, y), pixel(&plain, x, y), "{board} at {x},{y}");
            }
        }
    }
    let mut r = pledge_board::render::Renderer::new();
    r.add_font(
        &pledge_board::render::fonts::LATIN,
        std::fs::read(root().join("static/fonts/NotoSans-Bold.ttf")).unwrap(),
    );
    let urdu_name = Pledge {
        name: "عائشہ".into(),
        lang: Some("ur".into()),
        ..written(handwriting::hope())
    };
    match r.render(&c, "many-voices", "square", &urdu_name) {
        Err(pledge_board::render::RenderError::MissingFonts(files)) => {
            assert!(files.iter().any(|f| f.contains("Urdu")), "{files:?}");
        }
        other => panic!("{:?}", other.map(|i| i.width)),
    }
}

/// The renderer keeps the last handwritten board and adds the next stroke
/// to it: stroke by stroke, undone, renamed, on another board or with
/// fitting changed by a low stroke, every image is byte for byte what a
/// fresh renderer draws.
#[test]
fn adding_strokes_one_by_one_gives_the_same_bytes_as_drawing_them_at_once() {
    let c = default_campaign();
    let all = handwriting::rows(12).strokes;
    let mut kept = renderer();
    let fresh = |p: &Pledge, board: &str| renderer().render(&c, board, "square", p).unwrap().rgba;
    let with = |n: usize, name: &str| Pledge {
        name: name.into(),
        ..written(Writing {
            strokes: all[..n].to_vec(),
        })
    };
    let mut steps: Vec<(usize, &str, &str)> =
        (1..=all.len()).map(|n| (n, "", "purple-dawn")).collect();
    // Undo two, rename, change board, then a stroke far below the rest
    // (the writing is fitted smaller).
    steps.extend([
        (all.len() - 2, "", "purple-dawn"),
        (all.len() - 2, "Asha", "purple-dawn"),
        (all.len() - 1, "Asha", "purple-dawn"),
        (all.len() - 1, "Asha", "many-voices"),
        (all.len(), "Asha", "many-voices"),
    ]);
    for (n, name, board) in steps {
        let p = with(n, name);
        let got = kept.render(&c, board, "square", &p).unwrap().rgba;
        assert!(
            got == fresh(&p, board),
            "{n} strokes, name {name:?}, {board}"
        );
    }
    let mut low = all.clone();
    let mut far = all[0].clone();
    for pt in &mut far.points {
        pt.y += UNITS as i32 * 2;
    }
    low.push(far);
    // (The same name as the step before: only the fit changes.)
    let p = Pledge {
        name: "Asha".into(),
        ..written(Writing { strokes: low })
    };
    assert!(kept.render(&c, "many-voices", "square", &p).unwrap().rgba == fresh(&p, "many-voices"));
}
