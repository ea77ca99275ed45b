"""Every kind of output file (run, sweep, a sweep row, merged rows, sensitivity) carries the
model's `draws_version` root attribute, the same integer in each; a comparison records it per
pathway, whether the pathway was run or read from a sweep file."""
import os
import subprocess
import sys
import tempfile

import h5py

normsim, scenario = sys.argv[1], sys.argv[2]

with tempfile.TemporaryDirectory() as tmp:
    design = os.path.join(tmp, "design.yaml")
    with open(design, "w") as d:
        d.write("sweep: {replicates: 2}\n")
    out = {name: os.path.join(tmp, name + ".h5")
           for name in ("run", "sweep", "row", "merged", "sensitivity")}
    row1 = os.path.join(tmp, "row1.h5")
    commands = [
        ["run", scenario, "-o", out["run"]],
        ["sweep", scenario, "--design", design, "-o", out["sweep"]],
        ["run", scenario, "--design", design, "--run-index", "0", "-o", out["row"]],
        ["run", scenario, "--design", design, "--run-index", "1", "-o", row1],
        ["merge", scenario, "--design", design, "-o", out["merged"], out["row"], row1],
        ["sensitivity", scenario, "--factor", "payoff.temptation=1:3", "--trajectories", "2",
         "-o", out["sensitivity"]],
    ]
    for c in commands:
        subprocess.run([normsim, *c, "--steps", "3", "--quiet"], check=True,
                       stdout=subprocess.DEVNULL)
    compared = os.path.join(tmp, "compare.h5")
    subprocess.run([normsim, "compare", scenario, out["sweep"], "-r", "2", "--steps", "3",
                    "--quiet", "-o", compared], check=True, stdout=subprocess.DEVNULL)
    versions = {}
    for name, path in out.items():
        with h5py.File(path, "r") as f:
            assert "draws_version" in f.attrs, f"{name}: no draws_version"
            versions[name] = int(f.attrs["draws_version"])
    with h5py.File(compared, "r") as f:
        for pathway in f["pathways"]:
            versions["compare/" + pathway] = int(f["pathways"][pathway].attrs["draws_version"])
    assert len(versions) == 7, versions
    assert len(set(versions.values())) == 1 and min(versions.values()) >= 1, versions
print("ok", versions)
