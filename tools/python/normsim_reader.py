#!/usr/bin/python3
"""Read normsim HDF5 output into pandas.

A normsim output describes itself: root attributes carry the provenance (``file_type``,
``format_version``, program version, git commit, scenario text, seed, ...), ``/series``
holds one row per step and ``/summary`` the per-run results, every dataset with
``description`` and ``unit`` attributes. This module turns such a file into tidy data::

    import normsim_reader as nr
    run = nr.open_output("out.h5")
    run.model                  # "axelrod"
    run.attrs["seed"]          # provenance, as a plain dict
    run.series()               # long form: step, series, column, value
    run.series_wide()          # one row per step, one column per series (or series[label])
    run.summary()              # pandas Series: outcome, final means, ...
    run.agents()               # cybernorms: the fixed world, one row per agent
    run.snapshots()            # cybernorms, record.every > 0: step, agent, variable, item, value
    run.describe()             # dataset, kind, shape, dtype, unit, description

Two layouts are read:

* ``normsim.run`` (format_version 1): written by ``normsim run``; implemented and tested
  against the real binary.
* ``normsim.sweep`` (format_version 1): written by ``normsim sweep`` and ``normsim merge``:
  a ``/design`` group of 1-D datasets of length ``runs`` (``run``, ``seed``, one per varied
  parameter, in the order of the group's ``columns`` attribute), ``/completed`` (1 for runs
  present), series stacked as ``[runs, steps, ...]`` and summaries as ``[runs]``. Series and
  summaries then gain a ``run`` column and the design's parameters as columns. A compound
  ``/design`` dataset is read too (files written by other tools).

``normsim compare -o``, ``normsim sensitivity -o`` and ``normsim calibrate -o`` files are read
by :func:`read_comparison`, :func:`read_sensitivity` and :func:`read_calibration` (dicts of
DataFrames).

Anything wrong with a file (not HDF5, truncated, not a normsim output, a dataset missing)
raises :class:`NormsimFileError`, which names the path and the problem. Run as a script,
``/usr/bin/python3 normsim_reader.py FILE`` prints a summary, and exits 2 on bad input.

Files are opened only while being read, so a reader object holds no HDF5 handle.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys

import h5py
import numpy as np
import pandas as pd

SUPPORTED_FORMAT_VERSION = 1
RUN_FILE_TYPE = "normsim.run"
SWEEP_FILE_TYPE = "normsim.sweep"

COMPARE_FILE_TYPE = "normsim.compare"
SENSITIVITY_FILE_TYPE = "normsim.sensitivity"
CALIBRATION_FILE_TYPE = "normsim.calibration"
#: sim/analysis/run_results.hpp: an event time says this in its description, and holds -1 in a
#: run where the event never happened.
NEVER_MARKER = "-1: never"

__all__ = ["NormsimFileError", "RunOutput", "SweepOutput", "open_output", "read_comparison",
           "read_sensitivity", "read_calibration", "main"]


class NormsimFileError(Exception):
    """A file that cannot be read as normsim output; ``path`` and ``problem`` say why."""

    def __init__(self, path, problem):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


# What h5py, numpy, pandas and PyYAML raise on a damaged or malformed file: structure that is
# not where the layout puts it, bytes that do not decode, shapes that do not fit (a damaged
# shape can claim petabytes: MemoryError).
_DAMAGE = (OSError, RuntimeError, KeyError, ValueError, TypeError, AttributeError, IndexError,
           UnicodeError, MemoryError)


def _guarded(method):
    """`method` with the errors of a damaged file turned into NormsimFileError."""
    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except NormsimFileError:
            raise
        except _DAMAGE + _yaml_errors() as e:
            raise NormsimFileError(self.path, f"damaged or malformed ({type(e).__name__}: {e})") \
                from e
    return guarded


def _guard_methods(cls):
    """Class decorator: every public method of `cls` raises only NormsimFileError for a bad
    file, whatever part of the file is damaged."""
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("_"):
            setattr(cls, name, _guarded(value))
    return cls


def _yaml_errors():
    try:
        import yaml
        return (yaml.YAMLError,)
    except ImportError:
        return ()


def _text(value):
    """An HDF5 string (bytes or str, scalar or 0-d array) as str; other values unchanged."""
    if isinstance(value, np.ndarray) and value.shape == ():
        value = value[()]
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, np.generic):
        return value.item()
    return value


@_guard_methods
class RunOutput:
    """One ``normsim.run`` file. Build it with :func:`open_output`.

    Attributes:
        path: the file's path.
        attrs: every root attribute (provenance) as a dict of Python values.
        model: the model that wrote the file (e.g. ``"axelrod"``).
        scenario: the scenario YAML text that ran (after ``--set`` overrides).
        interrupted_at_step: the step at which a run was interrupted, or None.
    """

    #: leading dimensions of every series before the step dimension (0 for a run)
    _lead = 0

    def __init__(self, path, attrs):
        self.path = str(path)
        self.attrs = attrs
        self.model = attrs.get("model")
        self.scenario = attrs.get("scenario", "")
        self.interrupted_at_step = attrs.get("interrupted_at_step")

    def __repr__(self):
        return f"<{type(self).__name__} {self.path!r} model={self.model!r}>"

    # -- file access -------------------------------------------------------------------------

    def _file(self):
        return _open_h5(self.path)

    def _group(self, f, name):
        if name not in f or not isinstance(f[name], h5py.Group):
            raise NormsimFileError(self.path, f"missing group /{name}")
        return f[name]

    def _read(self, dataset):
        try:
            return dataset[()]
        except (OSError, RuntimeError) as e:  # truncated or corrupt data
            raise NormsimFileError(self.path, f"cannot read {dataset.name}: {e}") from e

    def parameters(self):
        """The scenario as a nested dict (parsed from :attr:`scenario`; needs PyYAML)."""
        import yaml  # Debian python3-yaml; only this method needs it

        return yaml.safe_load(self.scenario) or {}

    # -- series ------------------------------------------------------------------------------

    def series_names(self):
        """Names of the datasets under ``/series``, sorted."""
        with self._file() as f:
            return sorted(self._group(f, "series").keys())

    def _series_arrays(self, names):
        """{name: (array, column labels)} for the named series (all when names is None)."""
        with self._file() as f:
            group = self._group(f, "series")
            if names is None:
                names = sorted(group.keys())
            elif isinstance(names, str):
                names = [names]
            out = {}
            for name in names:
                if name not in group:
                    raise NormsimFileError(
                        self.path, f"missing dataset /series/{name} "
                        f"(available: {', '.join(sorted(group.keys()))})")
                ds = group[name]
                data = np.asarray(self._read(ds))
                extra = data.ndim - 1 - self._lead
                if extra not in (0, 1):
                    raise NormsimFileError(
                        self.path, f"/series/{name} has shape {data.shape}; expected "
                        f"{self._lead + 1} or {self._lead + 2} dimensions")
                labels = [""]
                if extra == 1:
                    labels = _column_labels(self.path, ds, data.shape[-1])
                out[name] = (data, labels)
        return out

    def series(self, name=None):
        """Series in long (tidy) form: one row per step, series and column label.

        Args:
            name: a series name, a list of names, or None for every series.

        Returns:
            DataFrame with columns ``step`` (int, from 0), ``series`` (str), ``column``
            (the 2-D series' column label, ``""`` for a 1-D series) and ``value`` (float).
            A sweep file adds a leading ``run`` column and the design's parameters.

        Raises:
            NormsimFileError: a named series does not exist, or cannot be read.
        """
        frames = []
        for sname, (data, labels) in self._series_arrays(name).items():
            values = data.reshape(data.shape[: self._lead + 1] + (len(labels),))
            index = np.indices(values.shape).reshape(values.ndim, -1)
            frame = {}
            if self._lead:
                frame["run"] = index[0]
            frame["step"] = index[self._lead]
            frame["series"] = sname
            frame["column"] = np.asarray(labels, dtype=object)[index[-1]]
            frame["value"] = values.reshape(-1).astype(float)
            frames.append(pd.DataFrame(frame))
        cols = (["run"] if self._lead else []) + ["step", "series", "column", "value"]
        long = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=cols)
        return self._with_design(long)

    def series_wide(self, name=None):
        """Series in wide form: one row per step (per run and step for a sweep).

        Columns are the series names; a 2-D series gives one column per label, named
        ``series[label]`` (e.g. ``boldness_distribution[0/7]``). Integer series keep their
        dtype. Arguments and errors as :meth:`series`.
        """
        columns = {}
        lead_shape = None
        for sname, (data, labels) in self._series_arrays(name).items():
            shape = data.shape[: self._lead + 1]
            if lead_shape is not None and shape != lead_shape:
                raise NormsimFileError(self.path, f"/series/{sname} has shape {data.shape}, "
                                       f"not matching the other series' {lead_shape}")
            lead_shape = shape
            if labels == [""]:
                columns[sname] = data.reshape(-1)
            else:
                flat = data.reshape(-1, len(labels))
                for j, label in enumerate(labels):
                    columns[f"{sname}[{label}]"] = flat[:, j]
        index = self._step_index(lead_shape or (0,) * (self._lead + 1))
        return pd.DataFrame(columns, index=index)

    def _step_index(self, shape):
        return pd.RangeIndex(shape[0], name="step")

    def _with_design(self, frame):
        return frame

    # -- per-agent data (cybernorms) ---------------------------------------------------------

    def agents(self):
        """The fixed world from ``/agents``: one row per agent (index ``agent``; states
        first, in roster order), one column per dataset (``kind`` 0 state / 1 firm,
        ``home``, ``region`` and ``bloc`` indices into the scenario's lists, ``weight``,
        ``footprint_size``).

        Raises:
            NormsimFileError: the file has no ``/agents`` (a model that does not write it).
        """
        data = self._agent_arrays(1)
        frame = pd.DataFrame({k: v for k, v in data.items()})
        frame.index.name = "agent"
        return frame

    def _agent_arrays(self, rank):
        """Every /agents dataset as an array, all of one shape of `rank` dimensions."""
        with self._file() as f:
            group = self._group(f, "agents")
            data = {k: np.asarray(self._read(group[k])) for k in sorted(group.keys())}
        shapes = sorted({v.shape for v in data.values()})
        if len(shapes) > 1 or any(len(shape) != rank for shape in shapes):
            raise NormsimFileError(self.path, f"/agents datasets have shapes {shapes}, expected "
                                   f"one shape of {rank} dimension(s)")
        return data

    def snapshots(self, name=None):
        """Per-agent snapshots from ``/snapshots`` in long (tidy) form.

        Args:
            name: a snapshot variable (``stage``, ``variant``, ``member``, ``boldness``,
                ``vengefulness``, ``capacity``, ``reputation``), a list of them, or None
                for all.

        Returns:
            DataFrame with columns ``step`` (as ``/series/step``), ``agent``, ``variable``,
            ``item`` (the norm for stage and variant, the initiative for member, ``""``
            otherwise) and ``value`` (float).

        Raises:
            NormsimFileError: no ``/snapshots`` (the run had ``record.every: 0``), or a
                named variable is missing.
        """
        with self._file() as f:
            group = self._group(f, "snapshots")
            agents = len(self._group(f, "agents")["kind"])
            steps = np.asarray(self._read(group["step"]))
            norms = _column_labels(self.path, f["series/violations"],
                                   f["series/violations"].shape[-1])
            initiatives = _column_labels(self.path, f["series/memberships"],
                                         f["series/memberships"].shape[-1])
            names = sorted(k for k in group.keys() if k != "step") if name is None else (
                [name] if isinstance(name, str) else list(name))
            frames = []
            for var in names:
                if var not in group:
                    raise NormsimFileError(self.path, f"missing dataset /snapshots/{var}")
                data = np.asarray(self._read(group[var])).reshape(len(steps), agents, -1)
                items = {"stage": norms, "variant": norms, "member": initiatives}.get(var, [""])
                index = np.indices(data.shape).reshape(3, -1)
                frames.append(pd.DataFrame({
                    "step": steps[index[0]], "agent": index[1], "variable": var,
                    "item": np.asarray(items, dtype=object)[index[2]],
                    "value": data.reshape(-1).astype(float)}))
        cols = ["step", "agent", "variable", "item", "value"]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=cols)

    # -- summary and description -------------------------------------------------------------

    def summary(self):
        """Per-run results from ``/summary`` as a pandas Series (strings decoded).

        Raises:
            NormsimFileError: the run was interrupted (it has no summary), or ``/summary``
                is missing or unreadable.
        """
        self._check_not_interrupted()
        with self._file() as f:
            group = self._group(f, "summary")
            return pd.Series({k: _text(self._read(group[k])) for k in sorted(group.keys())},
                             name="value", dtype=object)

    def _check_not_interrupted(self):
        if self.interrupted_at_step is not None:
            raise NormsimFileError(
                self.path, f"the run was interrupted at step {self.interrupted_at_step}, "
                "so it has no summary (its series are complete up to that step)")

    def describe(self):
        """Every dataset with its kind, shape, dtype, unit and description, as a DataFrame."""
        rows = []
        with self._file() as f:
            for group_name in ("design", "series", "summary", "agents", "snapshots"):
                if group_name not in f or not isinstance(f[group_name], h5py.Group):
                    continue
                for name, ds in sorted(f[group_name].items()):
                    rows.append({
                        "dataset": f"/{group_name}/{name}", "kind": group_name,
                        "shape": ds.shape, "dtype": str(ds.dtype),
                        "unit": _text(ds.attrs.get("unit", "")),
                        "description": _text(ds.attrs.get("description", "")),
                    })
        return pd.DataFrame(rows, columns=["dataset", "kind", "shape", "dtype", "unit",
                                           "description"])


@_guard_methods
class SweepOutput(RunOutput):
    """A ``normsim.sweep`` file (see the module docstring).

    Series gain a ``run`` column (and the design's parameters); :meth:`summary` returns a
    DataFrame with one row per run; :meth:`design` the design table; :meth:`completed` which
    runs are in the file (an interrupted sweep's partial file lacks some).
    """

    _lead = 1

    def design(self):
        """The design: one row per run (indexed by ``run``), ``seed`` and one column per varied
        parameter, in the order the sweep wrote them."""
        with self._file() as f:
            if "design" not in f:
                raise NormsimFileError(self.path, "missing /design")
            node = f["design"]
            if isinstance(node, h5py.Dataset) and node.dtype.names:
                data = self._read(node)
                table = {n: [_text(v) for v in data[n]] for n in node.dtype.names}
            elif isinstance(node, h5py.Group):
                order = _text(node.attrs.get("columns", ""))
                names = [n for n in order.split(",") if n in node] if order else []
                names += [n for n in sorted(node.keys()) if n not in names]
                table = {n: [_text(v) for v in np.atleast_1d(self._read(node[n]))]
                         for n in names}
            else:
                raise NormsimFileError(
                    self.path, "/design is neither a compound dataset nor a group")
        frame = pd.DataFrame(table)
        if "run" in frame:
            frame = frame.set_index("run")
        frame.index.name = "run"
        return frame

    def completed(self):
        """A boolean Series indexed by run: True for the runs whose results are in the file."""
        with self._file() as f:
            if "completed" not in f:
                raise NormsimFileError(self.path, "missing /completed")
            done = np.asarray(self._read(f["completed"])).astype(bool)
        return pd.Series(done, index=pd.RangeIndex(len(done), name="run"), name="completed")

    def _with_design(self, frame):
        return frame.merge(self.design(), left_on="run", right_index=True, how="left")

    def agents(self):
        """The fixed world of every run from ``/agents`` (datasets [run, agent]): one row per
        run and agent (index ``run``, ``agent``), the columns of :meth:`RunOutput.agents`.

        Raises:
            NormsimFileError: no ``/agents``, or its datasets are not all of one [run, agent]
                shape.
        """
        data = self._agent_arrays(2)
        runs, count = next(iter(data.values())).shape if data else (0, 0)
        index = pd.MultiIndex.from_product([range(runs), range(count)], names=["run", "agent"])
        return pd.DataFrame({k: v.reshape(-1) for k, v in data.items()}, index=index)

    def _step_index(self, shape):
        return pd.MultiIndex.from_product([range(shape[0]), range(shape[1])],
                                          names=["run", "step"])

    def summary(self):
        """Per-run results: a DataFrame indexed by run, design parameters first."""
        self._check_not_interrupted()
        with self._file() as f:
            group = self._group(f, "summary")
            table = {k: [_text(v) for v in np.atleast_1d(self._read(group[k]))]
                     for k in sorted(group.keys())}
        frame = pd.DataFrame(table)
        frame.index.name = "run"
        return self.design().join(frame)


def _column_labels(path, ds, width):
    """The ``columns`` attribute of a 2-D series as a list; positions when it is absent."""
    raw = _text(ds.attrs.get("columns", ""))
    labels = [s.strip() for s in raw.split(",")] if raw else [str(i) for i in range(width)]
    if len(labels) != width:
        raise NormsimFileError(path, f"{ds.name}: {len(labels)} column labels for {width} "
                               "columns")
    return labels


def _open_h5(path):
    """h5py.File(path, "r"), with every failure turned into NormsimFileError."""
    if not os.path.exists(path):
        raise NormsimFileError(path, "no such file")
    if os.path.isdir(path):
        raise NormsimFileError(path, "is a directory, not a file")
    if not h5py.is_hdf5(path):
        raise NormsimFileError(path, "not an HDF5 file")
    try:
        return h5py.File(path, "r")
    except OSError as e:
        raise NormsimFileError(path, f"HDF5 file cannot be opened (truncated or corrupt?): {e}")


def open_output(path):
    """Open a normsim output file and check that it is one this reader understands.

    Args:
        path: a ``.h5`` file written by normsim (a run, or a sweep).

    Returns:
        :class:`RunOutput` for ``file_type == "normsim.run"``, :class:`SweepOutput` for
        ``"normsim.sweep"``.

    Raises:
        NormsimFileError: missing file, not HDF5, truncated, no or another ``file_type``, a
            newer ``format_version``, or no ``/series`` group.
    """
    path = os.fspath(path)
    with _open_h5(path) as f:
        try:
            attrs = {k: _text(v) for k, v in f.attrs.items()}
            has_series = isinstance(f.get("series"), h5py.Group)
        except _DAMAGE as e:
            raise NormsimFileError(path, f"HDF5 metadata cannot be read (truncated?): {e}")
    file_type = attrs.get("file_type")
    if file_type is None:
        raise NormsimFileError(path, "not a normsim output: no file_type attribute")
    if file_type not in (RUN_FILE_TYPE, SWEEP_FILE_TYPE):
        raise NormsimFileError(path, f"not a normsim output: file_type is {file_type!r}, "
                               f"expected {RUN_FILE_TYPE!r} or {SWEEP_FILE_TYPE!r}")
    version = attrs.get("format_version")
    if not isinstance(version, int) or not 1 <= version <= SUPPORTED_FORMAT_VERSION:
        raise NormsimFileError(path, f"format_version {version!r} is not supported "
                               f"(this reader reads 1 to {SUPPORTED_FORMAT_VERSION})")
    if not has_series:
        raise NormsimFileError(path, "missing group /series")
    cls = SweepOutput if file_type == SWEEP_FILE_TYPE else RunOutput
    return cls(path, attrs)


def _open_analysis(path, file_type):
    """The open file and its root attributes, checked to be of `file_type`."""
    path = os.fspath(path)
    f = _open_h5(path)
    attrs = {k: _text(v) for k, v in f.attrs.items()}
    if attrs.get("file_type") != file_type:
        f.close()
        raise NormsimFileError(path, f"file_type is {attrs.get('file_type')!r}, expected "
                               f"{file_type!r}")
    return f, attrs


def _columns(f, group, names):
    """The 1-D datasets `names` of `group` as a DataFrame (strings decoded)."""
    return pd.DataFrame({n: [_text(v) for v in f[f"{group}/{n}"][()]] for n in names})


def read_comparison(path):
    """A ``normsim.compare`` file (written by ``normsim compare -o``) as DataFrames.

    Returns a dict with ``attrs`` (root attributes), ``estimates`` (metric, pathway, runs,
    observed, mean, ci_low, ci_high: the mean is over the runs where the metric was observed),
    ``differences`` (metric, pathway, minus, difference, ci_low, ci_high) and ``runs`` (long
    form: pathway, run, seed, metric, value as the run wrote it, and ``observed``, False where
    an event never happened).
    """
    f, attrs = _open_analysis(path, COMPARE_FILE_TYPE)
    with f:
        estimates = _columns(f, "estimates", ["metric", "pathway", "runs", "observed", "mean",
                                              "ci_low", "ci_high"])
        differences = _columns(f, "differences", ["metric", "pathway", "minus", "difference",
                                                  "ci_low", "ci_high"])
        rows = []
        for pathway in attrs["pathways"].split(","):
            group = f[f"pathways/{pathway}"]
            seeds = group["seeds"][()]
            for metric, ds in group["runs"].items():
                event = NEVER_MARKER in _text(ds.attrs.get("description", ""))
                for run, value in enumerate(ds[()]):
                    rows.append((pathway, run, int(seeds[run]), metric, float(value),
                                 not (event and value == -1)))
    runs = pd.DataFrame(rows, columns=["pathway", "run", "seed", "metric", "value", "observed"])
    return {"attrs": attrs, "estimates": estimates, "differences": differences, "runs": runs}


def read_sensitivity(path):
    """A ``normsim.sensitivity`` file (written by ``normsim sensitivity -o``) as DataFrames.

    Returns a dict with ``attrs``, ``indices`` (long form: metric, factor, mu_star, mu, sigma,
    effects) and ``design`` (one row per run: the factors' values and ``moved``, the factor
    changed from the previous run, -1 at a trajectory's start).
    """
    f, attrs = _open_analysis(path, SENSITIVITY_FILE_TYPE)
    with f:
        factors = [_text(v) for v in f["design/factors"][()]]
        metrics = _text(f["indices"].attrs["rows"]).split(",")
        table = {n: f[f"indices/{n}"][()] for n in ("mu_star", "mu", "sigma", "effects")}
        design = pd.DataFrame(f["design/values"][()], columns=factors)
        design["moved"] = f["design/moved"][()]
    indices = pd.DataFrame([
        {"metric": m, "factor": k, **{n: table[n][i, j] for n in table}}
        for i, m in enumerate(metrics) for j, k in enumerate(factors)])
    indices["effects"] = indices["effects"].astype(int)
    design.index.name = "run"
    return {"attrs": attrs, "indices": indices, "design": design}


def read_calibration(path):
    """A ``normsim.calibration`` file (written by ``normsim calibrate -o``) as DataFrames.

    Returns a dict with ``attrs`` (root attributes: algorithm, seeds, targets text, the
    distance's definition), ``free`` (key, low, high), ``evaluations`` (one row per evaluation,
    in order: the free parameters' values, ``distance`` and each target's share of it as
    ``D:NAME``), ``moments`` (label, step, observed, and ``best``: the best evaluation's
    simulated value averaged over replicates), ``ensemble`` (evaluation, distance and values,
    best first) and ``best`` (a dict: evaluation, distance and the values by key).
    """
    f, attrs = _open_analysis(path, CALIBRATION_FILE_TYPE)
    with f:
        free = _columns(f, "free", ["key", "low", "high"])
        keys = list(free["key"])
        names = [_text(v) for v in f["targets/name"][()]]
        values = np.asarray(f["evaluations/values"][()]).reshape(-1, len(keys))
        evaluations = pd.DataFrame(values, columns=keys)
        evaluations["distance"] = f["evaluations/distance"][()]
        per_target = np.asarray(f["evaluations/per_target"][()]).reshape(-1, len(names))
        for j, name in enumerate(names):
            evaluations[f"D:{name}"] = per_target[:, j]
        evaluations.index.name = "evaluation"
        moments = _columns(f, "moments", ["label", "step", "observed"])
        moments["best"] = f["best/moments"][()]
        ensemble = pd.DataFrame(np.asarray(f["ensemble/values"][()]).reshape(-1, len(keys)),
                                columns=keys)
        ensemble.insert(0, "distance", f["ensemble/distance"][()])
        ensemble.insert(0, "evaluation", f["ensemble/index"][()])
        best = {"evaluation": int(f["best"].attrs["index"]),
                "distance": float(f["best"].attrs["distance"]),
                "values": dict(zip(keys, (float(v) for v in f["best/values"][()])))}
    return {"attrs": attrs, "free": free, "evaluations": evaluations, "moments": moments,
            "ensemble": ensemble, "best": best}


def main(argv=None):
    """CLI: print a file's provenance, summary and datasets; 2 on bad input, else 0."""
    parser = argparse.ArgumentParser(
        prog="normsim_reader", description="Summarise a normsim HDF5 output file.")
    parser.add_argument("file", help="a .h5 file written by normsim")
    args = parser.parse_args(argv)
    try:
        out = open_output(args.file)
        print(f"{out.path}: {out.attrs['file_type']} (format_version "
              f"{out.attrs['format_version']})")
        for key in ("model", "description", "seed", "threads", "program_version",
                    "git_commit", "created", "scenario_file", "interrupted_at_step"):
            if key in out.attrs:
                print(f"  {key}: {out.attrs[key]}")
        print("summary:")
        if out.interrupted_at_step is None:
            print(out.summary().to_string())
        else:
            print(f"  (none: interrupted at step {out.interrupted_at_step})")
        print("datasets:")
        print(out.describe().to_string(index=False))
    except NormsimFileError as e:
        print(f"normsim_reader: error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
