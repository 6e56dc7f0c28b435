//! What each fuzz target checks: the parts of Pledge Board that read what
//! strangers give it. One function per target, each taking the fuzzer's
//! bytes; `fuzz_targets/*.rs` hand them to libFuzzer (`make fuzz`), and
//! `tests/fuzz_replay.rs` replays every committed corpus file through the
//! same functions on every `make test`, on stable Rust.
//!
//! A check fails by panicking, which is how libFuzzer knows. Beyond "never
//! a panic", each states what must hold of the result:
//!
//! - [`campaign_file`]: any text → the campaign, or problems that each
//!   name a field or a line (the check page's path), the editor's own
//!   reader agreeing;
//! - [`photo_bytes`]: any file → the photo worker's prepared photo within
//!   its size, or a [`PhotoError`]; the header check agrees with it;
//! - [`draft_restore`]: any `sessionStorage` text → a draft the campaign
//!   can show, which stores and restores to itself; a stored photo's text
//!   is refused or read, never a panic;
//! - [`render_pledge`]: any Unicode pledge, name, date, language, photo
//!   placement and pen strokes → an image of the export size, nothing
//!   changed outside the board's text area, or the over-long error;
//! - [`pledge_image`]: any file, or a PNG carrying any pledge record →
//!   the montage's record reader and its gathering (decode, digest,
//!   duplicates) never panic, and a record read is within its limits.

use arbitrary::{Arbitrary, Unstructured};
use pledge_board::campaign::{prepared, Board, Campaign, ExportSize, DEFAULT_CAMPAIGN_TOML};
use pledge_board::check;
use pledge_board::i18n;
use pledge_board::ink::{
    stored, InkPoint, Stroke, Width, Writing, FULL_PRESSURE, MAX_POINTS, UNITS,
};
use pledge_board::montage::gather::{Gathering, Outcome};
use pledge_board::render::photo::{self, PhotoError};
use pledge_board::render::placement::Placement;
use pledge_board::render::record::{PledgeRecord, MAX_TEXT_CHARS};
use pledge_board::render::{Pledge, RenderError, Renderer};
use pledge_board::ui::state::Draft;
use pledge_board::worker::photo_job;
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The longest side the photo worker is asked for (the default campaign's
/// largest frame needs less; a campaign may need more).
pub const PHOTO_SIDE: u32 = 2048;
/// A montage tile's longest side, as `pledge-montage` asks for a 400-pixel
/// tile (twice its side).
pub const TILE_SIDE: u32 = 800;

/// The project's `static/` folder, from the fuzz crate or the main one.
fn static_dir() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for dir in [here.join("static"), here.join("../static")] {
        if dir.join("campaign.toml").exists() {
            return dir;
        }
    }
    panic!("no static/ folder beside {}", here.display());
}

fn default_campaign() -> &'static Campaign {
    static C: OnceLock<Campaign> = OnceLock::new();
    C.get_or_init(|| Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).expect("the shipped campaign"))
}

/// The shipped campaign with each export size also at a quarter of its
/// width and height (ids ending `-quarter`): the same layout, shaping and
/// fitting at a sixteenth of the pixels, so the render target runs many
/// more inputs an hour. Three in four renders use them.
fn render_campaign() -> &'static Campaign {
    static C: OnceLock<Campaign> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = default_campaign().clone();
        let quarters: Vec<_> = c
            .sizes
            .iter()
            .map(|s| {
                let mut q = s.clone();
                q.id = format!("{}-quarter", s.id);
                (q.width, q.height) = (s.width / 4, s.height / 4);
                q
            })
            .collect();
        c.sizes.extend(quarters);
        c
    })
}

// ---------------------------------------------------------------- campaign

