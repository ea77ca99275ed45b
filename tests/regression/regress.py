"""Golden-file regression check of one shipped scenario.

Runs `normsim run SCENARIO` and reduces the output to a text digest: the model's draws version
(the `draws_version` root attribute), every /summary result (exactly: floats in shortest
round-trip form) and, per /series dataset, its shape and the SHA-256 of its raw bytes, so any
change to any number of the run shows up; then, per column of each series, its first, last
and mean value (6 significant digits), so that a diff also says by how much a series moved.
The digest is compared with the golden file; a mismatch prints the diff and exits 1.

Goldens change only through the explicit update command, which rewrites them for review in
the diff:  tools/update-goldens.sh [BUILD_DIR]   (sets NORMSIM_UPDATE_GOLDENS=1).

The digests are bit-exact, so they hold for the toolchain and libm of CI (Debian 12, x86-64);
another platform may differ in the last bits of exp/log/pow and need its own goldens.
"""
import argparse
import difflib
import hashlib
import os
import subprocess
import sys
import tempfile

import h5py
import numpy as np


def number(x):
    return f"{float(x):.6g}"


def column_names(dataset, width):
    names = dataset.attrs.get("columns", "")
    if isinstance(names, bytes):
        names = names.decode()
    names = names.split(",") if names else []
    return names if len(names) == width else [str(j) for j in range(width)]


def magnitudes(name, data, dataset):
    """First, last and mean of each column: one line per column (a 1-D series is one)."""
    if data.size == 0 or data.dtype.kind not in "fiub":
        return []
    columns = data.reshape(data.shape[0], -1)
    names = column_names(dataset, columns.shape[1]) if data.ndim > 1 else [""]
    lines = []
    for j, label in enumerate(names):
        c = columns[:, j].astype(np.float64)
        where = f"series/{name}" + (f"[{label}]" if label else "")
        lines.append(f"{where} first={number(c[0])} last={number(c[-1])} "
                     f"mean={number(c.mean())}")
    return lines


def digest(path):
    lines = []
    with h5py.File(path, "r") as f:
        lines.append(f"draws_version = {int(f.attrs['draws_version'])}")
        for name in sorted(f["summary"]):
            value = f["summary"][name][()]
            if isinstance(value, bytes):
                value = value.decode()
            elif isinstance(value, np.floating):
                value = repr(float(value))
            elif isinstance(value, np.integer):
                value = int(value)
            lines.append(f"summary/{name} = {value}")
        for name in sorted(f["series"]):
            data = np.ascontiguousarray(f["series"][name][()])
            sha = hashlib.sha256(data.tobytes()).hexdigest()
            lines.append(f"series/{name} {list(data.shape)} {data.dtype.str} sha256={sha}")
        for name in sorted(f["series"]):
            lines += magnitudes(name, f["series"][name][()], f["series"][name])
    return lines


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--normsim", required=True)
    p.add_argument("--scenario", required=True, help="path relative to the repository")
    p.add_argument("--root", required=True, help="the repository")
    p.add_argument("--golden", required=True)
    p.add_argument("--set", action="append", default=[], help="override, as normsim --set")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "run.h5")
        command = [a.normsim, "run", os.path.join(a.root, a.scenario), "-o", out, "--quiet"]
        for s in a.set:
            command += ["--set", s]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        header = [f"# normsim regression golden of {a.scenario}"
                  + (f" with --set {' '.join(a.set)}" if a.set else ""),
                  "# change only with tools/update-goldens.sh, and review the diff"]
        lines = header + digest(out)
    text = "\n".join(lines) + "\n"
    if os.environ.get("NORMSIM_UPDATE_GOLDENS") == "1":
        os.makedirs(os.path.dirname(a.golden), exist_ok=True)
        with open(a.golden, "w") as g:
            g.write(text)
        print(f"wrote {a.golden}")
        return 0
    if not os.path.exists(a.golden):
        print(f"no golden file {a.golden}; create it with tools/update-goldens.sh")
        return 1
    with open(a.golden) as g:
        golden = g.read()
    if golden == text:
        return 0
    sys.stdout.writelines(difflib.unified_diff(golden.splitlines(True), text.splitlines(True),
                                               a.golden, "this build"))
    print("\nthe run differs from its golden file; if the change is intended, run "
          "tools/update-goldens.sh and commit the reviewed diff")
    return 1


if __name__ == "__main__":
    sys.exit(main())
