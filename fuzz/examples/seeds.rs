//! Writes the fuzz targets' first corpora (`fuzz/corpus/<target>/seed-*`):
//! the campaign files the project ships, small photos of each kind and
//! orientation, stored drafts, and small pledge images with their record.
//! libFuzzer grows the corpora from these; `make fuzz` minimises them.
//!
//!     cargo run --release --example seeds   (in fuzz/)

use image::{ImageEncoder, RgbImage, RgbaImage};
use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::ink::{stored, InkPoint, Stroke, Width, Writing};
use pledge_board::render::{Pledge, Renderer};
use pledge_board::ui::state::Draft;
use std::path::Path;

fn put(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("seed-{name}")), bytes).unwrap();
}

fn scene(w: u32, h: u32) -> RgbImage {
    RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([
            (x * 255 / w) as u8,
            (y * 255 / h) as u8,
            ((x ^ y) * 7) as u8,
        ])
    })
}

fn jpeg(img: &RgbImage, progressive: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if progressive {
        let mut e = jpeg_encoder::Encoder::new(&mut out, 80);
        e.set_progressive(true);
        e.encode(
            img.as_raw(),
            img.width() as u16,
            img.height() as u16,
            jpeg_encoder::ColorType::Rgb,
        )
        .unwrap();
    } else {
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
            .encode_image(img)
            .unwrap();
    }
    out
}

/// An EXIF APP1 segment with this orientation, after the SOI.
fn with_orientation(plain: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend_from_slice(&1u16.to_be_bytes());
    tiff.extend_from_slice(&0x0112u16.to_be_bytes());
    tiff.extend_from_slice(&3u16.to_be_bytes());
    tiff.extend_from_slice(&1u32.to_be_bytes());
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&plain[2..]);
    out
}

fn png(img: &RgbaImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::Rgba8,
        )
        .unwrap();
    out
}

fn webp(img: &RgbaImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut out)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::Rgba8,
        )
        .unwrap();
    out
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");

    // The campaign files the project ships and its examples.
    put(
        "campaign_file",
        "shipped.toml",
        DEFAULT_CAMPAIGN_TOML.as_bytes(),
    );
    for name in ["unity-week.toml", "harbour-lights/campaign.toml"] {
        let path = root.join("examples").join(name);
        if let Ok(bytes) = std::fs::read(&path) {
            put("campaign_file", &name.replace('/', "-"), &bytes);
        }
    }
    put(
        "campaign_file",
        "not-toml.toml",
        b"slug = \"x\"\n[[boards]\nid = ",
    );

    // Photos: JPEG (baseline, progressive, each orientation), PNG, WebP.
    let small = scene(48, 32);
    let rgba = RgbaImage::from_fn(40, 24, |x, y| {
        image::Rgba([x as u8 * 6, y as u8 * 9, 120, (x * 6) as u8])
    });
    let plain = jpeg(&small, false);
    put("photo_bytes", "plain.jpg", &plain);
    put("photo_bytes", "progressive.jpg", &jpeg(&small, true));
    for o in [3u16, 6, 8] {
        put(
            "photo_bytes",
            &format!("exif-{o}.jpg"),
            &with_orientation(&plain, o),
        );
    }
    put("photo_bytes", "alpha.png", &png(&rgba));
    put("photo_bytes", "alpha.webp", &webp(&rgba));
    put("photo_bytes", "heic", b"\0\0\0\x18ftypheic\0\0\0\0mif1heic");

    // Drafts as `sessionStorage` keeps them: URL-encoded pairs.
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let mut d = Draft::blank(&c);
    d.text = "I will speak up.\nEvery time.".into();
    d.name = "Asha".into();
    d.quote = Some(1);
    d.lang = "ur".into();
    let encode = |pairs: Vec<(String, String)>| {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
    };
    put("draft_restore", "typed", encode(d.to_pairs()).as_bytes());
    d.mode = pledge_board::ui::state::Mode::Write;
    d.writing = Writing {
        strokes: vec![Stroke {
            points: (0..12)
                .map(|i| InkPoint {
                    x: 500 + i * 300,
                    y: 900 + (i % 3) * 200,
                    pressure: 500,
                    t: i as u32 * 16,
                })
                .collect(),
            width: Width::Bold,
            colour: 1,
            real_pressure: true,
        }],
    };
    d.says = "Stand together".into();
    put("draft_restore", "written", encode(d.to_pairs()).as_bytes());
    put(
        "draft_restore",
        "ink-only",
        stored::encode(&d.writing).as_bytes(),
    );
    put(
        "draft_restore",
        "stored-photo",
        pledge_board::worker::photo_job::to_stored(
            &pledge_board::render::photo::decode(&plain, 64).unwrap(),
        )
        .as_bytes(),
    );

    // Pledge images: the shipped campaign's board drawn small, with its
    // record; and records alone (mode byte 1, then the iTXt data).
    let mut small_c = c.clone();
    for s in &mut small_c.sizes {
        (s.width, s.height) = (s.width / 10, s.height / 10);
    }
    let mut r = Renderer::with_fonts_from(&root.join("static/fonts")).unwrap();
    pledge_board::artwork::prepare_from(&mut r, &small_c, &root.join("static")).unwrap();
    let mut p = Pledge::new("I pledge to stand with my neighbours");
    p.lang = Some("en-GB".into());
    let image = r
        .render(&small_c, &small_c.boards[0].id, &small_c.sizes[0].id, &p)
        .unwrap();
    let mut file = vec![0u8];
    file.extend_from_slice(&image.to_png());
    put("pledge_image", "pledge.png", &file);
    let mut file = vec![0u8];
    file.extend_from_slice(&plain);
    put("pledge_image", "photo.jpg", &file);
    let record = |lang: &str, json: &str| {
        let mut v = vec![1u8];
        v.extend_from_slice(b"Pledge Board pledge\0\0\0");
        v.extend_from_slice(lang.as_bytes());
        v.extend_from_slice(b"\0\0");
        v.extend_from_slice(json.as_bytes());
        v
    };
    put(
        "pledge_image",
        "record-en",
        &record(
            "en-GB",
            r#"{"text":"I will report it","lang":"en-GB","campaign":"nhcaw","board":"purple-dawn","size":"square"}"#,
        ),
    );
    put(
        "pledge_image",
        "record-ur",
        &record("ur", r#"{"text":"میں آواز اٹھاؤں گا","lang":"ur"}"#),
    );
    println!("seeds written");
}
