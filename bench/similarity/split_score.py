#!/usr/bin/env python3
"""Scores an `overlaps --json` result against the labelled pairs per half (see halves.py) and overall, with
../shared/eval/score_overlap.py.

usage: split_score.py GOLD RESULT SHARED_EVAL_DIR [-v]
"""
import json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from halves import half  # noqa: E402

gold_path, result_path, eval_dir = sys.argv[1:4]
extra = sys.argv[4:]
gold = json.load(open(gold_path, encoding="utf-8"))
result = json.load(open(result_path, encoding="utf-8"))
scorer = os.path.join(eval_dir, "score_overlap.py")
with tempfile.TemporaryDirectory() as d:
    for name in ("tuning", "held-out", None):
        g = dict(gold, pairs=[p for p in gold["pairs"] if name is None or half(p["a"]["file"], p["b"]["file"]) == name])
        r = {"pairs": [p for p in result["pairs"] if name is None or half(p["a"]["file"], p["b"]["file"]) == name]}
        gp, rp = os.path.join(d, "g.json"), os.path.join(d, "r.json")
        json.dump(g, open(gp, "w", encoding="utf-8"), ensure_ascii=False)
        json.dump(r, open(rp, "w", encoding="utf-8"), ensure_ascii=False)
        out = subprocess.run([sys.executable, scorer, gp, rp] + extra, capture_output=True, text=True).stdout
        print(f"== {name or 'all'}")
        print("\n".join(l for l in out.splitlines() if not l.startswith("overlap: F1")))
