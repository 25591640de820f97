#!/usr/bin/env python3
"""Scores `folio tailor` against the hand-written answers of the real-postings corpus.

For every entry of one half (bench/corpus/split.py decides the half) and every fixture
portfolio its answer.json names, runs `folio tailor --json POSTING PORTFOLIO` and measures:

  lead P@3   the talk's first three case studies that are among the answer's leads, divided
             by 3 (by the number of case studies when the portfolio has fewer: data-platform
             has one), averaged over (posting, portfolio) pairs;
  gap recall answer gaps that tailor lists among its gaps, summed over pairs (micro average);
  non-req    tailor requirements whose text matches a line of the answer's non_requirements
             (the header, company blurb, team description, benefits, EEO, how to apply);
  unmatched  tailor requirements that match no requirement of the answer at all (they include
             the non-req ones and any other line taken for a requirement);
  must agree of the tailor requirements matched to an answer requirement, the share whose
             must/nice agrees with the answer.

Texts match after normalising (casefold, bullets and punctuation stripped, whitespace
collapsed) when they are equal or one contains the other (the shorter one of at least three
words and twelve characters, so that a company name does not match every line naming it).

    python3 bench/corpus/score_tailor.py --half dev
    python3 bench/corpus/score_tailor.py --half test --folio /path/to/folio --json
"""

import argparse
import json
import pathlib
import re
import subprocess
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
from split import half as half_of  # noqa: E402

PORTFOLIOS = {
    "bundled": "portfolio.ron",
    "mobile-ml": "tests/fixtures/mobile-ml.ron",
    "data-platform": "tests/fixtures/data-platform.ron",
    "sre-cyrillic": "tests/fixtures/sre-cyrillic.ron",
}


