//! The reviewer's decisions on the gathered images: each approved,
//! rejected or not yet reviewed; the views the montage page filters by
//! (not yet reviewed, approved, rejected, flagged as looking like another)
//! and their counts. Only approved images go into a montage. Pure Rust,
//! tested natively; the page keeps one [`Review`] in its state.

use super::crop::Focus;
use super::gather::{Gathered, Gathering, Outcome, Prepared};
use super::text_version::Entry;
use super::tile_size::TileUse;

/// What the reviewer decided about one image.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Verdict {
    #[default]
    Unreviewed,
    Approved,
    Rejected,
}

/// Which images the review grid shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    #[default]
    All,
    Unreviewed,
    Approved,
    Rejected,
    /// Images that look like another (a near-duplicate pair).
    Flagged,
}

impl Filter {
    pub const ALL: [Filter; 5] = [
        Filter::All,
        Filter::Unreviewed,
        Filter::Approved,
        Filter::Rejected,
        Filter::Flagged,
    ];
}

/// How many images each view holds, and what was not added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub all: usize,
    pub unreviewed: usize,
    pub approved: usize,
    pub rejected: usize,
    pub flagged: usize,
    /// Files that were the same picture as one already added.
    pub duplicates: usize,
    /// Files that could not be used.
    pub left_out: usize,
}

impl Counts {
    pub fn of(&self, f: Filter) -> usize {
        match f {
            Filter::All => self.all,
            Filter::Unreviewed => self.unreviewed,
            Filter::Approved => self.approved,
            Filter::Rejected => self.rejected,
            Filter::Flagged => self.flagged,
        }
    }
}

/// A tile the page holds outside its wasm memory (as an object URL of the
/// packed PNG the worker made): equal when the packed pixels are (the
/// same size and the same digest of the packed bytes).
#[derive(Clone, Debug)]
pub struct TileRef {
    pub width: u32,
    pub height: u32,
    /// FNV-1a of the packed PNG's bytes (with the pixel digest beside it,
    /// two independent 64-bit digests must agree for a repeat).
    pub packed_digest: u64,
    /// Where the page shows it from.
    pub url: String,
}

impl PartialEq for TileRef {
    fn eq(&self, other: &TileRef) -> bool {
        (self.width, self.height, self.packed_digest)
            == (other.width, other.height, other.packed_digest)
    }
}

/// The gathered images and the reviewer's verdict on each.
#[derive(Clone)]
pub struct Review<T = TileRef> {
    pub gathering: Gathering<T>,
    /// `verdicts[i]` for `gathering.images[i]`.
    pub verdicts: Vec<Verdict>,
    /// What the images were kept for (their tiles' size).
    pub kept_for: TileUse,
    /// `crops[i]`: image `i` cut to fill its place around this point
    /// (the reviewer's choice, for photos of paper boards), or whole.
    pub crops: Vec<Option<Focus>>,
}

impl<T> Default for Review<T> {
    fn default() -> Self {
        Review {
            gathering: Gathering::default(),
            verdicts: Vec::new(),
            kept_for: TileUse::default(),
            crops: Vec::new(),
        }
    }
}

impl<T: PartialEq> Review<T> {
    /// Adds a prepared file (in the order the files were added).
    pub fn take(&mut self, prepared: Prepared<T>) -> Outcome {
        let outcome = self.gathering.take(prepared);
        if let Outcome::Kept { .. } = outcome {
            self.verdicts.push(Verdict::Unreviewed);
            self.crops.push(None);
        }
        outcome
    }
}

impl<T> Review<T> {
    pub fn images(&self) -> &[Gathered<T>] {
        &self.gathering.images
    }

    /// Sets image `i`'s verdict (an index past the end does nothing).
    pub fn set(&mut self, i: usize, verdict: Verdict) {
        if let Some(v) = self.verdicts.get_mut(i) {
            *v = verdict;
        }
    }

