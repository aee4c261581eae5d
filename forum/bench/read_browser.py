"""Chromium on the read path: navigation → first comment on screen, and the app's boot frame for a member.

Debian's ``chromium`` through Playwright (``--no-sandbox``). An init script installed before the page's first
byte watches the document with a ``MutationObserver`` and records ``performance.now()`` (milliseconds since
navigation start) when the first ``#comments .comment`` element exists, and again at the next animation
frame (≈ painted). DOMContentLoaded comes from Navigation Timing. *Cold* is a new browser context (empty HTTP
cache, no cookies: a first-time visitor); *warm* is a reload in that context (the page revalidated by its
ETag, the script and stylesheet from cache).

:func:`capture_boot_frame` opens a member's thread page (session cookie set directly) and returns the
socket.io CONNECT frame the app sends on ``/_event`` (the ``hydrate_and_load`` event with the build's state
hashes and schema), which ``forum.bench.read_posting`` replays; capturing it from the running build keeps
the benchmark valid when the app's states change. It also times navigation → composer ready for a member.
:func:`boot_frame_in` does the same in a browser already running (the browser tests' load test uses it).
"""

from __future__ import annotations

import shutil
import statistics
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
TIMEOUT_MS = 60_000

WATCH = r"""
(() => {
  const res = window.__bench = {first: null, firstFrame: null, composer: null};
  function check() {
    const now = performance.now();
    if (res.first === null && document.querySelector('#comments .comment')) {
      res.first = now;
      requestAnimationFrame(() => { res.firstFrame = performance.now(); });
    }
    if (res.composer === null && document.querySelector('#composer-text')) res.composer = now;
  }
  new MutationObserver(check).observe(document, {childList: true, subtree: true});
  document.addEventListener('DOMContentLoaded', check);
})();
"""
READ = """() => {
  const b = window.__bench, n = performance.getEntriesByType('navigation')[0];
  return {first: b.first, firstFrame: b.firstFrame, composer: b.composer,
          dcl: n ? n.domContentLoadedEventEnd : null, ttfb: n ? n.responseStart : null};
}"""
DONE = "() => window.__bench && window.__bench.firstFrame !== null && document.readyState !== 'loading'"


@dataclass
class BrowserTimes:
    """Milliseconds since navigation start, one entry per measured load."""

    cold_first: list[float] = field(default_factory=list)
    cold_dcl: list[float] = field(default_factory=list)
    warm_first: list[float] = field(default_factory=list)
    warm_dcl: list[float] = field(default_factory=list)
    failures: int = 0


def _one(page: Page, url: str, *, reload: bool) -> dict[str, float]:
    """Load (or reload) ``url`` in ``page``; the watcher's times once the first comment is painted."""
    if reload:
        page.reload(wait_until="commit", timeout=TIMEOUT_MS)
    else:
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
    page.wait_for_function(DONE, timeout=TIMEOUT_MS, polling=20)
    page.wait_for_load_state("domcontentloaded", timeout=TIMEOUT_MS)
    return page.evaluate(READ)


def time_first_comment(base: str, path: str, runs: int) -> BrowserTimes:
    """``runs`` cold loads (one new context each) and, in each context, one warm reload; one warm-up first."""
    from playwright.sync_api import Error, sync_playwright

    times = BrowserTimes()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            for attempt in range(runs + 1):  # the first pair warms the server and the browser: not recorded
                context = browser.new_context()
                try:
                    context.add_init_script(WATCH)
                    page = context.new_page()
                    cold = _one(page, base + path, reload=False)
                    warm = _one(page, base + path, reload=True)
                except Error:
                    times.failures += 1
                    continue
                finally:
                    context.close()
                if attempt == 0:
                    continue
                times.cold_first.append(cold["firstFrame"])
                times.cold_dcl.append(cold["dcl"])
                times.warm_first.append(warm["firstFrame"])
                times.warm_dcl.append(warm["dcl"])
        finally:
            browser.close()
    return times


def capture_boot_frame(base: str, path: str, token: str, runs: int = 3) -> tuple[str, list[float]]:
    """The member's ``40/_event,{...}`` CONNECT frame on ``path``, and navigation → composer ready (ms) per run."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            return boot_frame_in(browser, base, path, token, runs)
        finally:
            browser.close()


def boot_frame_in(browser: Browser, base: str, path: str, token: str, runs: int = 1) -> tuple[str, list[float]]:
    """:func:`capture_boot_frame` in an already running ``browser`` (a browser test's own Chromium)."""
    from playwright.sync_api import WebSocket

    frames: list[str] = []
    ready: list[float] = []

    def on_socket(socket: WebSocket) -> None:
        socket.on("framesent", lambda data: frames.append(data) if isinstance(data, str) else None)

    for _ in range(max(1, runs)):
        context = browser.new_context()
        try:
            context.add_cookies([{"name": "frontline_session", "value": token, "url": base}])
            context.add_init_script(WATCH)
            page = context.new_page()
            page.on("websocket", on_socket)
            page.goto(base + path, wait_until="commit", timeout=TIMEOUT_MS)
            page.wait_for_function("() => window.__bench && window.__bench.composer !== null",
                                   timeout=TIMEOUT_MS, polling=20)
            ready.append(page.evaluate(READ)["composer"])
            page.wait_for_timeout(500)  # let the boot events finish before the context closes
        finally:
            context.close()
    boot = next((frame for frame in frames if frame.startswith("40/_event,")), "")
    if not boot:
        raise RuntimeError(f"the member's page on {path} sent no /_event CONNECT frame")
    return boot, ready


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
