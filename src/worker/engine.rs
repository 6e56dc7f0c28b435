//! What the render worker does with each request, without any browser API:
//! the wasm message loop (`run`) only moves messages and fetches fonts.

use super::protocol::{Problem, RenderJob, Response};
use crate::campaign::Campaign;
use crate::render::fonts::{self, FontFile};
use crate::render::layers::Need;
use crate::render::photo::Photo;
use crate::render::{Image, RenderError, Renderer};
use std::rc::Rc;

/// The worker's state: the campaign and a renderer with the fonts so far.
#[derive(Default)]
pub struct Engine {
    campaign: Option<Rc<Campaign>>,
    renderer: Renderer,
    /// Whether the campaign's artwork drawn ahead has been asked for.
    drawn_tried: bool,
    /// The last job drawn, kept until the page asks for its PNG.
    last: Option<(u32, Image)>,
}

/// What to do next with a job.
#[derive(Debug, PartialEq)]
pub enum Step {
    /// Send this final answer.
    Reply(Response),
    /// Fetch these fonts, add them, then render the job again.
    NeedFonts(Vec<&'static FontFile>),
    /// Get these artwork layers (a file's shape when its size is 0, else
    /// its pixels at that size), add them, then render the job again.
    NeedLayers(Vec<Need>),
    /// Fetch the campaign's brand font (this file, beside the campaign
    /// file), give it, then render the job again.
    NeedBrandFont(String),
}

impl Engine {
    pub fn new() -> Engine {
        Engine::default()
    }

    /// The campaign to draw with (the page has validated it).
    pub fn set_campaign(&mut self, campaign: Rc<Campaign>) {
        self.campaign = Some(campaign);
        self.drawn_tried = false;
    }

    /// The campaign's file of artwork drawn ahead, the first time layers
    /// are needed (once per campaign: what it cannot give, the artwork
    /// worker draws).
    pub fn drawn_to_fetch(&mut self) -> Option<String> {
        if self.drawn_tried {
            return None;
        }
        self.drawn_tried = true;
        self.campaign.as_ref()?.drawn_artwork.clone()
    }

    /// The artwork drawn ahead, each file taken only if its source is now
    /// as it was drawn from (`crc_now`); returns the files taken.
    pub fn give_drawn(
        &mut self,
        files: &[crate::render::drawn::DrawnFile],
        crc_now: impl FnMut(&str) -> Option<u32>,
    ) -> Vec<String> {
        crate::render::drawn::give(&mut self.renderer, files, crc_now)
    }

    /// The campaign's brand font, fetched (`Err`: why it cannot be used).
    pub fn give_brand_font(&mut self, file: &str, bytes: Vec<u8>) -> Result<(), String> {
        self.renderer.set_brand_font(file, bytes)
    }

    /// The photo to draw in boards' frames from now on (`None`: no photo).
    pub fn set_photo(&mut self, photo: Option<Photo>) {
        self.renderer.set_photo(photo);
    }

    pub fn add_font(&mut self, file: &'static FontFile, bytes: Vec<u8>) {
        self.renderer.add_font(file, bytes);
    }

    /// An artwork file's own size ([`Step::NeedLayers`] with size 0).
    pub fn set_layer_shape(&mut self, file: &str, size: (f32, f32)) {
        self.renderer.set_layer_shape(file, size);
    }

    /// An artwork file's pixels at the size asked for (straight RGBA).
    pub fn add_layer(&mut self, need: Need, rgba: &[u8]) -> bool {
        self.renderer.add_layer(need, rgba)
    }

    /// The straight RGBA pixels of the last job drawn (sent with its
    /// [`Response::Drawn`]).
    pub fn last_pixels(&self) -> Option<&[u8]> {
        self.last.as_ref().map(|(_, image)| image.rgba.as_slice())
    }

    /// The PNG of job `id`, exactly what a download saves, if it is the
    /// last one drawn (a newer drawing replaces it: the page asks again).
    pub fn encode(&self, id: u32) -> Option<Response> {
        let (last, image) = self.last.as_ref()?;
        (*last == id).then(|| Response::Encoded {
            id,
            png: image.to_png(),
        })
    }

