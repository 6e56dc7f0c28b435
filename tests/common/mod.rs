//! Shared by the native render tests: fonts, campaigns and golden images.
#![allow(dead_code)]

pub mod photos;

use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::render::{Image, Renderer};
use std::path::{Path, PathBuf};

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A renderer with every font and the shipped campaign's artwork (its
/// mark), drawn from the files in `static/`.
pub fn renderer() -> Renderer {
    let mut r = Renderer::with_fonts_from(&root().join("static/fonts")).expect("fonts");
    pledge_board::artwork::prepare_from(&mut r, &default_campaign(), &root().join("static"))
        .expect("the shipped campaign's artwork");
    r
}

pub fn default_campaign() -> Campaign {
    Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).expect("default campaign")
}

pub fn example_campaign() -> Campaign {
    Campaign::from_toml(&std::fs::read_to_string(root().join("examples/unity-week.toml")).unwrap())
        .unwrap()
}

/// Decodes a PNG to straight RGBA.
pub fn decode_png(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::ALPHA);
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    buf.truncate(info.buffer_size());
    assert_eq!(
        info.color_type,
        png::ColorType::Rgba,
        "golden images are RGBA"
    );
    (info.width, info.height, buf)
}

/// How two images differ: pixels whose channels differ by more than
/// `tolerance`, and a picture of where (red on a faded copy).
pub struct Difference {
    pub differing: usize,
    pub total: usize,
    pub diff: Vec<u8>,
}

pub fn compare(a: &[u8], b: &[u8], tolerance: u8) -> Difference {
    assert_eq!(a.len(), b.len());
    let mut differing = 0;
    let mut diff = Vec::with_capacity(a.len());
    for (pa, pb) in a.chunks_exact(4).zip(b.chunks_exact(4)) {
        let off = pa.iter().zip(pb).any(|(x, y)| x.abs_diff(*y) > tolerance);
        if off {
            differing += 1;
            diff.extend_from_slice(&[255, 0, 0, 255]);
        } else {
            let grey = (pa[0] as u16 + pa[1] as u16 + pa[2] as u16) / 3;
            let faded = (255 - (255 - grey) / 4) as u8;
            diff.extend_from_slice(&[faded, faded, faded, 255]);
        }
    }
    Difference {
        differing,
        total: a.len() / 4,
        diff,
    }
}

/// Channel difference allowed per pixel, and the share of pixels that may
/// differ by more, before an image no longer matches its golden.
pub const TOLERANCE: u8 = 8;
pub const MAX_DIFFERING: f64 = 0.001;

/// Checks `image` against `tests/golden/<name>.png`. With UPDATE_GOLDEN=1
/// it writes the golden instead. On a mismatch it writes
/// `tests/output/<name>.actual.png` and `<name>.diff.png`.
pub fn assert_matches_golden(name: &str, image: &Image) {
    let golden = root().join("tests/golden").join(format!("{name}.png"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, image.to_png()).unwrap();
        return;
    }
    let bytes = std::fs::read(&golden).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (UPDATE_GOLDEN=1 writes it; look at it before committing)",
            golden.display()
        )
    });
    let (w, h, want) = decode_png(&bytes);
    if (w, h) != (image.width, image.height) {
        let actual = output_dir().join(format!("{name}.actual.png"));
        std::fs::write(&actual, image.to_png()).unwrap();
        panic!(
            "{name}: golden is {w}×{h}, render is {}×{}; wrote {}",
            image.width,
            image.height,
            actual.display()
        );
    }
    assert_alike(name, w, &want, &image.rgba, TOLERANCE);
}

