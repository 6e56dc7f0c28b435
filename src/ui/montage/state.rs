//! The montage page's state: the review (images, verdicts), the filter on
//! show, which image has the keyboard, and how far the reading has got.
//! Plain Rust, tested natively, as the editor's state.

use crate::montage::crop::Focus;
use crate::montage::gather::{Outcome, Prepared};
use crate::montage::review::{Filter, Review, TileRef, Verdict};
use crate::montage::tile_size::TileUse;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Default)]
pub struct Montage {
    pub review: Review<TileRef>,
    pub filter: Filter,
    /// The image the arrow keys move from (an index into the images).
    pub focus: Option<usize>,
    /// Files added, and how many of them have been read.
    pub added: usize,
    pub done: usize,
    /// Object URLs of tiles not kept (repeats), for the page to let go.
    pub unused_urls: Vec<String>,
}

pub enum Action {
    /// This many more files are being read.
    Queued(usize),
    /// Files read (in the order added).
    Received(Vec<Prepared<TileRef>>),
    /// The files not yet read were dropped.
    Cancelled {
        dropped: usize,
    },
    Verdict(usize, Verdict),
    /// Image `i` cut to fill its place around a point, or whole again
    /// (only an image without a pledge record: `Review::set_crop`).
    Crop(usize, Option<Focus>),
    /// Every image not yet reviewed approved (after the reviewer has
    /// rejected those that must not be used).
    ApproveUnreviewed,
    Filter(Filter),
    Focus(usize),
    /// The review kept from an earlier visit.
    Restore(Review<TileRef>),
    /// Everything removed ("Clear everything").
    Clear,
    /// What the images will be kept for: chosen before any is added (a
    /// review's tiles all have one size); otherwise nothing changes.
    KeepFor(TileUse),
}

impl Montage {
    /// The images the filter shows.
    pub fn shown(&self) -> Vec<usize> {
        self.review.shown(self.filter)
    }

    /// Reading is under way.
    pub fn reading(&self) -> bool {
        self.done < self.added
    }

    /// What the images are kept for can still be chosen: none is read,
    /// kept or being read.
    pub fn can_choose_use(&self) -> bool {
        self.added == 0
            && self.review.verdicts.is_empty()
            && self.review.gathering.left_out.is_empty()
    }
}

/// How long reading the rest will take, in seconds, from how long the
/// `done` images read since reading started took (`elapsed_ms`): `None`
/// until a few are read and a couple of seconds have passed (a guess from
/// less would jump about). Rounded up: to 5 s under a minute, else to
/// whole minutes (as seconds).
pub fn time_left(elapsed_ms: f64, done: usize, left: usize) -> Option<u32> {
    if done < 3 || elapsed_ms < 2000.0 || left == 0 {
        return None;
    }
    let secs = (elapsed_ms / 1000.0 / done as f64 * left as f64).ceil() as u32;
    Some(if secs < 60 {
        secs.div_ceil(5).max(1) * 5
    } else {
        secs.div_ceil(60) * 60
    })
}

impl Reducible for Montage {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            Action::Queued(n) => s.added += n,
            Action::Received(files) => {
                for p in files {
                    let url = p.result().ok().map(|g| g.tile.url.clone());
                    s.done += 1;
                    if let Outcome::Duplicate { .. } = s.review.take(p) {
                        s.unused_urls.extend(url);
                    }
                }
                if s.focus.is_none() && !s.review.verdicts.is_empty() {
                    s.focus = Some(0);
                }
            }
            Action::Cancelled { dropped } => s.added -= dropped.min(s.added - s.done),
            Action::Verdict(i, v) => {
                s.review.set(i, v);
                s.focus = Some(i);
            }
            Action::Crop(i, focus) => {
                s.review.set_crop(i, focus);
                s.focus = Some(i);
            }
            Action::ApproveUnreviewed => {
                s.review.approve_unreviewed();
            }
            Action::Filter(f) => {
                s.filter = f;
                let shown = s.shown();
                if !s.focus.is_some_and(|i| shown.contains(&i)) {
                    s.focus = shown.first().copied();
                }
            }
            Action::Focus(i) => s.focus = Some(i),
            Action::Restore(review) => {
                s.focus = (!review.verdicts.is_empty()).then_some(0);
                s.review = review;
            }
            Action::Clear => s = Montage::default(),
            Action::KeepFor(u) => {
                if s.can_choose_use() {
                    s.review.kept_for = u;
                }
            }
        }
        Rc::new(s)
    }
}