/// Any text as the campaign file: read and validated as the app does
/// (`Campaign::from_toml`), and as the check page does (every problem with
/// its line).
pub fn campaign_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        // The page reads the file as UTF-8 text before this (the browser's
        // decoder replaces what is not); that is not ours to fuzz.
        return;
    };
    let read = Campaign::from_toml(text);
    // The prepared form the editor reads (`campaign.prepared.json`) is the
    // same campaign, or the same problems.
    match (&read, prepared::prepare(text)) {
        (Ok(a), Ok(json)) => assert_eq!(Some(a), prepared::read(&json, text).as_ref()),
        (Err(a), Err(b)) => assert_eq!(a, &b),
        (a, b) => panic!("the prepared form disagrees: {a:?} against {b:?}"),
    }
    match check::file_problems(text) {
        Ok(c) => {
            let app = read.expect("the check and the app agree a file is good");
            assert_eq!(app.boards.len(), c.boards.len());
            // A good campaign has what the editor needs to start.
            assert!(!c.boards.is_empty() && !c.sizes.is_empty());
            let _ = c.caption_for("a pledge", "en-GB");
            let _ = c.messages_for("ur");
            let _ = c.file_name(&c.sizes[0].id);
            let _ = check::summary(&c);
            let _ = check::files(&c);
            let draft = Draft::blank(&c);
            assert!(c.board(&draft.board).is_some() && c.size(&draft.size).is_some());
        }
        Err(problems) => {
            assert!(read.is_err(), "the check and the app agree a file is bad");
            assert!(
                !problems.is_empty(),
                "a bad file names at least one problem"
            );
            for p in &problems {
                assert!(
                    !p.message.trim().is_empty(),
                    "a problem with no words: {p:?}"
                );
                if let Some(line) = p.line {
                    let lines = text.lines().count().max(1);
                    assert!(
                        (1..=lines + 1).contains(&line),
                        "line {line} of a {lines}-line file: {p:?}"
                    );
                }
                let _ = p.to_string();
            }
        }
    }
}

// ------------------------------------------------------------------ photos

/// Where in a dependency's source a panic is let through to the caller's
/// `catch_unwind` instead of stopping the fuzzer: the JPEG decoder's,
/// whose panics on damaged files `photo::decode` turns into
/// `PhotoError::Corrupt` (zune-jpeg 0.5.15; upstream issues
/// etemesi254/zune-image#362 and others). Were `decode` not to catch it,
/// the panic would still reach libFuzzer and be reported. Any other panic
/// stops the fuzzer as usual.
const DECODER_SOURCES: &[&str] = &["/zune-jpeg-"];

fn let_decoder_panics_through() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let next = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_decoder = info
                .location()
                .is_some_and(|l| DECODER_SOURCES.iter().any(|d| l.file().contains(d)));
            if !in_decoder {
                next(info);
            }
        }));
    });
}

/// Any file as the person's photo, through the photo worker's prepare.
pub fn photo_bytes(data: &[u8]) {
    let_decoder_panics_through();
    let header = photo::inspect(data);
    match photo_job::prepare(data, PHOTO_SIDE) {
        Ok(p) => {
            assert!(p.width > 0 && p.height > 0, "an empty photo");
            assert!(
                p.width <= PHOTO_SIDE && p.height <= PHOTO_SIDE,
                "{} × {} is over {PHOTO_SIDE}",
                p.width,
                p.height
            );
            assert_eq!(p.rgba.len(), p.width as usize * p.height as usize * 4);
            let (w, h, _) = header.expect("a photo decoded has a header that reads");
            assert!(u64::from(w) * u64::from(h) <= photo::MAX_PIXELS);
            assert!(w <= photo::MAX_SIDE && h <= photo::MAX_SIDE);
        }
        Err(e) => {
            // Every refusal says what to do, in words.
            assert!(e.to_string().len() > 20, "{e:?}");
            if let Err(h) = &header {
                assert_eq!(
                    std::mem::discriminant(h),
                    std::mem::discriminant(&e),
                    "the header's refusal and the decoder's differ"
                );
            }
            // Refused for its size only when it is too large.
            if let PhotoError::TooManyPixels {
                width: w,
                height: h,
            } = e
            {
                assert!(
                    u64::from(w) * u64::from(h) > photo::MAX_PIXELS
                        || w > photo::MAX_SIDE
                        || h > photo::MAX_SIDE,
                    "{w} × {h} refused as too large"
                );
            }
        }
    }
}

