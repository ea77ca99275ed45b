"""normsim compare on two shipped pathways, made small with --set so that it runs in about a
second: the table's shape in every format, the HDF5 layout, the "never happened" counts,
identical results with 1 and 2 threads, the same table from sweep files of the replicates, and
--runs keeping the runs as those sweep files."""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

import h5py
import numpy as np

normsim, scenarios = sys.argv[1], sys.argv[2]
PATHWAYS = ["private_led", "state_led"]
SMALL = ["--replicates", "3", "--set", "world.firms=100", "--steps", "30", "--resamples", "500",
         "--quiet"]


def compare(tmp, name, *flags):
    out = os.path.join(tmp, name)
    args = [normsim, "compare", *[os.path.join(scenarios, p + ".yaml") for p in PATHWAYS],
            *SMALL, "-o", out, *flags]
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    return out, done.stdout


def datasets(path):
    found = {}
    with h5py.File(path, "r") as f:
        f.visititems(lambda n, o: found.__setitem__(n, o[()]) if isinstance(o, h5py.Dataset) else None)
    return found


with tempfile.TemporaryDirectory() as tmp:
    kept = os.path.join(tmp, "kept")
    one, text_csv = compare(tmp, "one.h5", "--format", "csv", "--threads", "1", "--runs", kept)
    rows = list(csv.DictReader(io.StringIO(text_csv)))
    assert list(rows[0].keys()) == ["metric", "pathway", "minus", "runs", "observed", "estimate",
                                    "ci_low", "ci_high"], rows[0].keys()
    metrics = sorted({r["metric"] for r in rows})
    for wanted in ["tipping_step_cvd", "half_implemented_step_cvd_state", "implementation_depth",
                   "fragmentation_herfindahl", "final_violation_rate", "final_endorsing_states_cvd"]:
        assert wanted in metrics, wanted
    estimates = [r for r in rows if r["minus"] == ""]
    differences = [r for r in rows if r["minus"] != ""]
    assert len(estimates) == 2 * len(metrics) and len(differences) == len(metrics)
    assert all(d["pathway"] == "private_led" and d["minus"] == "state_led" for d in differences)

    with h5py.File(one, "r") as f:
        assert f.attrs["file_type"] == "normsim.compare"
        assert f.attrs["pathways"] == "private_led,state_led"
        seeds = f["pathways/private_led/seeds"][()]
        assert len(set(seeds)) == 3, "replicates have distinct seeds"
        assert list(f["pathways/state_led/seeds"][()]) == list(seeds), "common random numbers"
        replicate_1 = {m: f[f"pathways/private_led/runs/{m}"][1] for m in f["pathways/private_led/runs"]}
        # observed = runs whose event time is not -1, and the mean is over those runs only.
        names = [m.decode() for m in f["estimates/metric"][()]]
        paths = [p.decode() for p in f["estimates/pathway"][()]]
        for i, (m, p) in enumerate(zip(names, paths)):
            raw = f[f"pathways/{p}/runs/{m}"][()]
            assert len(raw) == 3 and f["estimates/runs"][i] == 3
            event = "-1: never" in f[f"pathways/{p}/runs/{m}"].attrs["description"]
            seen = raw[raw != -1] if event else raw
            assert f["estimates/observed"][i] == len(seen), (m, p)
            if len(seen):
                assert np.isclose(f["estimates/mean"][i], seen.mean()), (m, p)
                assert f["estimates/ci_low"][i] <= f["estimates/mean"][i] <= f["estimates/ci_high"][i]
            else:
                assert np.isnan(f["estimates/mean"][i])
    assert sorted(os.listdir(tmp)) == ["kept", "one.h5"], os.listdir(tmp)  # no partial files
    assert sorted(os.listdir(kept)) == [p + ".h5" for p in PATHWAYS], os.listdir(kept)

    # A replicate is the run `normsim run --seed` makes with the same settings.
    alone = os.path.join(tmp, "alone.h5")
    subprocess.run([normsim, "run", os.path.join(scenarios, "private_led.yaml"), "-o", alone,
                    "--seed", str(seeds[1]), "--set", "world.firms=100", "--steps", "30", "--quiet"],
                   check=True)
    with h5py.File(alone, "r") as f:
        for m, v in replicate_1.items():
            assert f[f"summary/{m}"][()] == v, m
    os.remove(alone)

    two, csv_two = compare(tmp, "two.h5", "--format", "csv", "--threads", "2")
    assert csv_two == text_csv, "the table does not depend on the thread count"
    d1, d2 = datasets(one), datasets(two)
    assert d1.keys() == d2.keys()
    for k in d1:
        np.testing.assert_array_equal(d1[k], d2[k], err_msg=k)

    # Sweep files of the same replicates (`normsim sweep` with `replicates: 3`) are the same
    # pathways: read instead of run, they give the same table.
    design = os.path.join(tmp, "replicates.yaml")
    with open(design, "w") as d:
        d.write("sweep:\n  replicates: 3\n")
    swept = []
    for p in PATHWAYS:
        swept.append(os.path.join(tmp, p + ".h5"))
        subprocess.run([normsim, "sweep", os.path.join(scenarios, p + ".yaml"), "--design", design,
                        "--set", "world.firms=100", "--steps", "30", "-o", swept[-1], "--quiet"],
                       check=True)
    from_files = subprocess.run([normsim, "compare", *swept, "--resamples", "500", "--format",
                                 "csv", "--quiet"], check=True, capture_output=True, text=True)
    assert from_files.stdout == text_csv, "sweep files give the table the runs give"
    for p, f in zip(PATHWAYS, swept):  # --runs keeps what `normsim sweep` writes
        a, b = datasets(f), datasets(os.path.join(kept, p + ".h5"))
        assert a.keys() == b.keys() and "series/adoption_share_count" in a
        for k in a:
            np.testing.assert_array_equal(a[k], b[k], err_msg=k)
    ignored = subprocess.run([normsim, "compare", *swept, "--replicates", "5"], capture_output=True,
                             text=True)
    assert ignored.returncode == 2 and "--replicates applies to scenarios" in ignored.stderr
    not_sweep = subprocess.run([normsim, "compare", one, two], capture_output=True, text=True)
    assert not_sweep.returncode == 2 and "one.h5: not a sweep file" in not_sweep.stderr, not_sweep
    for f in swept + [design]:
        os.remove(f)

    _, as_json = compare(tmp, "three.h5", "--format", "json")
    doc = json.loads(as_json)
    assert doc["resamples"] == 500 and doc["confidence"] == 0.95
    assert len(doc["rows"]) == len(rows)

    _, as_text = compare(tmp, "four.h5", "--table", os.path.join(tmp, "table.txt"))
    assert as_text == "", "--table writes the table to the file, not stdout"
    with open(os.path.join(tmp, "table.txt")) as t:
        lines = t.read().splitlines()
    assert lines[0].startswith("# estimate: mean over the runs where the metric was observed")
    assert lines[1].split()[:3] == ["metric", "pathway", "minus"] and len(lines) == len(rows) + 2
print("ok")
