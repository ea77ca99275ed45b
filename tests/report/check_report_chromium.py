#!/usr/bin/python3
"""Opens a real report in headless Chromium and checks that the charts rendered.

Usage: check_report_chromium.py NORMSIM SCENARIO OUT_DIR

Runs SCENARIO briefly, writes its report, loads it in Chromium driven over the DevTools
protocol (--remote-debugging-pipe, Python standard library only) and checks:
  * every chart is an <svg> laid out with a non-zero size, and every <path> has a non-empty
    `d` and a non-empty bounding box;
  * no console error, JavaScript exception or failed load was logged;
  * screenshots of the page and of the first chart are sizeable PNGs (blank ones compress to
    almost nothing); they are kept in OUT_DIR/report.png and chart.png for a human to see, with the page printed to OUT_DIR/report.pdf.
Exits 77 (ctest SKIP) only when no chromium is installed; CI installs it (tools/setup.sh).
"""

import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--remote-debugging-pipe"]
TIMEOUT_S = 60


class Browser:
    """Chromium with the DevTools protocol on fds 3 (commands in) and 4 (replies out)."""

    def __init__(self, binary, profile, log):
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire_fds():
            # Via fresh copies: a pipe may already sit on fd 3 or 4, and dup2 onto itself
            # would leave it close-on-exec.
            read_end, write_end = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.proc = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            preexec_fn=wire_fds, close_fds=False, stdout=log, stderr=log)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.events = []

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_child], [], [], left)[0]:
                raise TimeoutError("chromium did not answer in time")
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def open(self, url, width, height):
        """Loads `url` in the first page at width x height; returns the page's session id."""
        target = next(t for t in self.send("Target.getTargets")["targetInfos"]
                      if t["type"] == "page")
        session = self.send("Target.attachToTarget",
                            {"targetId": target["targetId"], "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable", session=session)
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
                  session=session)
        self.send("Page.navigate", {"url": url}, session=session)
        self.wait_for("Page.loadEventFired")
        return session

    def wait_for(self, method):
        deadline = time.monotonic() + TIMEOUT_S
        while not any(e.get("method") == method for e in self.events):
            self.events.append(self._read_message(deadline))

    def close(self):
        try:
            self.send("Browser.close")
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# Runs in the page: what was laid out, as JSON.
MEASURE = """JSON.stringify((() => {
  const svgs = [...document.querySelectorAll('svg')];
  const paths = [...document.querySelectorAll('svg path')];
  const first = document.querySelector('figure').getBoundingClientRect();
  return {
    first_chart: {x: first.x + scrollX, y: first.y + scrollY, width: first.width,
                  height: first.height, scale: 1},
    svgs: svgs.length,
    flat_svgs: svgs.filter(s => { const r = s.getBoundingClientRect();
                                  return !(r.width > 0 && r.height > 0); }).length,
    paths: paths.length,
    empty_paths: paths.filter(p => !(p.getAttribute('d') || '').trim()).length,
    invisible_paths: paths.filter(p => { const b = p.getBBox();
                                         return !(b.width > 0 || b.height > 0); }).length,
  };
})())"""


def errors_in(events):
    """Console errors, exceptions and failed loads among the DevTools events."""
    found = []
    for e in events:
        method, params = e.get("method"), e.get("params", {})
        if method == "Runtime.exceptionThrown":
            found.append(params["exceptionDetails"].get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            found.append(f"console.{params['type']}: {params.get('args')}")
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            found.append(f"log: {params['entry'].get('text')}")
    return found


def main():
    normsim, scenario, out_dir = sys.argv[1:4]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: chromium is not installed (apt-get install chromium; CI installs it)")
        return SKIP
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="normsim_chromium_") as tmp:
        run = os.path.join(tmp, "run.h5")
        html = os.path.join(out_dir, "report.html")
        subprocess.run([normsim, "run", scenario, "-o", run, "--steps", "24", "--quiet"],
                       check=True)
        subprocess.run([normsim, "report", run, "-o", html], check=True, stdout=subprocess.DEVNULL)
        log = open(os.path.join(out_dir, "chromium.log"), "w")  # its own chatter (D-Bus, ...)
        browser = Browser(chromium, os.path.join(tmp, "profile"), log)
        try:
            session = browser.open("file://" + os.path.abspath(html), 1280, 2000)
            measured = json.loads(browser.send(
                "Runtime.evaluate", {"expression": MEASURE, "returnByValue": True},
                session=session)["result"]["value"])
            png = base64.b64decode(browser.send(
                "Page.captureScreenshot", {"format": "png"}, session=session)["data"])
            chart = base64.b64decode(browser.send(
                "Page.captureScreenshot",
                {"format": "png", "clip": measured["first_chart"], "captureBeyondViewport": True},
                session=session)["data"])
            pdf = base64.b64decode(browser.send(
                "Page.printToPDF", {"printBackground": True}, session=session)["data"])
        finally:
            browser.close()
            log.close()
    with open(os.path.join(out_dir, "report.png"), "wb") as f:
        f.write(png)
    with open(os.path.join(out_dir, "chart.png"), "wb") as f:
        f.write(chart)
    with open(os.path.join(out_dir, "report.pdf"), "wb") as f:
        f.write(pdf)

    print(f"rendered: {measured}; screenshots: page {len(png)} bytes, first chart "
          f"{len(chart)} bytes; pdf {len(pdf)} bytes")
    problems = []
    if measured["svgs"] < 5:
        problems.append(f"only {measured['svgs']} charts")
    for key in ("flat_svgs", "empty_paths", "invisible_paths"):
        if measured[key]:
            problems.append(f"{measured[key]} {key.replace('_', ' ')}")
    problems += errors_in(browser.events)
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    if png[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (1280, 2000):
        problems.append(f"screenshot is not a 1280x2000 PNG ({width}x{height})")
    if len(png) < 50_000:
        problems.append(f"screenshot of {len(png)} bytes: the page looks blank")
    if len(chart) < 8_000:
        problems.append(f"screenshot of the first chart has {len(chart)} bytes: it looks blank")
    if not pdf.startswith(b"%PDF") or pdf.count(b"/Type /Page") < 2:
        problems.append("printing gave no multi-page PDF")
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
