//! The boards' artwork layers on the blank board to print: asked for
//! before anything is drawn, as fonts are; printed as the very pictures
//! the PNG lays, where it lays them (light tints when saving ink); a
//! photographic background, a logo and a translucent partner logo each
//! embedded once, with a soft mask only where they have transparency.

mod common;

use common::{output_dir, poppler, root};
use pledge_board::campaign::Campaign;
use pledge_board::i18n::{self, Texts};
use pledge_board::print::{self, Options, Paper};
use pledge_board::render::{Pledge, RenderError, Renderer};

fn sheet(c: &Campaign, board: &str, save_ink: bool) -> print::Sheet {
    let texts = Texts::new(
        &i18n::ENGLISH,
        "",
        &c.messages_for("en"),
        &c.messages_for("en"),
    );
    let options = Options {
        paper: Paper::A4,
        save_ink,
    };
    print::sheet(c, board, &texts, options)
}

/// The first page of `pdf` drawn by Poppler at `dpi` (fractional: one
/// export pixel to one drawn pixel), as RGBA; left in tests/output/.
fn page_one(pdf: &[u8], name: &str, dpi: f32) -> (u32, u32, Vec<u8>) {
    let path = output_dir().join(format!("print-layers-{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    common::pdf_page(path.to_str().unwrap(), 1, dpi)
}

#[test]
fn a_board_asks_for_its_artwork_before_it_prints() {
    let c = common::default_campaign();
    let mut r = Renderer::with_fonts_from(&root().join("static/fonts")).unwrap();
    match print::blank_board(&mut r, &c, &sheet(&c, "purple-dawn", false)) {
        Err(RenderError::MissingLayers(needs)) => {
            let files: Vec<&str> = needs.iter().map(|n| n.file.as_str()).collect();
            assert_eq!(files, ["campaign/mark.svg"], "first its shape");
        }
        other => panic!("printed without its mark: {:?}", other.map(|b| b.len())),
    }
}

#[test]
fn the_mark_prints_where_the_png_lays_it_and_tinted_when_saving_ink() {
    let c = common::default_campaign();
    let mut r = common::renderer();
    let board = c.board("purple-dawn").unwrap();
    let placed = print::place(&c, Paper::A4);
    let png = r
        .render(&c, "purple-dawn", &placed.size.id, &Pledge::new("Respect"))
        .unwrap();
    let laid = r.layers().laid(board, placed.size, false);
    assert_eq!(laid.len(), 1, "the mark, over the shapes");
    let (mx, my) = (laid[0].x, laid[0].y);
    let (mw, mh) = (laid[0].image.width() as i32, laid[0].image.height() as i32);
    let dpi = 72.0 / placed.scale;
    let (ox, oy) = (placed.x / placed.scale, placed.y / placed.scale);
    for save_ink in [false, true] {
        let pdf = print::blank_board(&mut r, &c, &sheet(&c, "purple-dawn", save_ink)).unwrap();
        let (pw, _, page) = page_one(&pdf, &format!("mark-{save_ink}"), dpi);
        // Each pixel of the mark's box, inset by 2 against rounding, on
        // the page and in the PNG (as it would print when saving ink).
        // Poppler resamples the picture onto its own grid (the board is
        // not at a whole pixel on the page), softening sharp edges: a
        // printed value counts as different only when it is over 24 away
        // from every PNG value around that pixel.
        let want = |x: i32, y: i32, k: usize| {
            let v = png.rgba[((y as u32 * png.width + x as u32) * 4) as usize + k];
            if save_ink {
                (255.0 - (255.0 - v as f32) * 0.15).round() as u8
            } else {
                v
            }
        };
        let (mut far, mut n, mut spread) = (0u64, 0u64, (255u8, 0u8));
        for y in my + 2..my + mh - 2 {
            for x in mx + 2..mx + mw - 2 {
                let px = (x as f32 + ox).round() as u32;
                let py = (y as f32 + oy).round() as u32;
                let at_page = ((py * pw + px) * 4) as usize;
                for k in 0..3 {
                    let around = (-1..=1).flat_map(|dy| (-1..=1).map(move |dx| (dx, dy)));
                    let (lo, hi) = around.fold((255u8, 0u8), |(lo, hi), (dx, dy)| {
                        let v = want(x + dx, y + dy, k);
                        (lo.min(v), hi.max(v))
                    });
                    let got = page[at_page + k];
                    far += u64::from(got.saturating_add(24) < lo || got > hi.saturating_add(24));
                    n += 1;
                    spread = (spread.0.min(want(x, y, k)), spread.1.max(want(x, y, k)));
                }
            }
        }
        let share = far as f64 / n as f64;
        assert!(
            share < 0.005,
            "save ink {save_ink}: {:.2}% of the printed mark differs from the PNG's",
            share * 100.0
        );
        // The box holds the mark, not a flat colour.
        // (Tints span 0.15 of the range: over 25 there, over 170 in full.)
        let least = if save_ink { 25 } else { 170 };
        assert!(spread.1 - spread.0 > least, "{spread:?}");
    }
}

#[test]
fn a_photo_background_a_logo_and_a_partner_print_each_once() {
    let dir = root().join("examples/harbour-lights");
    let c =
        Campaign::from_toml(&std::fs::read_to_string(dir.join("campaign.toml")).unwrap()).unwrap();
    let mut r = Renderer::with_fonts_from(&root().join("static/fonts")).unwrap();
    pledge_board::artwork::prepare_from(&mut r, &c, &dir).unwrap();
    let placed = print::place(&c, Paper::A4);
    let pdf = print::blank_board(&mut r, &c, &sheet(&c, "lights", false)).unwrap();
    let path = output_dir().join("print-layers-harbour-lights.pdf");
    std::fs::write(&path, &pdf).unwrap();
    // page num type width height color comp bpc enc interp object ...
    let listed = poppler("pdfimages", &["-list", path.to_str().unwrap()]);
    let rows: Vec<Vec<&str>> = listed
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect())
        .collect();
    let images: Vec<&Vec<&str>> = rows.iter().filter(|r| r[2] == "image").collect();
    let masks = rows.iter().filter(|r| r[2] == "smask").count();
    assert_eq!(images.len(), 4, "photo, mark, partner, ribbon:\n{listed}");
    assert!(rows.iter().all(|r| r[0] == "1"), "all on the board's page");
    // The photograph covers the board at the size printed, and is opaque.
    let (w, h) = (
        placed.size.width.to_string(),
        placed.size.height.to_string(),
    );
    assert_eq!(images[0][3..5], [w.as_str(), h.as_str()], "{listed}");
    assert!(
        masks >= 2 && masks <= 3,
        "the logos' transparency only:\n{listed}"
    );
    assert_eq!(
        pdf,
        print::blank_board(&mut r, &c, &sheet(&c, "lights", false)).unwrap(),
        "the same bytes each time"
    );
}
