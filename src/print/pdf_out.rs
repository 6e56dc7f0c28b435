//! The PDF itself: pages of paths, written with `pdf-writer`. Drawing is
//! in points from the page's top left (y flipped once, at the start of
//! each page's content); paths come as tiny-skia paths.

use pdf_writer::types::FunctionShadingType;
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, TextStr};
use tiny_skia::{Path, PathSegment};

/// A gradient along a line, from one colour to another.
struct Axial {
    from: [f32; 3],
    to: [f32; 3],
    coords: [f32; 4],
}

/// A PDF being drawn, page by page.
pub struct Document {
    width: f32,
    height: f32,
    pages: Vec<Vec<u8>>,
    content: Content,
    /// Every fill opacity used (in 1/255ths), each an ExtGState `/Gn`.
    alphas: Vec<u8>,
    /// Every gradient, each a shading `/Shn`.
    shadings: Vec<Axial>,
    /// Every picture, each an image `/Imn`.
    pictures: Vec<Picture>,
}

/// A picture as PDF keeps it: its colours (RGB, 8 bits) and, unless it is
/// opaque, its alpha apart, as a soft mask.
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub rgb: Vec<u8>,
    pub alpha: Option<Vec<u8>>,
}

/// A coordinate as written: hundredths are finer than any printer needs,
/// and keep the file small.
fn r(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// A colour component as written.
fn c(v: f32) -> f32 {
    (v * 1000.0).round() / 1000.0
}

impl Document {
    /// A document whose pages are `width` × `height` points.
    pub fn new(width: f32, height: f32) -> Document {
        let mut d = Document {
            width,
            height,
            pages: Vec::new(),
            content: Content::new(),
            alphas: Vec::new(),
            shadings: Vec::new(),
            pictures: Vec::new(),
        };
        d.start_page();
        d
    }

    fn start_page(&mut self) {
        self.content = Content::new();
        self.content
            .transform([1.0, 0.0, 0.0, -1.0, 0.0, self.height]);
    }

    /// Ends the page being drawn; later drawing goes on a new one.
    pub fn end_page(&mut self) {
        let content = std::mem::replace(&mut self.content, Content::new());
        self.pages.push(content.finish().into_vec());
        self.start_page();
    }

    pub fn save(&mut self) {
        self.content.save_state();
    }

    pub fn restore(&mut self) {
        self.content.restore_state();
    }

    /// Maps later drawing: `scale` units per point, from (`x`, `y`).
    pub fn place(&mut self, x: f32, y: f32, scale: f32) {
        self.content.transform([scale, 0.0, 0.0, scale, r(x), r(y)]);
    }

    /// Later drawing only inside this rectangle.
    pub fn clip_rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        self.content
            .rect(r(x), r(y), r(w), r(h))
            .clip_nonzero()
            .end_path();
    }

    /// The path, moved by (`dx`, `dy`), as the current path.
    fn path(&mut self, path: &Path, dx: f32, dy: f32) {
        let k = &mut self.content;
        let mut last = (0.0f32, 0.0f32);
        for seg in path.segments() {
            match seg {
                PathSegment::MoveTo(p) => {
                    k.move_to(r(p.x + dx), r(p.y + dy));
                    last = (p.x, p.y);
                }
                PathSegment::LineTo(p) => {
                    k.line_to(r(p.x + dx), r(p.y + dy));
                    last = (p.x, p.y);
                }
                PathSegment::QuadTo(q, p) => {
                    // A quadratic as the cubic that draws the same curve.
                    let c1 = (
                        last.0 + 2.0 / 3.0 * (q.x - last.0),
                        last.1 + 2.0 / 3.0 * (q.y - last.1),
                    );
                    let c2 = (p.x + 2.0 / 3.0 * (q.x - p.x), p.y + 2.0 / 3.0 * (q.y - p.y));
                    k.cubic_to(
                        r(c1.0 + dx),
                        r(c1.1 + dy),
                        r(c2.0 + dx),
                        r(c2.1 + dy),
                        r(p.x + dx),
                        r(p.y + dy),
                    );
                    last = (p.x, p.y);
                }
                PathSegment::CubicTo(a, b, p) => {
                    k.cubic_to(
                        r(a.x + dx),
                        r(a.y + dy),
                        r(b.x + dx),
                        r(b.y + dy),
                        r(p.x + dx),
                        r(p.y + dy),
                    );
                    last = (p.x, p.y);
                }
                PathSegment::Close => {
                    k.close_path();
                }
            }
        }
    }

    /// Sets the fill colour, and its opacity if it has one (inside a
    /// saved state, which the caller restores).
    fn fill_colour(&mut self, [red, green, blue, alpha]: [f32; 4]) -> bool {
        let translucent = alpha < 1.0;
        if translucent {
            self.content.save_state();
            self.set_opacity(alpha);
        }
        self.content.set_fill_rgb(c(red), c(green), c(blue));
        translucent
    }

    /// Fills `path` (non-zero rule), moved by (`dx`, `dy`).
    pub fn fill(&mut self, path: &Path, dx: f32, dy: f32, colour: [f32; 4]) {
        let saved = self.fill_colour(colour);
        self.path(path, dx, dy);
        self.content.fill_nonzero();
        if saved {
            self.content.restore_state();
        }
    }

    /// Fills the rectangle.
    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, colour: [f32; 4]) {
        let saved = self.fill_colour(colour);
        self.content.rect(r(x), r(y), r(w), r(h)).fill_nonzero();
        if saved {
            self.content.restore_state();
        }
    }

    /// Uses the graphics state of this opacity (one `/Gn` per opacity).
    fn set_opacity(&mut self, alpha: f32) {
        let a = (alpha * 255.0).round() as u8;
        let i = match self.alphas.iter().position(|x| *x == a) {
            Some(i) => i,
            None => {
                self.alphas.push(a);
                self.alphas.len() - 1
            }
        };
        self.content
            .set_parameters(Name(format!("G{i}").as_bytes()));
    }

    /// Strokes `path` `width` wide (in the current units), with its
    /// colour's opacity.
    pub fn stroke(&mut self, path: &Path, width: f32, [red, green, blue, alpha]: [f32; 4]) {
        self.content.save_state();
        if alpha < 1.0 {
            self.set_opacity(alpha);
        }
        self.content
            .set_stroke_rgb(c(red), c(green), c(blue))
            .set_line_width(r(width));
        self.path(path, 0.0, 0.0);
        self.content.stroke();
        self.content.restore_state();
    }

    /// Paints a gradient from `from` at `p0` to `to` at `p1`, continued
    /// beyond both ends, over whatever the clip leaves.
    pub fn gradient(&mut self, from: [f32; 4], to: [f32; 4], p0: (f32, f32), p1: (f32, f32)) {
        self.shadings.push(Axial {
            from: [c(from[0]), c(from[1]), c(from[2])],
            to: [c(to[0]), c(to[1]), c(to[2])],
            coords: [r(p0.0), r(p0.1), r(p1.0), r(p1.1)],
        });
        let name = format!("Sh{}", self.shadings.len() - 1);
        self.content.shading(Name(name.as_bytes()));
    }

    /// Paints `picture` with its top left at (`x`, `y`), one unit per
    /// pixel, at `opacity`.
    pub fn picture(&mut self, picture: Picture, x: f32, y: f32, opacity: f32) {
        let (w, h) = (picture.width as f32, picture.height as f32);
        self.pictures.push(picture);
        self.content.save_state();
        if opacity < 1.0 {
            self.set_opacity(opacity);
        }
        // The image's unit square, its first row at the top (y is flipped).
        self.content.transform([w, 0.0, 0.0, -h, r(x), r(y + h)]);
        let name = format!("Im{}", self.pictures.len() - 1);
        self.content.x_object(Name(name.as_bytes()));
        self.content.restore_state();
    }

    /// Fills set words where they go.
    pub fn fill_outlined(&mut self, o: &crate::render::Outlined, dx: f32, dy: f32) {
        let colour = super::save_ink::paint(&o.colour, false);
        self.fill(&o.path, o.x + dx, o.y + dy, colour);
    }

    /// The whole file: its pages, titled `title`, in language `lang`.
    pub fn finish(self, title: &str, lang: &str) -> Vec<u8> {
        let mut pdf = Pdf::new();
        let catalog = Ref::new(1);
        let tree = Ref::new(2);
        let info = Ref::new(3);
        let resources = Ref::new(4);
        let mut next = 5;
        let mut alloc = || {
            next += 1;
            Ref::new(next - 1)
        };
        let pages: Vec<(Ref, Ref)> = self.pages.iter().map(|_| (alloc(), alloc())).collect();
        let states: Vec<Ref> = self.alphas.iter().map(|_| alloc()).collect();
        let shadings: Vec<(Ref, Ref)> = self.shadings.iter().map(|_| (alloc(), alloc())).collect();
        let pictures: Vec<(Ref, Ref)> = self.pictures.iter().map(|_| (alloc(), alloc())).collect();

        {
            let mut cat = pdf.catalog(catalog);
            cat.pages(tree);
            cat.lang(TextStr(lang));
            // Printed at its size, never shrunk or grown to fit.
            cat.viewer_preferences()
                .pair(Name(b"PrintScaling"), Name(b"None"));
        }
        pdf.pages(tree)
            .kids(pages.iter().map(|(p, _)| *p))
            .count(pages.len() as i32);
        pdf.document_info(info).title(TextStr(title));
        {
            let mut res = pdf
                .indirect(resources)
                .start::<pdf_writer::writers::Resources>();
            {
                let mut g = res.ext_g_states();
                for (i, id) in states.iter().enumerate() {
                    g.pair(Name(format!("G{i}").as_bytes()), *id);
                }
            }
            {
                let mut s = res.shadings();
                for (i, (id, _)) in shadings.iter().enumerate() {
                    s.pair(Name(format!("Sh{i}").as_bytes()), *id);
                }
            }
            {
                let mut x = res.x_objects();
                for (i, (id, _)) in pictures.iter().enumerate() {
                    x.pair(Name(format!("Im{i}").as_bytes()), *id);
                }
            }
        }
        let media = Rect::new(0.0, 0.0, self.width, self.height);
        for ((page, content), bytes) in pages.iter().zip(&self.pages) {
            let mut p = pdf.page(*page);
            p.parent(tree).media_box(media).contents(*content);
            p.pair(Name(b"Resources"), resources);
            p.finish();
            let packed = miniz_oxide::deflate::compress_to_vec_zlib(bytes, 6);
            pdf.stream(*content, &packed).filter(Filter::FlateDecode);
        }
        for (id, a) in states.iter().zip(&self.alphas) {
            let a = c(*a as f32 / 255.0);
            pdf.ext_graphics(*id)
                .non_stroking_alpha(a)
                .stroking_alpha(a);
        }
        for ((id, func), g) in shadings.iter().zip(&self.shadings) {
            let mut sh = pdf.function_shading(*id);
            sh.shading_type(FunctionShadingType::Axial);
            sh.color_space().device_rgb();
            sh.coords(g.coords).function(*func).extend([true, true]);
            sh.finish();
            pdf.exponential_function(*func)
                .domain([0.0, 1.0])
                .c0(g.from)
                .c1(g.to)
                .n(1.0);
        }
        for ((id, mask), p) in pictures.iter().zip(&self.pictures) {
            let packed = miniz_oxide::deflate::compress_to_vec_zlib(&p.rgb, 6);
            let mut image = pdf.image_xobject(*id, &packed);
            image.filter(Filter::FlateDecode);
            image.width(p.width as i32).height(p.height as i32);
            image.color_space().device_rgb();
            image.bits_per_component(8).interpolate(true);
            if p.alpha.is_some() {
                image.s_mask(*mask);
            }
            image.finish();
            if let Some(alpha) = &p.alpha {
                let packed = miniz_oxide::deflate::compress_to_vec_zlib(alpha, 6);
                let mut m = pdf.image_xobject(*mask, &packed);
                m.filter(Filter::FlateDecode);
                m.width(p.width as i32).height(p.height as i32);
                m.color_space().device_gray();
                m.bits_per_component(8).interpolate(true);
            }
        }
        pdf.finish()
    }
}
