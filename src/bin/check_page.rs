//! The check page's entry point: mounts the staff page into `<body>`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<pledge_board::ui::check::CheckApp>::new().render();
}