// ------------------------------------------------------------------- draft

/// Any text as the draft kept in `sessionStorage` (URL-encoded pairs, read
/// as the browser's `URLSearchParams` reads them), restored against the
/// shipped campaign; and the same text as a stored photo.
pub fn draft_restore(data: &[u8]) {
    let c = default_campaign();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(data)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let d = Draft::from_pairs(&pairs, c);
    assert!(c.board(&d.board).is_some(), "board {:?}", d.board);
    assert!(c.size(&d.size).is_some(), "size {:?}", d.size);
    assert!(d.quote.is_none_or(|q| q < c.quotes.len()));
    assert_eq!(d.placement, d.placement.clamped());
    assert!(i18n::find(&d.lang).is_some(), "language {:?}", d.lang);
    assert!(d.writing.points() <= MAX_POINTS);
    let damaged = Draft::stored_ink_damaged(&pairs);
    if !pairs.iter().any(|(k, _)| k == "ink") {
        assert!(!damaged && d.writing.strokes.is_empty());
    }
    // Kept again on the next keystroke and restored after another reload:
    // the same draft.
    let again = Draft::from_pairs(&d.to_pairs(), c);
    assert_eq!(again, d, "a restored draft stores and restores to itself");

    // The photo kept for a reload is base64 text under its own key.
    if let Ok(text) = std::str::from_utf8(data) {
        let_decoder_panics_through();
        if let Ok(bytes) = photo_job::from_stored(text) {
            if let Ok(p) = photo_job::prepare(&bytes, PHOTO_SIDE) {
                assert!(p.width <= PHOTO_SIDE && p.height <= PHOTO_SIDE);
            }
        }
    }
}

// ------------------------------------------------------------------ render

/// What a person can give the render engine.
#[derive(Arbitrary, Debug)]
struct RenderInput {
    board: u8,
    size: u8,
    /// One of the app's languages, or any tag.
    lang: LangChoice,
    text: String,
    name: String,
    date: String,
    placement: (i32, i32, u32),
    /// Written by hand (drawn instead of the text) when given.
    writing: Option<Vec<PenStroke>>,
}

#[derive(Arbitrary, Debug)]
enum LangChoice {
    None,
    Known(u8),
    Any(String),
}

#[derive(Arbitrary, Debug)]
struct PenStroke {
    width: u8,
    colour: u8,
    real_pressure: bool,
    points: Vec<(i32, i32, u16, u32)>,
}

impl PenStroke {
    /// As the stored draft may hold it (`ink::stored` refuses the rest).
    fn to_stroke(&self) -> Stroke {
        let far = UNITS * 4;
        Stroke {
            points: self
                .points
                .iter()
                .map(|&(x, y, pressure, t)| InkPoint {
                    x: x.clamp(-far, far),
                    y: y.clamp(-far, far),
                    pressure: pressure.min(FULL_PRESSURE),
                    t,
                })
                .collect(),
            width: [Width::Fine, Width::Medium, Width::Bold][usize::from(self.width % 3)],
            colour: usize::from(self.colour % 10),
            real_pressure: self.real_pressure,
        }
    }
}

/// The blank boards drawn so far: a digest of each one's pixels outside
/// its text area, by [`blank_key`] (a whole story-size board is 8 MB;
/// hundreds of them would not fit).
type Blanks = HashMap<String, u32>;

thread_local! {
    static RENDER: RefCell<Option<(Renderer, Blanks)>> = const { RefCell::new(None) };
}

/// A renderer with every font and the shipped artwork, made once.
fn with_renderer<T>(f: impl FnOnce(&mut Renderer, &mut Blanks) -> T) -> T {
    RENDER.with(|r| {
        let mut r = r.borrow_mut();
        let (renderer, blanks) = r.get_or_insert_with(|| {
            let dir = static_dir();
            let mut renderer = Renderer::with_fonts_from(&dir.join("fonts")).expect("fonts");
            pledge_board::artwork::prepare_from(&mut renderer, render_campaign(), &dir)
                .expect("the shipped artwork");
            (renderer, HashMap::new())
        });
        f(renderer, blanks)
    })
}

