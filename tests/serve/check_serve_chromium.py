#!/usr/bin/python3
"""Drives the page of `normsim serve` in headless Chromium, as a teacher would.

Usage: check_serve_chromium.py NORMSIM SOURCE_DIR OUT_DIR

Starts `normsim serve --port 0` on 127.0.0.1, opens the printed address in Chromium over the
DevTools protocol (the Browser of tests/report/check_report_chromium.py) and checks, on the
teaching scenario threshold_tipping:
  * Go runs the charts up to 20 steps; with similar thresholds (sd 0.05) nobody adopts;
  * moving the sd slider to 0.2 and pressing Setup starts a new run that tips (the ticker says
    so and adoption ends near 1);
  * a bad seed shows the CLI's message next to the seed field and leaves the run as it was;
  * A/B mode: two runs on one seed, A (sd 0.05) stays at 0 while B (sd 0.2) tips;
  * Save writes the .h5 and links its report;
  * no console error or exception besides the deliberate bad request, and Ctrl-C (SIGINT)
    stops the server with exit status 0.
Screenshots are kept in OUT_DIR (page.png after the tipping run, ab.png in A/B mode).
Exits 77 (ctest SKIP) only when no chromium is installed.
"""

import base64
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "report"))
from check_report_chromium import Browser, errors_in  # noqa: E402

SKIP = 77
WAIT_S = 60


class Page:
    def __init__(self, browser, session):
        self.browser, self.session = browser, session

    def js(self, expression):
        reply = self.browser.send("Runtime.evaluate",
                                  {"expression": expression, "returnByValue": True,
                                   "awaitPromise": True}, session=self.session)
        if "exceptionDetails" in reply:
            raise RuntimeError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def wait(self, condition, what):
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            if self.js(condition):
                return
            time.sleep(0.1)
        status = self.js("document.getElementById('status').textContent + ' | ' + "
                         "document.querySelector('.error[data-for=\"\"]').textContent")
        raise TimeoutError(f"waited {WAIT_S} s for {what}; page shows {status!r}; "
                           f"browser errors {errors_in(self.browser.events)}")

    def click(self, button):
        self.js(f"document.getElementById('{button}').click()")

    def set_value(self, selector, value):
        self.js(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); "
                f"e.value = {json.dumps(value)}; e.dispatchEvent(new Event('input')); "
                f"e.dispatchEvent(new Event('change')); }})()")

    def screenshot(self, path):
        png = base64.b64decode(self.browser.send("Page.captureScreenshot", {"format": "png"},
                                                 session=self.session)["data"])
        with open(path, "wb") as f:
            f.write(png)
        return png

    def run_to(self, steps):
        self.click("go")
        self.wait(f"Number(document.getElementById('status').dataset.steps) >= {steps}",
                  f"{steps} steps")
        self.click("pause")
        self.wait("!app.running && !app.loop", "Pause")


def adoption(page, run=0):
    """Share of states endorsing or implementing in the run's last row."""
    return page.js(f"(() => {{ const r = app.runs[{run}].rows.adoption_share_count.at(-1); "
                   "return r[1] + r[2]; })()")


def setup_done(page):
    page.wait("!app.busy && document.getElementById('status').dataset.steps === '0'", "Setup")


