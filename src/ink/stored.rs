//! Writing as text, compactly, for the draft in `sessionStorage`.
//!
//! `i1` then one group per stroke: `;` and a header of three digits
//! (width 0–2, colour 0–9, real pressure 0/1), then the stroke's numbers.
//! Each point is its difference from the one before (x, y, pressure, time;
//! the first from zero), each number zigzagged to a whole number and
//! written in URL-safe base-64 digits, five bits a digit, low first, the
//! sixth bit set on every digit but the last. A slow stroke's points take
//! four or five characters each.
//!
//! Reading never panics: anything malformed is refused as a whole, and
//! writing over [`MAX_POINTS`] is refused, so a damaged draft loses its
//! ink, never the page.

use super::{InkPoint, Stroke, Width, Writing, FULL_PRESSURE, MAX_POINTS, UNITS};

const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VERSION: &str = "i1";

/// Why stored writing could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredError {
    /// Not writing in a form this version knows.
    Malformed,
    /// More points than a board may hold.
    TooManyPoints,
}

/// The writing as text.
pub fn encode(writing: &Writing) -> String {
    let mut out = String::from(VERSION);
    for s in &writing.strokes {
        out.push(';');
        let width = match s.width {
            Width::Fine => '0',
            Width::Medium => '1',
            Width::Bold => '2',
        };
        out.push(width);
        out.push(char::from(b'0' + s.colour.min(9) as u8));
        out.push(if s.real_pressure { '1' } else { '0' });
        let mut last = (0i64, 0i64, 0i64, 0i64);
        for p in &s.points {
            let now = (
                i64::from(p.x),
                i64::from(p.y),
                i64::from(p.pressure),
                i64::from(p.t),
            );
            for d in [
                now.0 - last.0,
                now.1 - last.1,
                now.2 - last.2,
                now.3 - last.3,
            ] {
                push_number(&mut out, d);
            }
            last = now;
        }
    }
    out
}

/// Writing read back from [`encode`]'s text.
pub fn decode(text: &str) -> Result<Writing, StoredError> {
    let mut groups = text.split(';');
    if groups.next() != Some(VERSION) {
        return Err(StoredError::Malformed);
    }
    let mut strokes = Vec::new();
    let mut total = 0usize;
    for group in groups {
        let bytes = group.as_bytes();
        let [w, c, r, rest @ ..] = bytes else {
            return Err(StoredError::Malformed);
        };
        let width = match w {
            b'0' => Width::Fine,
            b'1' => Width::Medium,
            b'2' => Width::Bold,
            _ => return Err(StoredError::Malformed),
        };
        if !c.is_ascii_digit() || !matches!(r, b'0' | b'1') {
            return Err(StoredError::Malformed);
        }
        let numbers = read_numbers(rest)?;
        if numbers.len() % 4 != 0 {
            return Err(StoredError::Malformed);
        }
        total += numbers.len() / 4;
        if total > MAX_POINTS {
            return Err(StoredError::TooManyPoints);
        }
        let mut points = Vec::with_capacity(numbers.len() / 4);
        let mut at = (0i64, 0i64, 0i64, 0i64);
        for d in numbers.chunks_exact(4) {
            at = (at.0 + d[0], at.1 + d[1], at.2 + d[2], at.3 + d[3]);
            let far = i64::from(UNITS) * 4;
            if at.0.abs() > far
                || at.1.abs() > far
                || !(0..=i64::from(FULL_PRESSURE)).contains(&at.2)
                || !(0..=i64::from(u32::MAX)).contains(&at.3)
            {
                return Err(StoredError::Malformed);
            }
            points.push(InkPoint {
                x: at.0 as i32,
                y: at.1 as i32,
                pressure: at.2 as u16,
                t: at.3 as u32,
            });
        }
        strokes.push(Stroke {
            points,
            width,
            colour: usize::from(c - b'0'),
            real_pressure: *r == b'1',
        });
    }
    Ok(Writing { strokes })
}

fn push_number(out: &mut String, n: i64) {
    // Zigzag: 0, -1, 1, -2, 2 … become 0, 1, 2, 3, 4 …
    let mut z = ((n << 1) ^ (n >> 63)) as u64;
    loop {
        let five = (z & 31) as usize;
        z >>= 5;
        if z == 0 {
            out.push(char::from(DIGITS[five]));
            return;
        }
        out.push(char::from(DIGITS[five | 32]));
    }
}

