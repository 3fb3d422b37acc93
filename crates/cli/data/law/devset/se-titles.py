#!/usr/bin/env python3
"""Derives crates/law/src/cite/sfs_titles.tsv: the titles of Swedish acts that have more than
one word ("lag om allmän försäkring", "förordning med instruktion för Kustbevakningen"), each
with its SFS number, so that a text naming an act by its title without the number ("enligt
lagen om allmän försäkring") resolves whatever the caller's catalogue holds.

Two sources, both facts about SFS as se-lex's edition gives it:

1. The acts' own titles (the `rubrik` of each document) of laws, ordinances ("förordning",
   "kungörelse") and codes. Amending and repealing acts are left out ("om ändring i", "om
   upphävande av"); their titles name another act. Where two acts have the same title the
   later one keeps it, as in sfs_names.tsv.
2. For acts not in the edition (mostly repealed ones that older texts still cite), the
   title as SFS texts write it after the number: "lagen (1962:381) om allmän försäkring". The
   words after "om"/"med"/"angående" that at least nine in ten of its citations share, cited at
   least three times in at least two documents, at least two words long, and not ending on a
   preposition or conjunction (then they are only the start of longer titles).

Where two acts have the same title, in either source or across them, the later act keeps it. Only titles the
parser can read as one are kept: "om" and up to 16 words, without numbers, commas or brackets.

Usage: se-titles.py SE_LEX_REPO COMMIT > crates/law/src/cite/sfs_titles.tsv
(SE_LEX_REPO is a clone of github.com/se-lex/sfs; the table in the repository was made from
commit aaf6164464962da7b6bf9c0d496144db25403aac.)
"""

import collections
import re
import subprocess
import sys

KINDS = {"lag": "lag", "förordning": "förordning", "kungörelse": "kungörelse"}
# The inflected kind words of source 2 and their base form.
CITED_KINDS = {
    "lagen": "lag",
    "lag": "lag",
    "förordningen": "förordning",
    "förordning": "förordning",
    "kungörelsen": "kungörelse",
    "kungörelse": "kungörelse",
}
AMENDING = re.compile(r"^(om|angående) (ändr|upphäv|ikraftträd|fortsatt giltighet)", re.I)
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
CITED = re.compile(
    r"\b(?P<kind>lagen|lag|förordningen|förordning|kungörelsen|kungörelse)\s+"
    r"\((?P<y>\d{4}):\s?(?P<n>\d{1,4})\)\s+(?P<rest>(?:om|med|angående)\s[^\n]{0,200})"
)
# Where a title written in running text certainly ends; the dots of "m.m." and "m.fl." do
# not end it.
END = re.compile(r"[,;:()\[\]]|(?<!\bm)\.(?!m\.|fl\.)|(?<=\bm\.m)\.|(?<=\bm\.fl)\.|\s(och|eller|samt)\s(?=\d)|\s\d")
# "m.m." after a comma is not part of the title as the parser reads it.
TAIL = re.compile(r",\s*(m\.m\.|m\.fl\.)$")
WORD_LIMIT = 14


def show(repo, commit, path):
    """One file of the edition at the commit."""
    return subprocess.run(
        ["git", "-C", repo, "show", f"{commit}:{path}"],
        capture_output=True, text=True, check=True,
    ).stdout


def normalise(title):
    return " ".join(title.split())


def own_titles(repo, commit, files):
    titles = {}
    for path in files:
        if not path.endswith(".md"):
            continue
        head = show(repo, commit, path).split("\n---\n", 1)[0]
        number = re.search(r"^beteckning:\s*\"?([0-9]{4}:[0-9]+)\"?\s*$", head, re.M)
        title = re.search(r"^rubrik:\s*\"?(.*?)\"?\s*$", head, re.M)
        if not (number and title):
            continue
        words = normalise(title.group(1)).split(" ", 1)
        if len(words) < 2 or words[0].lower() not in KINDS:
            continue
        rest = words[1]
        # A popular name in brackets at the end is not part of the title.
        rest = TAIL.sub("", re.sub(r"\s*\([^()]*\)$", "", rest)).strip()
        if AMENDING.search(rest) or not re.match(r"(om|med|angående|till|för|i)\s", rest):
            continue
        title = f"{KINDS[words[0].lower()]} {rest}"
        sfs = number.group(1)
        year, n = (int(x) for x in sfs.split(":"))
        old = titles.get(title.lower())
        if old is None or tuple(int(x) for x in old[1].split(":")) < (year, n):
            titles[title.lower()] = (title, f"{year}:{n}")
    return titles


