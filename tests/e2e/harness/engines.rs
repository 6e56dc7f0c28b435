//! The three browser engines the end-to-end tests run in, and how each one's
//! WebDriver is started and asked for a session:
//!
//! - **Chromium**: Debian's `chromium` through `chromedriver`, headless;
//! - **Firefox**: Debian's `firefox-esr` through `geckodriver` (crates.io),
//!   headless;
//! - **WebKit**, Safari's engine: Debian's WebKitGTK `MiniBrowser` through
//!   `WebKitWebDriver`, in a display of its own (`Xvfb`), as it cannot run
//!   headless.
//!
//! In each, every request to another origin goes to the harness's trap
//! (a proxy that records and refuses), downloads go to a folder of the
//! test's, and the browser's preferred languages are set where the engine
//! lets a driver set them.

use serde_json::{json, Map, Value};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }
}

/// How a test wants its browser.
#[derive(Clone, Debug)]
pub struct Options {
    pub width: u32,
    pub height: u32,
    /// A phone's touch screen (Chromium's device emulation only).
    pub touch: bool,
    /// The browser's preferred languages, e.g. "gu-IN,gu,en".
    pub languages: String,
    /// Whether pages may run JavaScript (each engine's own setting).
    pub javascript: bool,
}

/// A running WebDriver, the display it draws on (WebKit), and the
/// capabilities to ask it for a session with.
pub(super) struct Started {
    pub driver: Child,
    pub display: Option<Child>,
    pub capabilities: Map<String, Value>,
}

/// The flags every headless Chromium here starts with (DEVELOPERS.md).
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    // Chromium's own background traffic (network time, autofill hints,
    // sign-in, updates), so that any request the trap sees is the page's.
    "--disable-features=NetworkTimeServiceQuerying,AutofillServerCommunication,OptimizationHints,MediaRouter,Translate,AccountConsistency,SigninInterceptBubbleV2",
    "--disable-client-side-phishing-detection",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-extensions",
    "--no-pings",
    "--no-default-browser-check",
];

/// Hosts Chromium's own services contact in these tests whatever the flags
/// (updates, sign-in, component downloads), never the page. Only these exact
/// services: a page request to, say, fonts.googleapis.com still hits the trap.
const CHROMIUM_OWN_HOSTS: &[&str] = &[
    "update.googleapis.com",
    "accounts.google.com",
    "*.gvt1.com",
    "clients2.google.com",
    "clients2.googleusercontent.com",
    "content-autofill.googleapis.com",
    "optimizationguide-pa.googleapis.com",
    "safebrowsing.googleapis.com",
];

/// Firefox's own background services, turned off so that any request the
/// trap sees is the page's (geckodriver already quietens most).
fn firefox_quiet_prefs() -> Value {
    json!({
        "app.update.disabledForTesting": true,
        "app.normandy.enabled": false,
        "browser.safebrowsing.malware.enabled": false,
        "browser.safebrowsing.phishing.enabled": false,
        "browser.safebrowsing.downloads.enabled": false,
        "browser.safebrowsing.downloads.remote.enabled": false,
        "browser.safebrowsing.blockedURIs.enabled": false,
        "browser.safebrowsing.provider.mozilla.updateURL": "",
        "browser.newtabpage.enabled": false,
        "browser.newtabpage.activity-stream.feeds.system.topstories": false,
        "browser.newtabpage.activity-stream.feeds.snippets": false,
        "browser.ping-centre.telemetry": false,
        "browser.region.network.url": "",
        "browser.region.update.enabled": false,
        "browser.search.geoip.url": "",
        "browser.search.update": false,
        "browser.startup.page": 0,
        "browser.topsites.contile.enabled": false,
        "browser.urlbar.suggest.quicksuggest.sponsored": false,
        "datareporting.healthreport.uploadEnabled": false,
        "datareporting.policy.dataSubmissionEnabled": false,
        "dom.push.connection.enabled": false,
        "dom.push.serverURL": "",
        "extensions.getAddons.cache.enabled": false,
        "extensions.update.enabled": false,
        "extensions.blocklist.enabled": false,
        "extensions.systemAddon.update.enabled": false,
        "messaging-system.rsexperimentloader.enabled": false,
        "network.captive-portal-service.enabled": false,
        "network.connectivity-service.enabled": false,
        "network.dns.disablePrefetch": true,
        "network.prefetch-next": false,
        "network.predictor.enabled": false,
        "network.trr.mode": 5,
        "services.settings.server": "http://127.0.0.1:9/",
        "toolkit.telemetry.enabled": false,
        "toolkit.telemetry.server": "",
        "toolkit.telemetry.unified": false,
        "identity.fxaccounts.enabled": false,
        "privacy.query_stripping.enabled": false,
    })
}

