//! `pledge-montage` (`montage::command`): a folder of images, some of
//! them not usable, to a montage of the asked size; only the approved
//! images in it; every file left out named with its reason; bad arguments
//! refused in words.

mod common;

use common::*;
use pledge_board::montage::command::{named_size, parse, run, Args, Format};
use std::ffi::OsString;
use std::path::Path;

fn args(list: &[&str]) -> Result<Option<Args>, String> {
    parse(list.iter().map(OsString::from))
}

fn write_solid(path: &Path, w: u32, h: u32, rgb: [u8; 3]) {
    image::RgbImage::from_pixel(w, h, image::Rgb(rgb))
        .save(path)
        .unwrap();
}

/// Colours that appear as a block of at least 20 × 20 pixels (a tile, not
/// an edge blend).
fn has_block(w: u32, rgba: &[u8], rgb: [u8; 3]) -> bool {
    let at = |x: u32, y: u32| {
        let i = ((y * w + x) * 4) as usize;
        [rgba[i], rgba[i + 1], rgba[i + 2]]
    };
    let h = rgba.len() as u32 / 4 / w;
    (0..h - 20).step_by(10).any(|y| {
        (0..w - 20).step_by(10).any(|x| {
            at(x, y) == rgb
                && at(x + 19, y) == rgb
                && at(x, y + 19) == rgb
                && at(x + 19, y + 19) == rgb
        })
    })
}

#[test]
fn a_folder_with_bad_files_makes_a_montage_of_the_approved_images() {
    let dir = output_dir().join("montage-cli-in");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let colours: Vec<[u8; 3]> = (0..6u8)
        .map(|i| [30 + 35 * i, 200 - 25 * i, 90 + 20 * i])
        .collect();
    for (i, c) in colours.iter().enumerate() {
        write_solid(&dir.join(format!("pledge-{i}.png")), 540, 675, *c);
    }
    std::fs::write(dir.join("notes.txt"), "not an image").unwrap();
    let png = std::fs::read(dir.join("pledge-0.png")).unwrap();
    std::fs::write(dir.join("cut-short.png"), &png[..png.len() / 2]).unwrap();
    let mut heic = vec![0, 0, 0, 24];
    heic.extend(b"ftypheic");
    heic.extend([0; 12]);
    std::fs::write(dir.join("IMG_0001.HEIC"), heic).unwrap();

    // Everything: the 6 pledges in, the 3 bad files named.
    let out = output_dir().join("montage-cli-all.png");
    let a = args(&[
        dir.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--size",
        "hd",
    ])
    .unwrap()
    .unwrap();
    let report = run(&a).unwrap();
    assert_eq!(report.used, 6);
    // As the command prints them (in English).
    let left: Vec<(&str, String)> = report
        .left_out
        .iter()
        .map(|(f, w)| (f.as_str(), w.to_string()))
        .collect();
    assert_eq!(
        left,
        vec![
            (
                "IMG_0001.HEIC",
                "a HEIC photo (an iPhone's format): save it as JPEG first".to_string()
            ),
            (
                "cut-short.png",
                "damaged or cut short: it could not be read".to_string()
            ),
            ("notes.txt", "not a JPEG, PNG or WebP image".to_string()),
        ]
    );
    let (w, h, rgba) = decode_png(&std::fs::read(&out).unwrap());
    assert_eq!((w, h), (1920, 1080));
    assert!(colours.iter().all(|c| has_block(w, &rgba, *c)));

    // Approved only, in a heart, shuffled: the others are not in it.
    let list = output_dir().join("montage-cli-approved.txt");
    std::fs::write(
        &list,
        "# approved on Monday\npledge-1.png\n\npledge-3.png\npledge-4.png\n",
    )
    .unwrap();
    let out = output_dir().join("montage-cli-heart.png");
    let a = args(&[
        dir.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--approved",
        list.to_str().unwrap(),
        "--layout",
        "heart",
        "--seed",
        "7",
        "--size",
        "800x800",
    ])
    .unwrap()
    .unwrap();
    assert_eq!(run(&a).unwrap().used, 3);
    let (w, _, rgba) = decode_png(&std::fs::read(&out).unwrap());
    for (i, c) in colours.iter().enumerate() {
        assert_eq!(
            has_block(w, &rgba, *c),
            [1, 3, 4].contains(&i),
            "pledge-{i}"
        );
    }
    // The same again: the same bytes.
    let first = std::fs::read(&out).unwrap();
    run(&a).unwrap();
    assert!(
        std::fs::read(&out).unwrap() == first,
        "not the same bytes twice"
    );

    // An approved name that is not in the folder is refused, by line.
    std::fs::write(&list, "pledge-1.png\npledge-9.png\n").unwrap();
    let e = run(&a).unwrap_err();
    assert!(
        e.contains("line 2") && e.contains("\"pledge-9.png\" is not in"),
        "{e}"
    );
}

