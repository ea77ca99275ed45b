"""The model's parameter list in its docs is what `normsim describe MODEL` prints.

Usage: check_parameters_doc.py NORMSIM MODEL DOC_FILE. On a difference it prints the diff and
the command that rewrites the file (the docs then change in the same commit as the keys).
"""
import difflib
import subprocess
import sys

normsim, model, doc = sys.argv[1:4]
described = subprocess.run([normsim, "describe", model], check=True, capture_output=True,
                           text=True).stdout
with open(doc, encoding="utf-8") as f:
    written = f.read()
if described != written:
    sys.stdout.writelines(difflib.unified_diff(written.splitlines(True),
                                               described.splitlines(True), doc, "describe"))
    print(f"\n{doc} is out of date: run `normsim describe {model} > {doc}`")
    sys.exit(1)
print(f"{doc}: the {len(described.splitlines())} lines of `normsim describe {model}`")
