// A fresh headless Chromium (Debian's, through puppeteer-core from
// Lighthouse's own dependencies) with a new profile, and one page in a
// phone's viewport with its CPU slowed `slowdown` times and `watch` run
// before any of the page's scripts. Shared by scripts/start-profile.js and
// scripts/worker-trace.js. `close()` ends the browser and removes its
// profile.
"use strict";
const puppeteer = require("puppeteer-core");
const os = require("os");
const fs = require("fs");
const path = require("path");

async function openPhonePage(slowdown, watch) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pb-profile-"));
  const browser = await puppeteer.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    userDataDir: profile,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
  const cdp = await page.createCDPSession();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  await page.evaluateOnNewDocument(watch);
  const close = async () => {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { page, close };
}

module.exports = { openPhonePage };