    /// Renders the job, or says which fonts it needs first. Once drawn,
    /// the image is kept ([`Engine::last_pixels`], [`Engine::encode`]).
    pub fn render(&mut self, job: &RenderJob) -> Step {
        let id = job.id;
        let Some(campaign) = &self.campaign else {
            return Step::Reply(Response::Failed {
                id,
                problem: Problem::Campaign("the worker has not been given the campaign".into()),
            });
        };
        match self
            .renderer
            .render(campaign, &job.board, &job.size, &job.pledge)
        {
            Ok(image) => {
                let (width, height) = (image.width, image.height);
                self.last = Some((id, image));
                Step::Reply(Response::Drawn { id, width, height })
            }
            Err(RenderError::MissingFonts(files)) => Step::NeedFonts(
                files
                    .iter()
                    .filter_map(|f| fonts::ALL.iter().copied().find(|k| k.file == *f))
                    .collect(),
            ),
            Err(RenderError::MissingLayers(needs)) => Step::NeedLayers(needs),
            Err(RenderError::MissingBrandFont(file)) => Step::NeedBrandFont(file),
            Err(RenderError::TooLong { chars, limit }) => {
                Step::Reply(Response::TooLong { id, chars, limit })
            }
            Err(e) => Step::Reply(Response::Failed {
                id,
                problem: Problem::Other(e.to_string()),
            }),
        }
    }
}

/// Checks that font bytes are a font the engine can use (a failed fetch can
/// hand over an error page instead): a TrueType or OpenType signature.
pub fn looks_like_font(bytes: &[u8]) -> bool {
    matches!(
        bytes.get(..4),
        Some([0, 1, 0, 0]) | Some(b"OTTO") | Some(b"true")
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::campaign::DEFAULT_CAMPAIGN_TOML;
    use crate::render::Pledge;

    fn font_bytes(f: &FontFile) -> Vec<u8> {
        std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("static/fonts")
                .join(f.file),
        )
        .unwrap()
    }

    fn job(text: &str) -> RenderJob {
        RenderJob {
            id: 7,
            board: "purple-dawn".into(),
            size: "square".into(),
            pledge: Pledge::new(text),
        }
    }

    #[test]
    fn asks_for_each_font_then_renders_the_same_png_as_the_renderer() {
        let mut e = Engine::new();
        e.set_campaign(Rc::new(Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap()));
        let j = job("Together — نفرت کی کوئی جگہ نہیں");
        assert_eq!(
            e.render(&j),
            Step::NeedFonts(vec![&fonts::LATIN, &fonts::URDU])
        );
        e.add_font(&fonts::LATIN, font_bytes(&fonts::LATIN));
        assert_eq!(e.render(&j), Step::NeedFonts(vec![&fonts::URDU]));
        e.add_font(&fonts::URDU, font_bytes(&fonts::URDU));
        // Then the board's mark, taken from the artwork drawn ahead.
        let Step::NeedLayers(needs) = e.render(&j) else {
            panic!("the mark was not asked for")
        };
        assert_eq!(needs[0].file, "campaign/mark.svg");
        assert_eq!(take_drawn(&mut e), vec!["campaign/mark.svg".to_string()]);
        assert_eq!(e.drawn_to_fetch(), None, "fetched once");
        let Step::Reply(Response::Drawn { id, width, height }) = e.render(&j) else {
            panic!("expected a render");
        };
        assert_eq!((id, width, height), (7, 1080, 1080));
        assert_eq!(e.encode(6), None, "only the last job drawn is encoded");
        let Some(Response::Encoded { id: 7, png }) = e.encode(7) else {
            panic!("no PNG for the job drawn");
        };
        // The same bytes as the mark drawn now, from its SVG.
        let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
        let mut r = Renderer::with_fonts_from(&static_dir().join("fonts")).unwrap();
        crate::artwork::prepare_from(&mut r, &c, &static_dir()).unwrap();
        let direct = r.render(&c, "purple-dawn", "square", &j.pledge).unwrap();
        assert_eq!(png, direct.to_png());
        // The pixels sent to be shown are the PNG's.
        assert_eq!(e.last_pixels(), Some(direct.rgba.as_slice()));
    }

    fn static_dir() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static")
    }

    /// What the worker does with the campaign's artwork drawn ahead, the
    /// files read from `static/` as they are now.
    fn take_drawn(e: &mut Engine) -> Vec<String> {
        let file = e
            .drawn_to_fetch()
            .expect("the campaign names its drawn artwork");
        let files =
            crate::render::drawn::decode(&std::fs::read(static_dir().join(file)).unwrap()).unwrap();
        e.give_drawn(&files, |f| {
            std::fs::read(static_dir().join(f))
                .ok()
                .map(|b| crate::render::drawn::source_crc(&b))
        })
    }

    #[test]
    fn artwork_drawn_from_another_file_than_the_one_there_now_is_not_taken() {
        let mut e = Engine::new();
        e.set_campaign(Rc::new(Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap()));
        e.add_font(&fonts::LATIN, font_bytes(&fonts::LATIN));
        let j = job("Together");
        let file = e.drawn_to_fetch().unwrap();
        let files =
            crate::render::drawn::decode(&std::fs::read(static_dir().join(file)).unwrap()).unwrap();
        // The SVG was changed since it was drawn: its CRC differs.
        let given = e.give_drawn(&files, |_| Some(0x1234_5678));
        assert!(given.is_empty());
        let Step::NeedLayers(needs) = e.render(&j) else {
            panic!("the mark should still be needed")
        };
        assert_eq!(needs[0].file, "campaign/mark.svg");
        // A new campaign is tried afresh.
        e.set_campaign(Rc::new(Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap()));
        assert_eq!(take_drawn(&mut e).len(), 1);
        assert!(matches!(e.render(&j), Step::Reply(Response::Drawn { .. })));
    }

