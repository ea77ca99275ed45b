"""Tests of normsim_reader.read_comparison, read_sensitivity and read_calibration against files
written by the real binary (normsim compare / sensitivity / calibrate on the norms game, a few
generations)."""

import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "python"))
import normsim_reader as nr  # noqa: E402

NORMSIM = os.environ.get("NORMSIM_BIN", str(ROOT / "build" / "tools" / "normsim"))
SCENARIOS = ROOT / "scenarios" / "axelrod"


class AnalysisFilesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="normsim_analysis_files_")
        cls.cmp = os.path.join(cls.tmp.name, "cmp.h5")
        cls.sens = os.path.join(cls.tmp.name, "sens.h5")
        subprocess.run([NORMSIM, "compare", str(SCENARIOS / "norms.yaml"),
                        str(SCENARIOS / "metanorms.yaml"), "--replicates", "4", "--steps", "20",
                        "--resamples", "200", "-o", cls.cmp, "--quiet"],
                       check=True, capture_output=True, timeout=120)
        subprocess.run([NORMSIM, "sensitivity", str(SCENARIOS / "norms.yaml"),
                        "--factor", "mutation_rate=0:0.1", "--factor", "payoff.hurt=-2:0",
                        "--trajectories", "3", "--steps", "20", "-o", cls.sens, "--quiet"],
                       check=True, capture_output=True, timeout=120)
        cls.calib = os.path.join(cls.tmp.name, "calib.h5")
        calib_dir = ROOT / "tests" / "cli" / "calibrate"
        subprocess.run([NORMSIM, "calibrate", str(calib_dir / "small.yaml"), "--targets",
                        str(calib_dir / "targets.yaml"), "--free", "mutation_rate=0.001:0.1",
                        "--free", "payoff.temptation=0.5:8", "--evaluations", "16",
                        "--replicates", "1", "--steps", "120", "-o", cls.calib, "--quiet"],
                       check=True, capture_output=True, timeout=120)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_comparison_estimates_are_the_means_of_the_runs(self):
        c = nr.read_comparison(self.cmp)
        self.assertEqual(c["attrs"]["pathways"], "norms,metanorms")
        runs = c["runs"]
        for _, e in c["estimates"].iterrows():
            seen = runs[(runs.pathway == e.pathway) & (runs.metric == e.metric) & runs.observed]
            self.assertEqual(len(seen), e.observed)
            self.assertAlmostEqual(seen.value.mean(), e["mean"])

    def test_comparison_has_one_difference_per_metric_for_two_pathways(self):
        c = nr.read_comparison(self.cmp)
        self.assertEqual(len(c["differences"]), c["estimates"].metric.nunique())
        self.assertTrue((c["differences"].minus == "metanorms").all())

    def test_sensitivity_indices_cover_every_metric_and_factor(self):
        s = nr.read_sensitivity(self.sens)
        self.assertEqual(set(s["indices"].factor), {"mutation_rate", "payoff.hurt"})
        self.assertEqual(len(s["design"]), 3 * 3)
        self.assertTrue(np.all(s["indices"].effects <= 3))
        gens = s["indices"][s["indices"].metric == "generations"]
        self.assertTrue((gens.mu_star == 0).all())

    def test_calibration_best_is_the_evaluation_of_least_distance(self):
        c = nr.read_calibration(self.calib)
        e = c["evaluations"]
        self.assertEqual(len(e), 16)
        self.assertEqual(list(c["free"]["key"]), ["mutation_rate", "payoff.temptation"])
        self.assertEqual(c["best"]["evaluation"], int(e["distance"].idxmin()))
        self.assertAlmostEqual(c["best"]["values"]["mutation_rate"],
                               e["mutation_rate"][c["best"]["evaluation"]])
        shares = e[[col for col in e.columns if col.startswith("D:")]].sum(axis=1)
        np.testing.assert_allclose(shares, e["distance"])
        self.assertEqual(len(c["moments"]), 7)  # 3 + 3 points and one pattern
        self.assertTrue((c["ensemble"]["distance"].diff().dropna() >= 0).all())

    def test_a_run_file_is_not_a_comparison(self):
        run = os.path.join(self.tmp.name, "run.h5")
        subprocess.run([NORMSIM, "run", str(SCENARIOS / "norms.yaml"), "-o", run, "--steps", "3",
                        "--quiet"], check=True)
        with self.assertRaises(nr.NormsimFileError):
            nr.read_comparison(run)


if __name__ == "__main__":
    unittest.main()
