"""Tests of tools/python/normsim_reader.py against files written by the real normsim binary.

Run by ctest (tests/python/CMakeLists.txt), or by hand from the repository root:
    NORMSIM_BIN=build/tools/normsim /usr/bin/python3 -m unittest discover -s tests/python -v
NORMSIM_BIN names the binary (default: build/tools/normsim under the repository root).
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

import h5py
import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "python"))
import normsim_reader as nr  # noqa: E402

NORMSIM = os.environ.get("NORMSIM_BIN", str(ROOT / "build" / "tools" / "normsim"))
READER = ROOT / "tools" / "python" / "normsim_reader.py"
SCENARIOS = ROOT / "scenarios" / "axelrod"
STEPS = 30
SEED = 7
# models/axelrod/params.hpp: the default thresholds of the outcome classification.
DEFAULT_THRESHOLDS = {"established_max_boldness": 2 / 7, "established_min_vengefulness": 5 / 7,
                      "collapsed_min_boldness": 6 / 7, "collapsed_max_vengefulness": 1 / 7}


def run_normsim(scenario, out, *args):
    """Run `normsim run` quietly; return the output path."""
    subprocess.run([NORMSIM, "run", str(scenario), "-o", str(out), "--quiet", *args],
                   check=True, capture_output=True, timeout=120)
    return out


def classify(boldness, vengefulness, t):
    """The classification of models/axelrod/outcome.hpp, restated."""
    if boldness <= t["established_max_boldness"] and \
            vengefulness >= t["established_min_vengefulness"]:
        return "established", 1
    if boldness >= t["collapsed_min_boldness"] and vengefulness <= t["collapsed_max_vengefulness"]:
        return "collapsed", 2
    return "neither", 0


class ReaderTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.access(NORMSIM, os.X_OK):
            raise FileNotFoundError(f"normsim binary not found at {NORMSIM}; set NORMSIM_BIN")
        cls.tmp = Path(tempfile.mkdtemp(prefix="normsim_reader_test_"))
        cls.meta = run_normsim(SCENARIOS / "metanorms.yaml", cls.tmp / "meta.h5",
                               "--steps", str(STEPS), "--seed", str(SEED))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def copy_of(self, src, name):
        dst = self.tmp / name
        shutil.copyfile(src, dst)
        return dst


class RunFileTest(ReaderTestCase):
    def test_provenance(self):
        run = nr.open_output(self.meta)
        self.assertIsInstance(run, nr.RunOutput)
        self.assertEqual(run.attrs["file_type"], "normsim.run")
        self.assertEqual(run.attrs["format_version"], 1)
        self.assertEqual(run.model, "axelrod")
        self.assertEqual(run.attrs["seed"], SEED)
        self.assertIsNone(run.interrupted_at_step)
        self.assertIn("metanorms: true", run.scenario)
        self.assertEqual(run.parameters()["generations"], STEPS)  # --steps is in the text

    def test_series_lengths_and_labels(self):
        run = nr.open_output(self.meta)
        wide = run.series_wide()
        self.assertEqual(len(wide), STEPS)
        np.testing.assert_array_equal(wide["generation"], np.arange(STEPS))
        np.testing.assert_array_equal(wide.index, np.arange(STEPS))
        levels = [f"{i}/7" for i in range(8)]
        self.assertEqual(list(wide.filter(like="boldness_distribution[").columns),
                         [f"boldness_distribution[{x}]" for x in levels])
        self.assertEqual(wide["defections"].dtype, np.int64)
        long = run.series()
        # 8 one-column series and 2 series of 8 columns
        self.assertEqual(len(long), STEPS * (8 + 2 * 8))
        self.assertEqual(list(long.columns), ["step", "series", "column", "value"])
        self.assertEqual(set(long["series"]), set(run.series_names()))
        one = run.series("mean_boldness")
        self.assertEqual(list(one["column"].unique()), [""])
        np.testing.assert_array_equal(one["step"], np.arange(STEPS))

    def test_series_match_the_file_and_each_other(self):
        run = nr.open_output(self.meta)
        with h5py.File(self.meta, "r") as f:
            raw = f["series/vengefulness_distribution"][()]
        long = run.series("vengefulness_distribution")
        pivot = long.pivot(index="step", columns="column", values="value")
        np.testing.assert_array_equal(pivot[[f"{i}/7" for i in range(8)]].to_numpy(), raw)
        wide = run.series_wide(["mean_boldness", "boldness_distribution"])
        counts = wide[[f"boldness_distribution[{i}/7]" for i in range(8)]].to_numpy()
        population = run.parameters()["population"]
        np.testing.assert_array_equal(counts.sum(axis=1), np.full(STEPS, population))
        # the label i/7 is the boldness level: the distribution's mean is the mean series
        np.testing.assert_allclose(counts @ (np.arange(8) / 7) / population,
                                   wide["mean_boldness"], atol=1e-12)

    def test_summary_matches_classification(self):
        for seed in (1, 2, 3):
            path = run_normsim(SCENARIOS / "metanorms.yaml", self.tmp / f"s{seed}.h5",
                               "--steps", str(STEPS), "--seed", str(seed))
            s = nr.open_output(path).summary()
            self.assertEqual(s["generations"], STEPS)
            self.assertIsInstance(s["outcome"], str)
            self.assertEqual((s["outcome"], s["outcome_code"]),
                             classify(s["final_mean_boldness"], s["final_mean_vengefulness"],
                                      DEFAULT_THRESHOLDS))

    def test_summary_follows_overridden_thresholds(self):
        # Thresholds under which every population is "established": the reader's
        # parameters() must show them, and the outcome must follow them.
        path = run_normsim(SCENARIOS / "norms.yaml", self.tmp / "loose.h5", "--steps", "5",
                           "--set", "classification.established_max_boldness=1",
                           "--set", "classification.established_min_vengefulness=0")
        run = nr.open_output(path)
        thresholds = dict(DEFAULT_THRESHOLDS, **run.parameters()["classification"])
        self.assertEqual(thresholds["established_max_boldness"], 1)
        s = run.summary()
        self.assertEqual(s["outcome"], "established")
        self.assertEqual((s["outcome"], s["outcome_code"]),
                         classify(s["final_mean_boldness"], s["final_mean_vengefulness"],
                                  thresholds))

    def test_describe(self):
        table = nr.open_output(self.meta).describe().set_index("dataset")
        self.assertEqual(len(table), 10 + 5)
        self.assertEqual(table.loc["/series/mean_boldness", "unit"], "probability")
        self.assertEqual(table.loc["/series/boldness_distribution", "shape"], (STEPS, 8))
        self.assertEqual(table.loc["/summary/outcome", "kind"], "summary")
        self.assertTrue(all(table["description"].str.len() > 0))

    def test_interrupted_run(self):
        partial = self.tmp / "big.h5.partial"
        proc = subprocess.Popen([NORMSIM, "run", str(SCENARIOS / "large.yaml"), "-o",
                                 str(self.tmp / "big.h5"), "--quiet", "--steps", "100000"],
                                stderr=subprocess.DEVNULL)
        time.sleep(1.5)  # past start-up, so normsim's interrupt handler is installed
        proc.send_signal(signal.SIGINT)
        self.assertEqual(proc.wait(timeout=60), 130)  # normsim's exit status on SIGINT
        run = nr.open_output(partial)
        self.assertIsNotNone(run.interrupted_at_step)
        self.assertEqual(len(run.series_wide()), run.interrupted_at_step)
        with self.assertRaisesRegex(nr.NormsimFileError, "interrupted at step"):
            run.summary()

    def test_cli_prints_summary(self):
        res = subprocess.run([sys.executable, str(READER), str(self.meta)],
                             capture_output=True, text=True, timeout=60)
        self.assertEqual(res.returncode, 0, res.stderr)
        outcome = nr.open_output(self.meta).summary()["outcome"]
        self.assertRegex(res.stdout, rf"outcome\s+{outcome}")
        self.assertIn("/series/mean_vengefulness", res.stdout)


class BadInputTest(ReaderTestCase):
    def assert_bad(self, path, message):
        """open_output and then every read raise NormsimFileError, and the CLI exits 2."""
        with self.assertRaises(nr.NormsimFileError) as ctx:
            run = nr.open_output(path)
            run.series()
            run.summary()
        self.assertEqual(ctx.exception.path, str(path))
        self.assertRegex(str(ctx.exception), message)
        res = subprocess.run([sys.executable, str(READER), str(path)],
                             capture_output=True, text=True, timeout=60)
        self.assertEqual(res.returncode, 2)
        self.assertIn(str(path), res.stderr)
        self.assertRegex(res.stderr, message)

    def test_missing_file(self):
        self.assert_bad(self.tmp / "nope.h5", "no such file")

    def test_not_hdf5(self):
        path = self.tmp / "text.h5"
        path.write_text("model: axelrod\n")
        self.assert_bad(path, "not an HDF5 file")

    def test_truncated(self):
        data = self.meta.read_bytes()
        for n in (len(data) // 2, len(data) - 64):
            path = self.tmp / f"truncated{n}.h5"
            path.write_bytes(data[:n])
            self.assert_bad(path, "truncated")

    def test_no_file_type(self):
        path = self.copy_of(self.meta, "nofiletype.h5")
        with h5py.File(path, "a") as f:
            del f.attrs["file_type"]
        self.assert_bad(path, "no file_type")

    def test_other_file_type(self):
        path = self.tmp / "other.h5"
        with h5py.File(path, "w") as f:
            f.attrs["file_type"] = "openmc.statepoint"
            f.create_dataset("series/x", data=[1.0])
        self.assert_bad(path, "not a normsim output: file_type is 'openmc.statepoint'")

    def test_newer_format_version(self):
        path = self.copy_of(self.meta, "v2.h5")
        with h5py.File(path, "a") as f:
            f.attrs["format_version"] = np.int64(2)
        self.assert_bad(path, "format_version 2 is not supported")

    def test_missing_groups(self):
        for group in ("series", "summary"):
            path = self.copy_of(self.meta, f"no{group}.h5")
            with h5py.File(path, "a") as f:
                del f[group]
            self.assert_bad(path, f"missing group /{group}")

    def test_missing_dataset(self):
        run = nr.open_output(self.meta)
        with self.assertRaisesRegex(nr.NormsimFileError, r"missing dataset /series/boldnes "
                                    r"\(available: .*mean_boldness"):
            run.series("boldnes")
        with self.assertRaises(nr.NormsimFileError):
            run.series_wide(["mean_boldness", "nope"])

    def test_usage_error_exits_2(self):
        res = subprocess.run([sys.executable, str(READER)], capture_output=True, timeout=60)
        self.assertEqual(res.returncode, 2)


# Reads every part of one file in a child process (HDF5 itself may crash or hang on a damaged
# file); exit 3 when the reader let an error other than NormsimFileError escape.
READ_ALL = """
import sys
sys.path.insert(0, sys.argv[2])
import normsim_reader as nr
try:
    out = nr.open_output(sys.argv[1])
    methods = ["parameters", "series_names", "series", "series_wide", "summary", "describe"]
    if isinstance(out, nr.SweepOutput):
        methods += ["design", "completed"]
    for m in methods:
        try:
            getattr(out, m)()
        except nr.NormsimFileError:
            pass