    /// Approves every image not yet reviewed (those rejected stay so);
    /// how many.
    pub fn approve_unreviewed(&mut self) -> usize {
        let mut n = 0;
        for v in self
            .verdicts
            .iter_mut()
            .filter(|v| **v == Verdict::Unreviewed)
        {
            *v = Verdict::Approved;
            n += 1;
        }
        n
    }

    /// Crops image `i` around `focus`, or (`None`) shows it whole again.
    /// Only an image without a pledge record may be cropped: a pledge
    /// image's words must never be cut off.
    pub fn set_crop(&mut self, i: usize, focus: Option<Focus>) {
        let photo = self
            .gathering
            .images
            .get(i)
            .is_some_and(|g| g.record.is_none());
        if let Some(c) = self.crops.get_mut(i) {
            *c = focus.filter(|_| photo);
        }
    }

    /// Where image `i` is cropped, if it is.
    pub fn crop(&self, i: usize) -> Option<Focus> {
        self.crops.get(i).copied().flatten()
    }

    pub fn verdict(&self, i: usize) -> Verdict {
        self.verdicts.get(i).copied().unwrap_or_default()
    }

    /// Whether image `i` looks like another (either of a near pair).
    pub fn flagged(&self, i: usize) -> bool {
        self.gathering.near.iter().any(|&(a, b)| a == i || b == i)
    }

    /// For each image, whether it looks like another: in one pass over
    /// the near pairs (asking [`Review::flagged`] of each image would go
    /// over them once an image, slow with thousands of images and pairs).
    pub fn flags(&self) -> Vec<bool> {
        let mut flags = vec![false; self.verdicts.len()];
        for &(a, b) in &self.gathering.near {
            for i in [a, b] {
                if let Some(f) = flags.get_mut(i) {
                    *f = true;
                }
            }
        }
        flags
    }

    /// For each image, the images it looks like (either way round), in
    /// the order the pairs were found.
    pub fn alike(&self) -> Vec<Vec<usize>> {
        let mut alike = vec![Vec::new(); self.verdicts.len()];
        for &(a, b) in &self.gathering.near {
            if let Some(l) = alike.get_mut(a) {
                l.push(b);
            }
            if let Some(l) = alike.get_mut(b) {
                l.push(a);
            }
        }
        alike
    }

    /// The images a filter shows, in the order added.
    pub fn shown(&self, filter: Filter) -> Vec<usize> {
        let flags = match filter {
            Filter::Flagged => self.flags(),
            _ => Vec::new(),
        };
        (0..self.verdicts.len())
            .filter(|&i| match filter {
                Filter::All => true,
                Filter::Unreviewed => self.verdicts[i] == Verdict::Unreviewed,
                Filter::Approved => self.verdicts[i] == Verdict::Approved,
                Filter::Rejected => self.verdicts[i] == Verdict::Rejected,
                Filter::Flagged => flags[i],
            })
            .collect()
    }

    pub fn counts(&self) -> Counts {
        let count = |v: Verdict| self.verdicts.iter().filter(|x| **x == v).count();
        Counts {
            all: self.verdicts.len(),
            unreviewed: count(Verdict::Unreviewed),
            approved: count(Verdict::Approved),
            rejected: count(Verdict::Rejected),
            flagged: self.flags().into_iter().filter(|f| *f).count(),
            duplicates: self.gathering.duplicates.len(),
            left_out: self.gathering.left_out.len(),
        }
    }

    /// The approved images (the only ones a montage may hold), in order.
    pub fn approved(&self) -> Vec<usize> {
        self.shown(Filter::Approved)
    }

    /// The approved images' lines for the text version.
    pub fn approved_entries(&self) -> Vec<Entry> {
        self.approved()
            .into_iter()
            .map(|i| self.gathering.images[i].entry())
            .collect()
    }
}

/// A review as it is kept on the team's machine between visits (the page
/// keeps the tiles' packed PNGs beside it, by image number): everything
/// but where the page shows the tiles from.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Saved {
    pub images: Vec<SavedImage>,
    /// Each with its reason's code ([`super::left_out::Reason`]).
    pub left_out: Vec<(String, super::left_out::Reason)>,
    pub duplicates: Vec<(String, usize)>,
    pub near: Vec<(usize, usize)>,
    /// [`TileUse::id`] (reviews kept before it was asked: for screens).
    #[serde(default)]
    pub kept_for: String,
}

