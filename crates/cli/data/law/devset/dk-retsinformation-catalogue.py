#!/usr/bin/env python3
"""Builds the catalogue folder that dk-retsinformation.toml is measured on, from a clone of
github.com/Ansvar-Systems/Danish-law-mcp (data/seed/*.json, one Retsinformation document a file).

    python3 dk-retsinformation-catalogue.py REPO_GIT_DIR COMMIT OUT_FOLDER
    python3 dk-retsinformation-catalogue.py REPO_GIT_DIR COMMIT OUT_FOLDER --sources SET.toml

With --sources, it writes instead the documents that the set's cases take their question from
(each case's `source` act, by its ELI id "lta/YEAR/NUMBER"), whatever their status or title:
the regulations given to `frirum law evaluate --regulations`.

Kept: documents with provisions and status "in_force", that are not amending acts or orders
(title "Lov/Bekendtgørelse/Anordning om ændring af …", or a type "Ændrings…"); of documents with
the same title (a consolidation "Bekendtgørelse af lov om X" counts as "lov om X") only the
newest by issued date, then ELI year and number. Left out unread: every document whose bytes
contain "frikommune" in any case (the free-municipality acts are reserved for an independent
evaluation, and so is every document that mentions them).
"""

import json
import os
import re
import subprocess
import sys
import threading
import tomllib


def main():
    repo, commit, out = sys.argv[1:4]
    sources = None
    if sys.argv[4:5] == ["--sources"]:
        with open(sys.argv[5], "rb") as f:
            sources = {c["source"]["act"] for c in tomllib.load(f)["case"] if "source" in c}
    os.makedirs(out, exist_ok=True)
    listing = subprocess.run(
        ["git", "-C", repo, "ls-tree", commit, "data/seed/"],
        capture_output=True, text=True, check=True,
    ).stdout.split("\n")
    entries = [line.split() for line in listing if line.endswith(".json")]
    cat = subprocess.Popen(
        ["git", "-C", repo, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )

    def feed():
        for entry in entries:
            cat.stdin.write((entry[2] + "\n").encode())
        cat.stdin.close()

    threading.Thread(target=feed).start()
    best, reserved = {}, 0
    for entry in entries:
        size = int(cat.stdout.readline().split()[2])
        data = cat.stdout.read(size)
        cat.stdout.read(1)
        if b"frikommune" in data.lower():
            reserved += 1
            continue
        doc = json.loads(data)
        if sources is not None:
            eli = re.search(r"/eli/(lta/\d+/\d+)", doc.get("url", ""))
            if eli and eli[1] in sources and doc.get("provisions"):
                with open(os.path.join(out, entry[3].split("/")[-1]), "wb") as f:
                    f.write(data)
                sources.discard(eli[1])
            continue
        if not doc.get("provisions") or doc.get("status") != "in_force":
            continue
        title = " ".join(doc["title"].split()).lower()
        if re.match(r"(lov|bekendtgørelse|anordning) om ændring af", title) or doc.get(
            "short_name", ""
        ).startswith("Ændrings"):
            continue
        key = re.sub(r"^bekendtgørelse af (?=lov)", "", title)
        eli = re.search(r"/eli/lta/(\d+)/(\d+)", doc.get("url", ""))
        rank = (doc.get("issued_date") or "", int(eli[1]), int(eli[2])) if eli else ("", 0, 0)
        name = entry[3].split("/")[-1]
        if key not in best or rank > best[key][0]:
            best[key] = (rank, name, data)
    if sources is not None:
        print(f"sources not found: {sorted(sources)}" if sources else "every source written")
        return
    provisions = 0
    for _, name, data in best.values():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        provisions += len(json.loads(data)["provisions"])
    print(f"{len(best)} documents, {provisions} provisions; {reserved} left out unread (frikommune)")


if __name__ == "__main__":
    main()
