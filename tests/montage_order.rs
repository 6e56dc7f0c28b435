//! The montage's orders (`montage::order`): always a permutation (every
//! image once); a seed gives one order, another seed another; languages
//! grouped in the order they first appear.

use pledge_board::montage::order::{arrange, Order};
use proptest::prelude::*;

fn is_permutation(order: &[usize], n: usize) -> bool {
    let mut seen = vec![false; n];
    order.len() == n
        && order
            .iter()
            .all(|&i| i < n && !std::mem::replace(&mut seen[i], true))
}

proptest! {
    #[test]
    fn every_order_places_every_image_once(n in 0usize..300, seed in any::<u64>()) {
        let langs: Vec<Option<&str>> = (0..n)
            .map(|i| [Some("en-GB"), Some("ur"), None, Some("pl")][i % 4])
            .collect();
        for order in [Order::AsAdded, Order::Shuffled { seed }, Order::ByLanguage] {
            let o = arrange(&langs, order);
            prop_assert!(is_permutation(&o, n), "{order:?}: {o:?}");
        }
    }
}

#[test]
fn a_seed_gives_the_same_order_every_time_and_another_seed_another() {
    let langs = vec![None; 50];
    let a = arrange(&langs, Order::Shuffled { seed: 7 });
    assert_eq!(a, arrange(&langs, Order::Shuffled { seed: 7 }));
    assert_ne!(a, arrange(&langs, Order::Shuffled { seed: 8 }));
    assert_ne!(a, arrange(&langs, Order::AsAdded), "shuffled");
    // Pinned: the same on every platform and in every later build (a
    // saved montage's seed must give its order again).
    assert_eq!(
        arrange(&[None; 8], Order::Shuffled { seed: 2026 }),
        PINNED.to_vec()
    );
}

/// `arrange(8 images, Shuffled { seed: 2026 })`, as first computed.
const PINNED: [usize; 8] = [7, 5, 0, 4, 1, 6, 2, 3];

#[test]
fn by_language_groups_in_first_seen_order_and_unknown_last() {
    let langs = [
        Some("ur"),
        None,
        Some("en-GB"),
        Some("ur"),
        Some("pl"),
        None,
        Some("en-GB"),
    ];
    assert_eq!(
        arrange(&langs, Order::ByLanguage),
        vec![0, 3, 2, 6, 4, 1, 5]
    );
    assert_eq!(arrange(&langs, Order::AsAdded), (0..7).collect::<Vec<_>>());
}
