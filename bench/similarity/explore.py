#!/usr/bin/env python3
"""Models of the overlap rule on the labelled pairs, with the held-out discipline of halves.py: each rule's parameters
are chosen on the tuning half and the held-out half is only reported (numpy; brute force, the set is small).

usage: explore.py TASKS.jsonl GOLD.json SHARED_EVAL_DIR   (run.sh writes TASKS.jsonl)
Duplicates (trigram Jaccard >= 0.6 across plans) and pairs inside one plan (cosine >= 0.5) are predicted as the
engine does in every row; the rows differ in the rule for overlaps across plans.
"""
import collections, json, math, os, re, sys, unicodedata
import numpy as np

tasks_path, gold_path, eval_dir = sys.argv[1:4]
sys.path.insert(0, eval_dir)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_overlap as so  # noqa: E402
from halves import half  # noqa: E402

T = [json.loads(l) for l in open(tasks_path, encoding="utf-8")]
GOLD = json.load(open(gold_path, encoding="utf-8"))
IDX = so.Index(GOLD)
GL = {frozenset((IDX.cid(p["a"]), IDX.cid(p["b"]))): p["label"] for p in GOLD["pairs"]}
POS = {k for k, l in GL.items() if l in ("duplicate", "overlap")}
N = len(T)
for t in T:
    t["cids"] = IDX.resolve({"file": t["file"], "number": t["number"], "section": t["section"] or "", "title": t["title"]})
FILE = [t["file"] for t in T]
DOCS = sorted(set(FILE))
DOC = np.array([DOCS.index(f) for f in FILE])


def norm(s):
    return "".join(c.lower() for c in unicodedata.normalize("NFKC", s or "") if c.isalnum())


def grams(s, n=2):
    return [s[i:i + n] for i in range(len(s) - n + 1)]


TEXT = [norm(t["text"]) or norm(t["title"]) for t in T]
TRI = [set(grams(x, 3)) for x in TEXT]
JAC = np.zeros((N, N))
for i in range(N):
    for j in range(i + 1, N):
        u = len(TRI[i] | TRI[j])
        JAC[i, j] = JAC[j, i] = len(TRI[i] & TRI[j]) / u if u else 0
# twins: documents whose tasks are near-verbatim copies
PLANID = list(range(len(DOCS)))
for a in range(len(DOCS)):
    for b in range(a + 1, len(DOCS)):
        ia, ib = np.where(DOC == a)[0], np.where(DOC == b)[0]
        d = (JAC[np.ix_(ia, ib)] >= 0.9).any(axis=1).sum()
        if d >= 0.8 * min(len(ia), len(ib)):
            PLANID[b] = PLANID[a]
PL = np.array([PLANID[d] for d in DOC])
SAMEPLAN = PL[:, None] == PL[None, :]
SAMEDOC = DOC[:, None] == DOC[None, :]
IU = np.triu(np.ones((N, N), bool), 1)


def key(i, j):
    keys = {frozenset((x, y)) for x in T[i]["cids"] for y in T[j]["cids"] if x != y}
    if not keys:
        return None
    pos = sorted((k for k in keys if k in POS), key=str)
    return pos[0] if pos else sorted(keys, key=str)[0]


KEY = {}
HALF = {}
for i in range(N):
    for j in range(i + 1, N):
        KEY[i, j] = key(i, j)
        HALF[i, j] = half(FILE[i], FILE[j])
GOLDHALF = {}
for p in GOLD["pairs"]:
    GOLDHALF[frozenset((IDX.cid(p["a"]), IDX.cid(p["b"])))] = half(p["a"]["file"], p["b"]["file"])


def counts(mask, which):
    ii, jj = np.where(mask & IU)
    pred = {KEY[i, j] for i, j in zip(ii, jj) if which in (None, HALF[i, j])} - {None}
    g = {k for k in POS if which in (None, GOLDHALF[k])}
    return len(pred & g), len(pred - g), len(g - pred)


def f1(c):
    tp, fp, fn = c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


FIXED = (SAMEPLAN & ~SAMEDOC & (JAC >= 0.9)) | (~SAMEPLAN & (JAC >= 0.6))


def within(S):
    return SAMEDOC & (S >= 0.5) & (JAC < 0.9) | SAMEDOC & (JAC >= 0.9)


def tfidf(units, idfpow=1.0):
    vocab = {}
    rows = []
    for u in units:
        c = collections.Counter(u)
        rows.append({vocab.setdefault(g, len(vocab)): 1 + math.log(n) for g, n in c.items()})
    M = np.zeros((N, len(vocab)))
    for i, r in enumerate(rows):
        for g, w in r.items():
            M[i, g] = w
    df = (M > 0).sum(axis=0)
    idf = np.log(1 + N / np.maximum(df, 1)) ** idfpow
    M = M * idf
    M /= np.maximum(np.linalg.norm(M, axis=1, keepdims=True), 1e-12)
    return M


def cosine(M):
    S = M @ M.T
    np.fill_diagonal(S, 0)
    return S


