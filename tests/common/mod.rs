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
    let out = output_dir();
    let fail = |why: String| -> ! {
        std::fs::write(out.join(format!("{name}.actual.png")), image.to_png()).unwrap();
        panic!(
            "{name}: {why}; wrote {}",
            out.join(format!("{name}.actual.png")).display()
        );
    };
    if (w, h) != (image.width, image.height) {
        fail(format!(
            "golden is {w}×{h}, render is {}×{}",
            image.width, image.height
        ));
    }
    let d = compare(&want, &image.rgba, TOLERANCE);
    if d.differing as f64 > d.total as f64 * MAX_DIFFERING {
        let diff = pledge_board::render::Image {
            width: w,
            height: h,
            rgba: d.diff,
            font_size_px: 0,
            record: None,
        };
        std::fs::write(out.join(format!("{name}.diff.png")), diff.to_png()).unwrap();
        fail(format!(
            "{} of {} pixels differ (diff in {name}.diff.png)",
            d.differing, d.total
        ));
    }
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
/// by a hash of the PDF's bytes.
pub fn pdf_drawn(pdf: &[u8], dpi: u32) -> (u32, u32, Vec<u8>) {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    pdf.hash(&mut h);
    let stem = output_dir().join(format!("pdf-{:016x}", h.finish()));
    std::fs::write(stem.with_extension("pdf"), pdf).unwrap();
    let r = dpi.to_string();
    let (file, stem_s) = (
        stem.with_extension("pdf"),
        stem.to_str().unwrap().to_owned(),
    );
    poppler(
        "pdftocairo",
        &[
            "-png",
            "-singlefile",
            "-r",
            &r,
            file.to_str().unwrap(),
            &stem_s,
        ],
    );
    decode_png(&std::fs::read(stem.with_extension("png")).unwrap())
}
