//! The order images take in a montage: as added, shuffled with a seed (the
//! same seed, the same order, on every platform; "Shuffle again" picks a
//! new seed), or grouped by language (in the order languages first
//! appear, as added within each; images whose language is not known last).

/// How to order a montage's images.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    AsAdded,
    Shuffled { seed: u64 },
    ByLanguage,
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a small generator with fixed
/// constants, so a seed gives the same order natively and in wasm.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..=bound`, without modulo bias (rejection).
    fn up_to(&mut self, bound: u64) -> u64 {
        let range = bound + 1;
        let zone = u64::MAX - (u64::MAX % range);
        loop {
            let v = self.next();
            if v < zone {
                return v % range;
            }
        }
    }
}

/// The positions of the images (`languages[i]` is image `i`'s, if known)
/// in montage order: a permutation of `0..languages.len()`.
pub fn arrange(languages: &[Option<&str>], order: Order) -> Vec<usize> {
    let mut out: Vec<usize> = (0..languages.len()).collect();
    match order {
        Order::AsAdded => {}
        Order::Shuffled { seed } => {
            // Fisher–Yates, from the end.
            let mut rng = SplitMix64(seed);
            for i in (1..out.len()).rev() {
                let j = rng.up_to(i as u64) as usize;
                out.swap(i, j);
            }
        }
        Order::ByLanguage => {
            let mut seen: Vec<&str> = Vec::new();
            for l in languages.iter().flatten() {
                if !seen.contains(l) {
                    seen.push(l);
                }
            }
            let rank = |i: &usize| match languages[*i] {
                Some(l) => seen.iter().position(|s| *s == l).unwrap(),
                None => seen.len(),
            };
            out.sort_by_key(rank); // stable: as added within a language
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::SplitMix64;

    #[test]
    fn the_generator_gives_splitmix64s_published_sequence() {
        // The reference implementation's first outputs for seed 1234567.
        let mut g = SplitMix64(1234567);
        assert_eq!(
            [g.next(), g.next(), g.next()],
            [
                6457827717110365317,
                3203168211198807973,
                9817491932198370423
            ]
        );
    }
}
