//! Drawing a campaign's artwork ahead of time ([`crate::render::drawn`]):
//! every layer file at every box size its boards take at every export
//! size, so the page's render worker can draw the boards without the
//! artwork worker. `pledge-render --draw-artwork` writes it.

use super::Art;
use crate::campaign::layers::layer_box;
use crate::campaign::Campaign;
use crate::render::drawn::{self, DrawnFile};

/// Each layer file the campaign's boards use, once, in the order first
/// named.
pub fn files(campaign: &Campaign) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for file in campaign
        .boards
        .iter()
        .flat_map(|b| &b.layers)
        .flat_map(|l| l.files())
    {
        if !out.contains(&file) {
            out.push(file);
        }
    }
    out
}

/// The box sizes (width, height) `file` takes anywhere in the campaign,
/// given its own size, smallest first.
fn box_sizes(campaign: &Campaign, file: &str, shape: (f32, f32)) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for board in &campaign.boards {
        for size in &campaign.sizes {
            for layer in &board.layers {
                let at = layer.at(&size.id);
                if at.file == file {
                    let [_, _, w, h] = layer_box(&at.fit, size.width, size.height, shape);
                    out.push((w as u32, h as u32));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The campaign's artwork drawn ahead, from its files' bytes (`read`, a
/// path from the campaign file's folder). The first file that cannot be
/// read or drawn stops it, named, with why.
pub fn draw(
    campaign: &Campaign,
    mut read: impl FnMut(&str) -> Result<Vec<u8>, String>,
) -> Result<Vec<DrawnFile>, String> {
    let mut out = Vec::new();
    for file in files(campaign) {
        let bytes = read(file)?;
        let art = Art::read(&bytes).map_err(|why| format!("{file}: {why}"))?;
        let shape = art.own_size();
        let mut pictures = Vec::new();
        for (w, h) in box_sizes(campaign, file, shape) {
            let rgba = art
                .pixels(w, h)
                .ok_or_else(|| format!("{file}: it cannot be drawn at {w} × {h}"))?;
            pictures.push((w, h, rgba));
        }
        out.push(DrawnFile {
            file: file.to_owned(),
            source_crc: drawn::source_crc(&bytes),
            shape,
            pictures,
        });
    }
    Ok(out)
}
