//! The reviewer's decisions (`montage::review`): every image starts not yet
//! reviewed; approving and rejecting move it between the filters; a
//! near-duplicate pair is flagged; repeats and bad files are counted; only
//! approved images (and their words) reach the montage.

use pledge_board::montage::gather::{Gathered, Outcome, Prepared};
use pledge_board::montage::left_out::Reason;
use pledge_board::montage::review::{Counts, Filter, Review, TileRef, Verdict};
use pledge_board::montage::tile_size::TileUse;
use pledge_board::render::record::PledgeRecord;

fn found(name: &str, digest: u64, packed: u64, hash: [u64; 4], text: &str) -> Prepared<TileRef> {
    Prepared::found(Gathered {
        name: name.into(),
        tile: TileRef {
            width: 100,
            height: 125,
            packed_digest: packed,
            url: format!("blob:{name}"),
        },
        record: (!text.is_empty()).then(|| PledgeRecord {
            text: text.into(),
            lang: "en-GB".into(),
            ..PledgeRecord::default()
        }),
        digest,
        hash,
    })
}

#[test]
fn verdicts_filters_and_counts() {
    let mut r = Review::<TileRef>::default();
    let far = [u64::MAX, 0, u64::MAX, 0];
    let outcomes = vec![
        r.take(found("a.png", 1, 11, [0; 4], "We stand together.")),
        r.take(found("b.png", 2, 22, far, "Report it.")),
        // The same pixel digest but other packed bytes: not a repeat.
        r.take(found("c.png", 1, 33, [0, 0, 0, 0b111], "")),
        // Both digests the same as a.png's: a repeat.
        r.take(found("a-copy.png", 1, 11, [0; 4], "We stand together.")),
        r.take(Prepared::unreadable("notes.txt", Reason::NotAnImage)),
    ];
    assert_eq!(
        outcomes,
        vec![
            Outcome::Kept {
                index: 0,
                like: vec![]
            },
            Outcome::Kept {
                index: 1,
                like: vec![]
            },
            Outcome::Kept {
                index: 2,
                like: vec![0]
            },
            Outcome::Duplicate { of: 0 },
            Outcome::LeftOut(Reason::NotAnImage),
        ]
    );
    assert_eq!(r.shown(Filter::All), vec![0, 1, 2]);
    assert_eq!(r.shown(Filter::Flagged), vec![0, 2]);
    assert!(r.flagged(0) && !r.flagged(1) && r.flagged(2));
    // All at once, as the page asks: the same answers.
    assert_eq!(r.flags(), vec![true, false, true]);
    assert_eq!(r.alike(), vec![vec![2], vec![], vec![0]]);
    r.set(0, Verdict::Approved);
    r.set(2, Verdict::Rejected);
    r.set(99, Verdict::Approved); // nothing there: nothing happens
    assert_eq!(r.shown(Filter::Unreviewed), vec![1]);
    assert_eq!(r.shown(Filter::Approved), vec![0]);
    assert_eq!(r.shown(Filter::Rejected), vec![2]);
    assert_eq!(
        r.counts(),
        Counts {
            all: 3,
            unreviewed: 1,
            approved: 1,
            rejected: 1,
            flagged: 2,
            duplicates: 1,
            left_out: 1,
        }
    );
    for f in Filter::ALL {
        assert_eq!(r.counts().of(f), r.shown(f).len(), "{f:?}");
    }
    // Only approved images, with their words, go into the montage.
    r.set(1, Verdict::Approved);
    r.set(0, Verdict::Unreviewed);
    let entries = r.approved_entries();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        (entries[0].file.as_str(), entries[0].text.as_str()),
        ("b.png", "Report it.")
    );
    assert_eq!(r.verdict(0), Verdict::Unreviewed);
}

#[test]
fn a_kept_review_comes_back_as_it_was_and_a_broken_one_is_refused() {
    let mut r = Review::<TileRef>::default();
    let far = [u64::MAX, 0, u64::MAX, 0];
    r.take(found("a.png", 1, 11, [0; 4], "We stand together."));
    r.take(found("b.png", u64::MAX, 22, far, ""));
    r.take(found("c.png", 3, 33, [0, 0, 0, 1], "Razem."));
    r.take(found("a-copy.png", 1, 11, [0; 4], ""));
    r.take(Prepared::unreadable("notes.txt", Reason::NotAnImage));
    r.set(0, Verdict::Approved);
    r.set(1, Verdict::Rejected);
    r.kept_for = TileUse::Print150;
    let saved = r.saved();
    // Through JSON, as the page keeps it.
    let json = serde_json::to_string(&saved).unwrap();
    let back: pledge_board::montage::review::Saved = serde_json::from_str(&json).unwrap();
    let urls: Vec<String> = (0..3).map(|i| format!("blob:new-{i}")).collect();
    let again = Review::restored(back.clone(), urls.clone()).unwrap();
    assert_eq!(again.saved(), saved);
    assert_eq!(again.counts(), r.counts());
    assert_eq!(again.images()[2].tile.url, "blob:new-2");
    assert_eq!(again.images()[1].digest, u64::MAX);
    assert_eq!(again.approved_entries(), r.approved_entries());
    assert_eq!(again.kept_for, TileUse::Print150);
    // A review kept before the use was asked: its tiles were for screens.
    let older = json.replace(r#","kept_for":"print-150""#, "");
    assert_ne!(older, json);
    let older: pledge_board::montage::review::Saved = serde_json::from_str(&older).unwrap();
    let older = Review::restored(older, urls.clone()).unwrap();
    assert_eq!(older.kept_for, TileUse::Screens);
    // A tile missing, or a pair pointing past the images: refused.
    assert!(Review::restored(back.clone(), urls[..2].to_vec()).is_none());
    let mut bad = back;
    bad.near.push((0, 7));
    assert!(Review::restored(bad, urls).is_none());
}