/// What decides how a blank board looks: the board, the size, typed or
/// written, and its own words in the pledge's language with the fonts
/// they are set in (any language tag the app does not know falls back to
/// the same words as another, so the tags themselves are not the key).
fn blank_key(board: &Board, size: &ExportSize, lang: Option<&str>, written: bool) -> String {
    let mut words = String::new();
    for l in board.labels.iter().chain(&board.footer) {
        words.push_str(l.text.get(lang.unwrap_or_default()));
        words.push('\n');
    }
    let fonts: Vec<&str> = pledge_board::render::fonts::needed_for(&words, lang)
        .into_iter()
        .map(|f| f.file)
        .collect();
    format!(
        "{}|{}|{written}|{}|{words}",
        board.id,
        size.id,
        fonts.join(",")
    )
}

/// A digest of the pixels outside `board`'s text area.
fn outside_digest(board: &Board, size: &ExportSize, rgba: &[u8]) -> u32 {
    let (x0, y0, x1, y1) = text_area(board, size);
    let mut h = crc32fast::Hasher::new();
    for (y, row) in rgba.chunks_exact(size.width as usize * 4).enumerate() {
        let y = y as u32;
        if y < y0 || y >= y1 {
            h.update(row);
        } else {
            h.update(&row[..x0 as usize * 4]);
            h.update(&row[(x1.min(size.width) as usize) * 4..]);
        }
    }
    h.finalize()
}

/// The text area in pixels: left, top, right, bottom (exclusive), the
/// box's edges rounded outwards.
fn text_area(board: &Board, size: &ExportSize) -> (u32, u32, u32, u32) {
    let tb = board.text_box;
    (
        (tb.x * size.width as f32).floor() as u32,
        (tb.y * size.height as f32).floor() as u32,
        ((tb.x + tb.width) * size.width as f32).ceil() as u32,
        ((tb.y + tb.height) * size.height as f32).ceil() as u32,
    )
}

/// Any pledge on any board and size of the shipped campaign.
pub fn render_pledge(data: &[u8]) {
    let Ok(input) = RenderInput::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let c = render_campaign();
    let board = &c.boards[usize::from(input.board) % c.boards.len()];
    // Real sizes are the first half of the list, their quarters the second.
    let real = c.sizes.len() / 2;
    let pick = usize::from(input.size);
    let size = if pick % 4 == 3 {
        &c.sizes[pick / 4 % real]
    } else {
        &c.sizes[real + pick / 4 % real]
    };
    let lang = match &input.lang {
        LangChoice::None => None,
        LangChoice::Known(i) => Some(
            i18n::LANGUAGES[usize::from(*i) % i18n::LANGUAGES.len()]
                .code
                .to_owned(),
        ),
        LangChoice::Any(tag) => Some(tag.clone()),
    };
    let mut writing = input.writing.as_ref().map(|strokes| Writing {
        strokes: strokes.iter().map(PenStroke::to_stroke).collect(),
    });
    if writing.as_ref().is_some_and(|w| w.points() > MAX_POINTS) {
        writing = None;
    }
    // The draft keeps writing as text: what the engine is given has been
    // through it.
    if let Some(w) = &writing {
        assert_eq!(stored::decode(&stored::encode(w)).as_ref(), Ok(w));
    }
    let (x, y, zoom) = input.placement;
    let pledge = Pledge {
        text: input.text.clone(),
        name: input.name.clone(),
        date: input.date.clone(),
        lang: lang.clone(),
        placement: Placement { x, y, zoom }.clamped(),
        writing: writing.clone(),
        paper: false,
    };
    let written = writing.is_some();
    // The board as it is with nothing on it, in this language and mode.
    let blank_pledge = Pledge {
        lang: lang.clone(),
        placement: pledge.placement,
        writing: writing.as_ref().map(|_| Writing::default()),
        ..Pledge::default()
    };
    with_renderer(|r, blanks| {
        let key = blank_key(board, size, lang.as_deref(), written);
        if !blanks.contains_key(&key) {
            let blank = r
                .render(c, &board.id, &size.id, &blank_pledge)
                .expect("the empty board draws");
            blanks.insert(key.clone(), outside_digest(board, size, &blank.rgba));
        }
        match r.render(c, &board.id, &size.id, &pledge) {
            Ok(image) => {
                assert_eq!((image.width, image.height), (size.width, size.height));
                assert_eq!(image.rgba.len(), (size.width * size.height * 4) as usize);
                if outside_digest(board, size, &image.rgba) != blanks[&key] {
                    // Drawn again to say where.
                    let blank = r.render(c, &board.id, &size.id, &blank_pledge).unwrap();
                    let at = outside_text_area(board, size, &image.rgba, &blank.rgba);
                    panic!(
                        "ink outside the text area at {at:?} on {} {}",
                        board.id, size.id
                    );
                }
            }
            Err(RenderError::TooLong { chars, limit }) => {
                assert!(!written, "handwriting is never too long");
                assert!(
                    chars > limit && limit <= c.max_pledge_chars,
                    "{chars} > {limit}"
                );
            }
            Err(e) => panic!("the engine refused a pledge: {e:?}"),
        }
    });
}