/// Asserts that `got` is `want` (both RGBA, `width` pixels wide) but for
/// at most one pixel in a thousand off by more than `tolerance` (a JPEG
/// may decode a level apart in wasm and natively). On a mismatch it writes
/// `tests/output/<label>.actual.png` and `<label>.diff.png` (the differing
/// pixels red on a faded copy of `want`), and says where.
pub fn assert_alike(label: &str, width: u32, want: &[u8], got: &[u8], tolerance: u8) {
    assert_eq!(want.len(), got.len(), "{label}: the pictures' sizes differ");
    let d = compare(want, got, tolerance);
    if d.differing as f64 <= d.total as f64 * MAX_DIFFERING {
        return;
    }
    let height = (want.len() / 4) as u32 / width;
    let png = |rgba: Vec<u8>| {
        Image {
            width,
            height,
            rgba,
            font_size_px: 0,
            record: None,
        }
        .to_png()
    };
    let file = label.replace([' ', '/', ':'], "-");
    let out = output_dir();
    std::fs::write(out.join(format!("{file}.actual.png")), png(got.to_vec())).unwrap();
    std::fs::write(out.join(format!("{file}.diff.png")), png(d.diff)).unwrap();
    panic!(
        "{label}: {} of {} pixels differ by more than {tolerance}; wrote {}.diff.png and .actual.png in {}",
        d.differing,
        d.total,
        file,
        out.display()
    );
}

pub fn output_dir() -> PathBuf {
    let dir = root().join("tests/output");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs one of Poppler's tools (Debian's poppler-utils, which
/// `scripts/setup.sh test` installs); what it printed.
pub fn poppler(tool: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} (Debian's poppler-utils; scripts/setup.sh test installs it): {e}")
        });
    assert!(
        out.status.success(),
        "{tool} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Page `page` of the PDF at `path` drawn by pdftoppm at `dpi` (it may be
/// fractional), as RGBA, and left beside it as a PNG to look at.
pub fn pdf_page(path: &str, page: u32, dpi: f32) -> (u32, u32, Vec<u8>) {
    let stem = format!("{}-{page}-{dpi}", path.trim_end_matches(".pdf"));
    let (p, r) = (page.to_string(), dpi.to_string());
    let args = [
        "-png",
        "-singlefile",
        "-r",
        &r,
        "-f",
        &p,
        "-l",
        &p,
        path,
        &stem,
    ];
    poppler("pdftoppm", &args);
    decode_png(&std::fs::read(format!("{stem}.png")).unwrap())
}

/// A PDF's first page drawn by Poppler (through Cairo) at `dpi`, as RGBA.
/// The PDF and the picture are left in `tests/output/` to look at, named
/// by a hash of the PDF's bytes. Tests run in parallel, and two of them
/// (the same journey in two engines) may draw the very same PDF: each call
/// works on files of its own and only then renames them to the hashed
/// names, so no call reads a file another is writing.
pub fn pdf_drawn(pdf: &[u8], dpi: u32) -> (u32, u32, Vec<u8>) {
    use std::hash::{Hash, Hasher};
    use std::sync::atomic::{AtomicUsize, Ordering};
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let mut h = std::collections::hash_map::DefaultHasher::new();
    pdf.hash(&mut h);
    let out = output_dir();
    let name = format!("pdf-{:016x}", h.finish());
    let own = format!(
        "{name}.{}-{}",
        std::process::id(),
        CALLS.fetch_add(1, Ordering::Relaxed)
    );
    let (stem, own_pdf, own_png) = (
        out.join(&own),
        out.join(format!("{own}.pdf")),
        out.join(format!("{own}.png")),
    );
    std::fs::write(&own_pdf, pdf).unwrap();
    let r = dpi.to_string();
    poppler(
        "pdftocairo",
        &[
            "-png",
            "-singlefile",
            "-r",
            &r,
            own_pdf.to_str().unwrap(),
            stem.to_str().unwrap(),
        ],
    );
    let drawn = decode_png(&std::fs::read(&own_png).unwrap());
    std::fs::rename(&own_pdf, out.join(format!("{name}.pdf"))).unwrap();
    std::fs::rename(&own_png, out.join(format!("{name}.png"))).unwrap();
    drawn
}