/// A photo of three upright bands, red, green and blue, each 200 pixels
/// wide: a square cut shows one band whole, the whole photo all three.
fn write_bands(path: &Path) {
    let img = image::RgbImage::from_fn(600, 200, |x, _| match x / 200 {
        0 => image::Rgb([220, 20, 20]),
        1 => image::Rgb([20, 200, 20]),
        _ => image::Rgb([20, 20, 220]),
    });
    img.save(path).unwrap();
}

#[test]
fn the_approvals_list_crops_a_photo_around_the_point_chosen() {
    let dir = output_dir().join("montage-cli-crop");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // Four square pledges (the montage's commonest shape) and the photo.
    for i in 0..4u8 {
        write_solid(
            &dir.join(format!("pledge-{i}.png")),
            540,
            540,
            [240, 200 - 40 * i, 100],
        );
    }
    write_bands(&dir.join("board photo.png"));
    let list = output_dir().join("montage-cli-crop.txt");
    let out = output_dir().join("montage-cli-crop.png");
    let a = args(&[
        dir.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--size",
        "hd",
        "--no-title",
        "--approved",
        list.to_str().unwrap(),
    ])
    .unwrap()
    .unwrap();
    let (red, green, blue) = ([220, 20, 20], [20, 200, 20], [20, 20, 220]);
    let bands_in = |crop: &str| {
        let names = "pledge-0.png\npledge-1.png\npledge-2.png\npledge-3.png\n";
        std::fs::write(&list, format!("{names}board photo.png{crop}\n")).unwrap();
        run(&a).unwrap();
        let (w, _, rgba) = decode_png(&std::fs::read(&out).unwrap());
        [red, green, blue].map(|c| has_block(w, &rgba, c))
    };
    // Whole (no crop): every band shows.
    assert_eq!(bands_in(""), [true, true, true]);
    // Cut square at the left edge, the centre, the right edge.
    assert_eq!(bands_in("\tcrop 0 50"), [true, false, false]);
    assert_eq!(bands_in("\tcrop 50 50"), [false, true, false]);
    assert_eq!(bands_in("\tcrop 100 0"), [false, false, true]);
    // A crop that is not "crop X Y" is refused by its line.
    std::fs::write(&list, "pledge-0.png\nboard photo.png\tcrop left\n").unwrap();
    let e = run(&a).unwrap_err();
    assert!(e.contains("line 2") && e.contains("crop X Y"), "{e}");
}

#[test]
fn bad_arguments_are_refused_in_words() {
    for (given, says) in [
        (vec!["dir"], "give where to write the montage"),
        (vec!["-o", "x.png"], "give the folder of images"),
        (
            vec!["d", "-o", "x.png", "--size", "huge"],
            "--size \"huge\": give square",
        ),
        (
            vec!["d", "-o", "x.png", "--size", "10x10"],
            "each side from 64 to 20000 pixels",
        ),
        (
            vec!["d", "-o", "x.png", "--dpi", "600"],
            "--dpi \"600\": give 150 or 300",
        ),
        (
            vec!["d", "-o", "x.png", "--seed", "abc"],
            "give a whole number",
        ),
        (
            vec!["d", "-o", "x.png", "--background", "purple"],
            "give a colour as #RRGGBB",
        ),
        (vec!["d", "e", "-o", "x.png"], "only one folder"),
        (
            vec!["d", "-o", "x.gif"],
            "-o x.gif: name a .png, .jpg or .pdf file",
        ),
        (vec!["d", "-o", "montage"], "name a .png, .jpg or .pdf file"),
    ] {
        let e = args(&given).unwrap_err();
        assert!(e.contains(says), "{given:?}: {e}");
    }
    assert_eq!(args(&["--help"]), Ok(None));
    let missing = args(&["no-such-folder", "-o", "x.png"]).unwrap().unwrap();
    assert!(run(&missing).unwrap_err().starts_with("no-such-folder: "));
}

