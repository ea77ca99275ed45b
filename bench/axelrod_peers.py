#!/usr/bin/env python3
"""normsim's scaled Axelrod game against its speed peers, whole processes, interleaved.

Runs normsim and the NumPy peer (`axelrod_numpy.py`) in turn, A B A B ..., with the same
rules on both sides (normsim with `hurt: observers` and `observer_graph: fixed`, the peers'
rules), and prints each side's median wall time and the median of the pair-by-pair ratios
with their range. With --mesa DIR (a Mesa 3.3.1 source tree, which needs python3-networkx,
-pandas, -scipy and -tqdm) it also times the Mesa peer once per size given by --mesa-n.
Usage: /usr/bin/python3 bench/axelrod_peers.py --peers DIR [--build build] [--runs 5]
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3"  # Debian's, which has numpy


def wall(cmd, env=None):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def normsim(args, n, game, threads, out):
    return [os.path.join(args.build, "tools", "normsim"), "run",
            os.path.join(ROOT, "scenarios", "axelrod", "large.yaml"), "--set", f"population={n}",
            "--set", "generations=100", "--set", "observers=20", "--set",
            f"metanorms={'true' if game == 'metanorms' else 'false'}", "--set", "hurt=observers",
            "--set", "observer_graph=fixed", "--threads", str(threads), "--quiet", "-o", out]


def peer(args, script, n, game):
    return [PYTHON, os.path.join(args.peers, script), "--n", str(n), "--k", "20",
            "--generations", "100", "--game", game, "--seed", "1"]


def spread(xs):
    return f"{statistics.median(xs):.3f} [{min(xs):.3f}, {max(xs):.3f}]"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--peers", required=True, help="folder of axelrod_numpy.py")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default="/tmp/normsim_axelrod_peers.h5")
    ap.add_argument("--mesa", help="Mesa 3.3.1 source tree: also time the Mesa peer")
    ap.add_argument("--mesa-n", type=int, nargs="*", default=[1000, 10000])
    args = ap.parse_args()

    print("| game | N | normsim threads | normsim s | NumPy s | normsim / NumPy, median [range] "
          "| NumPy / normsim |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for game, n, threads in (("norms", 100000, 1), ("norms", 100000, 2), ("metanorms", 10000, 1),
                             ("metanorms", 10000, 2)):
        a, b = [], []
        wall(normsim(args, n, game, threads, args.out))  # warm-up, not counted
        for _ in range(args.runs):
            a.append(wall(normsim(args, n, game, threads, args.out)))
            b.append(wall(peer(args, "axelrod_numpy.py", n, game)))
        ratios = [x / y for x, y in zip(a, b)]
        print(f"| {game} | {n:,} | {threads} | {spread(a)} | {spread(b)} | {spread(ratios)} | "
              f"{1 / statistics.median(ratios):.1f} |", flush=True)
    if args.mesa:
        env = dict(os.environ, PYTHONPATH=args.mesa)
        print("\n| game | N | normsim s (1 thread) | Mesa s | Mesa / normsim |")
        print("|---|---:|---:|---:|---:|")
        for n in args.mesa_n:
            a = wall(normsim(args, n, "norms", 1, args.out))
            m = wall(peer(args, "axelrod_mesa.py", n, "norms"), env)
            print(f"| norms | {n:,} | {a:.3f} | {m:.2f} | {m / a:.0f} |", flush=True)
    if os.path.exists(args.out):
        os.remove(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
