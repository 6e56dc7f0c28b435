//! How large each image is kept (its tile), for the montages it will go
//! into: no larger than they need, so memory follows the montage, not the
//! originals; large enough that a poster is not soft.
//!
//! The page reads its images once, before anyone has chosen a size, so the
//! team says first what the largest montage will be ([`TileUse`]); later
//! [`sharper_use`] tells when a chosen size needs more than that.
//! `pledge-montage` knows its size and count before reading, and sizes its
//! tiles with [`cell_side`] directly.

/// What the images will be used for, at most: each choice a tile side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TileUse {
    /// Social media and screens, up to 4K.
    #[default]
    Screens,
    /// Posters at 150 dpi, up to A1.
    Print150,
    /// Posters at 300 dpi, up to A1.
    Print300,
}

impl TileUse {
    pub const ALL: [TileUse; 3] = [TileUse::Screens, TileUse::Print150, TileUse::Print300];

    /// The longest side an image is kept at.
    pub fn side(self) -> u32 {
        match self {
            TileUse::Screens => 540,
            TileUse::Print150 => 1080,
            TileUse::Print300 => 1620,
        }
    }

    /// Its name in the page's forms and in the kept review.
    pub fn id(self) -> &'static str {
        match self {
            TileUse::Screens => "screens",
            TileUse::Print150 => "print-150",
            TileUse::Print300 => "print-300",
        }
    }

    /// The use of that name (`None` for any other).
    pub fn from_id(id: &str) -> Option<TileUse> {
        TileUse::ALL.into_iter().find(|u| u.id() == id)
    }
}

/// The side of a square with each image's share of a `width` × `height`
/// picture: about the size each image is drawn at when `count` of them
/// fill it (a grid or rows; gutters and the title band make it smaller).
pub fn cell_side(width: u32, height: u32, count: usize) -> u32 {
    let share = width as f64 * height as f64 / count.max(1) as f64;
    share.sqrt() as u32
}

/// How much larger than its tile an image may be drawn before it looks
/// soft.
const STRETCH: f64 = 1.25;

/// When images kept for `kept` would be drawn noticeably larger than their
/// tiles in a `width` × `height` montage of `count` of them: the smallest
/// use whose tiles would be sharp enough (or the sharpest there is).
/// `None` when the tiles are sharp enough, or nothing sharper exists.
pub fn sharper_use(kept: TileUse, width: u32, height: u32, count: usize) -> Option<TileUse> {
    let need = cell_side(width, height, count) as f64;
    if need <= kept.side() as f64 * STRETCH || kept == TileUse::Print300 {
        return None;
    }
    TileUse::ALL
        .into_iter()
        .find(|u| need <= u.side() as f64 * STRETCH)
        .or(Some(TileUse::Print300))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_use_has_a_name_and_a_larger_tile_than_the_last() {
        for u in TileUse::ALL {
            assert_eq!(TileUse::from_id(u.id()), Some(u));
        }
        assert_eq!(TileUse::from_id("poster"), None);
        let sides: Vec<u32> = TileUse::ALL.iter().map(|u| u.side()).collect();
        assert!(sides.windows(2).all(|w| w[0] < w[1]), "{sides:?}");
    }

    #[test]
    fn a_cell_is_the_images_share_of_the_picture() {
        assert_eq!(cell_side(1000, 1000, 4), 500);
        assert_eq!(cell_side(3840, 2160, 30), 525);
        // No images: the whole picture, not a division by nothing.
        assert_eq!(cell_side(100, 100, 0), 100);
    }

    #[test]
    fn a_sharper_use_is_named_only_when_the_tiles_would_be_stretched() {
        use TileUse::*;
        // 30 images on a 4K screen: 524 px each, the screens' tiles do.
        assert_eq!(sharper_use(Screens, 3840, 2160, 30), None);
        // 7 on an A1 at 150 dpi (3508 × 4967): 1578 px each; the 300 dpi
        // tiles are the first large enough.
        assert_eq!(sharper_use(Screens, 3508, 4967, 7), Some(Print300));
        assert_eq!(sharper_use(Print150, 3508, 4967, 7), Some(Print300));
        // 100 on it: 417 px each.
        assert_eq!(sharper_use(Screens, 3508, 4967, 100), None);
        // 20 on it: 933 px; the 150 dpi tiles do.
        assert_eq!(sharper_use(Screens, 3508, 4967, 20), Some(Print150));
        assert_eq!(sharper_use(Print150, 3508, 4967, 20), None);
        // 2 on an A1 at 300 dpi: nothing is sharper than the sharpest.
        assert_eq!(sharper_use(Print300, 7016, 9933, 2), None);
        assert_eq!(sharper_use(Print150, 7016, 9933, 2), Some(Print300));
    }
}
