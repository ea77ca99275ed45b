#!/usr/bin/python3
"""`normsim report` on a sweep file, built here with h5py in the PROVISIONAL layout of
tools/python/normsim_reader.py (SweepOutput): root attributes with file_type normsim.sweep,
/design with one row per run (a compound dataset, or a group of 1-D datasets: LAYOUT picks),
/summary/NAME of shape [runs] and /series/NAME of shape [runs, steps]. The reader reads the
same file, so the two agree on the layout; both must be checked against the real sweep writer
once it exists.

Usage: check_report_sweep.py NORMSIM LAYOUT   (LAYOUT: compound or group)
"""

import os
import re
import subprocess
import sys
import tempfile

import h5py
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools", "python"))
import normsim_reader  # noqa: E402

RUNS, STEPS = 12, 5
RATES = np.repeat([0.1, 0.2, 0.4], 4)
SEEDS = np.tile(np.arange(1, 5), 3)
OUTCOMES = ["established", "collapsed", "neither", "established"] * 3


def write_sweep(path, layout):
    with h5py.File(path, "w") as f:
        f.attrs.update({"file_type": "normsim.sweep", "format_version": 1, "model": "axelrod",
                        "program_version": "0.1.0", "git_commit": "abc123", "seed": 1,
                        "created": "2026-01-01T00:00:00Z", "description": "a test sweep",
                        "scenario": "model: axelrod\ngenerations: 5\n"})
        if layout == "compound":
            design = np.zeros(RUNS, dtype=[("mutation_rate", "f8"), ("seed", "i8")])
            design["mutation_rate"], design["seed"] = RATES, SEEDS
            f["design"] = design
        else:
            f["design/mutation_rate"], f["design/seed"] = RATES, SEEDS
        rng = np.random.default_rng(7)
        f["series/mean_boldness"] = rng.random((RUNS, STEPS))
        summary = f.create_group("summary")
        summary["final_mean_boldness"] = rng.random(RUNS)
        summary["final_mean_boldness"].attrs.update({"description": "boldness at the end",
                                                     "unit": "probability"})
        summary.create_dataset("outcome", data=OUTCOMES, dtype=h5py.string_dtype())


def main():
    normsim, layout = sys.argv[1:3]
    with tempfile.TemporaryDirectory(prefix=f"normsim_sweep_{layout}_") as tmp:
        sweep, report = os.path.join(tmp, "sweep.h5"), os.path.join(tmp, "sweep.html")
        write_sweep(sweep, layout)
        design = normsim_reader.open_output(sweep).design()
        assert len(design) == RUNS, "the Python reader reads the same layout"
        subprocess.run([normsim, "report", sweep, "-o", report], check=True,
                       stdout=subprocess.DEVNULL)
        with open(report, encoding="utf-8") as f:
            html = f.read()
    assert "normsim sweep: axelrod" in html
    # The design: a header with both parameters and one row per run, values as written.
    assert "<th>run</th><th>mutation_rate</th><th>seed</th>" in html, "design header"
    rows = re.findall(r'<tr><td class="n">(\d+)</td><td class="n">([^<]*)</td>'
                      r'<td class="n">([^<]*)</td></tr>', html)
    assert len(rows) == RUNS, f"{len(rows)} design rows"
    for run, rate, seed in rows:
        assert float(rate) == RATES[int(run)] and int(seed) == SEEDS[int(run)], (run, rate)
    # One distribution per result: a histogram of the numbers, a bar per outcome.
    assert html.count('<path class="bars"') == 2, "two distribution charts"
    # The description goes under the chart (a long one in the SVG title would be cut off).
    assert 'aria-label="final_mean_boldness"' in html
    assert "<figcaption>boldness at the end</figcaption>" in html
    for outcome in set(OUTCOMES):
        assert f">{outcome}</text>" in html, outcome
    assert "git_commit" in html and "abc123" in html, "provenance"


if __name__ == "__main__":
    main()
