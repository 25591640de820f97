#!/usr/bin/env python3
"""Scores `folio import` on one half of the résumé corpus against the answers written by hand.

Each entry of the corpus is a folder with the file as it was found and an `answer.json`
(bench/corpus/README.md): the positions a reader sees in the file, written down before any
folio code read it. For each entry of the chosen half this runs

    BIN import FILE -o TMP/out.ron --force
    BIN export TMP/out.ron -o TMP/out.json --force

and reads the positions back from the exported JSON Resume (`work[]`: `name` is the
organisation, `position` the role, `startDate` the start). An import that fails (exit != 0)
found no position; its first stderr line is kept.

A found position is right when it matches an unused expected position of the same start year
whose organisation and role both match after normalisation (casefold, accents and punctuation
stripped, compared as sets of words: equal, one a subset of the other, or Jaccard >= 0.5).
A found position is invented when no expected position has a matching organisation at all.

    python3 bench/corpus/score_import.py --half dev
    python3 bench/corpus/score_import.py --half test --folio /path/to/folio --json

The test half is scored once before the work and once at the end (README.md); tune on dev.
"""

import argparse
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import OrderedDict

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import split  # noqa: E402  (the committed, seeded split)

DEFAULT_CORPUS = "/var/tmp/folio-corpus/resumes"
DEFAULT_FOLIO = "target/release/folio"
TIMEOUT_S = 120


def words(text) -> frozenset:
    """Casefolded words of a name, accents and punctuation stripped."""
    if not text:
        return frozenset()
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = re.sub(r"[^\w\s]|_", " ", text)
    return frozenset(text.split())


def names_match(a, b) -> bool:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return wa == wb
    if wa <= wb or wb <= wa:
        return True
    return len(wa & wb) / len(wa | wb) >= 0.5


def year(date):
    if date is None:
        return None
    m = re.search(r"(1[89]|20)\d\d", str(date))
    return m.group(0) if m else None


def score_entry(expected: list, found: list) -> dict:
    """Greedy matching in file order: each found position takes the first unused expected one."""
    used = [False] * len(expected)
    right = invented = 0
    for f in found:
        for i, e in enumerate(expected):
            if (
                not used[i]
                and year(e.get("start")) == year(f.get("start"))
                and names_match(e.get("org"), f.get("org"))
                and names_match(e.get("role"), f.get("role"))
            ):
                used[i] = True
                right += 1
                break
        else:
            if not any(names_match(e.get("org"), f.get("org")) for e in expected):
                invented += 1
    return {"expected": len(expected), "found": len(found), "right": right, "invented": invented}


def run_folio(folio: str, path: pathlib.Path, tmp: pathlib.Path):
    """The positions folio finds in one file, or (None, reason) when import or export fails."""
    ron, out = tmp / "out.ron", tmp / "out.json"
    for stale in (ron, out):
        stale.unlink(missing_ok=True)

    def run(args):
        try:
            return subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            return subprocess.CompletedProcess(args, -1, "", f"timed out after {TIMEOUT_S} s")

    imp = run([folio, "import", str(path), "-o", str(ron), "--force"])
    if imp.returncode != 0:
        first = next((line for line in imp.stderr.splitlines() if line.strip()), "")
        return [], f"import exit {imp.returncode}: {first}"
    exp = run([folio, "export", str(ron), "-o", str(out), "--force"])
    if exp.returncode != 0:
        first = next((line for line in exp.stderr.splitlines() if line.strip()), "")
        return [], f"export exit {exp.returncode}: {first}"
    try:
        resume = json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        return [], f"export unreadable: {err}"
    found = [
        {"org": w.get("name"), "role": w.get("position"), "start": w.get("startDate")}
        for w in resume.get("work") or []
        if isinstance(w, dict)
    ]
    return found, None


def ratio(a: int, b: int):
    return round(a / b, 4) if b else None


def totals(rows: list) -> dict:
    t = {k: sum(r[k] for r in rows) for k in ("expected", "found", "right", "invented")}
    t["entries"] = len(rows)
    t["failed"] = sum(1 for r in rows if r.get("error"))
    t["recall"] = ratio(t["right"], t["expected"])
    t["precision"] = ratio(t["right"], t["found"])
    t["invented_rate"] = ratio(t["invented"], t["found"])
    return t


def pct(x) -> str:
    return "–" if x is None else f"{100 * x:.1f} %"


def markdown(half: str, folio: str, by_layout: dict, overall: dict, rows: list, show_entries: bool) -> str:
    out = [
        f"# folio import on the {half} half of the résumé corpus",
        "",
        f"Binary: `{folio}`. Entries: {overall['entries']} "
        f"({overall['failed']} refused or failed). A position is right when organisation, role "
        "and start year match the answer written by hand.",
        "",
        "| layout | entries | expected | found | right | recall | precision | invented |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for layout, t in by_layout.items():
        out.append(
            f"| {layout} | {t['entries']} | {t['expected']} | {t['found']} | {t['right']} | "
            f"{pct(t['recall'])} | {pct(t['precision'])} | {t['invented']} |"
        )
    t = overall
    out.append(
        f"| **all** | {t['entries']} | {t['expected']} | {t['found']} | {t['right']} | "
        f"**{pct(t['recall'])}** | **{pct(t['precision'])}** | {t['invented']} "
        f"({pct(t['invented_rate'])} of found) |"
    )
    if show_entries:
        out += ["", "| entry | format | expected | found | right | invented | error |",
                "|---|---|---:|---:|---:|---:|---|"]
        for r in rows:
            err = (r.get("error") or "").replace("|", "\\|")
            out.append(
                f"| {r['id']} | {r['format']} | {r['expected']} | {r['found']} | {r['right']} | "
                f"{r['invented']} | {err} |"
            )
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["dev", "test"], required=True)
    parser.add_argument("--corpus", type=pathlib.Path, default=pathlib.Path(DEFAULT_CORPUS))
    parser.add_argument("--folio", default=DEFAULT_FOLIO, help="the folio binary to score")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--entries", action="store_true", help="also list every entry (Markdown)")
    args = parser.parse_args()

    ids = [i for i in split.entries(args.corpus) if split.half(i, args.corpus.resolve().name) == args.half]
    if not ids:
        print(f"no {args.half} entries (folders with answer.json) in {args.corpus}", file=sys.stderr)
        return 2
    folio = str(pathlib.Path(args.folio).resolve()) if pathlib.Path(args.folio).exists() else args.folio

    rows = []
    with tempfile.TemporaryDirectory(prefix="folio-score-") as tmp:
        for entry_id in ids:
            answer = json.loads((args.corpus / entry_id / "answer.json").read_text(encoding="utf-8"))
            path = args.corpus / entry_id / answer["file"]
            found, error = run_folio(folio, path, pathlib.Path(tmp))
            row = score_entry(answer.get("positions") or [], found)
            row.update(id=entry_id, format=answer.get("format"), layout=answer.get("layout"), error=error)
            rows.append(row)

    by_layout = OrderedDict()
    for layout in sorted({r["layout"] for r in rows}):
        by_layout[layout] = totals([r for r in rows if r["layout"] == layout])
    overall = totals(rows)

    if args.json:
        json.dump({"half": args.half, "folio": folio, "overall": overall, "layouts": by_layout,
                   "entries": rows}, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        sys.stdout.write(markdown(args.half, folio, by_layout, overall, rows, args.entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
