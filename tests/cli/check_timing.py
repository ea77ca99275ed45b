"""`normsim run --timing` prints one row per part of a step, in step order: derive, each
enabled phase, record; a disabled phase has no row; shares add up to 100%."""
import os
import subprocess
import sys
import tempfile

normsim, scenario = sys.argv[1], sys.argv[2]
PHASES = ["negotiation", "advocacy", "adoption", "compliance", "sanction", "learning",
          "formalisation", "capacity_building", "membership"]


def timing(tmp, *flags):
    out = os.path.join(tmp, "t.h5")
    done = subprocess.run([normsim, "run", scenario, "-o", out, "--steps", "3", "--quiet",
                           "--timing", *flags], check=True, capture_output=True, text=True)
    lines = done.stdout.strip().splitlines()
    assert lines[0].split() == ["part", "of", "step", "seconds", "share"], lines[0]
    assert lines[-1].split()[0] == "total", lines[-1]
    rows = [line.split() for line in lines[1:-1]]
    for name, seconds, share in rows:
        assert float(seconds) >= 0.0, (name, seconds)
        assert share.endswith("%"), share
    total_share = sum(float(share[:-1]) for _, _, share in rows)
    assert abs(total_share - 100.0) < 0.1 * len(rows), total_share
    return [name for name, _, _ in rows]


with tempfile.TemporaryDirectory() as tmp:
    assert timing(tmp) == ["derive", *PHASES, "record"], timing(tmp)
    without = timing(tmp, "--set", "mechanisms.sanction.enabled=false")
    assert without == ["derive", *[p for p in PHASES if p != "sanction"], "record"], without
print("ok")
