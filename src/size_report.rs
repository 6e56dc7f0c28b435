//! Transfer sizes of a built bundle: raw, gzip and brotli, file by file.
//!
//! Used by the `size-report` binary (`make size-report`), whose Markdown
//! table goes into BENCHMARKS.md. Native only.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The sizes of one file, in bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileSizes {
    /// Path relative to the bundle's root, with `/` separators.
    pub name: String,
    pub raw: u64,
    /// gzip at level 9, as a server would pre-compress it.
    pub gzip: u64,
    /// brotli at quality 11, window 22.
    pub brotli: u64,
}

/// Measures one file's contents.
pub fn measure(name: &str, bytes: &[u8]) -> io::Result<FileSizes> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes)?;
    let gzip = gz.finish()?.len() as u64;

    let mut br = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
        w.write_all(bytes)?;
    }
    Ok(FileSizes {
        name: name.to_owned(),
        raw: bytes.len() as u64,
        gzip,
        brotli: br.len() as u64,
    })
}

/// Measures every file below `root`, sorted by name.
pub fn measure_dir(root: &Path) -> io::Result<Vec<FileSizes>> {
    let mut files = Vec::new();
    collect(root, &mut files)?;
    files.sort();
    files
        .iter()
        .map(|path| {
            let name = path
                .strip_prefix(root)
                .unwrap_or(path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            measure(&name, &std::fs::read(path)?)
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// A Markdown table of the files and their total, sizes in bytes and KiB.
pub fn markdown_table(files: &[FileSizes]) -> String {
    let mut s = String::from("| file | raw | gzip | brotli |\n|---|---:|---:|---:|\n");
    let cell = |n: u64| format!("{n} B ({:.1} KiB)", n as f64 / 1024.0);
    for f in files {
        s += &format!(
            "| {} | {} | {} | {} |\n",
            f.name,
            cell(f.raw),
            cell(f.gzip),
            cell(f.brotli)
        );
    }
    let sum = |get: fn(&FileSizes) -> u64| files.iter().map(get).sum::<u64>();
    s += &format!(
        "| **total** | {} | {} | {} |\n",
        cell(sum(|f| f.raw)),
        cell(sum(|f| f.gzip)),
        cell(sum(|f| f.brotli))
    );
    s
}

/// When the browser fetches a file of the bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Needed before the editor can be used: page, styles, UI code, campaign.
    FirstScreen,
    /// Fetched as soon as the editor starts, for the first preview: the
    /// render worker and the Latin font.
    Preview,
    /// Fetched only when a pledge, or the page, uses the script (the other
    /// fonts; the page's only on a device without a font of its own for
    /// it, and the language menu's few-letter faces, `fonts/names/`).
    OnDemand,
    /// Fetched only when the campaign file has been edited since its
    /// prepared form was written (the campaign reader, which reads the
    /// TOML in its place).
    Reader,
    /// Fetched only when the person adds a photo (the photo worker).
    Photo,
    /// Fetched only when the person asks for a blank board to print (the
    /// print worker).
    Print,
    /// Fetched only when the person chooses to write by hand (the pen's
    /// module, on the page).
    Pen,
    /// Fetched only for a campaign whose boards have artwork layers (the
    /// artwork worker, started by the render worker, and the files in
    /// `campaign/` other than the montage's).
    Artwork,
    /// Fetched only for a language other than English (its messages).
    Language,
    /// Fetched by the force's page that embeds the editor, not by the app.
    Host,
    /// Fetched only when the app cannot run: the plain page's style and
    /// its other languages (`fallback/`).
    Fallback,
    /// Never fetched by the app (licences; the English messages, which are
    /// built into the app and copied for the campaign team to read).
    NotFetched,
    /// The montage page (`montage/`), the communications team's, and the
    /// campaign's montage shapes (`campaign/montage-*`): never fetched by
    /// the editor.
    Montage,
    /// The check page (`check/`), the communications team's: never
    /// fetched by the editor.
    Check,
}

impl Stage {
    pub fn of(name: &str) -> Stage {
        if name.starts_with("montage/") || name.starts_with("campaign/montage-") {
            Stage::Montage
        } else if name.starts_with("check/") {
            Stage::Check
        } else if name.starts_with("render-worker") || name == "fonts/NotoSans-Bold.ttf" {
            Stage::Preview
        } else if name.starts_with("fonts/") && name.ends_with(".ttf") {
            Stage::OnDemand
        } else if name.starts_with("campaign-reader") {
            Stage::Reader
        } else if name.starts_with("photo-worker") {
            Stage::Photo
        } else if name.starts_with("print-worker") {
            Stage::Print
        } else if name.starts_with("pen-ink") || name == "pen-loader.js" {
            Stage::Pen
        } else if name.starts_with("artwork-worker") || name.starts_with("campaign/") {
            Stage::Artwork
        } else if name.starts_with("locales/") && name != "locales/en-GB.ftl" {
            Stage::Language
        } else if name == "embed.js" {
            Stage::Host
        } else if name.starts_with("fallback/") {
            Stage::Fallback
        } else if name.ends_with(".txt") || name == "locales/en-GB.ftl" {
            Stage::NotFetched
        } else {
            Stage::FirstScreen
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Stage::FirstScreen => "first screen (editor usable)",
            Stage::Preview => {
                "then, for the first preview (worker, Latin font, the artwork drawn ahead)"
            }
            Stage::OnDemand => "only when a pledge or the page uses the script (each font)",
            Stage::Reader => {
                "only when campaign.toml was edited after its prepared form (campaign reader)"
            }
            Stage::Photo => "only when a photo is added (photo worker)",
            Stage::Print => "only when a board to print is asked for (print worker)",
            Stage::Pen => "only when writing by hand (the pen's module)",
            Stage::Artwork => "only for boards with artwork layers (artwork worker, the files)",
            Stage::Language => "only in a language other than English (each)",
            Stage::Host => "by the force's page, when it embeds the editor (embed.js)",
            Stage::Fallback => {
                "only when the app cannot run (the plain page's style and languages)"
            }
            Stage::NotFetched => "never fetched (licence; English, built in)",
            Stage::Montage => "the montage page (staff; never fetched by the editor)",
            Stage::Check => "the check page (staff; never fetched by the editor)",
        }
    }
}

/// The stage of `name` in a bundle whose campaign file is `campaign`:
/// the artwork drawn ahead and the layer files it is checked against are
/// fetched for the first preview when the campaign names a drawn file
/// (the render worker takes them before anything else); otherwise as
/// [`Stage::of`].
pub fn stage_in(name: &str, campaign: Option<&crate::campaign::Campaign>) -> Stage {
    let Some(c) = campaign.filter(|c| c.drawn_artwork.is_some()) else {
        return Stage::of(name);
    };
    let layer_file = c
        .boards
        .iter()
        .flat_map(|b| &b.layers)
        .any(|l| l.files().any(|f| f == name));
    if c.drawn_artwork.as_deref() == Some(name) || layer_file {
        Stage::Preview
    } else {
        Stage::of(name)
    }
}

/// A Markdown table of brotli totals by [`Stage`], for a bundle whose
/// campaign file is `campaign` (see [`stage_in`]).
pub fn stage_table(files: &[FileSizes], campaign: Option<&crate::campaign::Campaign>) -> String {
    let mut s = String::from("| loaded | files | raw | brotli |\n|---|---:|---:|---:|\n");
    for stage in [
        Stage::FirstScreen,
        Stage::Preview,
        Stage::OnDemand,
        Stage::Reader,
        Stage::Photo,
        Stage::Print,
        Stage::Pen,
        Stage::Artwork,
        Stage::Language,
        Stage::Host,
        Stage::Fallback,
        Stage::NotFetched,
        Stage::Montage,
        Stage::Check,
    ] {
        let these: Vec<_> = files
            .iter()
            .filter(|f| stage_in(&f.name, campaign) == stage)
            .collect();
        let raw: u64 = these.iter().map(|f| f.raw).sum();
        let br: u64 = these.iter().map(|f| f.brotli).sum();
        s += &format!(
            "| {} | {} | {:.1} KiB | {:.1} KiB |\n",
            stage.describe(),
            these.len(),
            raw as f64 / 1024.0,
            br as f64 / 1024.0
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_put_in_the_stage_that_fetches_them() {
        for (name, stage) in [
            ("index.html", Stage::FirstScreen),
            ("campaign.toml", Stage::FirstScreen),
            ("campaign.prepared.json", Stage::FirstScreen),
            ("campaign-reader_bg.wasm", Stage::Reader),
            ("campaign-reader-loader.js", Stage::Reader),
            ("pledge-board-1d008c9708281656_bg.wasm", Stage::FirstScreen),
            ("app-a3f7ded4d9dcf74f.css", Stage::FirstScreen),
            ("render-worker_bg.wasm", Stage::Preview),
            ("render-worker_loader.js", Stage::Preview),
            ("fonts/NotoSans-Bold.ttf", Stage::Preview),
            ("fonts/NotoNastaliqUrdu-Bold.ttf", Stage::OnDemand),
            ("fonts/names/gujarati.ttf", Stage::OnDemand),
            ("fonts/fonts.css", Stage::FirstScreen),
            ("fonts/OFL.txt", Stage::NotFetched),
            ("photo-worker_bg.wasm", Stage::Photo),
            ("photo-worker-loader.js", Stage::Photo),
            ("print-worker_bg.wasm", Stage::Print),
            ("print-worker-loader.js", Stage::Print),
            ("pen-ink_bg.wasm", Stage::Pen),
            ("pen-ink.js", Stage::Pen),
            ("pen-loader.js", Stage::Pen),
            ("artwork-worker_bg.wasm", Stage::Artwork),
            ("artwork-worker-loader.js", Stage::Artwork),
            ("campaign/mark.svg", Stage::Artwork),
            ("locales/ur.ftl", Stage::Language),
            ("locales/en-GB.ftl", Stage::NotFetched),
            ("start.js", Stage::FirstScreen),
            ("check.js", Stage::FirstScreen),
            ("fallback/fallback.css", Stage::Fallback),
            ("fallback/ur.html", Stage::Fallback),
            ("embed.js", Stage::Host),
            ("montage/index.html", Stage::Montage),
            ("montage/montage-worker_bg.wasm", Stage::Montage),
            ("campaign/montage-speech-bubble.png", Stage::Montage),
            ("check/index.html", Stage::Check),
            ("check/check-worker_bg.wasm", Stage::Check),
        ] {
            assert_eq!(Stage::of(name), stage, "{name}");
        }
        // The shipped campaign's mark comes drawn ahead, for the first
        // preview; another campaign's layers only with the artwork worker.
        let shipped =
            crate::campaign::Campaign::from_toml(crate::campaign::DEFAULT_CAMPAIGN_TOML).unwrap();
        for (name, stage) in [
            ("campaign/artwork.drawn", Stage::Preview),
            ("campaign/mark.svg", Stage::Preview),
            ("campaign/night-lights.jpg", Stage::Artwork),
            ("artwork-worker_bg.wasm", Stage::Artwork),
            ("render-worker_bg.wasm", Stage::Preview),
            ("index.html", Stage::FirstScreen),
        ] {
            assert_eq!(stage_in(name, Some(&shipped)), stage, "{name}");
        }
        assert_eq!(stage_in("campaign/mark.svg", None), Stage::Artwork);
        let t = stage_table(
            &[FileSizes {
                name: "index.html".into(),
                raw: 2048,
                gzip: 1,
                brotli: 1024,
            }],
            None,
        );
        assert!(
            t.contains("| first screen (editor usable) | 1 | 2.0 KiB | 1.0 KiB |"),
            "{t}"
        );
    }

    #[test]
    fn repetitive_text_compresses_and_brotli_beats_gzip() {
        let text = "I will speak up when I see hate. ".repeat(200);
        let s = measure("a.txt", text.as_bytes()).unwrap();
        assert_eq!(s.raw, text.len() as u64);
        assert!(s.gzip < s.raw / 10, "{s:?}");
        assert!(s.brotli < s.gzip, "{s:?}");
    }

    #[test]
    fn gzip_output_is_a_real_gzip_stream() {
        // Decompress what measure() sized, to prove it sized real output.
        let data = b"No place for hate";
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(data).unwrap();
        let packed = gz.finish().unwrap();
        assert_eq!(measure("x", data).unwrap().gzip, packed.len() as u64);
        let mut back = Vec::new();
        io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&packed[..]), &mut back).unwrap();
        assert_eq!(back, data);
    }

    #[test]
    fn table_lists_each_file_and_totals() {
        let files = vec![
            FileSizes {
                name: "index.html".into(),
                raw: 2048,
                gzip: 1024,
                brotli: 512,
            },
            FileSizes {
                name: "app.wasm".into(),
                raw: 1024,
                gzip: 512,
                brotli: 256,
            },
        ];
        let t = markdown_table(&files);
        assert!(
            t.contains("| index.html | 2048 B (2.0 KiB) | 1024 B (1.0 KiB) | 512 B (0.5 KiB) |"),
            "{t}"
        );
        assert!(
            t.contains("| **total** | 3072 B (3.0 KiB) | 1536 B (1.5 KiB) | 768 B (0.8 KiB) |"),
            "{t}"
        );
    }

    #[test]
    fn measure_dir_walks_subfolders_with_slash_names() {
        let dir = std::env::temp_dir().join(format!("pb-size-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("fonts")).unwrap();
        std::fs::write(dir.join("index.html"), "<p>hi</p>").unwrap();
        std::fs::write(dir.join("fonts/a.bin"), [0u8; 100]).unwrap();
        let names: Vec<_> = measure_dir(&dir)
            .unwrap()
            .into_iter()
            .map(|f| f.name)
            .collect();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(names, ["fonts/a.bin", "index.html"]);
    }
}
