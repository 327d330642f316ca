#!/usr/bin/env python3
"""usage: reachable.py SHARED_EVAL_DIR TASKS GOLD OUT_GOLD
Writes a copy of GOLD that keeps only the pairs whose two tasks the parser reads today (TASKS: DumpTasks output), so that
a set labelled by reading (where some labelled tasks are part headings the parser does not read as tasks) can also be
scored on what a similarity rule can reach. Prints how many pairs of each label it keeps."""
import json, sys
sys.path.insert(0, sys.argv[1])
import score_overlap as so  # noqa: E402

tasks = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
gold = json.load(open(sys.argv[3], encoding="utf-8"))
idx = so.Index(gold)
parsed = set()
for t in tasks:
    parsed |= idx.resolve({"file": t["file"], "number": t["number"], "section": t.get("section") or "",
                           "title": t.get("title") or ""})
keep = [p for p in gold["pairs"] if idx.cid(p["a"]) in parsed and idx.cid(p["b"]) in parsed]
json.dump(dict(gold, pairs=keep), open(sys.argv[4], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for label in ("duplicate", "overlap", "related"):
    n = sum(p["label"] == label for p in gold["pairs"])
    k = sum(p["label"] == label for p in keep)
    print(f"{label}: {k} of {n} reachable")
