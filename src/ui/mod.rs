//! The user interface: Yew function components and the editor's state.
//!
//! State lives in one reducer ([`state::Editor`]), as in Yew's todomvc
//! example; components render it and dispatch [`state::Action`]s, and the
//! browser work they ask for (worker, storage, downloads) goes through
//! `web`. The state is plain Rust and tested natively; the components need
//! a browser.

pub mod check;
pub mod mailto;
pub mod montage;
pub mod state;
pub mod theme;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod board_overlay;
#[cfg(target_arch = "wasm32")]
mod choices;
#[cfg(target_arch = "wasm32")]
mod editor;
#[cfg(target_arch = "wasm32")]
mod ink_panel;
#[cfg(target_arch = "wasm32")]
mod language_picker;
#[cfg(target_arch = "wasm32")]
mod modes;
#[cfg(target_arch = "wasm32")]
mod next_steps;
#[cfg(target_arch = "wasm32")]
mod pen;
#[cfg(target_arch = "wasm32")]
mod photo_drag;
#[cfg(target_arch = "wasm32")]
mod photo_panel;
#[cfg(target_arch = "wasm32")]
mod pledge_input;
#[cfg(target_arch = "wasm32")]
mod preview;
#[cfg(target_arch = "wasm32")]
mod print_panel;
#[cfg(target_arch = "wasm32")]
mod quick_exit;
#[cfg(target_arch = "wasm32")]
mod quotes;
#[cfg(target_arch = "wasm32")]
mod says_input;
#[cfg(target_arch = "wasm32")]
mod use_hand_over;
#[cfg(target_arch = "wasm32")]
mod use_photo;
#[cfg(target_arch = "wasm32")]
mod use_render;
#[cfg(target_arch = "wasm32")]
mod words;

#[cfg(target_arch = "wasm32")]
pub use app::App;
#[cfg(target_arch = "wasm32")]
pub use editor::EditorPage;
