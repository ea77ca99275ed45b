"""normsim sensitivity on the norms game with two factors: the design written is a Morris
design over the factors' ranges, one run per point, and the table has mu*, mu and sigma per
metric and factor."""
import csv
import io
import os
import subprocess
import sys
import tempfile

import h5py
import numpy as np

normsim, scenario = sys.argv[1], sys.argv[2]

with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "sens.h5")
    done = subprocess.run(
        [normsim, "sensitivity", scenario, "--factor", "payoff.temptation=1:5",
         "--factor", "mutation_rate=0:0.06", "--trajectories", "4", "--levels", "4",
         "--steps", "10", "--format", "csv", "-o", out, "--quiet", "--runs", os.path.join(tmp, "runs")],
        check=True, capture_output=True, text=True)
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0].keys()) == ["metric", "factor", "mu_star", "mu", "sigma", "effects"]
    assert {r["factor"] for r in rows} == {"payoff.temptation", "mutation_rate"}
    assert {r["metric"] for r in rows} >= {"final_mean_boldness", "final_mean_vengefulness"}
    with h5py.File(out, "r") as f:
        assert f.attrs["file_type"] == "normsim.sensitivity"
        values = f["design/values"][()]
        unit = f["design/unit"][()]
        assert values.shape == (4 * 3, 2)
        assert np.allclose(values[:, 0], 1 + 4 * unit[:, 0]) and np.allclose(values[:, 1], 0.06 * unit[:, 1])
        assert np.allclose(unit * 3, np.round(unit * 3)), "levels 0, 1/3, 2/3, 1"
        assert len(f["runs/final_mean_boldness"][()]) == 12
        mu_star = f["indices/mu_star"][()]
        metrics = f["indices"].attrs["rows"].split(",")
        assert mu_star.shape == (len(metrics), 2)
        # "generations" is the same in every run: no effect of either factor.
        assert np.all(mu_star[metrics.index("generations")] == 0)
        # mu* recomputed from the runs and the design, for one metric.
        y = f["runs/final_mean_boldness"][()]
        moved = f["design/moved"][()]
        effects = {0: [], 1: []}
        for r in range(12):
            if moved[r] >= 0:
                i = moved[r]
                effects[i].append((y[r] - y[r - 1]) / (unit[r, i] - unit[r - 1, i]))
        row = metrics.index("final_mean_boldness")
        for i in (0, 1):
            assert np.isclose(mu_star[row, i], np.mean(np.abs(effects[i]))), i
    with h5py.File(os.path.join(tmp, "runs", "norms.h5"), "r") as kept, h5py.File(out, "r") as f:
        assert kept.attrs["file_type"] == "normsim.sweep"
        assert np.array_equal(kept["design/mutation_rate"][()], f["design/values"][:, 1])
        assert np.array_equal(kept["summary/final_mean_boldness"][()], f["runs/final_mean_boldness"][()])
        assert kept["series/mean_boldness"].shape[:2] == (12, 10)
    assert sorted(os.listdir(tmp)) == ["runs", "sens.h5"]
print("ok")
