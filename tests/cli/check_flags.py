"""--steps, --seed, --set and --quiet do what they say, and a seed reproduces a run exactly."""
import os
import subprocess
import sys
import tempfile

import h5py
import numpy as np

normsim, scenario = sys.argv[1], sys.argv[2]


def run(tmp, name, *flags):
    out = os.path.join(tmp, name)
    done = subprocess.run([normsim, "run", scenario, "-o", out, *flags], check=True,
                          capture_output=True, text=True)
    return out, done.stdout


def datasets(path):
    with h5py.File(path, "r") as f:
        found = {}
        f.visititems(lambda n, o: found.__setitem__(n, o[()]) if isinstance(o, h5py.Dataset) else None)
        return found


with tempfile.TemporaryDirectory() as tmp:
    a, stdout = run(tmp, "a.h5", "--steps", "7", "--seed", "5", "--quiet")
    assert stdout == "", "--quiet prints nothing"
    b, stdout = run(tmp, "b.h5", "--steps", "7", "--seed", "5")
    assert "wrote" in stdout and "norm" in stdout, stdout
    c, _ = run(tmp, "c.h5", "--steps", "7", "--seed", "6", "--quiet")
    d, _ = run(tmp, "d.h5", "--steps", "7", "--seed", "5", "--quiet", "--set", "payoff.temptation=4")
    da, db, dc = datasets(a), datasets(b), datasets(c)
    assert da.keys() == db.keys()
    for k in da:
        np.testing.assert_array_equal(da[k], db[k], err_msg=k)
    assert len(da["series/generation"]) == 7
    assert not np.array_equal(da["series/mean_score"], dc["series/mean_score"]), "seed matters"
    with h5py.File(a, "r") as f:
        assert int(f.attrs["seed"]) == 5
    with h5py.File(d, "r") as f:
        assert "temptation: 4" in f.attrs["scenario"], f.attrs["scenario"]
        assert "generations: 7" in f.attrs["scenario"]
print("ok")