/// The W3C proxy capability: everything but loopback to the trap.
fn proxy_to(trap_port: u16) -> Value {
    let trap = format!("127.0.0.1:{trap_port}");
    json!({
        "proxyType": "manual",
        "httpProxy": trap,
        "sslProxy": trap,
        "noProxy": ["127.0.0.1", "localhost"],
    })
}

/// Starts the engine's WebDriver on `port` and says how to ask it for a
/// session.
pub(super) fn start(
    engine: Engine,
    port: u16,
    downloads: &Path,
    trap_port: u16,
    options: &Options,
) -> Started {
    match engine {
        Engine::Chromium => chromium(port, downloads, trap_port, options),
        Engine::Firefox => firefox(port, downloads, trap_port, options),
        Engine::WebKit => webkit(port, trap_port, options),
    }
}

/// The folder of the session on `port`: the driver's `TMPDIR` (where
/// chromedriver and geckodriver make the browser's profile) and the
/// downloads. [`super::processes::Driver`] removes it when it lets go, so
/// killed sessions leave no profiles behind (each ~100 MB).
pub(super) fn scratch(port: u16) -> PathBuf {
    std::env::temp_dir().join(format!("pledge-e2e-{port}"))
}

/// The driver's temporary folder, inside [`scratch`].
fn driver_tmp(port: u16) -> String {
    scratch(port).join("tmp").to_string_lossy().into_owned()
}

/// Where the WebDriver on `port` writes what it and its browser print:
/// read back when a start fails (`Browser::start_with`).
pub(super) fn driver_log(port: u16) -> PathBuf {
    std::env::temp_dir().join(format!("pledge-e2e-driver-{port}.log"))
}

/// The driver's output, into its log (or nowhere if that cannot be made).
fn to_log(port: u16) -> (Stdio, Stdio) {
    match std::fs::File::create(driver_log(port)).and_then(|f| Ok((f.try_clone()?, f))) {
        Ok((a, b)) => (a.into(), b.into()),
        Err(_) => (Stdio::null(), Stdio::null()),
    }
}

fn spawn(program: &str, port: u16, args: &[String], envs: &[(&str, &str)], how: &str) -> Child {
    let mut command = Command::new(program);
    let (out, err) = to_log(port);
    command
        .args(args)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err);
    command.envs(envs.iter().copied());
    command.env("TMPDIR", driver_tmp(port));
    command
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}; {how}"))
}

fn chromium(port: u16, downloads: &Path, trap_port: u16, options: &Options) -> Started {
    let driver_path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let driver = spawn(
        &driver_path,
        port,
        &[format!("--port={port}")],
        &[],
        "install it with `scripts/setup.sh test`",
    );
    let Options {
        width,
        height,
        touch,
        languages,
        javascript,
    } = options;
    let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| s.to_string()).collect();
    args.push(format!("--window-size={width},{height}"));
    let first = languages.split(',').next().unwrap_or("en-GB");
    args.push(format!("--lang={first}"));
    args.push(format!("--accept-lang={languages}"));
    // Every request not to loopback goes to the trap (Chromium never
    // proxies loopback), so a request to any other origin is seen.
    args.push(format!("--proxy-server=http://127.0.0.1:{trap_port}"));
    // Hosts Chromium itself calls whatever the flags (its updater and
    // sign-in): sent nowhere (port 9 on loopback) instead of to the trap.
    args.push(format!(
        "--proxy-bypass-list={}",
        CHROMIUM_OWN_HOSTS.join(";")
    ));
    args.push(format!(
        "--host-resolver-rules={}",
        CHROMIUM_OWN_HOSTS
            .iter()
            .map(|h| format!("MAP {h} 127.0.0.1:9"))
            .collect::<Vec<_>>()
            .join(",")
    ));
    let mut chrome = json!({
        "binary": std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into()),
        "args": args,
        "prefs": {
            "download.default_directory": downloads,
            "download.prompt_for_download": false,
            "intl.accept_languages": languages,
        },
    });
    if !javascript {
        // Settings, Privacy and security, Site settings, JavaScript: off.
        chrome["prefs"]["profile.managed_default_content_settings.javascript"] = json!(2);
    }
    if *touch {
        chrome["mobileEmulation"] = json!({
            "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "touch": true },
        });
    }
    let mut caps = Map::new();
    caps.insert("browserName".into(), json!("chrome"));
    caps.insert("goog:chromeOptions".into(), chrome);
    caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
    Started {
        driver,
        display: None,
        capabilities: caps,
    }
}

