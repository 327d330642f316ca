#!/usr/bin/env python3
"""Every miss and false positive of the shipped overlap rule on a labelled set, classified by what decided it (model of
the engine, explore_sets; it reproduces `overlaps --json` on our sets). With -v each error is printed with its
features and the two tasks' titles and texts.

usage: errors.py SHARED_EVAL_DIR TASKS GOLD [--halves] [-v]
  --halves: the set is the labelled pairs of src/test/resources/overlap (each error is marked with its half)

Classes (in this order, the first that holds):
  FN task not parsed as a task       the gold names a task the parser does not hand to overlaps
  FN inside one plan                 one document (or two renderings): an overlap needs a cosine of 0.5
  FN other wording                   cosine under 0.06: the measure is in other words (synonyms, paraphrase)
  FN plans on other subjects         it stands out, but the documents' subjects are under 0.1, so it needs 0.2
  FN mutual best under 0.075         each is the other's best match, but the cosine is low
  FN strong but beaten by a rival    cosine 0.12 or more, under 0.85 of a stronger match of either task
  FN beaten by a rival               cosine 0.06 to 0.12, under 0.85 of a stronger match (titles share a bigram or not)
  FP <gold label>, <path>, <cosine>  a predicted pair the gold calls related or does not list
"""
import collections, os, sys
import numpy as np

evaldir = sys.argv[1]
sys.path.insert(0, evaldir)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from explore_sets import Set, feats, full, grams, shipped  # noqa: E402

tasks, gold = sys.argv[2], sys.argv[3]
halves, verbose = "--halves" in sys.argv, "-v" in sys.argv
s = Set(tasks, gold, halves)
F = feats(s)
S, R, MUT, D = F["S"], F["R"], F["MUT"], F["D"]
pred = full(s, F, shipped(F))
where = {}
for i, j in zip(*np.where(s.IU)):
    k = s.KEY.get((i, j))
    if k is not None and (pred[i, j] or k not in where):
        where[k] = (i, j, bool(pred[i, j]))
predicted = {k for k, (_, _, p) in where.items() if p}


def kind(k):
    if k not in where:
        return "FN task not parsed as a task"
    i, j, _ = where[k]
    if k in s.POS:
        titles = set(grams(s.TITLE[i])) & set(grams(s.TITLE[j]))
        stands = MUT[i, j] and S[i, j] >= 0.075 or S[i, j] >= 0.09 and S[i, j] >= 0.85 * R[i, j]
        if s.SAMEPLAN[i, j]:
            return "FN inside one plan (needs 0.5)"
        if S[i, j] < 0.06:
            return "FN other wording (cosine < 0.06)"
        if stands and D[i, j] < 0.1 and S[i, j] < 0.2:
            return "FN stands out, but plans on other subjects need 0.2"
        if MUT[i, j]:
            return "FN mutual best under 0.075"
        if S[i, j] >= 0.12:
            return "FN cosine >= 0.12 beaten by a rival"
        return "FN 0.06-0.12 beaten by a rival" + (" (titles share a bigram)" if titles else "")
    band = "< 0.09" if S[i, j] < 0.09 else "0.09-0.2" if S[i, j] < 0.2 else ">= 0.2"
    return f"FP {s.GL.get(k, 'unlisted')}, {'mutual best' if MUT[i, j] else 'near the rival'}, cosine {band}"


errors = sorted(s.POS - predicted, key=str) + sorted(predicted - s.POS, key=str)
counts = collections.Counter(kind(k) for k in errors)
for c, n in sorted(counts.items()):
    print(f"{n:4d}  {c}")
if verbose:
    for k in errors:
        print(kind(k))
        if k not in where:
            print("   ", k)
            continue
        i, j, _ = where[k]
        print(f"   {s.HALF.get((i, j), '')} cosine {S[i, j]:.3f} rival {R[i, j]:.3f} mutual {int(MUT[i, j])} "
              f"subject {D[i, j]:.3f} trigram Jaccard {s.JAC[i, j]:.2f}")
        for x in (i, j):
            t = s.T[x]
            print(f"   {os.path.basename(t['file'])[:14]} {t['section'] or ''} {t['number']} "
                  f"[{t['title'][:30]}] {t['text'][:120]}")
