"""Runs the metanorms scenario and checks the file as a researcher's h5py session sees it."""
import os
import subprocess
import sys
import tempfile

import h5py
import numpy as np

normsim, scenario = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "metanorms.h5")
    subprocess.run([normsim, "run", scenario, "-o", out, "--quiet"], check=True)
    assert not os.path.exists(out + ".partial"), "partial file left behind"
    with h5py.File(out, "r") as f:
        a = f.attrs
        for key in ["file_type", "format_version", "program_version", "git_commit", "created",
                    "seed", "threads", "scenario", "scenario_source", "model"]:
            assert key in a, f"root attribute {key} missing"
        assert a["file_type"] == "normsim.run"
        assert a["model"] == "axelrod"
        assert int(a["format_version"]) == 1
        assert int(a["seed"]) == 1 and int(a["threads"]) == 1
        assert "metanorms: true" in a["scenario"], a["scenario"]
        generations = 100
        series = f["series"]
        expected = ["generation", "mean_boldness", "mean_vengefulness", "mean_score", "sd_score",
                    "boldness_distribution", "vengefulness_distribution", "defections",
                    "punishments", "meta_punishments"]
        for name in expected:
            ds = series[name]
            assert ds.shape[0] == generations, (name, ds.shape)
            assert ds.attrs["description"] and "unit" in ds.attrs, name
        np.testing.assert_array_equal(series["generation"][:], np.arange(generations))
        dist = series["boldness_distribution"][:]
        assert dist.shape == (generations, 8)
        np.testing.assert_array_equal(dist.sum(axis=1), np.full(generations, 20))
        levels = np.arange(8) / 7.0
        np.testing.assert_allclose(dist @ levels / 20.0, series["mean_boldness"][:], atol=1e-12)
        assert series["meta_punishments"][:].sum() > 0, "the metanorms game meta-punishes"
        assert series["boldness_distribution"].attrs["columns"].split(",")[7] == "7/7"
        s = f["summary"]
        b, v = s["final_mean_boldness"][()], s["final_mean_vengefulness"][()]
        outcome = s["outcome"][()].decode()
        expected_outcome = ("established" if b <= 2 / 7 and v >= 5 / 7 else
                            "collapsed" if b >= 6 / 7 and v <= 1 / 7 else "neither")
        assert outcome == expected_outcome, (outcome, b, v)
print("ok")
