#!/usr/bin/env python3
"""Fits the entry reader's confidence score (src/import/confidence.rs) on development rounds.

For every development entry of the corpora named, this runs

    FOLIO_IMPORT_FEATURES=1 BIN import FILE -o TMP/out.ron --force

and reads the entries the entry reader scored (`folio-entry` lines on standard error: the
organisation, role, start and the numbers that describe the entry). Each is labelled 1 when
it is a position written down by hand for the file (same rules as score_import.py: start
year, organisation and role match an unused expected position, in file order) and 0 when it
is not. A logistic regression (L2, gradient descent; no third-party package) is fitted on
them. It prints, for each corpus left out in turn, what a fit on the others keeps and drops
of it at each threshold (so the threshold is chosen on rounds the fit did not see), then the
weights fitted on all of them as the Rust constant to paste.

Only development halves are read: `split.half` refuses nothing, so name only retired or
development corpora.

    python3 bench/corpus/fit_confidence.py --folio target/release/folio \
        /var/tmp/folio-corpus/resumes-d8 /var/tmp/folio-corpus/resumes-r8 ...
"""

import argparse
import json
import math
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import split  # noqa: E402
from score_import import names_match, year  # noqa: E402

THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]


def scored_entries(folio: str, path: pathlib.Path, tmp: pathlib.Path) -> list:
    """(organisation, role, start, {feature: value}) of each entry the reader scored."""
    run = subprocess.run(
        [folio, "import", str(path), "-o", str(tmp / "out.ron"), "--force"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"FOLIO_IMPORT_FEATURES": "1", "PATH": "/usr/bin:/bin"},
    )
    out = []
    for line in run.stderr.splitlines():
        fields = line.split("\t")
        if len(fields) != 5 or fields[0] != "folio-entry":
            continue
        numbers = {}
        for pair in fields[4].split(";"):
            name, _, value = pair.rpartition("=")
            numbers[name] = float(value)
        out.append((fields[1], fields[2] or None, fields[3] or None, numbers))
    return out


def labelled(expected: list, entries: list) -> list:
    """(numbers, 1 if a position as written down else 0, invented) for each entry."""
    used = [False] * len(expected)
    rows = []
    for org, role, start, numbers in entries:
        label = 0
        for i, e in enumerate(expected):
            if (
                not used[i]
                and year(e.get("start")) == year(start)
                and names_match(e.get("org"), org)
                and names_match(e.get("role"), role)
            ):
                used[i] = True
                label = 1
                break
        invented = label == 0 and not any(names_match(e.get("org"), org) for e in expected)
        rows.append((numbers, label, invented))
    return rows


def fit(rows: list, names: list, l2: float = 1.0, steps: int = 3000, rate: float = 0.5) -> list:
    """Weights of a logistic regression of label on numbers (gradient descent, L2 but on bias)."""
    w = [0.0] * len(names)
    n = len(rows)
    xs = [[r[0].get(name, 0.0) for name in names] for r in rows]
    ys = [r[1] for r in rows]
    for _ in range(steps):
        grad = [0.0] * len(names)
        for x, y in zip(xs, ys):
            z = sum(a * b for a, b in zip(w, x))
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30), -30)))
            for j, xj in enumerate(x):
                grad[j] += (p - y) * xj
        for j in range(len(w)):
            penalty = 0.0 if j == 0 else l2 * w[j]
            w[j] -= rate * (grad[j] + penalty) / n
    return w


def likelihood(w: list, names: list, numbers: dict) -> float:
    z = sum(wj * numbers.get(name, 0.0) for wj, name in zip(w, names))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30), -30)))


def outcome(w: list, names: list, rows: list, threshold: float) -> dict:
    kept = [r for r in rows if likelihood(w, names, r[0]) >= threshold]
    dropped = [r for r in rows if likelihood(w, names, r[0]) < threshold]
    return {
        "kept right": sum(r[1] for r in kept),
        "kept invented": sum(r[2] for r in kept),
        "kept wrong": sum(1 for r in kept if not r[1]),
        "dropped right": sum(r[1] for r in dropped),
        "dropped invented": sum(r[2] for r in dropped),
        "dropped wrong": sum(1 for r in dropped if not r[1]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=pathlib.Path)
    parser.add_argument("--folio", default="target/release/folio")
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    by_corpus = {}
    names = None
    with tempfile.TemporaryDirectory(prefix="folio-fit-") as tmp:
        for corpus in args.corpora:
            rows = []
            for entry_id in split.entries(corpus):
                if split.half(entry_id, corpus.name) != "dev":
                    continue
                answer = json.loads((corpus / entry_id / "answer.json").read_text(encoding="utf-8"))
                entries = scored_entries(args.folio, corpus / entry_id / answer["file"], pathlib.Path(tmp))
                if entries and names is None:
                    names = list(entries[0][3])
                rows += labelled(answer.get("positions") or [], entries)
            by_corpus[corpus.name] = rows
            print(f"{corpus.name}: {len(rows)} entries, {sum(r[1] for r in rows)} positions, "
                  f"{sum(r[2] for r in rows)} invented", file=sys.stderr)
    if names is None:
        print("no entry scored: is FOLIO_IMPORT_FEATURES read by this folio?", file=sys.stderr)
        return 1
    print("## Each corpus left out in turn (fit on the others)\n")
    print("| left out | threshold | kept right | dropped right | kept invented | dropped invented | dropped wrong |")
    print("|---|---|---|---|---|---|---|")
    sums = {t: {} for t in THRESHOLDS}
    for left_out, rows in by_corpus.items():
        train = [r for name, rs in by_corpus.items() if name != left_out for r in rs]
        w = fit(train, names, args.l2)
        for t in THRESHOLDS:
            o = outcome(w, names, rows, t)
            for k, v in o.items():
                sums[t][k] = sums[t].get(k, 0) + v
            print(f"| {left_out} | {t} | {o['kept right']} | {o['dropped right']} | "
                  f"{o['kept invented']} | {o['dropped invented']} | {o['dropped wrong']} |")
    for t in THRESHOLDS:
        o = sums[t]
        print(f"| all, left out | {t} | {o['kept right']} | {o['dropped right']} | "
              f"{o['kept invented']} | {o['dropped invented']} | {o['dropped wrong']} |")
    every = [r for rs in by_corpus.values() for r in rs]
    w = fit(every, names, args.l2)
    print("\n## Weights fitted on all\n")
    for name, wj in zip(names, w):
        print(f"    {wj:8.3f}  {name}")
    print("\nconst WEIGHTS: [f32; FEATURES] = [")
    print("    " + ", ".join(f"{wj:.3f}" for wj in w) + ",")
    print("];")
    return 0


if __name__ == "__main__":
    sys.exit(main())