#[test]
fn paper_sizes_at_150_and_300_dpi() {
    assert_eq!(named_size("a1", 300), Ok((7016, 9933)));
    assert_eq!(named_size("a3", 150), Ok((1754, 2480)));
    assert_eq!(named_size("a2", 300), Ok((4961, 7016)));
    assert_eq!(named_size("4k", 300), Ok((3840, 2160)));
    assert_eq!(named_size("2000×1500", 150), Ok((2000, 1500)));
}

#[test]
fn a_gutter_wider_than_the_picture_allows_still_shows_every_image() {
    // A 200 px gutter on a 300 px picture: the margin is held to a
    // quarter of a side, so the image is inside the picture, not past it.
    let dir = output_dir().join("montage-cli-gutter");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    write_solid(&dir.join("one.png"), 100, 100, [200, 40, 40]);
    let out = output_dir().join("montage-cli-gutter.png");
    let a = args(&[
        dir.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--size",
        "300x300",
        "--gutter",
        "200",
        "--no-title",
    ])
    .unwrap()
    .unwrap();
    assert_eq!(run(&a).unwrap().used, 1);
    // As JPEG too (by the name's extension): the same picture.
    let jpg = output_dir().join("montage-cli-gutter.JPG");
    let mut as_jpeg = args(&[dir.to_str().unwrap(), "-o", jpg.to_str().unwrap()])
        .unwrap()
        .unwrap();
    assert_eq!(as_jpeg.format, Format::Jpeg);
    as_jpeg.width = 300;
    as_jpeg.height = 300;
    as_jpeg.gutter = 200;
    as_jpeg.title = false;
    run(&as_jpeg).unwrap();
    let jpeg = image::open(&jpg).unwrap().to_rgb8();
    assert_eq!(jpeg.dimensions(), (300, 300));
    assert!(jpeg
        .get_pixel(150, 150)
        .0
        .iter()
        .zip([200, 40, 40])
        .all(|(a, b)| a.abs_diff(b) < 8));
    let (w, _, rgba) = decode_png(&std::fs::read(&out).unwrap());
    // Whole and centred: 150 × 150 from (75, 75), corners included.
    let at = |x: u32, y: u32| rgba[((y * w + x) * 4) as usize..][..3].to_vec();
    for (x, y) in [(75, 75), (224, 75), (75, 224), (224, 224), (150, 150)] {
        assert_eq!(
            at(x, y),
            vec![200, 40, 40],
            "({x}, {y}): the image is not all in the picture"
        );
    }
}

fn pledge_png(text: &str, lang: &str) -> Vec<u8> {
    let p = pledge_board::render::Pledge {
        text: text.into(),
        lang: Some(lang.into()),
        ..Default::default()
    };
    renderer()
        .render(&default_campaign(), "purple-dawn", "square", &p)
        .unwrap()
        .to_png()
}