def norm(text: str) -> str:
    # A Markdown link is compared by its label, as a reader sees it (folio tailor shows
    # "[Siteleaf](https://…)" as "Siteleaf"; answers copy the file's markup).
    text = re.sub(r"\[([^\[\]]+)\]\((\S+?)\)", r"\1", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(" " if unicodedata.category(c)[0] in "PSZC" else c for c in text)
    return re.sub(r"\s+", " ", text).strip()


def same(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 12 and len(short.split()) >= 3 and short in long_


def case_studies(ron: pathlib.Path) -> dict:
    """id -> title of the portfolio's case studies (the fields follow each other in every fixture)."""
    text = ron.read_text(encoding="utf-8")
    pairs = re.findall(r'\bid:\s*"([^"]+)",\s*title:\s*"((?:[^"\\]|\\.)*)"', text)
    return {i: t.replace('\\"', '"') for i, t in pairs}


def talk_case_studies(report: dict, studies: dict) -> list:
    """The talk's case-study titles in order; a slide may be an id string or an object."""
    titles = set(studies.values())
    out = []
    for slide in report.get("talk") or []:
        if isinstance(slide, dict):
            key = slide.get("id") or slide.get("slide") or slide.get("title")
            if slide.get("title") in titles:
                key = slide["title"]
        else:
            key = slide
        title = studies.get(key, key if key in titles else None)
        if title and title not in out:
            out.append(title)
    return out


def items(report: dict, key: str) -> list:
    out = []
    for r in report.get(key) or []:
        if isinstance(r, str):
            out.append({"text": r})
        elif isinstance(r, dict):
            out.append(r)
    return out


def score_pair(folio, posting, portfolio, answer, port_answer):
    ron = REPO / PORTFOLIOS[portfolio]
    proc = subprocess.run([str(folio), "tailor", "--json", str(posting), str(ron)],
                          capture_output=True, text=True)
    row = {"id": answer["id"], "family": answer["family"], "portfolio": portfolio}
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        row["error"] = (proc.stderr or proc.stdout).strip()[:200] or f"exit {proc.returncode}"
        report = {}
    studies = case_studies(ron)
    leads = port_answer["leads"]
    talk = talk_case_studies(report, studies)[:3]
    k = min(3, len(studies), max(1, len(leads)))
    row["lead_hits"], row["lead_k"] = sum(1 for t in talk[:k] if t in leads), k
    row["talk"] = talk
    got_gaps = [norm(g.get("text", "")) for g in items(report, "gaps")]
    want = [norm(g) for g in port_answer["gaps"]]
    row["gaps_found"] = sum(1 for w in want if any(same(w, g) for g in got_gaps))
    row["gaps_total"] = len(want)
    row["missed_gaps"] = [g for g, w in zip(port_answer["gaps"], want) if not any(same(w, x) for x in got_gaps)]
    nonreq = [norm(t) for t in answer["non_requirements"]]
    reqs = [(norm(r["text"]), r.get("must", True)) for r in answer["requirements"]]
    row["tailor_reqs"] = 0
    row["nonreq"], row["unmatched"], row["must_agree"], row["must_checked"] = 0, 0, 0, 0
    row["nonreq_lines"], row["unmatched_lines"] = [], []
    for r in items(report, "requirements"):
        text = norm(r.get("text", ""))
        row["tailor_reqs"] += 1
        if any(same(text, n) for n in nonreq):
            row["nonreq"] += 1
            row["nonreq_lines"].append(r.get("text", ""))
        match = next((m for t, m in reqs if same(text, t)), None)
        if match is None:
            row["unmatched"] += 1
            row["unmatched_lines"].append(r.get("text", ""))
        elif "must" in r:
            row["must_checked"] += 1
            row["must_agree"] += int(bool(r["must"]) == bool(match))
    return row


def summarise(rows):
    n = len(rows)
    p3 = sum(r["lead_hits"] / r["lead_k"] for r in rows) / n if n else 0.0
    gt = sum(r["gaps_total"] for r in rows)
    gf = sum(r["gaps_found"] for r in rows)
    mc = sum(r["must_checked"] for r in rows)
    return {
        "pairs": n,
        "postings": len({r["id"] for r in rows}),
        "lead_p_at_3": round(p3, 3),
        "gap_recall": round(gf / gt, 3) if gt else None,
        "gaps": f"{gf}/{gt}",
        "tailor_requirements": sum(r["tailor_reqs"] for r in rows),
        "non_requirements_read": sum(r["nonreq"] for r in rows),
        "unmatched_requirements": sum(r["unmatched"] for r in rows),
        "must_agreement": round(sum(r["must_agree"] for r in rows) / mc, 3) if mc else None,
        "errors": sum(1 for r in rows if "error" in r),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["dev", "test"], required=True)
    ap.add_argument("--corpus", type=pathlib.Path, default=pathlib.Path("/var/tmp/folio-corpus/postings"))
    ap.add_argument("--folio", type=pathlib.Path, default=REPO / "target/release/folio")
    ap.add_argument("--json", action="store_true", help="print the per-pair rows and summaries as JSON")
    args = ap.parse_args()
    rows = []
    for answer_file in sorted(args.corpus.glob("*/answer.json")):
        entry = answer_file.parent
        if half_of(entry.name, args.corpus.resolve().name) != args.half:
            continue
        answer = json.loads(answer_file.read_text(encoding="utf-8"))
        posting = entry / answer["file"]
        for portfolio, port_answer in answer["portfolios"].items():
            rows.append(score_pair(args.folio, posting, portfolio, answer, port_answer))
    if not rows:
        print(f"no entries of the {args.half} half in {args.corpus}", file=sys.stderr)
        return 2
    families = sorted({r["family"] for r in rows})
    summary = {f: summarise([r for r in rows if r["family"] == f]) for f in families}
    summary["overall"] = summarise(rows)
    if args.json:
        print(json.dumps({"half": args.half, "folio": str(args.folio), "summary": summary, "pairs": rows},
                         ensure_ascii=False, indent=1))
        return 0
    print(f"`folio tailor` on the {args.half} half of {args.corpus} ({args.folio})\n")
    print("| family | postings | pairs | lead P@3 | gap recall | gaps found | tailor reqs | non-reqs read as reqs | reqs matching no answer req | must/nice agree | errors |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for f in families + ["overall"]:
        s = summary[f]
        gr = "–" if s["gap_recall"] is None else f"{s['gap_recall']:.2f}"
        ma = "–" if s["must_agreement"] is None else f"{s['must_agreement']:.2f}"
        name = f"**{f}**" if f == "overall" else f
        print(f"| {name} | {s['postings']} | {s['pairs']} | {s['lead_p_at_3']:.2f} | {gr} | {s['gaps']} | "
              f"{s['tailor_requirements']} | {s['non_requirements_read']} | {s['unmatched_requirements']} | {ma} | {s['errors']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
