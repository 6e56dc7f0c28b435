//! The checks on a campaign's artwork that need its files, every problem
//! at once, each naming its field (as the campaign file's own checks do):
//! each file is there, is artwork that may be used (kind, size, an SVG
//! that keeps to itself), all of them within the total; each layer lies
//! inside the board at every size (a covering one excepted); and the
//! pledge stays readable: the text colour's contrast with the board as
//! drawn under the text box, measured in small patches, the worst one,
//! at least WCAG AA's 4.5:1 at every size.

use super::{give, Art, MAX_FILE_BYTES, MAX_TOTAL_BYTES};
use crate::campaign::colour::{contrast, luminance};
use crate::campaign::layers::{layer_box, Fit};
use crate::campaign::{Board, Campaign, ExportSize, FieldError};
use crate::render::{Pledge, Renderer};

/// WCAG AA for text of any size.
pub const MIN_CONTRAST: f64 = 4.5;

/// The side of a patch the contrast is measured over, in pixels at 1080
/// wide (about a thin letter's stroke at the smallest pledge size).
const PATCH: u32 = 12;

fn fail(out: &mut Vec<FieldError>, field: String, problem: String) {
    out.push(FieldError { field, problem });
}

/// Every problem with the campaign's artwork, reading its files with
/// `read` (a path from the campaign file's folder); `renderer` has the
/// fonts and is given the layers as it goes.
pub fn problems(
    campaign: &Campaign,
    renderer: &mut Renderer,
    mut read: impl FnMut(&str) -> Result<Vec<u8>, String>,
) -> Vec<FieldError> {
    let mut out = Vec::new();
    let mut total = 0usize;
    let mut read_ok: Vec<(String, Art)> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (bi, b) in campaign.boards.iter().enumerate() {
        for (li, l) in b.layers.iter().enumerate() {
            let lf = format!("boards[{bi}].layers[{li}]");
            let files = std::iter::once((format!("{lf}.file"), l.file.as_str())).chain(
                l.sizes.iter().filter_map(|(id, at)| {
                    Some((format!("{lf}.sizes.{id}.file"), at.file.as_deref()?))
                }),
            );
            for (field, file) in files {
                if seen.iter().any(|s| s == file) {
                    continue;
                }
                seen.push(file.to_owned());
                match read(file) {
                    Err(why) => fail(
                        &mut out,
                        field,
                        format!("{file:?} cannot be read beside the campaign file: {why}"),
                    ),
                    Ok(bytes) => {
                        total += bytes.len();
                        match Art::read(&bytes) {
                            Ok(art) => read_ok.push((file.to_owned(), art)),
                            Err(why) => fail(&mut out, field, format!("{file:?}: {why}")),
                        }
                    }
                }
            }
            for size in &campaign.sizes {
                let at = l.at(&size.id);
                if at.fit == Fit::Cover {
                    continue;
                }
                let Some((_, art)) = read_ok.iter().find(|(f, _)| f == at.file) else {
                    continue;
                };
                let [x, y, w, h] = layer_box(&at.fit, size.width, size.height, art.own_size());
                let (sw, sh) = (size.width as i32, size.height as i32);
                if x < 0 || y < 0 || x + w > sw || y + h > sh {
                    fail(
                        &mut out,
                        lf.clone(),
                        format!(
                            "at the {} size ({}) it reaches outside the image (at {x}, {y}, {w} × {h} pixels on {sw} × {sh}); move it in or make it smaller",
                            size.id, size.name.en
                        ),
                    );
                }
            }
        }
    }
    if total > MAX_TOTAL_BYTES {
        fail(
            &mut out,
            "boards".into(),
            format!(
                "the artwork files come to {:.1} MB together; at most {} MB (each at most {} MB)",
                total as f64 / (1024.0 * 1024.0),
                MAX_TOTAL_BYTES / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        );
    }
    if !out.is_empty() {
        return out;
    }
    // Everything reads: the layers drawn, and the pledge's contrast
    // measured on the boards as they are drawn.
    // The files already read, given as they are (not read again).
    if let Err(why) = give(renderer, campaign, &read_ok) {
        fail(&mut out, "boards".into(), why);
        return out;
    }
    for (bi, b) in campaign.boards.iter().enumerate() {
        for size in &campaign.sizes {
            let measured = match worst_contrast(renderer, campaign, b, size) {
                Ok(m) => m,
                Err(e) => {
                    // Never a check passed for want of a drawing.
                    fail(
                        &mut out,
                        format!("boards[{bi}]"),
                        format!("at the {} size, the board cannot be drawn to measure the pledge's contrast: {e}", size.id),
                    );
                    continue;
                }
            };
            if let Some((worst, at)) = measured {
                if worst < MIN_CONTRAST {
                    fail(
                        &mut out,
                        format!("boards[{bi}].text_colour"),
                        format!(
                            "at the {} size, {} on the board as drawn under the text box has a contrast of {worst:.1}:1 where it is least (around {}, {} pixels); the pledge needs at least {MIN_CONTRAST}:1 (WCAG AA): choose another text colour, or a darker or lighter panel under the text box",
                            size.id,
                            b.text_colour.as_written(),
                            at.0,
                            at.1
                        ),
                    );
                }
            }
        }
    }
    out
}

/// A contrast ratio and where it was measured (a patch's top left, in
/// pixels).
pub type Worst = (f64, (u32, u32));

/// The lowest contrast of the board's text colour with the board drawn
/// without a pledge, over patches of the text box, and where that patch
/// is (its top left, in pixels); `None` for an empty text box. An error
/// if the board cannot be drawn (a font, layer or brand font not given).
pub fn worst_contrast(
    renderer: &mut Renderer,
    campaign: &Campaign,
    board: &Board,
    size: &ExportSize,
) -> Result<Option<Worst>, crate::render::RenderError> {
    let image = renderer.render(campaign, &board.id, &size.id, &Pledge::new(""))?;
    let [r, g, b, _] = board.text_colour.rgba();
    let text = luminance([r, g, b].map(f64::from));
    let tb = board.text_box;
    let (w, h) = (image.width as f32, image.height as f32);
    let (x0, y0) = ((tb.x * w) as u32, (tb.y * h) as u32);
    let (x1, y1) = (
        (((tb.x + tb.width) * w) as u32).min(image.width),
        (((tb.y + tb.height) * h) as u32).min(image.height),
    );
    let patch = (PATCH * image.width / 1080).max(2);
    let mut worst: Option<Worst> = None;
    let mut py = y0;
    while py < y1 {
        let mut px = x0;
        while px < x1 {
            let mut sum = [0f64; 3];
            let mut n = 0f64;
            for y in py..(py + patch).min(y1) {
                for x in px..(px + patch).min(x1) {
                    let i = (y * image.width + x) as usize * 4;
                    for k in 0..3 {
                        sum[k] += f64::from(image.rgba[i + k]);
                    }
                    n += 1.0;
                }
            }
            let c = contrast(text, luminance(sum.map(|s| s / n)));
            if worst.is_none_or(|(w, _)| c < w) {
                worst = Some((c, (px, py)));
            }
            px += patch;
        }
        py += patch;
    }
    Ok(worst)
}
