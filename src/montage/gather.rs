//! Gathering the montage's images, one file's bytes at a time (the page's
//! workers and `pledge-montage` alike): each decoded upright and shrunk at
//! once to its tile (the original bytes are not kept), the pledge it
//! carries read, an exact duplicate (the same file, or the same pixels)
//! counted once, a near-duplicate flagged, and a file that cannot be used
//! given its reason. Nothing stops the rest.

use super::compose::{PackedTile, Tile};
use super::likeness::{difference_hash, distance, pixel_digest, Hash, NEAR};

/// How many earlier look-alikes an image is flagged with, at most (the
/// closest).
pub const MOST_ALIKE: usize = 3;
use super::left_out::Reason;
use super::text_version::Entry;
use crate::render::photo::{self, PhotoError};
use crate::render::record::PledgeRecord;

/// One image kept for the montage. `T` is its tile: the pixels packed
/// ([`PackedTile`], natively), or the page's handle on them; two tiles
/// compare equal when their pixels are the same.
#[derive(Clone)]
pub struct Gathered<T = PackedTile> {
    /// Its file's name.
    pub name: String,
    pub tile: T,
    /// The pledge it carries, if any.
    pub record: Option<PledgeRecord>,
    /// Its pixels' digest and difference hash.
    pub digest: u64,
    pub hash: Hash,
}

impl<T> Gathered<T> {
    /// Its line in the text version.
    pub fn entry(&self) -> Entry {
        let r = self.record.clone().unwrap_or_default();
        Entry {
            file: self.name.clone(),
            text: r.text,
            lang: r.lang,
        }
    }
}

/// What became of one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Kept, at this index of [`Gathering::images`]; `like` names the
    /// earlier images it looks like (near-duplicates, for the reviewer).
    Kept { index: usize, like: Vec<usize> },
    /// The same file or the same picture as this earlier image.
    Duplicate { of: usize },
    /// Not usable: why.
    LeftOut(Reason),
}

/// The images gathered so far, and what was left out.
#[derive(Clone)]
pub struct Gathering<T = PackedTile> {
    pub images: Vec<Gathered<T>>,
    /// Each file not used: its name and why.
    pub left_out: Vec<(String, Reason)>,
    /// Each exact duplicate: its name and the image it repeats.
    pub duplicates: Vec<(String, usize)>,
    /// Each near-duplicate pair (later, earlier), by index.
    pub near: Vec<(usize, usize)>,
}

impl<T> Default for Gathering<T> {
    fn default() -> Self {
        Gathering {
            images: Vec::new(),
            left_out: Vec::new(),
            duplicates: Vec::new(),
            near: Vec::new(),
        }
    }
}

/// One file read and decoded, before it is compared with the others: the
/// part of gathering that may run on many cores (or workers) at once.
pub struct Prepared<T = PackedTile> {
    name: String,
    decoded: Result<Gathered<T>, Reason>,
}

impl<T> Prepared<T> {
    /// A file that could not be read or used, and why.
    pub fn unreadable(name: &str, why: Reason) -> Prepared<T> {
        Prepared {
            name: name.into(),
            decoded: Err(why),
        }
    }

    /// A file prepared elsewhere (by a worker): what it found.
    pub fn found(image: Gathered<T>) -> Prepared<T> {
        Prepared {
            name: image.name.clone(),
            decoded: Ok(image),
        }
    }

    /// The same, with its tile changed (e.g. to a handle once it has
    /// been sent to the page).
    pub fn map_tile<U>(self, f: impl FnOnce(T) -> U) -> Prepared<U> {
        Prepared {
            name: self.name,
            decoded: self.decoded.map(|g| Gathered {
                name: g.name,
                tile: f(g.tile),
                record: g.record,
                digest: g.digest,
                hash: g.hash,
            }),
        }
    }

    /// The file's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What was found, or why the file was left out.
    pub fn result(&self) -> Result<&Gathered<T>, &Reason> {
        self.decoded.as_ref()
    }
}

impl Prepared {
    /// Decodes the file's bytes (neither side over `max_side` pixels),
    /// reads its pledge and computes its digest and hash.
    pub fn new(name: &str, bytes: &[u8], max_side: u32) -> Prepared {
        Prepared::decoded(name, bytes, photo::decode(bytes, max_side))
    }

    /// The file's pixels as some decoder made them (upright, shrunk), or
    /// why it could not: its pledge read from `bytes`, its digest and
    /// hash computed, its tile packed.
    pub fn decoded(name: &str, bytes: &[u8], pixels: Result<photo::Photo, PhotoError>) -> Prepared {
        let decoded = pixels
            .map(|p| Gathered {
                name: name.into(),
                digest: pixel_digest(p.width, p.height, &p.rgba),
                hash: difference_hash(p.width, p.height, &p.rgba),
                tile: PackedTile::pack(&Tile {
                    width: p.width,
                    height: p.height,
                    rgba: p.rgba,
                }),
                record: PledgeRecord::read(bytes),
            })
            .map_err(|e| Reason::of(&e));
        Prepared {
            name: name.into(),
            decoded,
        }
    }
}

impl Gathering {
    /// Adds one file: decoded with neither side over `max_side` pixels.
    pub fn add(&mut self, name: &str, bytes: &[u8], max_side: u32) -> Outcome {
        self.take(Prepared::new(name, bytes, max_side))
    }
}

impl<T: PartialEq> Gathering<T> {
    /// Adds a file already prepared; files must be taken in the order
    /// they were added, so that the first of two repeats is the one kept.
    pub fn take(&mut self, prepared: Prepared<T>) -> Outcome {
        let image = match prepared.decoded {
            Ok(image) => image,
            Err(why) => {
                self.left_out.push((prepared.name, why.clone()));
                return Outcome::LeftOut(why);
            }
        };
        let same = self.images.iter().position(|g| {
            // Equal packed bytes are equal pixels (a fixed lossless encoder).
            g.digest == image.digest && g.tile == image.tile
        });
        if let Some(of) = same {
            self.duplicates.push((image.name, of));
            return Outcome::Duplicate { of };
        }
        let index = self.images.len();
        // The closest few look-alikes, not all: among hundreds of pledges
        // on one board, many may look alike, and a list of them all helps
        // no reviewer (and would grow with the square of the images).
        let mut alike: Vec<(u32, usize)> = (0..index)
            .map(|i| (distance(self.images[i].hash, image.hash), i))
            .filter(|&(d, _)| d <= NEAR)
            .collect();
        alike.sort_unstable();
        alike.truncate(MOST_ALIKE);
        let mut like: Vec<usize> = alike.into_iter().map(|(_, i)| i).collect();
        like.sort_unstable();
        self.near.extend(like.iter().map(|&i| (index, i)));
        self.images.push(image);
        Outcome::Kept { index, like }
    }
}
