//! The harness must catch in every engine what it claims to catch, or a
//! journey could pass there while the app is broken: console errors and
//! uncaught exceptions (the probe), requests to other origins (the trap),
//! Content-Security-Policy violations (the probe), failed requests (the
//! server), and elements found by their computed role and name.

use super::in_every_engine;
use crate::harness::{open_app_in, Engine};
use std::time::Duration;

async fn catches_what_goes_wrong(engine: Engine) {
    let (server, b) = open_app_in(engine, 800, 600).await;
    b.by_role("heading", "Make your pledge").await;
    assert_eq!(b.console_errors().await, Vec::<String>::new());
    assert_eq!(b.csp_violations().await, Vec::<String>::new());

    // Faults raised by a script of the page's own (see `fault.js`).
    b.js(
        "const s = document.createElement('script'); s.src = '/__e2e/fault.js';
          document.head.append(s); fetch('/no-such-file.txt'); return null",
    )
    .await;
    // Blocked by the hosting policy: an inline style and a foreign image.
    b.js(
        "const d = document.createElement('div'); d.setAttribute('style', 'color: red');
          document.body.append(d);
          const i = new Image(); i.src = 'https://example.org/pixel.png'; document.body.append(i);
          return null",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(800)).await;

    let errors = b.console_errors().await.join("\n");
    for wanted in [
        "deliberate console error",
        "deliberate uncaught exception",
        "deliberate rejection",
    ] {
        assert!(
            errors.contains(wanted),
            "{}: {wanted} not seen in {errors}",
            engine.name()
        );
    }
    assert!(server
        .failed_requests()
        .iter()
        .any(|r| r.path == "/no-such-file.txt" && r.status == 404));
    let csp = b.csp_violations().await.join("\n");
    assert!(csp.contains("style-src"), "{}: {csp}", engine.name());
    assert!(
        csp.contains("img-src https://example.org/pixel.png"),
        "{}: {csp}",
        engine.name()
    );
    // The policy stopped the image before it left.
    assert_eq!(b.foreign_requests(), Vec::<String>::new());

    // Without the policy, the same image reaches the trap.
    server.set_policy(String::new());
    b.reload().await;
    b.by_role("heading", "Make your pledge").await;
    b.js("const i = new Image(); i.src = 'http://example.org/pixel.png'; document.body.append(i); return null")
        .await;
    let seen = b
        .look_until(
            Duration::from_secs(5),
            |seen: &Vec<String>| !seen.is_empty(),
            async || b.foreign_requests(),
        )
        .await
        .join("\n");
    assert!(
        seen.contains("example.org"),
        "{}: the trap saw {seen:?}",
        engine.name()
    );

    // Found by role and name from the accessibility tree, not the markup.
    b.by_role("textbox", "Your pledge").await;
    b.js("document.querySelector('label[for=pledge-text]').htmlFor = 'nothing'; return null")
        .await;
    let named: Vec<String> = b
        .all_by_role("textbox")
        .await
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    assert!(
        !named.iter().any(|n| n == "Your pledge"),
        "still named: {named:?}"
    );
    b.close().await;
}
in_every_engine!(
    the_harness_catches_errors_violations_and_foreign_requests,
    catches_what_goes_wrong
);
