//! The browser entry point: mounts the Yew app into `<body>`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<pledge_board::ui::App>::new().render();
}
