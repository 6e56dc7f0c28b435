// Pledge Board: fits the editor's iframe to the editor, on the page that
// shows it. Add it once to that page, from the editor's own address:
//
//   <script src="https://pledge.example.org/embed.js" defer></script>
//
// It sizes every <iframe data-pledge-board> by the height the editor
// reports, so the iframe has no scrollbar of its own. It believes only a
// message that comes from that very iframe, at the iframe's own origin;
// anything else is ignored. As this page scrolls, it tells the editor how
// much of it is above the window, so that "Exit this page" stays in view.
// No library, no cookies, no requests.
(function () {
  "use strict";
  var MESSAGE = "pledge-board:height";
  var VIEWPORT = "pledge-board:viewport";

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== MESSAGE) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 1 || height > 100000) return;
    var frames = document.querySelectorAll("iframe[data-pledge-board]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source === frame.contentWindow && event.origin === originOf(frame)) {
        frame.style.height = Math.ceil(height) + "px";
        tellViewport();
        return;
      }
    }
  });

  // How far each editor's top is above the window, sent to that editor's
  // own origin only; at most once a frame.
  var pending = false;
  function tellViewport() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      var frames = document.querySelectorAll("iframe[data-pledge-board]");
      for (var i = 0; i < frames.length; i++) {
        var frame = frames[i];
        var origin = originOf(frame);
        if (!origin || !frame.contentWindow) continue;
        var above = Math.max(0, -frame.getBoundingClientRect().top);
        frame.contentWindow.postMessage({ type: VIEWPORT, top: above }, origin);
      }
    });
  }
  window.addEventListener("scroll", tellViewport, { passive: true });
  window.addEventListener("resize", tellViewport, { passive: true });
})();