except nr.NormsimFileError:
    pass
except Exception as e:
    print(type(e).__name__, e)
    sys.exit(3)
"""


COPIES = 16


class DamagedFileTest(ReaderTestCase):
    """A fuzz of the reader over damaged copies of a real run file (seeded, so the same
    copies every time): 4 KiB blocks zeroed, or bytes overwritten. The reader must raise only
    NormsimFileError. Crashes and hangs inside HDF5 itself are counted and printed: the
    reader cannot catch them in its own process (`normsim report` reads in a child)."""

    def test_damaged_files_raise_only_normsim_file_error(self):
        import random
        rng = random.Random(17)
        data = Path(self.meta).read_bytes()
        escaped, in_hdf5 = [], 0
        for i in range(COPIES):
            damaged = bytearray(data)
            if i % 2 == 0:
                at = rng.randrange(len(data) // 4096 + 1) * 4096
                damaged[at:at + 4096] = bytes(len(damaged[at:at + 4096]))
            else:
                for _ in range(8):
                    damaged[rng.randrange(len(data))] = rng.randrange(256)
            path = self.tmp / f"damaged_{i}.h5"
            path.write_bytes(bytes(damaged))
            try:
                r = subprocess.run([sys.executable, "-c", READ_ALL, str(path), str(READER.parent)],
                                   capture_output=True, text=True, timeout=10)
            except subprocess.TimeoutExpired:
                in_hdf5 += 1
                continue
            if r.returncode == 3:
                escaped.append(f"{path.name}: {r.stdout.strip()}")
            elif r.returncode != 0:
                in_hdf5 += 1
        print(f"{COPIES} damaged copies: {len(escaped)} raw errors, {in_hdf5} crashes or hangs in "
              "HDF5", file=sys.stderr)
        self.assertEqual(escaped, [])


class SweepFileTest(ReaderTestCase):
    """A real sweep (tests/cli/sweeps/small.yaml: 2 x 2 grid, 2 replicates) read back, and
    checked against the same rows run on their own with `normsim run --run-index`."""

    SCENARIO = ROOT / "tests" / "cli" / "sweeps" / "small.yaml"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sweep_path = cls.tmp / "sweep.h5"
        subprocess.run([NORMSIM, "sweep", str(cls.SCENARIO), "-o", str(cls.sweep_path),
                        "--quiet", "--threads", "2"], check=True, capture_output=True,
                       timeout=120)
        cls.row3 = run_normsim(cls.SCENARIO, cls.tmp / "row3.h5", "--run-index", "3")

    def test_design_has_run_seed_and_parameters_in_order(self):
        sweep = nr.open_output(self.sweep_path)
        self.assertIsInstance(sweep, nr.SweepOutput)
        design = sweep.design()
        self.assertEqual(list(design.columns),
                         ["seed", "mechanisms.adoption.rate", "mechanisms.advocacy.enabled"])
        self.assertEqual(list(design.index), list(range(8)))
        self.assertEqual(list(design["mechanisms.adoption.rate"]), [0.05] * 4 + [0.2] * 4)
        self.assertEqual(list(design["mechanisms.advocacy.enabled"]),
                         ["true", "true", "false", "false"] * 2)
        self.assertTrue(sweep.completed().all())

    def test_series_of_a_row_equal_the_row_run_alone(self):
        sweep = nr.open_output(self.sweep_path)
        alone = nr.open_output(self.row3)
        long = sweep.series("mean_trust")
        self.assertEqual(list(long.columns[:2]), ["run", "step"])
        np.testing.assert_array_equal(long[long["run"] == 3]["value"].to_numpy(),
                                      alone.series_wide("mean_trust")["mean_trust"].to_numpy())
        self.assertTrue((long[long["run"] == 3]["mechanisms.advocacy.enabled"] == "false").all())
        wide = sweep.series_wide()
        self.assertEqual(wide.index.names, ["run", "step"])
        self.assertEqual(len(wide), 8 * 10)

    def test_report_shows_the_design_in_the_sweeps_column_order(self):
        html = self.tmp / "sweep.html"
        subprocess.run([NORMSIM, "report", str(self.sweep_path), "-o", str(html)], check=True,
                       capture_output=True, timeout=120)
        self.assertIn("<th>run</th><th>seed</th><th>mechanisms.adoption.rate</th>"
                      "<th>mechanisms.advocacy.enabled</th></tr>", html.read_text())

    def test_summary_has_design_first_and_one_row_per_run(self):
        sweep = nr.open_output(self.sweep_path)
        summary = sweep.summary()
        self.assertIsInstance(summary, pd.DataFrame)
        self.assertEqual(len(summary), 8)
        self.assertEqual(list(summary.columns[:2]), ["seed", "mechanisms.adoption.rate"])
        alone = nr.open_output(self.row3).summary()
        self.assertEqual(summary.loc[3, "implementation_depth"], alone["implementation_depth"])
        self.assertEqual(summary.loc[3, "seed"], nr.open_output(self.row3).attrs["seed"])


class AgentsAndSnapshotsTest(ReaderTestCase):
    """cybernorms' per-agent data, from the shipped roster scenario (record.every: 12)."""

    ROSTERS = ROOT / "scenarios" / "rosters"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.roster = nr.open_output(run_normsim(cls.ROSTERS / "small_world.yaml",
                                             cls.tmp / "roster.h5", "--steps", "30"))

    def test_agents_have_the_roster_values(self):
        agents = self.roster.agents()
        states = pd.read_csv(self.ROSTERS / "states.csv")
        firms = pd.read_csv(self.ROSTERS / "firms.csv")
        self.assertEqual(len(agents), len(states) + len(firms))
        self.assertEqual(list(agents["kind"]), [0] * len(states) + [1] * len(firms))
        np.testing.assert_array_equal(agents["weight"].to_numpy(),
                                      np.concatenate([states["weight"], firms["size"]]))
        ids = list(states["id"])
        self.assertEqual(list(agents["home"][len(states):]), [ids.index(h) for h in firms["home"]])

    def test_snapshots_are_tidy_and_match_the_final_shares(self):
        snap = self.roster.snapshots()
        self.assertEqual(list(snap.columns), ["step", "agent", "variable", "item", "value"])
        self.assertEqual(sorted(snap["step"].unique()), [11, 23, 29])
        stage = snap[(snap["variable"] == "stage") & (snap["step"] == 29)]
        self.assertEqual(set(stage["item"]), {"cvd", "cni", "cert", "supply_chain",
                                              "info_sharing", "cybercrime"})
        kind = self.roster.agents()["kind"]
        wide = self.roster.series_wide("adoption_share_count")
        for norm in ("cvd", "cni"):
            of_norm = stage[stage["item"] == norm].set_index("agent")["value"]
            implemented = (of_norm[kind == 0] == 2).mean()
            self.assertAlmostEqual(
                wide.loc[29, f"adoption_share_count[{norm}/state/implemented]"], implemented)
        members = self.roster.snapshots("member")
        self.assertEqual(set(members["item"]), {"tech_accord", "un_process"})

    def test_agents_of_a_sweep_have_one_row_per_run_and_agent(self):
        path = self.tmp / "agents_sweep.h5"
        subprocess.run([NORMSIM, "sweep", str(self.ROSTERS / "small_world.yaml"), "--design",
                        str(ROOT / "tests" / "cli" / "sweeps" / "snapshots.yaml"), "-o",
                        str(path), "--quiet"], check=True)
        agents = nr.open_output(path).agents()
        one = self.roster.agents()
        runs = agents.index.get_level_values("run").nunique()
        self.assertGreater(runs, 1)
        self.assertEqual(len(agents), runs * len(one))
        self.assertEqual(list(agents.columns), list(one.columns))
        np.testing.assert_array_equal(agents.loc[0]["kind"].to_numpy(), one["kind"].to_numpy())

    def test_snapshots_missing_when_off(self):
        out = nr.open_output(run_normsim(self.ROSTERS / "small_world.yaml", self.tmp / "off.h5",
                                         "--steps", "3", "--set", "record.every=0"))
        with self.assertRaisesRegex(nr.NormsimFileError, "missing group /snapshots"):
            out.snapshots()


if __name__ == "__main__":
    unittest.main()
