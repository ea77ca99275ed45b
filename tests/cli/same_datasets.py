#!/usr/bin/python3
"""Exit 0 when two normsim HDF5 files hold the same datasets with byte-identical values (and the
same dtypes and shapes), else print the first difference and exit 1. Attributes are not
compared: they record when and how a file was made (created, threads)."""
import sys

import h5py


def datasets(f):
    names = []
    f.visititems(lambda name, obj: names.append(name) if isinstance(obj, h5py.Dataset) else None)
    return sorted(names)


def same(x, y):
    if x.dtype != y.dtype or x.shape != y.shape:
        return False
    if x.dtype.kind == "O":  # variable-length strings: compare the text, not the pointers
        return x.tolist() == y.tolist()
    return x.tobytes() == y.tobytes()


def main(a_path, b_path):
    with h5py.File(a_path, "r") as a, h5py.File(b_path, "r") as b:
        names = datasets(a)
        if names != datasets(b):
            print(f"different datasets: {sorted(set(names) ^ set(datasets(b)))}")
            return 1
        for name in names:
            if not same(a[name][()], b[name][()]):
                print(f"{name} differs")
                return 1
    print(f"{len(names)} datasets identical")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