def main():
    normsim, source, out_dir = sys.argv[1:4]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: chromium is not installed (apt-get install chromium; CI installs it)")
        return SKIP
    os.makedirs(out_dir, exist_ok=True)
    problems = []
    with tempfile.TemporaryDirectory(prefix="normsim_serve_") as tmp:
        server = subprocess.Popen(
            [normsim, "serve", "--port", "0", "--scenario-dir", os.path.join(source, "scenarios"),
             "--output-dir", os.path.join(tmp, "saved")],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        first = server.stdout.readline()
        found = re.search(r"open (http://127\.0\.0\.1:\d+/)", first)
        if not found:
            server.kill()
            print("FAIL: serve printed no address:", first, server.stdout.read())
            return 1
        url = found.group(1) + "?scenario=teaching/threshold_tipping"
        log = open(os.path.join(out_dir, "chromium.log"), "w")
        browser = Browser(chromium, os.path.join(tmp, "profile"), log)
        try:
            session = browser.open(url, 1400, 1500)
            page = Page(browser, session)
            setup_done(page)
            page.set_value("#speed", "8")

            # Similar thresholds (the scenario as written): nobody starts.
            page.run_to(20)
            similar = adoption(page)
            charts = page.js("app.charts.length")
            points = page.js("app.charts[0].chart.data.datasets[0].data.length")
            print(f"sd 0.05: adoption {similar} after 20+ steps; {charts} charts, "
                  f"{points} points in the first")
            if similar != 0:
                problems.append(f"similar thresholds adopted ({similar})")
            if charts < 4 or points < 20:
                problems.append(f"charts not drawn ({charts} charts, {points} points)")

            # One slider, Setup, Go: the cascade tips.
            page.set_value("#ctl-world\\.stance\\.sd", "0.2")
            page.click("setup")
            setup_done(page)
            page.run_to(20)
            varied = adoption(page)
            ticker = page.js("document.getElementById('ticker').textContent")
            print(f"sd 0.2: adoption {varied}; ticker: {ticker!r}")
            if not varied > 0.9:
                problems.append(f"varied thresholds did not tip ({varied})")
            if "tipping" not in ticker:
                problems.append("the ticker does not tell the tipping")
            if not page.js("app.charts[0].chart.$markers.length === 1"):
                problems.append("no tipping marker on the adoption chart")
            png = page.screenshot(os.path.join(out_dir, "page.png"))
            if len(png) < 50_000:
                problems.append(f"screenshot of {len(png)} bytes: the page looks blank")

            # A bad value: the CLI's message next to its field, the run unchanged.
            cli = subprocess.run(
                [normsim, "validate", os.path.join(source, "scenarios/teaching/threshold_tipping.yaml"),
                 "--set", "seed=-4"], capture_output=True, text=True)
            expected = cli.stderr.strip().removeprefix("normsim: error: ")
            steps_before = page.js("app.runs[0].done")
            page.set_value("#seed", "-4")
            page.click("setup")
            page.wait("document.querySelector('.error[data-for=\"seed\"]').textContent !== ''",
                      "the seed's message")
            shown = page.js("document.querySelector('.error[data-for=\"seed\"]').textContent")
            print(f"bad seed: shown {shown!r}; CLI {expected!r}")
            if cli.returncode != 2 or shown != expected:
                problems.append(f"bad seed shows {shown!r}, the CLI says {expected!r}")
            page.js("step(0)")
            if page.js("app.runs[0].done") != steps_before:
                problems.append("a refused Setup changed the run")
            page.set_value("#seed", "1")

            # A/B: A similar (0.05), B varied (0.2), same seed.
            page.set_value("#ctl-world\\.stance\\.sd", "0.05")
            page.js("document.getElementById('ab').click()")
            page.set_value("#b-key", "world.stance.sd")
            page.set_value("#b-value", "0.2")
            page.click("setup")
            setup_done(page)
            page.run_to(20)
            runs = page.js("app.runs.length")
            a, b = adoption(page, 0), adoption(page, 1)
            seeds = page.js("app.runs.map((r) => r.seed)")
            print(f"A/B: {runs} runs, seeds {seeds}, adoption A {a}, B {b}")
            if runs != 2 or a != 0 or not b > 0.9 or seeds[0] != seeds[1]:
                problems.append(f"A/B: runs {runs}, seeds {seeds}, A {a}, B {b}")
            page.screenshot(os.path.join(out_dir, "ab.png"))

            # Save: the file and its report.
            page.click("save")
            page.wait("document.querySelectorAll('#saved a').length === 4", "the saved links")
            saved = sorted(os.listdir(os.path.join(tmp, "saved")))
            print("saved:", saved)
            if len([f for f in saved if f.endswith(".h5")]) != 2:
                problems.append(f"Save wrote {saved}")
        finally:
            browser.close()
            log.close()
            server.send_signal(signal.SIGINT)
            try:
                rest, _ = server.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                rest, _ = server.communicate()
                problems.append("serve did not stop on SIGINT")
            print("serve:", first.strip(), "|", rest.strip().replace("\n", " | "))
            if server.returncode != 0:
                problems.append(f"serve exited with {server.returncode} on SIGINT")

    # The refused Setup answers 400, which Chromium logs as a failed load: that one is expected.
    errors = [e for e in errors_in(browser.events)
              if not ("status of 400" in e and e.startswith("log:"))]
    refused = [e for e in errors_in(browser.events) if "status of 400" in e]
    if len(refused) != 1:
        problems.append(f"{len(refused)} refused requests logged, expected the one bad seed")
    problems += errors
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
