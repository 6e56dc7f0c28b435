//! The checks on a board's artwork layers that need no file: the path,
//! the way each is sized and placed, the sizes named. (Whether a file is
//! there, reads and stays out of the pledge's way is [`crate::artwork`]'s
//! check, which needs the files.)

use super::Check;
use crate::campaign::layers::{Fit, Layer};
use crate::campaign::{Campaign, Rect};

/// The endings an artwork file may have.
const ENDINGS: &[&str] = &[".png", ".jpg", ".jpeg", ".webp", ".svg"];

/// A path from the campaign file's folder, inside it, to an artwork file.
fn path(k: &mut Check, field: &str, file: &str) {
    if let Err(why) = super::beside(file, ENDINGS, "a PNG, JPEG, WebP or SVG file") {
        k.fail(field, why);
    }
}

/// The file of artwork drawn ahead, if the campaign names one.
pub(super) fn drawn(k: &mut Check, campaign: &Campaign) {
    if let Some(file) = &campaign.drawn_artwork {
        if let Err(why) = super::beside(file, &[".drawn"], "a .drawn file") {
            k.fail("drawn_artwork", why);
        }
    }
    if let Some(file) = &campaign.brand_font {
        let what = "a TrueType or OpenType font file (.ttf or .otf)";
        if let Err(why) = super::beside(file, &[".ttf", ".otf"], what) {
            k.fail("brand_font", why);
        }
    }
}

fn rect(k: &mut Check, field: &str, r: &Rect) {
    k.rect(field, r);
}

/// Every layer of board `f` (`boards[i]`).
pub(super) fn check(k: &mut Check, f: &str, layers: &[Layer], campaign: &Campaign) {
    for (i, l) in layers.iter().enumerate() {
        let lf = format!("{f}.layers[{i}]");
        path(k, &format!("{lf}.file"), &l.file);
        k.range(&format!("{lf}.opacity"), l.opacity, 0.0, 1.0);
        let ways = usize::from(l.cover)
            + usize::from(l.rect.is_some())
            + usize::from(l.width.is_some() || l.height.is_some());
        if ways != 1 {
            k.fail(
                lf.clone(),
                "must be sized one way: `width` and/or `height`, or `rect`, or `cover = true`",
            );
        }
        for (id, at) in &l.sizes {
            let sf = format!("{lf}.sizes.{id}");
            if campaign.size(id).is_none() {
                let known: Vec<&str> = campaign.sizes.iter().map(|s| s.id.as_str()).collect();
                k.fail(
                    sf.clone(),
                    format!("{id:?} is not one of the campaign's sizes ({known:?})"),
                );
            }
            if let Some(file) = &at.file {
                path(k, &format!("{sf}.file"), file);
            }
            if let Some(o) = at.opacity {
                k.range(&format!("{sf}.opacity"), o, 0.0, 1.0);
            }
            let ways = usize::from(at.cover == Some(true))
                + usize::from(at.rect.is_some())
                + usize::from(at.width.is_some() || at.height.is_some());
            if ways > 1 {
                k.fail(
                    sf.clone(),
                    "must be sized at most one way: `width` and/or `height`, or `rect`, or `cover = true`",
                );
            }
        }
        for size in &campaign.sizes {
            let at = l.at(&size.id);
            let pf = if l.sizes.contains_key(&size.id) {
                format!("{lf}.sizes.{}", size.id)
            } else {
                lf.clone()
            };
            match at.fit {
                Fit::Cover => {}
                Fit::Within(r) => rect(k, &format!("{pf}.rect"), &r),
                Fit::Anchored {
                    x,
                    y,
                    width,
                    height,
                    ..
                } => {
                    k.range(&format!("{pf}.x"), x, -1.0, 1.0);
                    k.range(&format!("{pf}.y"), y, -1.0, 1.0);
                    if let Some(w) = width {
                        k.range(&format!("{pf}.width"), w, 0.01, 1.0);
                    }
                    if let Some(h) = height {
                        k.range(&format!("{pf}.height"), h, 0.01, 1.0);
                    }
                }
            }
        }
    }
}