fn read_numbers(bytes: &[u8]) -> Result<Vec<i64>, StoredError> {
    let mut numbers = Vec::new();
    let (mut z, mut shift) = (0u64, 0u32);
    for &b in bytes {
        let digit = DIGITS
            .iter()
            .position(|&d| d == b)
            .ok_or(StoredError::Malformed)? as u64;
        if shift > 40 {
            return Err(StoredError::Malformed);
        }
        z |= (digit & 31) << shift;
        if digit & 32 == 0 {
            numbers.push((z >> 1) as i64 ^ -((z & 1) as i64));
            (z, shift) = (0, 0);
        } else {
            shift += 5;
        }
    }
    if shift != 0 {
        return Err(StoredError::Malformed);
    }
    Ok(numbers)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn point() -> impl Strategy<Value = InkPoint> {
        (
            -UNITS..2 * UNITS,
            -UNITS..2 * UNITS,
            0..=FULL_PRESSURE,
            0u32..600_000,
        )
            .prop_map(|(x, y, pressure, t)| InkPoint { x, y, pressure, t })
    }

    fn stroke() -> impl Strategy<Value = Stroke> {
        (
            prop::collection::vec(point(), 0..60),
            0..3u8,
            0..10usize,
            any::<bool>(),
        )
            .prop_map(|(points, w, colour, real_pressure)| Stroke {
                points,
                width: [Width::Fine, Width::Medium, Width::Bold][usize::from(w)],
                colour,
                real_pressure,
            })
    }

    proptest! {
        #[test]
        fn writing_comes_back_exactly(strokes in prop::collection::vec(stroke(), 0..12)) {
            let w = Writing { strokes };
            prop_assert_eq!(decode(&encode(&w)), Ok(w));
        }

        #[test]
        fn any_text_is_read_or_refused_never_a_panic(text in ".{0,200}") {
            let _ = decode(&text);
            let _ = decode(&format!("i1;110{text}"));
        }

        #[test]
        fn a_cut_or_changed_store_is_refused_or_still_writing(strokes in prop::collection::vec(stroke(), 1..4), cut in 0usize..400, at in 0usize..400) {
            let text = encode(&Writing { strokes });
            let cut = cut.min(text.len());
            if let Ok(w) = decode(&text[..cut]) {
                prop_assert!(w.points() <= MAX_POINTS);
            }
            let mut changed = text.into_bytes();
            let at = at % changed.len();
            changed[at] = b'~';
            prop_assert!(decode(std::str::from_utf8(&changed).unwrap()).is_err());
        }
    }

    #[test]
    fn a_slow_stroke_takes_a_few_characters_a_point() {
        // A hand moving 1–3 units a millisecond, sampled every 8 ms.
        let points: Vec<InkPoint> = (0..500)
            .map(|i| InkPoint {
                x: 2000 + i * 20,
                y: 3000 + (i % 7) * 3,
                pressure: 500 + (i % 5) as u16,
                t: i as u32 * 8,
            })
            .collect();
        let w = Writing {
            strokes: vec![Stroke {
                points,
                width: Width::Medium,
                colour: 0,
                real_pressure: true,
            }],
        };
        let text = encode(&w);
        assert!(text.len() <= 500 * 6, "{} characters", text.len());
        assert!(text.is_ascii() && !text.contains(['"', '\\', '\n']));
    }

    #[test]
    fn more_points_than_a_board_holds_are_refused() {
        let many = |n: usize| Writing {
            strokes: vec![Stroke {
                points: vec![
                    InkPoint {
                        x: 1,
                        y: 1,
                        pressure: 0,
                        t: 0
                    };
                    n
                ],
                width: Width::Fine,
                colour: 0,
                real_pressure: false,
            }],
        };
        assert!(decode(&encode(&many(MAX_POINTS))).is_ok());
        assert_eq!(
            decode(&encode(&many(MAX_POINTS + 1))),
            Err(StoredError::TooManyPoints)
        );
        assert_eq!(decode("x1;110"), Err(StoredError::Malformed));
        assert_eq!(decode("i1;310"), Err(StoredError::Malformed));
        assert_eq!(decode("i1"), Ok(Writing::default()));
    }
}
