#!/usr/bin/env python3
"""Derives crates/law/src/cite/sfs_cited_names.tsv: the one-word names of Swedish acts as SFS
texts cite them next to their number ("kommunalskattelagen (1928:370)"), for the acts that
sfs_names.tsv (the acts' own titles) and the hand-kept table in known.rs do not name, mostly
repealed acts that older texts still cite.

A name is kept when at least three citations in at least two documents give it a number, and
nine in ten of them the same one. Names written after "och"/"eller" or a hyphen are left out:
they are the second half of a longer name ("hälso- och sjukvårdslagen").

Usage: se-cited-names.py SE_LEX_REPO COMMIT > crates/law/src/cite/sfs_cited_names.tsv
(SE_LEX_REPO is a clone of github.com/se-lex/sfs; the table in the repository was made from
commit aaf6164464962da7b6bf9c0d496144db25403aac.)
"""

import collections
import pathlib
import re
import subprocess
import sys

ENDINGS = [
    ("lagen", "lag"),
    ("balken", "balk"),
    ("förordningen", "förordning"),
    ("kungörelsen", "kungörelse"),
    ("stadgan", "stadga"),
    ("reglementet", "reglemente"),
]
CITED = re.compile(
    r"(?P<before>\S*)\s+(?P<name>[a-zåäö]{3,}(?:"
    + "|".join(e for e, _ in ENDINGS)
    + r"))\s+\((?P<y>\d{4}):\s?(?P<n>\d{1,4})\)"
)
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def base(name):
    for ending, stem in ENDINGS:
        if name.endswith(ending):
            return name[: -len(ending)] + stem
    return name


def main(repo, commit):
    cite = pathlib.Path(__file__).resolve().parents[4] / "law" / "src" / "cite"
    titled = {line.split("\t")[0] for line in open(f"{cite}/sfs_names.tsv", encoding="utf-8")}
    hand_kept = open(f"{cite}/known.rs", encoding="utf-8").read().lower()
    files = subprocess.run(
        ["git", "-C", repo, "ls-tree", "-r", "--name-only", commit],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    numbers = collections.defaultdict(collections.Counter)
    documents = collections.defaultdict(set)
    for path in files:
        if not path.endswith(".md"):
            continue
        text = subprocess.run(
            ["git", "-C", repo, "show", f"{commit}:{path}"],
            capture_output=True, text=True, check=True,
        ).stdout
        body = LINK.sub(r"\1", text.split("\n---\n", 1)[-1])
        for m in CITED.finditer(body):
            before = m.group("before").lower()
            if before in ("och", "eller") or before.endswith("-"):
                continue
            name = m.group("name")
            number = f"{int(m.group('y'))}:{int(m.group('n'))}"
            numbers[name][number] += 1
            documents[name].add(path)
    rows = {}
    for name, counted in numbers.items():
        total = sum(counted.values())
        number, most = counted.most_common(1)[0]
        stem = base(name)
        if total < 3 or len(documents[name]) < 2 or most * 10 < total * 9:
            continue
        if stem in titled or f'"{name}"' in hand_kept or name in ("lagen", "balken"):
            continue
        rows[stem] = number
    for stem in sorted(rows):
        print(f"{stem}\t{rows[stem]}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