    #[test]
    fn a_brand_font_is_asked_for_first_and_a_bad_one_refused() {
        let mut e = Engine::new();
        let mut c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
        let file = "brand/DejaVuSerif-Bold-Latin.ttf";
        c.brand_font = Some(file.into());
        e.set_campaign(Rc::new(c));
        e.add_font(&fonts::LATIN, font_bytes(&fonts::LATIN));
        take_drawn(&mut e);
        let j = job("Together");
        assert_eq!(e.render(&j), Step::NeedBrandFont(file.into()));
        let e_bad = e.give_brand_font(file, b"<!doctype html>".to_vec());
        assert_eq!(e_bad, Err("it is not a TrueType or OpenType font".into()));
        assert_eq!(e.render(&j), Step::NeedBrandFont(file.into()));
        let bytes = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(file),
        )
        .unwrap();
        e.give_brand_font(file, bytes).unwrap();
        assert!(matches!(e.render(&j), Step::Reply(Response::Drawn { .. })));
    }

    #[test]
    fn too_long_and_unknown_board_are_final_answers() {
        let mut e = Engine::new();
        e.set_campaign(Rc::new(Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap()));
        e.add_font(&fonts::LATIN, font_bytes(&fonts::LATIN));
        take_drawn(&mut e);
        let long = job(&"hate has no home here ".repeat(13));
        match e.render(&long) {
            Step::Reply(r @ Response::TooLong { .. }) => assert!(r.is_final()),
            other => panic!("{other:?}"),
        }
        let mut bad = job("x");
        bad.board = "nope".into();
        match e.render(&bad) {
            Step::Reply(Response::Failed {
                id: 7,
                problem: Problem::Other(m),
            }) => {
                assert!(m.contains("nope"), "{m}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn without_a_campaign_jobs_fail_saying_so() {
        let mut e = Engine::new();
        match e.render(&job("x")) {
            Step::Reply(Response::Failed {
                problem: Problem::Campaign(_),
                ..
            }) => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn only_font_files_pass_the_signature_check() {
        assert!(looks_like_font(&font_bytes(&fonts::LATIN)));
        assert!(!looks_like_font(b"<!DOCTYPE html>"));
        assert!(!looks_like_font(b""));
    }

    #[test]
    fn asks_for_each_layer_then_renders_the_same_png_as_the_renderer() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/harbour-lights");
        let c = Campaign::from_toml(&std::fs::read_to_string(dir.join("campaign.toml")).unwrap())
            .unwrap();
        let mut e = Engine::new();
        e.set_campaign(Rc::new(c.clone()));
        for f in fonts::ALL {
            e.add_font(f, font_bytes(f));
        }
        let job = RenderJob {
            id: 3,
            board: "lights".into(),
            size: "story".into(),
            pledge: Pledge::new("Everyone is welcome here."),
        };
        let read = |file: &str| {
            crate::artwork::Art::read(&std::fs::read(dir.join(file)).unwrap()).unwrap()
        };
        // First the campaign's brand font, then the files' shapes, then
        // their pixels, then the image.
        let font = c.brand_font.clone().unwrap();
        assert_eq!(e.render(&job), Step::NeedBrandFont(font.clone()));
        e.give_brand_font(&font, std::fs::read(dir.join(&font)).unwrap())
            .unwrap();
        let Step::NeedLayers(shapes) = e.render(&job) else {
            panic!("no layers asked for")
        };
        assert_eq!(shapes.len(), 4);
        assert!(shapes.iter().all(|n| n.width == 0));
        for n in shapes {
            e.set_layer_shape(&n.file, read(&n.file).own_size());
        }
        let Step::NeedLayers(pixels) = e.render(&job) else {
            panic!("no pixels asked for")
        };
        assert!(pixels.iter().all(|n| n.width > 0 && n.height > 0));
        for n in pixels {
            let rgba = read(&n.file).pixels(n.width, n.height).unwrap();
            assert!(e.add_layer(n, &rgba));
        }
        let Step::Reply(Response::Drawn { id, .. }) = e.render(&job) else {
            panic!("not rendered")
        };
        let Some(Response::Encoded { png, .. }) = e.encode(id) else {
            panic!("not encoded")
        };
        let mut r = Renderer::with_fonts_from(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/fonts"),
        )
        .unwrap();
        crate::artwork::prepare_from(&mut r, &c, &dir).unwrap();
        let direct = r.render(&c, "lights", "story", &job.pledge).unwrap();
        assert_eq!(png, direct.to_png());
    }
}
