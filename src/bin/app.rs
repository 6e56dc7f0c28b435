//! The browser entry point: mounts the Yew app into `<body>`, a task
//! after the wasm is instantiated, so that the compiled module's
//! instantiation and the app's first render are not one long task on a
//! slow phone (BENCHMARKS.md: the editor's start).

fn main() {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async {
        pledge_board::web::page::next_task().await;
        yew::Renderer::<pledge_board::ui::App>::new().render();
    });
}