def best_in_doc(S):
    """B[i, j]: the strongest S of i with a task of j's document."""
    B = np.zeros((N, N))
    for d in range(len(DOCS)):
        cols = DOC == d
        B[:, cols] = S[:, cols].max(axis=1, keepdims=True)
    return B


def topk_mean_in_doc(S, k):
    R = np.zeros((N, N))
    for d in range(len(DOCS)):
        cols = np.where(DOC == d)[0]
        sub = np.sort(S[:, cols], axis=1)[:, ::-1][:, :k]
        R[:, cols] = sub.mean(axis=1, keepdims=True)
    return R


RESULTS = []


def run(label, S, masks):
    """masks: {params: cross-plan overlap mask}; prints the figures per half of the parameters chosen on the tuning
    half (ties: the largest parameters), and the best any parameters reach on all pairs (oracle, optimistic)."""
    W = within(S)
    full = {p: FIXED | W | (m & ~SAMEPLAN) for p, m in masks.items()}
    best = max(full, key=lambda p: (f1(counts(full[p], "tuning")), str(p)))
    ct, ch, ca = (counts(full[best], w) for w in ("tuning", "held-out", None))
    oracle = max(f1(counts(m, None)) for m in full.values())
    RESULTS.append((label, f1(ct), f1(ch), f1(ca)))
    print(f"{label:55s} tune {f1(ct):.3f} held {f1(ch):.3f} {ch} all {f1(ca):.3f} (oracle {oracle:.3f}) {best}",
          flush=True)
    return best


def grid(lo, hi, n=40):
    return [lo + (hi - lo) * i / (n - 1) for i in range(n)]


def rival_rule(label, S, shares=(0.75, 0.8, 0.85, 0.9, 0.95), how="max", ts=None):
    B = best_in_doc(S)
    R = np.maximum(B, B.T) if how == "max" else np.minimum(B, B.T)
    ts = ts or grid(0.03, 0.3)
    return run(label, S, {(round(t, 4), r): (S >= t) & (S >= r * R) for t in ts for r in shares})


def csls(label, S, ks=(1, 2, 3, 5)):
    m = {}
    for k in ks:
        R = topk_mean_in_doc(S, k)
        C = 2 * S - R - R.T
        for t in grid(-0.1, 0.1, 41):
            for t0 in (0.03, 0.06, 0.09):
                m[(k, round(t, 4), t0)] = (C >= t) & (S >= t0)
    return run(label, S, m)


def subject_vectors(M, terms=256):
    """Each document's subject vector: the sum of its tasks' vectors cut to its heaviest terms, unit length."""
    D = np.stack([M[DOC == d].sum(0) for d in range(len(DOCS))])
    for r in range(len(D)):
        if (D[r] > 0).sum() > terms:
            D[r][D[r] < np.sort(D[r])[::-1][terms - 1]] = 0
    D /= np.linalg.norm(D, axis=1, keepdims=True)
    return (D @ D.T)[DOC][:, DOC]


if __name__ == "__main__":
    BG = [grams(x) for x in TEXT]
    S = cosine(tfidf(BG))
    run("threshold only", S, {(round(t, 4),): S >= t for t in grid(0.03, 0.4)})
    rival_rule("rival rule (before)", S)
    csls("CSLS instead of the rival rule", S)
    M = tfidf([grams(re.sub(r"[0-9]+", "", x)) for x in TEXT])
    S = cosine(M)
    rival_rule("bigrams without digits + rival", S)
    rival_rule("bigrams without digits + rival of either side (min)", S, how="min")
    B = best_in_doc(S)
    R = np.maximum(B, B.T)
    MUT = (S >= B - 1e-12) & (S >= B.T - 1e-12) & (S > 0)
    D = subject_vectors(M)
    run("+ mutual best at a lower bar", S, {(t2,): ((S >= 0.09) & (S >= 0.85 * R)) | (MUT & (S >= t2))
                                            for t2 in (0.06, 0.065, 0.07, 0.075, 0.08, 0.085, 0.09)})
    run("+ plans on other subjects need a stronger cosine", S,
        {(d, th): ((S >= 0.09) & (S >= 0.85 * R)) & ((D >= d) | (S >= th))
         for d in (0.06, 0.08, 0.1, 0.125, 0.15) for th in (0.15, 0.2, 0.25, 1.0)})
    run("shipped: without digits, rival, mutual, subject", S,
        {(t, r, t2, d, th): (((S >= t) & (S >= r * R)) | (MUT & (S >= t2))) & ((D >= d) | (S >= th))
         for t in (0.085, 0.09, 0.095) for r in (0.8, 0.85, 0.9) for t2 in (0.07, 0.075, 0.08)
         for d in (0.08, 0.1, 0.125) for th in (0.15, 0.2, 0.25)})
    # the engine's parameters (Judge): ties on the tuning half with the row above; 0.09 and 0.85 were kept from before
    run("shipped parameters (0.09, 0.85, 0.075, 0.1, 0.2)", S,
        {"shipped": (((S >= 0.09) & (S >= 0.85 * R)) | (MUT & (S >= 0.075))) & ((D >= 0.1) | (S >= 0.2))})
