//! The harness must catch what it claims to catch, or every other test here
//! could pass while the app is broken.

use crate::harness::{open_app, Browser, StaticServer};

#[tokio::test]
async fn harness_catches_console_errors_exceptions_and_failed_requests() {
    let (server, browser) = open_app(800, 600).await;
    browser.by_role("heading", "Make your pledge").await;
    assert!(browser.console_errors().await.is_empty());

    browser
        .js("console.error('deliberate console error'); return null")
        .await;
    browser.js("setTimeout(() => { throw new Error('deliberate uncaught exception') }, 0); return null").await;
    browser.js("fetch('/no-such-file.txt'); return null").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;

    let errors = browser.console_errors().await.join("\n");
    assert!(errors.contains("deliberate console error"), "{errors}");
    assert!(errors.contains("deliberate uncaught exception"), "{errors}");
    assert!(errors.contains("404"), "{errors}");
    assert!(server
        .failed_requests()
        .iter()
        .any(|r| r.path == "/no-such-file.txt" && r.status == 404));
    browser.close().await;
}

#[tokio::test]
async fn by_role_uses_the_accessibility_tree_not_the_markup() {
    let (_server, browser) = open_app(800, 600).await;
    browser.by_role("textbox", "Your pledge").await;
    // Break the label's association: the textbox must lose its name.
    browser
        .js("document.querySelector('label[for=pledge-text]').htmlFor = 'nothing'; return null")
        .await;
    let named: Vec<String> = browser
        .all_by_role("textbox")
        .await
        .into_iter()
        .map(|(_, name)| name)
        .collect();
    assert!(
        !named.iter().any(|n| n == "Your pledge"),
        "still named: {named:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn harness_sees_requests_to_other_origins() {
    // Without the hosting policy, which would stop these before they left.
    let server = StaticServer::serve_dist();
    server.set_policy(String::new());
    let browser = Browser::start(800, 600).await;
    browser.goto(&server.url("/")).await;
    browser.by_role("heading", "Make your pledge").await;
    assert_eq!(browser.foreign_requests(), Vec::<String>::new());
    browser
        .js("fetch('https://example.org/track.gif').catch(() => {}); \
             new Image().src = 'http://tracker.example.net/p.gif'; \
             const l = document.createElement('link'); l.rel = 'stylesheet'; \
             l.href = 'https://fonts.googleapis.com/css2?family=Noto+Sans'; \
             document.head.append(l); return null")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    let seen = browser.foreign_requests().join("\n");
    assert!(seen.contains("example.org:443"), "{seen}");
    assert!(seen.contains("tracker.example.net"), "{seen}");
    assert!(seen.contains("fonts.googleapis.com:443"), "{seen}");
    browser.close().await;
}

#[tokio::test]
async fn axe_reports_an_unlabelled_control() {
    let (_server, browser) = open_app(800, 600).await;
    browser.by_role("textbox", "Your pledge").await;
    browser.assert_accessible("as loaded").await;
    browser
        .js("const i = document.createElement('input'); document.querySelector('main').append(i); return null")
        .await;
    let v = browser.axe_violations().await.join("\n");
    assert!(v.contains("label"), "{v}");
    browser.close().await;
}

#[tokio::test]
async fn the_hosting_policy_is_served_and_its_violations_are_counted() {
    let (server, browser) = open_app(800, 600).await;
    browser.by_role("heading", "Make your pledge").await;
    assert_eq!(browser.csp_violations().await, Vec::<String>::new());
    // What the policy forbids: an inline style, a foreign image.
    browser
        .js(
            "document.querySelector('h1').setAttribute('style', 'color: red');
             new Image().src = 'https://example.org/pixel.gif';
             return null",
        )
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let seen = browser.csp_violations().await.join("\n");
    assert!(seen.contains("style-src-attr"), "{seen}");
    assert!(
        seen.contains("img-src https://example.org/pixel.gif"),
        "{seen}"
    );
    // Blocked before it left: the trap saw nothing.
    assert_eq!(browser.foreign_requests(), Vec::<String>::new());
    drop(server);
    browser.close().await;
}

/// A browser keeps up to six connections open to a server and may send a
/// page's next request on any of them: every connection is answered,
/// however many others are still open (tiny_http, used before, could leave
/// a new connection waiting until an older one closed, and a page then
/// never finished loading).
#[test]
fn the_test_server_answers_every_open_connection() {
    use std::io::{Read, Write};
    use std::net::TcpStream;
    use std::time::Duration;
    let server = StaticServer::serve_dist();
    let address = format!("127.0.0.1:{}", server.origin().rsplit(':').next().unwrap());
    // All connected at once, then each asked in turn while all stay open.
    let mut open: Vec<TcpStream> = (0..8)
        .map(|_| TcpStream::connect(&address).expect("connect"))
        .collect();
    for (i, stream) in open.iter_mut().enumerate() {
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET /check.js HTTP/1.1\r\nHost: {address}\r\nConnection: keep-alive\r\n\r\n"
        )
        .unwrap();
        let mut head = [0u8; 12];
        stream
            .read_exact(&mut head)
            .unwrap_or_else(|e| panic!("connection {i} of 8 not answered: {e}"));
        assert_eq!(&head, b"HTTP/1.1 200", "connection {i}");
    }
    let asked = server.requests().len();
    assert_eq!(asked, 8, "{:?}", server.requests());
}
