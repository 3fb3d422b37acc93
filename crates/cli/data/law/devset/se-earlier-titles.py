#!/usr/bin/env python3
"""Derives crates/law/src/cite/sfs_earlier_titles.tsv: the Swedish acts whose name or title a
later act took ("kommunallag" 1977:179 and 1991:900, before 2017:725), so that a text naming
an act by its year ("1991 års kommunallag", "24 § 1986 års förvaltningslag") resolves to the
act of that year rather than to the act that has the name today.

Two sources, both facts about SFS as se-lex's edition gives it:

1. The acts' own titles (the `rubrik` of each document) of laws, ordinances and codes: a
   one-word name ("Kommunallag") or a title opening "lag om", "förordning om" and the like.
2. The one-word names SFS texts write next to a number ("förvaltningslagen (1971:290)"), a
   pair kept when at least three citations in at least two documents write it. Names written
   after "och"/"eller" or a hyphen are left out: they are the second half of a longer name.

Of every name two or more acts have had, each act is listed except the one that the other
tables (sfs_names.tsv, sfs_cited_names.tsv, sfs_titles.tsv) already give the name.

Usage: se-earlier-titles.py SE_LEX_REPO COMMIT > crates/law/src/cite/sfs_earlier_titles.tsv
(SE_LEX_REPO is a clone of github.com/se-lex/sfs; the table in the repository was made from
commit aaf6164464962da7b6bf9c0d496144db25403aac.)
"""

import collections
import importlib.util
import pathlib
import re
import subprocess
import sys

ONE_WORD = re.compile(r"^[a-zåäö-]{3,}(lag|balk|förordning|kungörelse|stadga)$")
TITLE = re.compile(r"^(lag|förordning|kungörelse) om [a-zåäö ,.-]+$")
AMENDING = re.compile(r"\bom (ändr|upphäv|ikraftträd|fortsatt giltighet)")

# A name cited with a number is read as se-cited-names.py reads it.
_spec = importlib.util.spec_from_file_location(
    "se_cited_names", pathlib.Path(__file__).with_name("se-cited-names.py")
)
cited_names = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cited_names)
CITED, LINK, base = cited_names.CITED, cited_names.LINK, cited_names.base


def sfs(y, n):
    return f"{int(y)}:{int(n)}"


def main(repo, commit):
    cite = pathlib.Path(__file__).resolve().parents[4] / "law" / "src" / "cite"
    given = {}
    for table in ("sfs_names.tsv", "sfs_cited_names.tsv", "sfs_titles.tsv"):
        for line in open(cite / table, encoding="utf-8"):
            name, number = line.rstrip("\n").split("\t")
            given[name.lower()] = number
    files = subprocess.run(
        ["git", "-C", repo, "ls-tree", "-r", "--name-only", commit],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    acts = collections.defaultdict(set)
    cited = collections.Counter()
    documents = collections.defaultdict(set)
    for path in files:
        if not path.endswith(".md"):
            continue
        text = subprocess.run(
            ["git", "-C", repo, "show", f"{commit}:{path}"],
            capture_output=True, text=True, check=True,
        ).stdout
        head, _, body = text.partition("\n---\n")
        number = re.search(r"^beteckning:\s*\"?([0-9]{4}):([0-9]+)\"?\s*$", head, re.M)
        title = re.search(r"^rubrik:\s*\"?(.*?)\"?\s*$", head, re.M)
        if number and title:
            name = " ".join(title.group(1).split()).lower()
            if (ONE_WORD.match(name) or TITLE.match(name)) and not AMENDING.search(name):
                acts[name].add(sfs(*number.groups()))
        for m in CITED.finditer(LINK.sub(r"\1", body)):
            before = m.group("before").lower()
            if before in ("och", "eller") or before.endswith("-"):
                continue
            pair = (base(m.group("name")), sfs(m.group("y"), m.group("n")))
            cited[pair] += 1
            documents[pair].add(path)
    for (name, number), count in cited.items():
        if count >= 3 and len(documents[(name, number)]) >= 2:
            acts[name].add(number)
    rows = []
    for name, numbers in acts.items():
        if name not in given:
            continue
        for number in numbers - {given[name]}:
            rows.append((name, number))
    for name, number in sorted(rows, key=lambda r: (r[0], [int(x) for x in r[1].split(":")])):
        print(f"{name}\t{number}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
