"""Real-browser fixtures: the app served on a free 127.0.0.1 port in a background thread,
and Debian's Chromium driven by Playwright. Screenshots go to tests/artifacts/ (gitignored)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing: install Debian's chromium package "
                    "(make browser) to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                              headless=True)
        yield b
        b.close()


@pytest.fixture
def serve() -> Iterator[Callable[..., str]]:
    """Start the app for a workspace; returns its URL. Stopped when the test ends."""
    from assistant.ui.app import launch

    started = []

    def start(ws: object, sign_in: bool | None = None) -> str:
        port = free_port()
        demo = launch(ws, host="127.0.0.1", port=port, block=False, quiet=True,  # type: ignore[arg-type]
                      sign_in=sign_in)
        started.append(demo)
        return f"http://127.0.0.1:{port}/"

    yield start
    for demo in started:
        demo.close()


@pytest.fixture
def shot() -> Callable[[object, str], Path]:
    """Save a full-page screenshot of a Playwright page under tests/artifacts/."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page: object, name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
        return path

    return take


class Held:
    """The page's event streams held by :meth:`Driver.hold_answers`."""

    def __init__(self, page: object) -> None:
        self.page = page
        self.holding = True
        self.streams: list[object] = []

    def route(self, route: object) -> None:
        if self.holding:
            self.streams.append(route)
        else:
            route.continue_()  # type: ignore[attr-defined]

    def wait_asked(self, timeout_s: float = 60) -> None:
        """Wait until the page has asked for an answer (opened a stream) that is held."""
        for _ in range(int(timeout_s * 20)):
            if self.streams:
                return
            self.page.wait_for_timeout(50)  # type: ignore[attr-defined]
        raise AssertionError(f"the page asked for no answer in {timeout_s} s")

    def release(self) -> None:
        """Let the held answers, and all later ones, through."""
        if not self.holding:
            return
        self.holding = False
        for r in self.streams:
            r.continue_()  # type: ignore[attr-defined]
        self.streams.clear()


