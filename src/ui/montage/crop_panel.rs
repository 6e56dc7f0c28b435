//! The crop of the image the review grid has on focus, offered only for an
//! image that carries no pledge record (perhaps a photo of a paper
//! board): cut to the shape of the other images, to fill its place, around
//! a point the reviewer moves with buttons (a tenth of the image a press),
//! the part kept outlined on the image. A pledge image is always whole.

use super::super::words::use_texts;
use super::state::{Action, Montage};
use crate::montage::crop::{crop_rect, Focus};
use crate::montage::layout::{commonest_shape, Size};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<Montage>,
    pub dispatch: Callback<Action>,
}

/// A length as a percentage of `of`, for CSS.
fn percent(part: u32, of: u32) -> String {
    format!("{:.3}%", part as f64 * 100.0 / of.max(1) as f64)
}

/// The image the panel is for: the one on focus, if it shows and carries
/// no pledge record.
fn photo_on_focus(s: &Montage) -> Option<usize> {
    let i = s.focus.filter(|i| s.shown().contains(i))?;
    s.review.images().get(i)?.record.is_none().then_some(i)
}

/// Where the outline of the part kept goes on image `i`, as CSS
/// percentages (left, top, width, height), if it is cropped.
fn frame_of(s: &Montage, i: usize) -> Option<[String; 4]> {
    let focus = s.review.crop(i)?;
    let sizes: Vec<Size> = s
        .review
        .images()
        .iter()
        .map(|g| Size {
            width: g.tile.width,
            height: g.tile.height,
        })
        .collect();
    let (w, h) = (sizes[i].width, sizes[i].height);
    let r = crop_rect(sizes[i], commonest_shape(&sizes)?, focus);
    Some([
        percent(r.x, w),
        percent(r.y, h),
        percent(r.width, w),
        percent(r.height, h),
    ])
}

#[function_component(CropPanel)]
pub fn crop_panel(p: &Props) -> Html {
    let t = use_texts();
    let frame_ref = use_node_ref();
    let s = &p.state;
    let target = photo_on_focus(s);
    let frame = target.and_then(|i| frame_of(s, i));
    // Placed through the CSSOM: the hosting policy allows no style
    // attributes.
    {
        let frame_ref = frame_ref.clone();
        use_effect_with((target, frame.clone()), move |(_, frame)| {
            if let (Some(el), Some(at)) = (frame_ref.cast::<web_sys::HtmlElement>(), frame) {
                let style = el.style();
                for (name, value) in ["left", "top", "width", "height"].iter().zip(at) {
                    let _ = style.set_property(name, value);
                }
            }
        });
    }
    let Some(i) = target else {
        return html! {};
    };
    let image = &s.review.images()[i];
    let (w, h) = (image.tile.width, image.tile.height);
    let number = i + 1;
    let crop = s.review.crop(i);
    let set = |focus: Option<Focus>| {
        p.dispatch
            .reform(move |_: MouseEvent| Action::Crop(i, focus))
    };
    let toggle = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |_: Event| {
            dispatch.emit(Action::Crop(
                i,
                if crop.is_some() {
                    None
                } else {
                    Some(Focus::CENTRE)
                },
            ))
        })
    };
    let step = Focus::STEP;
    let moves = crop.map(|f| {
        [
            ("montage-crop-left", f.moved(-step, 0)),
            ("montage-crop-right", f.moved(step, 0)),
            ("montage-crop-up", f.moved(0, -step)),
            ("montage-crop-down", f.moved(0, step)),
            ("montage-crop-centre", Focus::CENTRE),
        ]
    });
    html! {
        <section class="crop-panel" aria-labelledby="crop-heading">
            <h3 id="crop-heading">{ t.fmt("montage-crop-heading", &[("number", number.into())]) }</h3>
            <p class="field-hint">{ t.get("montage-crop-hint") }</p>
            <div class="crop-body">
                <div class="crop-preview">
                    <img src={image.tile.url.clone()} width={w.to_string()} height={h.to_string()}
                        alt={t.fmt("montage-crop-preview", &[("number", number.into())])} />
                    if frame.is_some() {
                        <div class="crop-frame" ref={frame_ref} aria-hidden="true"></div>
                    }
                </div>
                <div class="crop-controls">
                    <div class="checkbox">
                        <input type="checkbox" id="crop-on" checked={crop.is_some()} onchange={toggle} />
                        <label for="crop-on">{ t.get("montage-crop") }</label>
                    </div>
                    if let (Some(f), Some(moves)) = (crop, moves) {
                        <div class="crop-moves">
                            { for moves.into_iter().map(|(id, to)| html! {
                                <button type="button" class="button button-secondary"
                                    onclick={set(Some(to))}>
                                    { t.get(id) }
                                </button>
                            }) }
                        </div>
                        <p role="status" class="crop-at">
                            { t.fmt("montage-crop-at", &[("x", f.x.into()), ("y", f.y.into())]) }
                        </p>
                    }
                </div>
            </div>
        </section>
    }
}
