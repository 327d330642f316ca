#!/usr/bin/env python3
"""Best duplicate+overlap F1 on the labelled pairs: lexical similarity alone, the embedding alone, and both.

usage: evaluate.py TASKS_WITH_EMBEDDINGS.json GOLD.json SCORER.py
Pairs are judged like the application judges them: across plans, trigram Jaccard >= 0.6 is a duplicate, else a
score at or above a threshold is an overlap; inside one plan (000 and 002 are one plan) nothing but duplicates.
The threshold (and the mix) is chosen on these same pairs, so every figure is optimistic in the same way.
"""
import importlib.util, itertools, json, math, sys, unicodedata
from collections import Counter

tasks = json.load(open(sys.argv[1], encoding="utf-8"))
gold = json.load(open(sys.argv[2], encoding="utf-8"))
spec = importlib.util.spec_from_file_location("so", sys.argv[3]); so = importlib.util.module_from_spec(spec)
spec.loader.exec_module(so)
idx = so.Index(gold)
glabel = {frozenset((idx.cid(p["a"]), idx.cid(p["b"]))): p["label"] for p in gold["pairs"]}
positives = sum(1 for l in glabel.values() if l in ("duplicate", "overlap"))


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c.lower() for c in s if c.isalnum())


def grams(s, n):
    return [s[i:i + n] for i in range(len(s) - n + 1)]


for t in tasks:
    t["n"] = norm(t["text"]) or norm(t["title"])
df = Counter()
for t in tasks:
    df.update(set(grams(t["n"], 2)))
N = len(tasks)
for t in tasks:
    c = Counter(grams(t["n"], 2))
    t["v"] = {g: (1 + math.log(k)) * math.log(1 + N / df[g]) for g, k in c.items()}
    t["vn"] = math.sqrt(sum(x * x for x in t["v"].values()))
    t["tri"] = set(grams(t["n"], 3))


def cos(u, v):
    return sum(x * y for x, y in zip(u, v)) / math.sqrt(sum(x * x for x in u) * sum(y * y for y in v))


plan = lambda f: "000" if f.startswith("002") else f[:3]
rows = []
for a, b in itertools.combinations(tasks, 2):
    ka = {"file": a["file"], "section": a["section"] or "", "number": a["number"], "title": a["title"]}
    kb = {"file": b["file"], "section": b["section"] or "", "number": b["number"], "title": b["title"]}
    keys = {frozenset((x, y)) for x in idx.resolve(ka) for y in idx.resolve(kb) if x != y}
    label = next((glabel[k] for k in keys if k in glabel), "none")
    lex = sum(x * b["v"][g] for g, x in a["v"].items() if g in b["v"]) / (a["vn"] * b["vn"])
    rows.append(dict(label=label, same=plan(a["file"]) == plan(b["file"]),
                     jac=len(a["tri"] & b["tri"]) / len(a["tri"] | b["tri"]), lex=lex,
                     emb_text=cos(a["embText"], b["embText"]), emb_title=cos(a["embTitle"], b["embTitle"])))


def f1(score, t):
    tp = fp = 0
    for r in rows:
        if r["jac"] >= 0.6:
            pos = True
        elif r["same"]:
            pos = False
        else:
            pos = score(r) >= t
        if pos:
            tp, fp = (tp + 1, fp) if r["label"] in ("duplicate", "overlap") else (tp, fp + 1)
    p = tp / (tp + fp) if tp + fp else 0
    rc = tp / positives
    return (2 * p * rc / (p + rc) if p + rc else 0), p, rc


def best(name, score, thresholds):
    f, p, r, t = max(f1(score, t) + (t,) for t in thresholds)
    print(f"{name:44s} F1={f:.3f} P={p:.3f} R={r:.3f} at {t:.3f}")


def spread(key):
    pos = sorted(r[key] for r in rows if r["label"] == "overlap")
    neg = sorted(r[key] for r in rows if r["label"] == "none" and not r["same"])
    print(f"{key:10s} median of gold overlaps {pos[len(pos) // 2]:.3f}, of unlabelled pairs {neg[len(neg) // 2]:.3f},"
          f" 99th percentile of unlabelled pairs {neg[int(len(neg) * .99)]:.3f}")


spread("lex"); spread("emb_text"); spread("emb_title")
best("lexical (bigram TF-IDF cosine)", lambda r: r["lex"], [x / 1000 for x in range(20, 300, 5)])
best("embedding of the text", lambda r: r["emb_text"], [x / 1000 for x in range(800, 1000, 2)])
best("embedding of the title", lambda r: r["emb_title"], [x / 1000 for x in range(800, 1000, 2)])
for w in (0.25, 0.5):
    for off in (0.8, 0.85, 0.9):
        best(f"lexical + {w} x embedding(text) above {off}",
             lambda r: (r["lex"] + w * max(0, r["emb_text"] - off) / (1 - off)) / (1 + w),
             [x / 1000 for x in range(20, 400, 5)])
