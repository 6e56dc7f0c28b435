//! The user interface: Yew function components and the editor's state.
//!
//! State lives in one reducer ([`state::Editor`]), as in Yew's todomvc
//! example; components only render it and dispatch [`state::Action`]s.

mod app;
mod pledge_input;
mod preview;
pub mod state;

pub use app::App;
