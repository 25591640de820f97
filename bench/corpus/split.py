#!/usr/bin/env python3
"""Splits a corpus of real files into a development half and a test half, for good.

A file's half depends only on its id and the seed, never on the other files: a file added
later does not move any other, and nobody can move a file by reordering the corpus.
Work is tuned on the development half; the test half is scored once before the work and
once at the end (bench/corpus/README.md).

    python3 bench/corpus/split.py /var/tmp/folio-corpus/resumes      # prints "id<TAB>half"
    python3 bench/corpus/split.py CORPUS --half test                  # the test half's ids

Rounds 1-11 (see RETIRED below) and the corpora in DEVELOPMENT_WHOLE are development whole; a
fresh round is held out whole by naming it in HELD_OUT_WHOLE.
"""

import argparse
import hashlib
import pathlib
import sys

SEED = "folio-corpus-2026-12-05"

# Round 1's corpora had their test half scored twice and its per-layout results read (session
# 11), so it is held out no longer: the whole of them is development now. Rounds 2 and 3 were
# fetched afterwards, their answers written before any folio code read them, held out whole and
# scored once before and once after a session's work (sessions 12 and 13); then read, so they
# are development too. Round 4 was held out whole in session 14, scored once before and once
# after, then read: development too. Round 5 likewise in session 15, round 6 in session 16,
# round 7 in session 17.
#
# Session 18 began on a new machine: the corpora of rounds 1-7 lived only on the old one's
# /var/tmp and are gone. It fetched two fresh corpora at once, by four helpers, owners and
# employers split between them by their first letter so that the two cannot share a file:
# round 8 (held out whole) and a development corpus "d8" to tune on in place of rounds 1-7.
# Round 8 was scored once with the starting binary (ca7aa07) and once at the end (8f3f7dd),
# then read: it is development now too. Round 9 was fetched in session 19 the same way (four
# helpers, owners and employers split by first letter, answers before folio read a file),
# held out whole, scored once with the starting binary (79465a5) and once at the end
# (c7505c9), then read: development now. Round 10 was fetched in session 20 the same way,
# held out whole, scored once with the starting binary (72f3f52) before any work and once at
# the end (a469212), then read: development now. Round 11 (session 21) likewise (58c0f86
# before, 15e4673 after).
# Round 12 (session 22) likewise (faff525 before, 3d6a64e after). Round 13 (session 23)
# likewise (075d1f6 before, 79a95a0 after).
#
# Session 24 began on a new machine again: /var/tmp/folio-corpus was gone with every round.
# Eight helpers fetched two fresh corpora at once, owners and employers split by first letter
# so that the two cannot share a file: round 14 (held out whole; letters a-f and n-s) and a
# development corpus "d14" (letters g-m and t-z) to tune on in place of d8 and rounds 8-13.
# Round 14 was scored once with the starting binary (43f38c1) and once at the end (95e3029),
# then read: development now. Round 15 likewise (2a0dd2b, 728a38e), round 16 likewise
# (738d90b, eb0a109), round 17 likewise (1ce8874, 16acc83).
#
# Session 28 began on a new machine a third time: /var/tmp/folio-corpus was gone with d14 and
# rounds 14-17. Eight helpers fetched two fresh corpora at once, owners and employers split by
# first letter so that the two cannot share a file: round 18 (held out whole; letters a-f and
# n-s) and a development corpus "d18" (letters g-m and t-z) to tune on in place of the lost ones.
# Round 18 was scored once with the starting binary (cf71658) and once at the end (58a6eb1),
# then retired: development now.
# Session 29: four helpers fetched round 19 (résumé owners a-m and n-z, posting employers
# a-m and n-z), held out whole until it was scored at the end of the session (start binary
# 0f449b2, end binary 349cc32), then retired: development now.
# Session 30: four helpers fetched round 20 the same way (posting families swapped between the
# two letter ranges), held out whole until it was scored at the end of the session (start
# binary df081a4, end binary 63866bd), then retired: development now.
# Session 31: four helpers fetched round 21 the same way (families swapped back as in round
# 19), held out whole until it was scored at the end of the session (start binary d492ded,
# end binary da0c8a7), then retired: development now.
# Session 32: four helpers fetched round 22 the same way (posting families swapped as in round
# 20), held out whole until it was scored at the end of the session (start binary 2bfa961,
# end binary c12da51), then retired: development now.
# Session 33: four helpers fetched round 23 the same way (posting families swapped back as in
# round 21: a-m backend, SRE, mobile, ML; n-z data, frontend, full-stack, management), held out
# whole until it was scored at the end of the session (start binary d67fb79, end binary
# 9e49043), then retired: development now. The next session fetches a round 24.
RETIRED = {
    "resumes",
    "postings",
    "resumes-r2",
    "postings-r2",
    "resumes-r3",
    "postings-r3",
    "resumes-r4",
    "postings-r4",
    "resumes-r5",
    "postings-r5",
    "resumes-r6",
    "postings-r6",
    "resumes-r7",
    "postings-r7",
    "resumes-r8",
    "postings-r8",
    "resumes-r9",
    "postings-r9",
    "resumes-r10",
    "postings-r10",
    "resumes-r11",
    "postings-r11",
    "resumes-r12",
    "postings-r12",
    "resumes-r13",
    "postings-r13",
    "resumes-r14",
    "postings-r14",
    "resumes-r15",
    "postings-r15",
    "resumes-r16",
    "postings-r16",
    "resumes-r17",
    "postings-r17",
    "resumes-r18",
    "postings-r18",
    "resumes-r19",
    "postings-r19",
    "resumes-r20",
    "postings-r20",
    "resumes-r21",
    "postings-r21",
    "resumes-r22",
    "postings-r22",
    "resumes-r23",
    "postings-r23",
}
HELD_OUT_WHOLE: set[str] = set()
# Fetched to be tuned on, never held out.
DEVELOPMENT_WHOLE = {
    "resumes-d8",
    "postings-d8",
    "resumes-d14",
    "postings-d14",
    "resumes-d18",
    "postings-d18",
}


def half(entry_id: str, corpus: str = "") -> str:
    """The half of `entry_id` in the corpus folder named `corpus` (its last path component)."""
    if corpus in RETIRED or corpus in DEVELOPMENT_WHOLE:
        return "dev"
    if corpus in HELD_OUT_WHOLE:
        return "test"
    digest = hashlib.sha256(f"{SEED}:{entry_id}".encode()).digest()
    return "test" if digest[0] % 2 else "dev"


def entries(corpus: pathlib.Path) -> list[str]:
    """An entry is a folder of the corpus with an answer.json, named by its id."""
    return sorted(p.parent.name for p in corpus.glob("*/answer.json"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=pathlib.Path)
    parser.add_argument("--half", choices=["dev", "test"])
    args = parser.parse_args()
    ids = entries(args.corpus)
    if not ids:
        print(f"no entries (folders with answer.json) in {args.corpus}", file=sys.stderr)
        return 2
    for entry_id in ids:
        entry_half = half(entry_id, args.corpus.resolve().name)
        if args.half is None:
            print(f"{entry_id}\t{entry_half}")
        elif entry_half == args.half:
            print(entry_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