fn firefox(port: u16, downloads: &Path, trap_port: u16, options: &Options) -> Started {
    assert!(
        !options.touch,
        "Firefox: no touch-screen emulation through WebDriver"
    );
    let driver_path = std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".into());
    // A BiDi port of its own, so that drivers started at once never share one.
    let bidi = super::browser::free_port();
    let driver = spawn(
        &driver_path,
        port,
        &[
            "--host".into(),
            "127.0.0.1".into(),
            "--port".into(),
            port.to_string(),
            "--websocket-port".into(),
            bidi.to_string(),
        ],
        // Firefox honours `services.settings.server` (below) only with this
        // set; otherwise its remote settings call Mozilla whatever the prefs.
        &[("MOZ_REMOTE_SETTINGS_DEVTOOLS", "1")],
        "install it with `scripts/setup.sh test`",
    );
    let mut prefs = firefox_quiet_prefs();
    let extra = json!({
        "browser.download.folderList": 2,
        "browser.download.dir": downloads,
        "browser.download.useDownloadDir": true,
        "browser.download.always_ask_before_handling_new_types": false,
        "browser.download.start_downloads_in_tmp_dir": false,
        "browser.download.alwaysOpenPanel": false,
        "browser.download.panel.shown": true,
        "browser.helperApps.neverAsk.saveToDisk": "image/png",
        "intl.accept_languages": options.languages,
        "intl.locale.requested": options.languages.split(',').next().unwrap_or("en-GB"),
        // Loopback is never sent to the proxy (the trap), as in Chromium.
        "network.proxy.allow_hijacking_localhost": false,
        // The harness opens its narrow popup window from script.
        "dom.disable_open_during_load": false,
        // about:config's switch for page scripts (WebDriver's own still run).
        "javascript.enabled": options.javascript,
    });
    for (k, v) in extra.as_object().unwrap() {
        prefs[k] = v.clone();
    }
    let mut caps = Map::new();
    caps.insert("browserName".into(), json!("firefox"));
    caps.insert(
        "moz:firefoxOptions".into(),
        json!({
            "binary": std::env::var("FIREFOX_BIN").unwrap_or_else(|_| "/usr/bin/firefox-esr".into()),
            "args": ["-headless"],
            "prefs": prefs,
        }),
    );
    caps.insert("proxy".into(), proxy_to(trap_port));
    Started {
        driver,
        display: None,
        capabilities: caps,
    }
}

/// Where Debian's libwebkit2gtk-4.1-0 puts its MiniBrowser.
pub fn minibrowser() -> String {
    std::env::var("MINIBROWSER")
        .unwrap_or_else(|_| "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into())
}

fn webkit(port: u16, trap_port: u16, options: &Options) -> Started {
    assert!(
        !options.touch,
        "WebKitGTK: no touch-screen emulation through WebDriver"
    );
    let (xvfb, display) = start_display();
    let driver_path = std::env::var("WEBKITWEBDRIVER").unwrap_or_else(|_| "WebKitWebDriver".into());
    let mut command = Command::new(&driver_path);
    command
        .arg(format!("--port={port}"))
        .env("TMPDIR", driver_tmp(port))
        .env("DISPLAY", &display)
        // No desktop session: no accessibility bus or portal to look for.
        .env("NO_AT_BRIDGE", "1")
        .env("GTK_USE_PORTAL", "0")
        // glib's list of languages ("gu_IN:gu:en"), which WebKitGTK may read.
        .env(
            "LANGUAGE",
            options
                .languages
                .split(',')
                .map(|l| l.replace('-', "_"))
                .collect::<Vec<_>>()
                .join(":"),
        )
        .stdin(Stdio::null());
    let (out, err) = to_log(port);
    command.stdout(out).stderr(err);
    let driver = command.spawn().unwrap_or_else(|e| {
        panic!("cannot start {driver_path}: {e}; install it with `scripts/setup.sh test`")
    });
    let mut caps = Map::new();
    caps.insert("browserName".into(), json!("MiniBrowser"));
    caps.insert(
        "webkitgtk:browserOptions".into(),
        json!({
            "binary": minibrowser(),
            // Full screen: no toolbar, so the window is all page; its
            // narrowest is then 334 CSS pixels (GTK will not go below).
            "args": if options.javascript {
                json!(["--automation", "--full-screen"])
            } else {
                json!(["--automation", "--full-screen", "--enable-javascript=false"])
            },
        }),
    );
    caps.insert("proxy".into(), proxy_to(trap_port));
    Started {
        driver,
        display: Some(xvfb),
        capabilities: caps,
    }
}

/// Starts a virtual X display of its own (Xvfb picks a free number).
fn start_display() -> (Child, String) {
    let mut xvfb = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1920x1200x24",
            "-nolisten",
            "tcp",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start Xvfb: {e}; install it with `scripts/setup.sh test`")
        });
    let mut line = String::new();
    BufReader::new(xvfb.stdout.take().unwrap())
        .read_line(&mut line)
        .expect("Xvfb says its display");
    let number = line.trim();
    assert!(!number.is_empty(), "Xvfb did not start");
    (xvfb, format!(":{number}"))
}