class Driver:
    """Drive Gradio components by their ``elem_id`` (stable selectors, no CSS classes)."""

    def __init__(self, page: object, shot: Callable[[object, str], Path]) -> None:
        self.page = page
        self._shot = shot
        # Gradio answers the page's calls on an event stream (GET .../queue/data), opened
        # while calls are under way and closed when none is left; keep the open ones.
        self._streams: list[object] = []
        self._opened: dict[str, int] = {}  # streams opened per URL, to compare with the browser's

        def opened(request: object) -> None:
            if "/queue/data" in request.url:  # type: ignore[attr-defined]
                self._streams.append(request)
                url = request.url  # type: ignore[attr-defined]
                self._opened[url] = self._opened.get(url, 0) + 1

        def closed(request: object) -> None:
            if request in self._streams:
                self._streams.remove(request)

        page.on("request", opened)  # type: ignore[attr-defined]
        page.on("requestfinished", closed)  # type: ignore[attr-defined]
        page.on("requestfailed", closed)  # type: ignore[attr-defined]

    def settle(self, timeout_s: float = 180) -> None:
        """Wait until no call of the page is under way (its event stream is closed). The
        page's first calls can take a minute on a loaded machine: the timeout is generous."""
        for i in range(int(timeout_s * 20)):
            if not self._streams:
                return
            if i % 20 == 19 and self._browser_finished_all():
                self._streams.clear()  # Playwright missed a "finished" the browser saw
                return
            self.page.wait_for_timeout(50)  # type: ignore[attr-defined]
        done = self.page.evaluate(  # type: ignore[attr-defined]
            "() => performance.getEntriesByType('resource').filter(e => "
            "e.name.includes('/queue/data')).map(e => [e.name, e.responseEnd])")
        raise AssertionError(f"the page's calls were still under way after {timeout_s} s: "
                             f"{[r.url for r in self._streams]}; finished: {done}")  # type: ignore[attr-defined]

    def _browser_finished_all(self) -> bool:
        """Whether the browser's own timing entries show every stream still counted as open
        finished: an event stream that ends can reach the browser's timing entries without
        Playwright's "requestfinished" (seen on loaded CI machines)."""
        ends = self.page.evaluate(  # type: ignore[attr-defined]
            "() => performance.getEntriesByType('resource').filter(e => "
            "e.name.includes('/queue/data') && e.responseEnd > 0).map(e => e.name)")
        return all(ends.count(url) >= self._opened.get(url, 0)
                   for url in {r.url for r in self._streams})  # type: ignore[attr-defined]

    def hold_answers(self) -> Held:
        """From now on the answers to the page's calls do not reach it (its event stream
        is held in the browser) until ``release()``: the calls themselves reach the server,
        so this stands for a slow answer, deterministically. Call :meth:`settle` first, so
        that no stream is already open."""
        held = Held(self.page)
        self.page.route("**/queue/data*", held.route)  # type: ignore[attr-defined]
        return held

    def fill(self, elem_id: str, text: str) -> None:
        self.page.locator(f"#{elem_id} textarea, #{elem_id} input").first.fill(text)  # type: ignore[attr-defined]

    def click(self, elem_id: str) -> None:
        self.page.locator(f"#{elem_id}").click()  # type: ignore[attr-defined]

    def tab(self, name: str) -> None:
        self.page.get_by_role("tab", name=name).click()  # type: ignore[attr-defined]

    def pick(self, elem_id: str, label: str) -> None:
        """Choose the option whose label contains ``label`` in a (multi)select dropdown."""
        box = self.page.locator(f"#{elem_id} input").first  # type: ignore[attr-defined]
        box.click()
        box.fill(label)
        self.page.locator(f"#{elem_id}").get_by_role(  # type: ignore[attr-defined]
            "option", name=label, exact=False).first.click()
        box.blur()

    def upload(self, elem_id: str, *paths: Path) -> None:
        self.page.locator(f"#{elem_id} input[type=file]").set_input_files(  # type: ignore[attr-defined]
            [str(p) for p in paths])

    def text(self, elem_id: str) -> str:
        return str(self.page.locator(f"#{elem_id}").inner_text())  # type: ignore[attr-defined]

    def expect_text(self, elem_id: str, text: str, timeout: float = 60_000) -> None:
        from playwright.sync_api import expect

        expect(self.page.locator(f"#{elem_id}")).to_contain_text(  # type: ignore[attr-defined]
            text, timeout=timeout)

    def expect_error(self, text: str, timeout: float = 30_000) -> str:
        """Wait for an error toast containing ``text``; returns the toast's text."""
        from playwright.sync_api import expect

        toast = self.page.locator(".toast-body", has_text=text).first  # type: ignore[attr-defined]
        expect(toast).to_be_visible(timeout=timeout)
        return str(toast.inner_text())

    def sign_in(self, name: str, password: str) -> None:
        """Fill Gradio's login page and wait until the app says who is signed in."""
        self.page.get_by_label("username").fill(name)  # type: ignore[attr-defined]
        self.page.get_by_label("password").fill(password)  # type: ignore[attr-defined]
        self.page.get_by_role("button", name="Login").click()  # type: ignore[attr-defined]
        self.expect_text("who", f"Signed in as {name}")

    def shot(self, name: str) -> Path:
        return self._shot(self.page, name)


@pytest.fixture
def open_page(browser: object,
              shot: Callable[[object, str], Path]) -> Iterator[Callable[..., Driver]]:
    """Open a page in a fresh browser context (its own cookies: one signed-in user each)."""
    contexts = []

    def make(url: str) -> Driver:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(60_000)
        driver = Driver(page, shot)  # before the page loads: it counts the page's calls
        page.goto(url)
        return driver

    yield make
    for c in contexts:
        c.close()