/// The first pixel outside `board`'s text area (at `size`) where `image`
/// and `blank` differ, if any.
pub fn outside_text_area(
    board: &Board,
    size: &ExportSize,
    image: &[u8],
    blank: &[u8],
) -> Option<(u32, u32)> {
    let (x0, y0, x1, y1) = text_area(board, size);
    image
        .chunks_exact(4)
        .zip(blank.chunks_exact(4))
        .enumerate()
        .map(|(i, (a, b))| (i as u32 % size.width, i as u32 / size.width, a == b))
        .find(|&(x, y, same)| !same && !(x >= x0 && x < x1 && y >= y0 && y < y1))
        .map(|(x, y, _)| (x, y))
}

// ----------------------------------------------------------- pledge images

/// Any file given to the montage, or a PNG carrying any pledge record:
/// the record is read (or not) and the file gathered, never a panic.
pub fn pledge_image(data: &[u8]) {
    let_decoder_panics_through();
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let file = if mode % 2 == 0 {
        // The bytes as the file.
        rest.to_vec()
    } else {
        // A one-pixel PNG whose pledge chunk holds the bytes: the chunk's
        // checksum is right, so the reader reaches the record itself.
        png_with_itxt(rest)
    };
    if let Some(record) = PledgeRecord::read(&file) {
        assert!(record.text.chars().count() <= MAX_TEXT_CHARS);
    }
    let mut gathering = Gathering::default();
    match gathering.add("one.png", &file, TILE_SIDE) {
        Outcome::Kept { index, like } => {
            assert_eq!((index, like.len()), (0, 0));
            // The same file again is a duplicate of the first.
            assert_eq!(
                gathering.add("two.png", &file, TILE_SIDE),
                Outcome::Duplicate { of: 0 }
            );
            let entry = gathering.images[0].entry();
            assert_eq!(entry.file, "one.png");
        }
        Outcome::LeftOut(why) => assert_eq!(gathering.left_out.len(), 1, "{why:?}"),
        Outcome::Duplicate { of } => panic!("the first file is a duplicate of {of}"),
    }
}

/// A valid one-pixel PNG with one `iTXt` chunk whose data is `itxt`.
pub fn png_with_itxt(itxt: &[u8]) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8; 4], data: &[u8]| {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut crc = crc32fast::Hasher::new();
        crc.update(kind);
        crc.update(data);
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&crc.finalize().to_be_bytes());
    };
    // 1 × 1, 8-bit greyscale.
    chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    chunk(b"iTXt", itxt);
    // One row: filter 0, one grey byte, deflated (stored block).
    chunk(
        b"IDAT",
        &[
            0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x80, 0x00, 0x82, 0x00, 0x81,
        ],
    );
    chunk(b"IEND", &[]);
    out
}
