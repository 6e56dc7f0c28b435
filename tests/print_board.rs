//! The blank board to print (`print`): a PDF of the right paper size that
//! prints at size, needs no fonts, keeps clear of the paper's edge, has its
//! writing lines 12 mm apart, and looks as its goldens do when Poppler
//! draws it; the same bytes every time (and in wasm: tests/web_render.rs).

mod common;

use common::{compare, output_dir, poppler, root};
use pledge_board::campaign::Campaign;
use pledge_board::i18n::{self, Texts, LANGUAGES};
use pledge_board::print::{self, Options, Paper, LIVE_MARGIN_PT};
use pledge_board::render::Image;

fn texts(c: &Campaign, code: &str) -> Texts {
    let l = i18n::find(code).unwrap();
    let ftl = if l.code == i18n::ENGLISH.code {
        String::new()
    } else {
        std::fs::read_to_string(root().join(format!("static/locales/{}.ftl", l.code))).unwrap()
    };
    Texts::new(l, &ftl, &c.messages_for(l.code), &c.messages_for("en"))
}

fn pdf(board: &str, lang: &str, paper: Paper, save_ink: bool) -> Vec<u8> {
    let c = common::default_campaign();
    let sheet = print::sheet(&c, board, &texts(&c, lang), Options { paper, save_ink });
    print::blank_board(&mut common::renderer(), &c, &sheet).unwrap()
}