def cited_titles(repo, commit, files, known_numbers):
    prefixes = collections.defaultdict(list)
    documents = collections.defaultdict(set)
    for path in files:
        if not path.endswith(".md"):
            continue
        body = LINK.sub(r"\1", show(repo, commit, path).split("\n---\n", 1)[-1])
        for m in CITED.finditer(body):
            number = f"{int(m.group('y'))}:{int(m.group('n'))}"
            if number in known_numbers:
                continue
            rest = m.group("rest")
            end = END.search(rest)
            words = (rest[: end.start()] if end else rest).split()[:WORD_LIMIT]
            if AMENDING.search(" ".join(words)):
                continue
            prefixes[(CITED_KINDS[m.group("kind").lower()], number)].append(words)
            documents[(CITED_KINDS[m.group("kind").lower()], number)].add(path)
    titles = {}
    for (kind, number), all_words in prefixes.items():
        if len(all_words) < 3 or len(documents[(kind, number)]) < 2:
            continue
        # The longest run of words that nine in ten citations begin with.
        best = []
        for length in range(2, WORD_LIMIT + 1):
            counted = collections.Counter(
                tuple(w[:length]) for w in all_words if len(w) >= length
            )
            if not counted:
                break
            words, most = counted.most_common(1)[0]
            if most * 10 < len(all_words) * 9:
                break
            best = list(words)
        # A title never ends on a preposition or a conjunction: where the words citations
        # share end on one, they are the common start of longer titles ("om kommuners och"
        # of "om kommuners och landstings åtgärder" and "om kommuners och regioners
        # åtgärder").
        if len(best) < 2 or best[-1].lower() in (
            "om", "med", "för", "till", "av", "i", "och", "eller", "samt", "angående", "vid", "på",
            "enligt", "mot", "från", "under", "över", "genom", "inom", "utom", "utan", "efter",
            "hos", "åt", "rörande", "beträffande", "inför", "jämte", "mellan", "som", "den", "det",
            "de", "en", "ett",
        ):
            continue
        # Nor on the act it introduces: "om införande av lagen (2004:46) …".
        if best[-1].lower() in CITED_KINDS or best[-1].lower() in ("balken", "kungörelsen"):
            continue
        if best[-1] in ("m.m", "m.fl"):
            best[-1] += "."
        title = f"{kind} {' '.join(best)}"
        titles.setdefault(title.lower(), []).append((title, number))
    return {k: max(v, key=lambda t: sfs_order(t[1])) for k, v in titles.items()}


def main(repo, commit):
    files = subprocess.run(
        ["git", "-C", repo, "ls-tree", "-r", "--name-only", commit],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    own = own_titles(repo, commit, files)
    in_edition = {
        f"{int(p.split('-')[1])}:{int(p.split('-')[2].split('.')[0])}"
        for p in (f.rsplit("/", 1)[-1] for f in files)
        if re.fullmatch(r"sfs-\d{4}-\d+\.md", p)
    }
    cited = cited_titles(repo, commit, files, in_edition)
    rows = dict(own)
    for key, value in cited.items():
        # The later act keeps a title two acts share, also when the edition lacks it.
        if key not in rows or sfs_order(value[1]) > sfs_order(rows[key][1]):
            rows[key] = value
    for key in sorted(rows):
        title, number = rows[key]
        if readable(title):
            print(f"{title}\t{number}")


def sfs_order(number):
    year, n = number.split(":")
    return (int(year), int(n))


def readable(title):
    """Whether the parser can read the title as one: "lag om" and up to 16 words of letters
    (it reads a known title up to a number, a comma or a bracket, and for 16 words)."""
    kind, om, *words = title.split()
    return (
        om == "om"
        and 0 < len(words) <= 16
        and not re.search(r"[0-9§,;:()/]", title)
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