impl PartialEq for Montage {
    fn eq(&self, other: &Montage) -> bool {
        std::ptr::eq(self, other)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::montage::gather::Gathered;

    fn image(name: &str, digest: u64, hash: [u64; 4]) -> Prepared<TileRef> {
        Prepared::found(Gathered {
            name: name.into(),
            tile: TileRef {
                width: 10,
                height: 10,
                packed_digest: digest,
                url: format!("blob:{name}"),
            },
            record: None,
            digest,
            hash,
        })
    }

    #[test]
    fn the_time_left_is_a_rounded_guess_from_the_rate_so_far() {
        // Too early to say.
        assert_eq!(time_left(1500.0, 10, 100), None);
        assert_eq!(time_left(5000.0, 2, 100), None);
        assert_eq!(time_left(5000.0, 10, 0), None);
        // 10 in 5 s: 0.5 s each; 7 left is 3.5 s, said as 5.
        assert_eq!(time_left(5000.0, 10, 7), Some(5));
        assert_eq!(time_left(5000.0, 10, 90), Some(45));
        // 190 left is 95 s, said as 2 minutes.
        assert_eq!(time_left(5000.0, 10, 190), Some(120));
    }

    #[test]
    fn what_images_are_kept_for_is_chosen_before_any_is_added() {
        let mut s = Rc::new(Montage::default());
        assert_eq!(s.review.kept_for, TileUse::Screens);
        s = s.reduce(Action::KeepFor(TileUse::Print300));
        assert_eq!(s.review.kept_for, TileUse::Print300);
        s = s.reduce(Action::Queued(1));
        // Being read: too late.
        s = s.reduce(Action::KeepFor(TileUse::Screens));
        assert_eq!(s.review.kept_for, TileUse::Print300);
        s = s.reduce(Action::Received(vec![image("a.png", 1, [0; 4])]));
        s = s.reduce(Action::KeepFor(TileUse::Print150));
        assert_eq!(s.review.kept_for, TileUse::Print300);
        // Cleared: chosen again, from the start.
        s = s.reduce(Action::Clear);
        assert!(s.can_choose_use());
        assert_eq!(s.review.kept_for, TileUse::Screens);
        s = s.reduce(Action::KeepFor(TileUse::Print150));
        assert_eq!(s.review.kept_for, TileUse::Print150);
    }

    #[test]
    fn only_an_image_without_a_pledge_record_is_cropped_and_the_crop_is_kept() {
        let mut s = Rc::new(Montage::default());
        let pledge = image("pledge.png", 2, [u64::MAX; 4]);
        s = s.reduce(Action::Received(vec![image("photo.jpg", 1, [0; 4])]));
        s = s.reduce(Action::Received(vec![pledge]));
        let mut with_words = (*s).clone();
        with_words.review.gathering.images[1].record = Some(Default::default());
        s = Rc::new(with_words);
        let at = Focus { x: 20, y: 50 };
        s = s.reduce(Action::Crop(0, Some(at)));
        s = s.reduce(Action::Crop(1, Some(at)));
        assert_eq!((s.review.crop(0), s.review.crop(1)), (Some(at), None));
        assert_eq!(s.focus, Some(1));
        // Kept with the review, and back.
        let saved = s.review.saved();
        assert_eq!(saved.images[0].crop, Some(at));
        let urls = vec!["blob:a".to_string(), "blob:b".to_string()];
        let back = crate::montage::review::Review::restored(saved, urls).unwrap();
        assert_eq!((back.crop(0), back.crop(1)), (Some(at), None));
        // Whole again.
        s = s.reduce(Action::Crop(0, None));
        assert_eq!(s.review.crop(0), None);
    }

    #[test]
    fn reading_reviewing_filtering_and_cancelling() {
        let mut s = Rc::new(Montage::default());
        s = s.reduce(Action::Queued(5));
        assert!(s.reading());
        let far = [u64::MAX; 4];
        s = s.reduce(Action::Received(vec![image("a.png", 1, [0; 4])]));
        s = s.reduce(Action::Received(vec![
            image("b.png", 2, far),
            image("a-again.png", 1, [0; 4]),
        ]));
        assert_eq!((s.added, s.done), (5, 3));
        assert_eq!(s.unused_urls, vec!["blob:a-again.png".to_string()]);
        assert_eq!(s.focus, Some(0));
        // Two never read: cancelled, so reading is over.
        s = s.reduce(Action::Cancelled { dropped: 2 });
        assert!(!s.reading());
        {
            // Approving the rest (both not yet reviewed, the first then
            // rejected) approves the second and leaves the first rejected.
            let mut rest = (*s).clone();
            assert_eq!(rest.review.counts().unreviewed, 2);
            rest.review.set(0, Verdict::Rejected);
            let rest = Rc::new(rest).reduce(Action::ApproveUnreviewed);
            assert_eq!(rest.review.verdict(0), Verdict::Rejected);
            assert_eq!(rest.review.verdict(1), Verdict::Approved);
            assert_eq!(rest.review.counts().unreviewed, 0);
        }
        s = s.reduce(Action::Verdict(1, Verdict::Approved));
        assert_eq!(s.focus, Some(1));
        s = s.reduce(Action::Filter(Filter::Unreviewed));
        assert_eq!(s.shown(), vec![0]);
        // The focus moves to what the filter shows.
        assert_eq!(s.focus, Some(0));
        s = s.reduce(Action::Filter(Filter::Rejected));
        assert_eq!((s.shown(), s.focus), (vec![], None));
        // Kept and brought back; then cleared.
        let kept = s.review.clone();
        s = s.reduce(Action::Clear);
        assert_eq!(
            (s.review.counts().all, s.added, s.filter),
            (0, 0, Filter::All)
        );
        s = s.reduce(Action::Restore(kept));
        assert_eq!((s.review.counts().all, s.focus), (2, Some(0)));
    }
}