/// Writes `pdf` to tests/output/ as `name.pdf`; its path.
fn saved(pdf: &[u8], name: &str) -> String {
    let path = output_dir().join(format!("print-{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    path.to_str().unwrap().to_owned()
}

/// Page `page` of the saved PDF drawn by pdftoppm at `dpi`.
fn drawn(path: &str, page: u32, dpi: u32) -> (u32, u32, Vec<u8>) {
    common::pdf_page(path, page, dpi as f32)
}

/// Compares a drawn page with `tests/golden/<name>.png` (UPDATE_GOLDEN=1
/// writes it), as the render goldens are.
fn assert_page_matches(name: &str, (width, height, rgba): (u32, u32, Vec<u8>)) {
    common::assert_matches_golden(
        name,
        &Image {
            width,
            height,
            rgba,
            font_size_px: 0,
            record: None,
        },
    );
}

fn is_ink(px: &[u8]) -> bool {
    px[0].min(px[1]).min(px[2]) < 200
}

#[test]
fn pages_are_exactly_a4_and_letter_and_print_at_their_size() {
    for (paper, size) in [
        (Paper::A4, "595.28 x 841.89 pts (A4)"),
        (Paper::Letter, "612 x 792 pts (letter)"),
    ] {
        let bytes = pdf("purple-dawn", "en-GB", paper, false);
        let info = poppler("pdfinfo", &[&saved(&bytes, paper.id())]);
        assert!(info.contains(&format!("Page size:       {size}")), "{info}");
        assert!(info.contains("Pages:           2"), "{info}");
        assert!(
            info.contains("Title:           National Hate Crime Awareness Week – Purple dawn"),
            "{info}"
        );
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("/PrintScaling /None"), "prints at size");
        assert!(text.contains("/MediaBox ["), "has a media box");
    }
}

#[test]
fn every_language_prints_as_outlines_needing_no_fonts_and_reads_from_its_side() {
    for l in LANGUAGES {
        let bytes = pdf("many-voices", l.code, Paper::A4, false);
        let path = saved(&bytes, &format!("a4-{}", l.code));
        let fonts = poppler("pdffonts", &[&path]);
        assert_eq!(
            fonts.lines().count(),
            2,
            "{}: fonts in the PDF:\n{fonts}",
            l.code
        );
        assert!(
            !String::from_utf8_lossy(&bytes).contains("/Font"),
            "{}",
            l.code
        );
        // The instructions: text from margin to margin, on the language's
        // side; ten or more lines of it.
        let (w, h, rgba) = drawn(&path, 2, 72);
        let rows: Vec<usize> = (0..h as usize)
            .filter(|y| (0..w as usize).any(|x| is_ink(&rgba[(y * w as usize + x) * 4..])))
            .collect();
        let runs = rows.windows(2).filter(|p| p[1] > p[0] + 1).count() + 1;
        assert!(runs >= 10, "{}: {runs} lines of text on page 2", l.code);
        let ink_x: Vec<usize> = (0..w as usize)
            .filter(|x| {
                rows.iter()
                    .any(|y| is_ink(&rgba[(y * w as usize + x) * 4..]))
            })
            .collect();
        let margin = (20.0 * 72.0 / 25.4) as usize; // 20 mm at 72 dpi
        let (left, right) = (ink_x[0], *ink_x.last().unwrap());
        if l.dir == i18n::Dir::Rtl {
            assert!(
                right.abs_diff(w as usize - margin) <= 3,
                "{}: text ends at {right}",
                l.code
            );
        } else {
            assert!(
                left.abs_diff(margin) <= 3,
                "{}: text starts at {left}",
                l.code
            );
        }
    }
}

#[test]
fn nothing_is_drawn_within_a_quarter_inch_of_the_edge() {
    // 6.35 mm is 18 pt: 18 pixels at 72 dpi.
    assert!(LIVE_MARGIN_PT >= 18.0);
    for (paper, save_ink, lang) in [(Paper::A4, false, "ur"), (Paper::Letter, true, "en-GB")] {
        for board in ["purple-dawn", "many-voices"] {
            let path = saved(
                &pdf(board, lang, paper, save_ink),
                &format!("edge-{board}-{}", paper.id()),
            );
            for page in [1, 2] {
                let (w, h, rgba) = drawn(&path, page, 72);
                let (w, h) = (w as usize, h as usize);
                let mut drawn_near_edge = 0;
                for y in 0..h {
                    for x in 0..w {
                        let near = x < 18 || y < 18 || x >= w - 18 || y >= h - 18;
                        if near && rgba[(y * w + x) * 4..][..3].iter().any(|c| *c < 250) {
                            drawn_near_edge += 1;
                        }
                    }
                }
                assert_eq!(drawn_near_edge, 0, "{board} {paper:?} page {page}");
            }
        }
    }
}

#[test]
fn the_writing_lines_are_twelve_millimetres_apart_on_paper() {
    let c = common::default_campaign();
    for paper in [Paper::A4, Paper::Letter] {
        let placed = print::Placed::clone(&pledge_board::print::place(&c, paper));
        for board in &c.boards {
            let lines = print::writing_lines_pt(board, &placed);
            assert!(lines.len() >= 6, "{}: {} lines", board.id, lines.len());
            for pair in lines.windows(2) {
                assert!((pair[1] - pair[0] - 12.0 * 72.0 / 25.4).abs() < 0.01);
            }
        }
    }
    // And as printed: grey rows down the middle of the writing area, 12 mm
    // (70.9 pixels at 150 dpi) apart.
    let path = saved(&pdf("purple-dawn", "en-GB", Paper::A4, false), "lines");
    let (w, h, rgba) = drawn(&path, 1, 150);
    let c = common::default_campaign();
    let (placed, tb) = (print::place(&c, Paper::A4), c.boards[0].text_box);
    let px = |pt: f32| (pt * 150.0 / 72.0) as usize;
    let (top, bottom) = (
        px(placed.y + tb.y * placed.size_pt().1) + 4,
        px(placed.y + (tb.y + tb.height) * placed.size_pt().1) - 4,
    );
    let x = w as usize / 2;
    let grey: Vec<usize> = (top..bottom.min(h as usize))
        .filter(|y| {
            let p = &rgba[(y * w as usize + x) * 4..];
            (150..240).contains(&p[0]) && p[0] == p[1] && p[1] == p[2]
        })
        .collect();
    let starts: Vec<usize> = grey
        .iter()
        .enumerate()
        .filter(|(i, y)| *i == 0 || grey[i - 1] + 1 < **y)
        .map(|(_, y)| *y)
        .collect();
    assert!(starts.len() >= 8, "{starts:?}");
    for pair in starts.windows(2) {
        let gap = (pair[1] - pair[0]) as f32;
        assert!(
            (gap - 12.0 * 150.0 / 25.4).abs() <= 2.0,
            "lines {gap} px apart: {starts:?}"
        );
    }
}

#[test]
fn the_photo_frame_and_writing_area_are_left_white() {
    let c = common::default_campaign();
    let board = c.board("many-voices").unwrap();
    let placed = print::place(&c, Paper::A4);
    let path = saved(&pdf("many-voices", "en-GB", Paper::A4, false), "blank");
    let (w, _, rgba) = drawn(&path, 1, 72);
    let (bw, bh) = placed.size_pt();
    let at = |fx: f32, fy: f32| {
        let (x, y) = ((placed.x + fx * bw) as usize, (placed.y + fy * bh) as usize);
        rgba[(y * w as usize + x) * 4..][..3].to_vec()
    };
    let frame = board.photo_frame.as_ref().unwrap();
    assert_eq!(
        at(frame.x + frame.width / 2.0, frame.y + frame.height / 2.0),
        [255, 255, 255]
    );
    let tb = board.text_box;
    assert_eq!(
        at(tb.x + tb.width * 0.3, tb.y + tb.height * 0.05),
        [255, 255, 255]
    );
    // While the board's own purple band is there.
    let band = at(0.5, 0.03);
    assert!(band[0] < 120 && band[2] > 100, "{band:?}");
}

#[test]
fn saving_ink_spends_far_less_ink() {
    let ink = |save: bool| -> u64 {
        let path = saved(
            &pdf("purple-dawn", "en-GB", Paper::A4, save),
            &format!("ink-{save}"),
        );
        let (_, _, rgba) = drawn(&path, 1, 50);
        rgba.chunks_exact(4)
            .map(|p| 765 - p[0] as u64 - p[1] as u64 - p[2] as u64)
            .sum()
    };
    let (full, light) = (ink(false), ink(true));
    assert!(light * 4 < full, "save-ink uses {light} against {full}");
}

#[test]
fn the_same_board_gives_the_same_bytes_and_looks_as_its_goldens() {
    // The PDF itself, byte for byte: wasm must give these bytes too
    // (tests/web_render.rs reads the same goldens).
    for (name, board, lang, paper, save) in [
        (
            "print-purple-dawn-a4-en",
            "purple-dawn",
            "en-GB",
            Paper::A4,
            false,
        ),
        (
            "print-many-voices-letter-ur-save-ink",
            "many-voices",
            "ur",
            Paper::Letter,
            true,
        ),
    ] {
        let bytes = pdf(board, lang, paper, save);
        assert_eq!(
            bytes,
            pdf(board, lang, paper, save),
            "{name}: twice the same"
        );
        let golden = root().join(format!("tests/golden/{name}.pdf"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&golden, &bytes).unwrap();
        }
        let path = saved(&bytes, name);
        for page in [1, 2] {
            assert_page_matches(&format!("{name}-{page}"), drawn(&path, page, 40));
        }
        let want = std::fs::read(&golden).unwrap();
        if want != bytes {
            // Looks the same (above) but the bytes moved: say where.
            let at = want.iter().zip(&bytes).position(|(a, b)| a != b);
            panic!(
                "{name}: the bytes differ from {} from byte {at:?} (UPDATE_GOLDEN=1 rewrites it)",
                golden.display()
            );
        }
    }
    let _ = compare;
}

#[test]
fn the_command_line_writes_the_same_pdf() {
    let out = output_dir().join("print-cli.pdf");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_pledge-render"))
        .current_dir(root())
        .args([
            "--print",
            "a4",
            "--lang",
            "en-GB",
            "-o",
            out.to_str().unwrap(),
        ])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(
        std::fs::read(&out).unwrap(),
        pdf("purple-dawn", "en-GB", Paper::A4, false)
    );
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_pledge-render"))
        .current_dir(root())
        .args(["--print", "a3", "-o", "x.pdf"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("give a4 or letter"));
}
