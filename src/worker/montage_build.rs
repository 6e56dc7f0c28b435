//! Building a montage in a worker (wasm only): the tiles the page sends, in
//! order, through [`crate::montage::build`] (the tiles kept outside the
//! wasm memory until drawn), the file sent back in pieces
//! of a few megabytes as it is encoded (so neither side holds the whole
//! poster as pixels, and the worker not even as a file). The title's
//! fonts are fetched from the app's own `fonts/` when it needs them, and
//! the campaign's brand font, if it names one, from beside its file.

use super::montage_protocol::{encode_built, Build, Built};
use super::run::{fetch_bytes, fetch_font};
use crate::campaign::Campaign;
use crate::montage::build::{build_from, BuildError, Format, Layout, Spec};
use crate::montage::compose::{PackedTile, Tile, TileSource};
use crate::montage::layout::Size;
use crate::montage::shape::Mask;
use crate::montage::title;
use crate::render::{fonts, Renderer};
use std::borrow::Cow;
use web_sys::DedicatedWorkerGlobalScope;

/// Where the fonts are, from the montage page's folder.
const FONT_DIR: &str = "../fonts/";
/// The campaign file's folder (the files it names are beside it).
const CAMPAIGN_DIR: &str = "../";

/// The size of the pieces the file is sent in.
const PIECE: usize = 4 << 20;

/// Sends what is written in pieces of [`PIECE`] bytes.
struct Pieces<'a> {
    scope: &'a DedicatedWorkerGlobalScope,
    id: u32,
    buf: Vec<u8>,
}

impl Pieces<'_> {
    fn send(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        let bytes = js_sys::Uint8Array::from(self.buf.as_slice());
        self.buf.clear();
        let (msg, transfer) = encode_built(&Built::Part { id: self.id, bytes });
        let _ = self.scope.post_message_with_transfer(&msg, &transfer);
    }
}

impl std::io::Write for Pieces<'_> {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= PIECE {
            self.send();
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The packed tiles as the page sent them, kept in JavaScript's memory,
/// not the worker's wasm memory: each is copied in, unpacked and drawn
/// only when the picture reaches it, so the wasm heap holds the tiles of a
/// band or two, not hundreds or thousands.
struct OutsideWasm<'a>(&'a [(u32, u32, js_sys::Uint8Array)]);

impl TileSource for OutsideWasm<'_> {
    fn tile(&self, i: usize) -> Option<Cow<'_, Tile>> {
        let (width, height, png) = self.0.get(i)?;
        let packed = PackedTile {
            width: *width,
            height: *height,
            png: png.to_vec(),
        };
        packed.unpack().map(Cow::Owned)
    }
}

fn post(scope: &DedicatedWorkerGlobalScope, b: &Built) {
    let (msg, transfer) = encode_built(b);
    let _ = scope.post_message_with_transfer(&msg, &transfer);
}

pub async fn run(scope: DedicatedWorkerGlobalScope, job: Build) {
    let id = job.id;
    let fail = |why: String| post(&scope, &Built::Failed { id, why });
    let campaign = match Campaign::from_toml(&job.campaign) {
        Ok(c) => c,
        Err(e) => return fail(format!("campaign.toml: {e}")),
    };
    let sizes: Vec<Size> = job
        .tiles
        .iter()
        .map(|(width, height, _)| Size {
            width: *width,
            height: *height,
        })
        .collect();
    let tiles = OutsideWasm(&job.tiles);
    // A shape of the campaign's: its image, beside the campaign file.
    let mask = match Layout::from_name(&job.layout) {
        Some(_) => None,
        None => {
            let Some(shape) = campaign.montage.shapes.iter().find(|s| s.id == job.layout) else {
                return fail(format!("the campaign has no shape {:?}", job.layout));
            };
            let read = fetch_bytes(&scope, &format!("{CAMPAIGN_DIR}{}", shape.mask))
                .await
                .and_then(|bytes| Mask::from_image(&bytes));
            match read {
                Ok(mask) => Some(mask),
                Err(why) => return fail(format!("the shape “{}”: {why}", shape.name.en)),
            }
        }
    };
    let spec = Spec {
        layout: match &mask {
            Some(mask) => Layout::Shape(mask),
            None => Layout::from_name(&job.layout).unwrap_or(Layout::Grid),
        },
        width: job.width,
        height: job.height,
        gutter: job.gutter,
        background: title::background(&campaign),
        format: match job.format.as_str() {
            "jpeg" => Format::Jpeg,
            "pdf" => Format::Pdf,
            _ => Format::Png,
        },
        dpi: job.dpi,
        about: &job.about,
        title: job.title.then_some((&campaign, "en")),
        crops: &job.crops,
    };
    let mut renderer = Renderer::new();
    // At most three times: once more after fetching the campaign's brand
    // font, and once more after the fonts the title asks for.
    for _ in 0..3 {
        let mut out = Pieces {
            scope: &scope,
            id,
            buf: Vec::new(),
        };
        match build_from(&tiles, &sizes, &spec, &mut renderer, &mut out) {
            Ok(()) => {
                out.send();
                return post(&scope, &Built::Done { id });
            }
            Err(BuildError::Fonts(files)) => {
                for name in files {
                    let Some(f) = fonts::ALL.iter().find(|f| f.file == name) else {
                        return fail(format!("no font called {name}"));
                    };
                    match fetch_font(&scope, FONT_DIR, f).await {
                        Ok(bytes) => renderer.add_font(f, bytes),
                        Err(e) => return fail(format!("the title's font: {e}")),
                    }
                }
            }
            Err(BuildError::BrandFont(file)) => {
                // Beside the campaign file, as the editor's render worker
                // fetches it.
                let url = format!("{CAMPAIGN_DIR}{file}");
                let given = match fetch_bytes(&scope, &url).await {
                    Ok(bytes) => renderer.set_brand_font(&file, bytes),
                    Err(why) => Err(format!("it cannot be fetched: {why}")),
                };
                if let Err(why) = given {
                    return fail(format!("the title's brand font {file}: {why}"));
                }
            }
            Err(e) => return fail(e.to_string()),
        }
    }
    fail("the title's fonts could not be loaded".into())
}