/// One image of a [`Saved`] review (64-bit numbers as hex text, which
/// JavaScript's JSON cannot hold as numbers).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SavedImage {
    pub name: String,
    pub width: u32,
    pub height: u32,
    pub digest: String,
    pub packed: String,
    pub hash: [String; 4],
    pub text: String,
    pub lang: String,
    /// "unreviewed", "approved" or "rejected".
    pub verdict: String,
    /// Cropped around this point (reviews kept before crops: whole).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop: Option<Focus>,
}

/// A 64-bit number as 16 hex digits (JSON and JavaScript numbers cannot
/// hold it), and back.
pub(crate) fn hex(n: u64) -> String {
    format!("{n:016x}")
}

pub(crate) fn unhex(s: &str) -> Option<u64> {
    u64::from_str_radix(s, 16).ok()
}

impl Review<TileRef> {
    /// The review to keep (without the tiles' URLs).
    pub fn saved(&self) -> Saved {
        let g = &self.gathering;
        Saved {
            images: g
                .images
                .iter()
                .zip(&self.verdicts)
                .enumerate()
                .map(|(n, (i, v))| {
                    let r = i.record.clone().unwrap_or_default();
                    SavedImage {
                        name: i.name.clone(),
                        width: i.tile.width,
                        height: i.tile.height,
                        digest: hex(i.digest),
                        packed: hex(i.tile.packed_digest),
                        hash: i.hash.map(hex),
                        text: r.text,
                        lang: r.lang,
                        verdict: match v {
                            Verdict::Unreviewed => "unreviewed",
                            Verdict::Approved => "approved",
                            Verdict::Rejected => "rejected",
                        }
                        .into(),
                        crop: self.crop(n),
                    }
                })
                .collect(),
            left_out: g.left_out.clone(),
            duplicates: g.duplicates.clone(),
            near: g.near.clone(),
            kept_for: self.kept_for.id().into(),
        }
    }

    /// The review back, each tile shown from `urls[i]`. `None` if what was
    /// kept does not hold together (then the page starts afresh, and says
    /// so).
    pub fn restored(saved: Saved, urls: Vec<String>) -> Option<Review<TileRef>> {
        if urls.len() != saved.images.len() {
            return None;
        }
        let n = saved.images.len();
        let mut review = Review::default();
        for (s, url) in saved.images.into_iter().zip(urls) {
            let mut hash = [0u64; 4];
            for (h, text) in hash.iter_mut().zip(&s.hash) {
                *h = unhex(text)?;
            }
            review.crops.push(s.crop.filter(|_| s.text.is_empty()));
            review.verdicts.push(match s.verdict.as_str() {
                "approved" => Verdict::Approved,
                "rejected" => Verdict::Rejected,
                _ => Verdict::Unreviewed,
            });
            review.gathering.images.push(Gathered {
                name: s.name,
                tile: TileRef {
                    width: s.width,
                    height: s.height,
                    packed_digest: unhex(&s.packed)?,
                    url,
                },
                record: (!s.text.is_empty()).then(|| crate::render::record::PledgeRecord {
                    text: s.text,
                    lang: s.lang,
                    ..Default::default()
                }),
                digest: unhex(&s.digest)?,
                hash,
            });
        }
        let in_range = |i: usize| i < n;
        if !saved.duplicates.iter().all(|(_, of)| in_range(*of))
            || !saved.near.iter().all(|(a, b)| in_range(*a) && in_range(*b))
        {
            return None;
        }
        review.gathering.left_out = saved.left_out;
        review.gathering.duplicates = saved.duplicates;
        review.gathering.near = saved.near;
        review.kept_for = TileUse::from_id(&saved.kept_for).unwrap_or_default();
        Some(review)
    }
}
