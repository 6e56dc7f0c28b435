//! Which images are the same pledge: exact duplicates (the same pixels
//! after decoding, counted once) and near-duplicates (the same pledge
//! re-saved, shrunk or recompressed by a social network, flagged for the
//! reviewer).
//!
//! - [`pixel_digest`]: 64-bit FNV-1a over the size and the RGBA bytes.
//!   The montage page, which will use it, is to confirm equal digests by
//!   comparing pixels before counting two images as one.
//! - [`difference_hash`]: the "dHash": the image in grey, averaged down to
//!   17 × 16 cells, one bit per pair of neighbours in a row (is the left
//!   one brighter?): 256 bits. Re-saving and resizing barely change it.
//!   Pledges on the same board share their artwork, so only the cells
//!   their words cover differ: 256 bits rather than the usual 64 give
//!   those words enough cells to tell pledges apart. Integer arithmetic
//!   only.

/// The exact-duplicate key of an image's pixels.
pub fn pixel_digest(width: u32, height: u32, rgba: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = OFFSET;
    for b in width
        .to_le_bytes()
        .iter()
        .chain(&height.to_le_bytes())
        .chain(rgba)
    {
        h ^= *b as u64;
        h = h.wrapping_mul(PRIME);
    }
    h
}

/// A difference hash: 256 bits.
pub type Hash = [u64; 4];

/// Bits of 256 that may differ for two images to count as the same
/// pledge (`tests/montage_likeness.rs` measures both sides of it).
pub const NEAR: u32 = 12;

/// The image's difference hash (see the module's notes). `rgba` is
/// `width × height × 4` bytes; an image smaller than 17 × 16 is hashed
/// from what there is (cells then repeat pixels); no pixels, all zero.
pub fn difference_hash(width: u32, height: u32, rgba: &[u8]) -> Hash {
    const W: u64 = 17;
    const H: u64 = 16;
    let (w, h) = (width as u64, height as u64);
    if w == 0 || h == 0 || rgba.len() < (w * h * 4) as usize {
        return [0; 4];
    }
    let mut cells = [0u64; (W * H) as usize];
    for cy in 0..H {
        // Each cell covers whole pixels [y0, y1) × [x0, x1), at least one.
        let y0 = cy * h / H;
        let y1 = ((cy + 1) * h / H).max(y0 + 1).min(h);
        for cx in 0..W {
            let x0 = cx * w / W;
            let x1 = ((cx + 1) * w / W).max(x0 + 1).min(w);
            let mut sum = 0u64;
            for y in y0..y1 {
                let row = (y * w * 4) as usize;
                for x in x0..x1 {
                    let p = row + (x * 4) as usize;
                    // Rec. 601 luma in integers, over white for transparency.
                    let a = rgba[p + 3] as u64;
                    let luma = (299 * rgba[p] as u64
                        + 587 * rgba[p + 1] as u64
                        + 114 * rgba[p + 2] as u64)
                        / 1000;
                    sum += (luma * a + 255 * (255 - a)) / 255;
                }
            }
            cells[(cy * W + cx) as usize] = sum / ((y1 - y0) * (x1 - x0));
        }
    }
    let mut bits = [0u64; 4];
    let mut n = 0;
    for cy in 0..H {
        for cx in 0..W - 1 {
            let i = (cy * W + cx) as usize;
            if cells[i] > cells[i + 1] {
                bits[n / 64] |= 1 << (n % 64);
            }
            n += 1;
        }
    }
    bits
}

/// How many of the two hashes' 256 bits differ.
pub fn distance(a: Hash, b: Hash) -> u32 {
    a.iter().zip(&b).map(|(x, y)| (x ^ y).count_ones()).sum()
}

/// Whether two hashes are the same pledge, re-saved.
pub fn near(a: Hash, b: Hash) -> bool {
    distance(a, b) <= NEAR
}
