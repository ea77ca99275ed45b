#!/usr/bin/python3
"""`normsim report` on bad input: a clear message naming the file and the problem, exit 2,
and no report (nor a .partial) left behind.

Usage: check_report_cli.py NORMSIM SCENARIO CASE, CASE one of the keys of CASES. SCENARIO is
a cybernorms scenario; cases that need a real output run it briefly first.
"""

import os
import shutil
import subprocess
import sys
import tempfile

import h5py


def real_run(normsim, scenario, tmp):
    path = os.path.join(tmp, "run.h5")
    subprocess.run([normsim, "run", scenario, "-o", path, "--steps", "3", "--quiet"], check=True)
    return path


def not_hdf5(normsim, scenario, tmp):
    path = os.path.join(tmp, "scenario.h5")
    shutil.copy(scenario, path)
    return path, "not an HDF5 file"


def truncated(normsim, scenario, tmp):
    path = real_run(normsim, scenario, tmp)
    with open(path, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[: len(data) // 2])
    return path, "truncated"


def foreign_hdf5(normsim, scenario, tmp):
    path = os.path.join(tmp, "foreign.h5")
    with h5py.File(path, "w") as f:
        f["data"] = [1, 2, 3]
    return path, "not a normsim output (no file_type attribute)"


def missing_dataset(normsim, scenario, tmp):
    path = real_run(normsim, scenario, tmp)
    with h5py.File(path, "a") as f:
        del f["series/adoption_share_count"]
    return path, "missing dataset /series/adoption_share_count"


def missing_file(normsim, scenario, tmp):
    return os.path.join(tmp, "nothing_here.h5"), "no such file"


CASES = {f.__name__: f for f in (not_hdf5, truncated, foreign_hdf5, missing_dataset,
                                 missing_file)}


def main():
    normsim, scenario, case = sys.argv[1:4]
    with tempfile.TemporaryDirectory(prefix=f"normsim_report_{case}_") as tmp:
        path, expected = CASES[case](normsim, scenario, tmp)
        report = os.path.join(tmp, "report.html")
        done = subprocess.run([normsim, "report", path, "-o", report], capture_output=True,
                              text=True, timeout=60)
        message = done.stderr.strip()
        print(f"exit {done.returncode}: {message}")
        assert done.returncode == 2, f"exit status {done.returncode}, expected 2"
        assert message.startswith(f"normsim: error: {path}: "), "the message names the file"
        assert expected in message, f"the message says {expected!r}"
        assert "Traceback" not in message and "HDF5-DIAG" not in message, "no library noise"
        leftovers = [p for p in (report, report + ".partial") if os.path.exists(p)]
        assert not leftovers, f"left behind: {leftovers}"


if __name__ == "__main__":
    main()
