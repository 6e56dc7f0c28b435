//! Artwork drawn ahead of time: a campaign's layer files as the engine
//! needs them (each file's own size and its pixels at every box size its
//! boards use), kept in one file beside the campaign file
//! (`drawn_artwork`), written by `pledge-render --draw-artwork`.
//!
//! It lets the render worker draw a board with layers without the
//! artwork worker (which carries SVG and image decoding): it takes from
//! the drawn file only what was drawn from the very bytes the campaign's
//! layer files have now (a CRC-32 of each), so a file changed since is
//! drawn afresh by the artwork worker, never shown stale.
//!
//! The form, little-endian: `PLDRAWN1`, a `u32` count of files, then for
//! each file a `u16` name length and the name (UTF-8), the `u32` CRC-32
//! of its bytes, its own width and height (`f32`), a `u32` count of
//! pictures, and for each a `u32` width and height and its straight RGBA
//! pixels, row by row. Pixels are kept raw: a server's gzip or brotli
//! packs them as well as any image format would, and the worker needs
//! no decoder.

use super::layers::Need;
use super::Renderer;

const MAGIC: &[u8; 8] = b"PLDRAWN1";
/// The largest picture side a drawn file may hold (a story's height).
const MAX_SIDE: u32 = 4096;

/// One layer file drawn ahead.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnFile {
    /// The path the campaign names it by.
    pub file: String,
    /// CRC-32 of the file's bytes it was drawn from.
    pub source_crc: u32,
    /// Its own size (pixels, or an SVG's units).
    pub shape: (f32, f32),
    /// Its pixels at each size: width, height, straight RGBA.
    pub pictures: Vec<(u32, u32, Vec<u8>)>,
}

/// The CRC-32 a drawn file keeps of its source's bytes.
pub fn source_crc(bytes: &[u8]) -> u32 {
    crc32fast::hash(bytes)
}

/// The drawn file's bytes.
pub fn encode(files: &[DrawnFile]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&(files.len() as u32).to_le_bytes());
    for f in files {
        out.extend_from_slice(&(f.file.len() as u16).to_le_bytes());
        out.extend_from_slice(f.file.as_bytes());
        out.extend_from_slice(&f.source_crc.to_le_bytes());
        out.extend_from_slice(&f.shape.0.to_le_bytes());
        out.extend_from_slice(&f.shape.1.to_le_bytes());
        out.extend_from_slice(&(f.pictures.len() as u32).to_le_bytes());
        for (w, h, rgba) in &f.pictures {
            out.extend_from_slice(&w.to_le_bytes());
            out.extend_from_slice(&h.to_le_bytes());
            out.extend_from_slice(rgba);
        }
    }
    out
}

/// Reads the bytes in order, refusing to run past their end.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if n > self.0.len() {
            return Err("it is cut short".into());
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().unwrap_or_default(),
        ))
    }
    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_bits(self.u32()?))
    }
}

/// The drawn file read back, or why it cannot be.
pub fn decode(bytes: &[u8]) -> Result<Vec<DrawnFile>, String> {
    let mut r = Reader(bytes);
    if r.take(MAGIC.len()).ok() != Some(&MAGIC[..]) {
        return Err("it is not a drawn artwork file".into());
    }
    let count = r.u32()?;
    let mut files = Vec::new();
    for _ in 0..count {
        let name_len = u16::from_le_bytes(r.take(2)?.try_into().unwrap_or_default());
        let file = std::str::from_utf8(r.take(name_len.into())?)
            .map_err(|_| "a file name is not UTF-8".to_string())?
            .to_owned();
        let source_crc = r.u32()?;
        let shape = (r.f32()?, r.f32()?);
        let mut pictures = Vec::new();
        for _ in 0..r.u32()? {
            let (w, h) = (r.u32()?, r.u32()?);
            if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE {
                return Err(format!("{file}: a picture of {w} × {h} pixels"));
            }
            let rgba = r.take(w as usize * h as usize * 4)?.to_vec();
            pictures.push((w, h, rgba));
        }
        files.push(DrawnFile {
            file,
            source_crc,
            shape,
            pictures,
        });
    }
    if !r.0.is_empty() {
        return Err("it has bytes after its last picture".into());
    }
    Ok(files)
}

/// Gives the renderer each drawn file whose source, as it is now, has
/// the CRC it was drawn from (`crc_now(file)`: `None` if it cannot be
/// read). Returns the files given.
pub fn give(
    renderer: &mut Renderer,
    files: &[DrawnFile],
    mut crc_now: impl FnMut(&str) -> Option<u32>,
) -> Vec<String> {
    let mut given = Vec::new();
    for f in files {
        if crc_now(&f.file) != Some(f.source_crc) {
            continue;
        }
        renderer.set_layer_shape(&f.file, f.shape);
        for (w, h, rgba) in &f.pictures {
            let need = Need {
                file: f.file.clone(),
                width: *w,
                height: *h,
            };
            renderer.add_layer(need, rgba);
        }
        given.push(f.file.clone());
    }
    given
}