#[test]
fn by_language_with_the_text_version_beside_and_a_repeat_used_once() {
    let dir = output_dir().join("montage-cli-languages");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let pledges = [
        ("1.png", "Razem przeciw nienawiści.", "pl"),
        ("2.png", "We stand together.", "en-GB"),
        ("3.png", "Împreună împotriva urii.", "ro"),
        ("4.png", "Nu suntem singuri.", "ro"),
        ("5.png", "Hate has no home here.", "en-GB"),
        ("6.png", "Zgłoś to.", "pl"),
    ];
    for (file, text, lang) in pledges {
        std::fs::write(dir.join(file), pledge_png(text, lang)).unwrap();
    }
    std::fs::copy(dir.join("2.png"), dir.join("8-copy-of-2.png")).unwrap();
    write_solid(&dir.join("7-paper.jpg"), 300, 400, [240, 240, 230]);
    let out = output_dir().join("montage-cli-languages.png");
    let a = args(&[
        dir.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--by-language",
        "--place",
        "Leicester, Leicestershire and Rutland",
        "--size",
        "600x600",
    ])
    .unwrap()
    .unwrap();
    let report = run(&a).unwrap();
    assert_eq!(report.used, 7);
    assert_eq!(
        report.left_out,
        vec![(
            "8-copy-of-2.png".to_string(),
            pledge_board::montage::left_out::Reason::Other("the same picture as 2.png".to_string())
        )]
    );
    assert_eq!(
        report.alt,
        "Montage of 7 pledges of support from Leicester, Leicestershire and Rutland, \
         in 3 languages. The words of 6 of them are listed in its text version."
    );
    // The CSV in montage order: grouped by language as first met, the
    // picture without words last.
    let csv =
        std::fs::read_to_string(output_dir().join("montage-cli-languages-pledges.csv")).unwrap();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(
        rows,
        vec![
            "1.png,pl,Razem przeciw nienawiści.",
            "6.png,pl,Zgłoś to.",
            "2.png,en-GB,We stand together.",
            "5.png,en-GB,Hate has no home here.",
            "3.png,ro,Împreună împotriva urii.",
            "4.png,ro,Nu suntem singuri.",
            "7-paper.jpg,,",
        ]
    );
    let html =
        std::fs::read_to_string(output_dir().join("montage-cli-languages-pledges.html")).unwrap();
    assert!(html.contains("<li lang=\"ro\" dir=\"auto\">Nu suntem singuri.</li>"));
    assert!(html.contains("1 more pledge is a picture"));
    // The order is the picture's too: Polish (first and second tiles) at
    // the top left, the paper board last, alone on the last row (centred).
    let (w, h, rgba) = decode_png(&std::fs::read(&out).unwrap());
    let at = |x: u32, y: u32| {
        let i = ((y * w + x) * 4) as usize;
        [rgba[i], rgba[i + 1], rgba[i + 2]]
    };
    // (The paper board is a JPEG: its colour within a few levels.)
    let paper = |p: [u8; 3]| {
        p.iter()
            .zip([240, 240, 230])
            .all(|(a, b)| a.abs_diff(b) <= 4)
    };
    assert!(!paper(at(30, 30)));
    assert!(paper(at(w / 2, h - 100)));
    assert!(!paper(at(100, h - 100)) && !paper(at(w - 100, h - 100)));

    let both = args(&["d", "-o", "x.png", "--by-language", "--seed", "3"]);
    assert_eq!(
        both,
        Err("--by-language and --seed: choose one order".into())
    );
}

/// A shape of the campaign's by its id (the default campaign's speech
/// bubble): every image in it, none in the corner beside its tail (only
/// the background there); an unknown id is refused with the ids there
/// are; a shape whose image is missing names the file. Writes
/// `tests/output/montage-cli-bubble.png` to look at.
#[test]
fn a_shape_from_the_campaign_file_by_its_id() {
    let dir = output_dir().join("montage-cli-bubble-in");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let colours: Vec<[u8; 3]> = (0..24u8)
        .map(|i| [20 + 9 * i, 240 - 8 * i, 60 + 7 * i])
        .collect();
    for (i, c) in colours.iter().enumerate() {
        write_solid(&dir.join(format!("pledge-{i:02}.png")), 400, 500, *c);
    }
    let out = output_dir().join("montage-cli-bubble.png");
    let campaign = concat!(env!("CARGO_MANIFEST_DIR"), "/static/campaign.toml");
    let with = |layout: &str, campaign: &str| {
        args(&[
            dir.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--layout",
            layout,
            "--campaign",
            campaign,
            "--no-title",
            "--size",
            "1000x860",
            "--background",
            "#000000",
        ])
        .unwrap()
        .unwrap()
    };
    assert_eq!(run(&with("speech-bubble", campaign)).unwrap().used, 24);
    let (w, h, rgba) = decode_png(&std::fs::read(&out).unwrap());
    assert_eq!((w, h), (1000, 860));
    assert!(
        colours.iter().all(|c| has_block(w, &rgba, *c)),
        "an image missing from the bubble"
    );
    // Right of the tail, below the body: background only.
    for y in 700..850 {
        for x in 600..990 {
            let i = ((y * w + x) * 4) as usize;
            assert_eq!(&rgba[i..i + 3], &[0, 0, 0], "at ({x}, {y})");
        }
    }

    let e = run(&with("county", campaign)).unwrap_err();
    assert!(
        e.starts_with("--layout \"county\": give grid, rows, heart or speech-bubble"),
        "{e}"
    );
    // The same campaign file elsewhere, without its images beside it.
    let moved = output_dir().join("montage-cli-moved.toml");
    std::fs::copy(campaign, &moved).unwrap();
    let e = run(&with("speech-bubble", moved.to_str().unwrap())).unwrap_err();
    assert!(
        e.contains("the shape \"speech-bubble\": ")
            && e.contains("campaign/montage-speech-bubble.png: No such file"),
        "{e}"
    );
}
