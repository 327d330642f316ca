#!/usr/bin/env python3
"""Models of the overlap rule on two labelled sets at once: the labelled pairs of src/test/resources/overlap (with
the tuning / held-out halves of halves.py) and a second set labelled elsewhere (one figure). numpy, brute force.
usage: explore_sets.py LAB_TASKS LAB_GOLD OTHER_TASKS OTHER_GOLD SHARED_EVAL_DIR bench/similarity
(TASKS: DumpTasks output, see run.sh). Every variant uses the same parameters on both sets."""
import collections, json, math, os, re, sys, unicodedata
import numpy as np
if __name__ == "__main__":
    lt, lg, rt, rg, evaldir, halvesdir = sys.argv[1:7]
    sys.path.insert(0, evaldir); sys.path.insert(0, halvesdir)
import score_overlap as so  # imported from elsewhere (variants.py), the caller puts ../shared/eval on sys.path
from halves import half

def norm(s): return "".join(c.lower() for c in unicodedata.normalize("NFKC", s or "") if c.isalnum())
def grams(s, n=2): return [s[i:i + n] for i in range(len(s) - n + 1)]

class Set:
    def __init__(self, tasks_path, gold_path, halves):
        self.T = [json.loads(l) for l in open(tasks_path, encoding="utf-8")]
        gold = json.load(open(gold_path, encoding="utf-8"))
        idx = so.Index(gold)
        gl = {frozenset((idx.cid(p["a"]), idx.cid(p["b"]))): p["label"] for p in gold["pairs"]}
        self.POS = {k for k, l in gl.items() if l in ("duplicate", "overlap")}
        self.GL = gl
        T = self.T; N = self.N = len(T)
        for t in T:
            t["cids"] = idx.resolve({"file": t["file"], "number": t["number"], "section": t["section"] or "", "title": t["title"]})
        FILE = [t["file"] for t in T]; self.FILE = FILE
        DOCS = sorted(set(FILE)); self.DOCS = DOCS
        self.DOC = DOC = np.array([DOCS.index(f) for f in FILE])
        self.TEXT = TEXT = [norm(t["text"]) or norm(t["title"]) for t in T]
        self.TITLE = [norm(t["title"]) for t in T]
        TRI = [set(grams(x, 3)) for x in TEXT]
        JAC = np.zeros((N, N))
        for i in range(N):
            for j in range(i + 1, N):
                u = len(TRI[i] | TRI[j]); JAC[i, j] = JAC[j, i] = len(TRI[i] & TRI[j]) / u if u else 0
        self.JAC = JAC
        PLANID = list(range(len(DOCS)))
        for a in range(len(DOCS)):
            for b in range(a + 1, len(DOCS)):
                ia, ib = np.where(DOC == a)[0], np.where(DOC == b)[0]
                d = (JAC[np.ix_(ia, ib)] >= 0.9).any(axis=1).sum()
                if d >= 0.8 * min(len(ia), len(ib)): PLANID[b] = PLANID[a]
        PL = np.array([PLANID[d] for d in DOC])
        self.SAMEPLAN = PL[:, None] == PL[None, :]
        self.SAMEDOC = DOC[:, None] == DOC[None, :]
        self.IU = np.triu(np.ones((N, N), bool), 1)
        self.KEY = {}; self.HALF = {}
        for i in range(N):
            for j in range(i + 1, N):
                keys = {frozenset((x, y)) for x in T[i]["cids"] for y in T[j]["cids"] if x != y}
                if keys:
                    pos = sorted((k for k in keys if k in self.POS), key=str)
                    self.KEY[i, j] = pos[0] if pos else sorted(keys, key=str)[0]
                self.HALF[i, j] = half(FILE[i], FILE[j]) if halves else "all"
        self.GH = {}
        for p in gold["pairs"]:
            self.GH[frozenset((idx.cid(p["a"]), idx.cid(p["b"])))] = half(p["a"]["file"], p["b"]["file"]) if halves else "all"
        self.FIXED = (self.SAMEPLAN & ~self.SAMEDOC & (JAC >= 0.9)) | (~self.SAMEPLAN & (JAC >= 0.6))

    def counts(self, mask, which=None):
        ii, jj = np.where(mask & self.IU)
        pred = {self.KEY.get((i, j)) for i, j in zip(ii, jj) if which in (None, self.HALF[i, j])} - {None}
        g = {k for k in self.POS if which in (None, self.GH[k])}
        return len(pred & g), len(pred - g), len(g - pred)

    def tfidf(self, units):
        vocab = {}; rows = []
        for u in units:
            c = collections.Counter(u)
            rows.append({vocab.setdefault(g, len(vocab)): 1 + math.log(n) for g, n in c.items()})
        M = np.zeros((self.N, max(1, len(vocab))))
        for i, r in enumerate(rows):
            for g, w in r.items(): M[i, g] = w
        df = (M > 0).sum(axis=0)
        idf = np.log(1 + self.N / np.maximum(df, 1))
        M = M * idf
        M /= np.maximum(np.linalg.norm(M, axis=1, keepdims=True), 1e-12)
        return M

    def best_in_doc(self, S):
        B = np.zeros((self.N, self.N))
        for d in range(len(self.DOCS)):
            cols = self.DOC == d
            B[:, cols] = S[:, cols].max(axis=1, keepdims=True)
        return B

    def second_in_doc(self, S):
        """B2[i, j]: the second strongest cosine of task i with a task of j's document (0 where it has one task)."""
        B2 = np.zeros((self.N, self.N))
        for d in range(len(self.DOCS)):
            cols = self.DOC == d
            if cols.sum() > 1:
                B2[:, cols] = -np.sort(-S[:, cols], axis=1)[:, 1:2]
        return B2

    def subject(self, M, terms=256):
        D = np.stack([M[self.DOC == d].sum(0) for d in range(len(self.DOCS))])
        for r in range(len(D)):
            if (D[r] > 0).sum() > terms:
                D[r][D[r] < np.sort(D[r])[::-1][terms - 1]] = 0
        D /= np.linalg.norm(D, axis=1, keepdims=True)
        return (D @ D.T)[self.DOC][:, self.DOC]

def f1(c):
    tp, fp, fn = c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

def prf(c):
    tp, fp, fn = c
    return f"P={tp/(tp+fp) if tp+fp else 0:.3f} R={tp/(tp+fn) if tp+fn else 0:.3f} F1={f1(c):.3f}"

if __name__ == "__main__":
    LAB = Set(lt, lg, True); REAL = Set(rt, rg, False)

def text_of(x): return re.sub(r"[0-9]+", "", x) or x

def feats(s, prep=text_of):
    M = s.tfidf([grams(prep(x)) for x in s.TEXT])
    S = M @ M.T; np.fill_diagonal(S, 0)
    B = s.best_in_doc(S); R = np.maximum(B, B.T)
    MUT = (S >= B - 1e-12) & (S >= B.T - 1e-12) & (S > 0)
    D = s.subject(M)
    return dict(S=S, R=R, MUT=MUT, D=D, M=M, B=B, B2=s.second_in_doc(S))

def carried(F):
    """The pair is one task's second strongest match in the other's document and the other's strongest (Judge's
    carried pair: a task that merges two measures of the other plan)."""
    S, B, B2 = F["S"], F["B"], F["B2"]
    c = (S >= B.T - 1e-12) & (S < B - 1e-12) & (S >= B2 - 1e-12)
    return c | c.T

def shipped(F, t=0.09, r=0.85, t2=0.075, d=0.1, th=0.2, c=0.15, cs=0.5):
    """The engine's rule across plans (Judge); c=None leaves out the carried pairs (the rule before 26 Nov 2026,
    third pass)."""
    S, R, MUT, D = F["S"], F["R"], F["MUT"], F["D"]
    stands = ((S >= t) & (S >= r * R)) | (MUT & (S >= t2))
    if c is not None:
        stands = stands | (carried(F) & (S >= c) & (S >= cs * R))
    return stands & ((D >= d) | (S >= th))

def full(s, F, cross):
    S = F["S"]
    W = s.SAMEDOC & (S >= 0.5) & (s.JAC < 0.9) | s.SAMEDOC & (s.JAC >= 0.9)
    return s.FIXED | W | (cross & ~s.SAMEPLAN)

def report(label, lab_mask, real_mask, out=True):
    ct, ch, ca = (LAB.counts(lab_mask, w) for w in ("tuning", "held-out", None))
    cr = REAL.counts(real_mask)
    if out:
        print(f"{label:60s} tune {f1(ct):.3f} held {f1(ch):.3f} all {f1(ca):.3f} ({prf(ca)}) | real {f1(cr):.3f} ({prf(cr)})", flush=True)
    return f1(ct), f1(ch), f1(ca), f1(cr)

def title_cos(s):
    M = s.tfidf([grams(text_of(x)) for x in s.TITLE]); T = M @ M.T; np.fill_diagonal(T, 0); return T

def reweighted(s, weight):
    """Cosine features with other bigram weights (weight(s, counts) -> weights)."""
    units = [grams(text_of(x)) for x in s.TEXT]
    vocab = {}; rows = []
    for u in units:
        rows.append({vocab.setdefault(g, len(vocab)): n for g, n in collections.Counter(u).items()})
    C = np.zeros((s.N, len(vocab)))
    for i, r in enumerate(rows):
        for g, n in r.items(): C[i, g] = n
    M = weight(s, C); M /= np.maximum(np.linalg.norm(M, axis=1, keepdims=True), 1e-12)
    S = M @ M.T; np.fill_diagonal(S, 0)
    B = s.best_in_doc(S)
    return dict(S=S, R=np.maximum(B, B.T), MUT=(S >= B - 1e-12) & (S >= B.T - 1e-12) & (S > 0), D=s.subject(M))

def tfidf_w(s, C, binary=False):
    tf = (C > 0).astype(float) if binary else np.where(C > 0, 1 + np.log(np.maximum(C, 1)), 0)
    return tf * np.log(1 + s.N / np.maximum((C > 0).sum(0), 1))

def in_document_df(p):
    def w(s, C):
        W = tfidf_w(s, C)
        for d in range(len(s.DOCS)):
            rows = s.DOC == d
            W[rows] /= (1 + p * np.log(np.maximum((C[rows] > 0).sum(0), 1)))[None, :]
        return W
    return w

def document_idf(power):
    def w(s, C):
        nd = len(s.DOCS); ddf = np.stack([(C[s.DOC == d] > 0).any(0) for d in range(nd)]).sum(0)
        return tfidf_w(s, C) * np.log(1 + nd / np.maximum(ddf, 1)) ** power
    return w

def levels_as_one(x):
    x = re.sub(r"[0-9]+", "", x) or x
    x = re.sub(r"(全|我|本|该|各)(国|省|市|区|县|州)", r"\1X", x)
    return re.sub(r"(省|市|区|县|州)(级)", r"X\2", x)

def topk_both(s, S, k):
    K = np.zeros((s.N, s.N), bool)
    for d in range(len(s.DOCS)):
        cols = np.where(s.DOC == d)[0]
        order = np.argsort(-S[:, cols], axis=1)[:, :k]
        for i in range(s.N): K[i, cols[order[i]]] = True
    return K & K.T

if __name__ == "__main__":
    FL, FR = feats(LAB), feats(REAL)
    TL, TR = title_cos(LAB), title_cos(REAL)
    both = lambda label, f: report(label, full(LAB, FL, f(LAB, FL, TL)), full(REAL, FR, f(REAL, FR, TR)))
    both("shipped (0.09, rival 0.85, mutual 0.075, subject 0.1 / 0.2)", lambda s, F, T: shipped(F))
    both("rival share 0.9", lambda s, F, T: shipped(F, r=0.9))
    both("subject 0.125, other subjects 0.15", lambda s, F, T: shipped(F, d=0.125, th=0.15))
    both("subject 0.125, other subjects 0.2", lambda s, F, T: shipped(F, d=0.125))
    both("rival 0.9, subject 0.125, other subjects 0.15 (best on the real set)",
         lambda s, F, T: shipped(F, r=0.9, d=0.125, th=0.15))
    both("or title cosine >= 0.6 and text >= 0.07", lambda s, F, T: shipped(F) | ((T >= 0.6) & (F["S"] >= 0.07)))
    both("or title cosine >= 0.4 and text >= 0.05", lambda s, F, T: shipped(F) | ((T >= 0.4) & (F["S"] >= 0.05)))
    both("or title cosine >= 0.3 and text >= 0.07", lambda s, F, T: shipped(F) | ((T >= 0.3) & (F["S"] >= 0.07)))
    both("mutual top-1 only, cosine >= 0.11", lambda s, F, T: topk_both(s, F["S"], 1) & (F["S"] >= 0.11)
         & ((F["D"] >= 0.1) | (F["S"] >= 0.2)))
    both("mutual top-2, cosine >= 0.09", lambda s, F, T: topk_both(s, F["S"], 2) & (F["S"] >= 0.09)
         & ((F["D"] >= 0.1) | (F["S"] >= 0.2)))
    for label, prep in (("bigrams with level words as one (全省/全市 -> 全X)", levels_as_one),):
        a, b = feats(LAB, prep), feats(REAL, prep)
        report(label, full(LAB, a, shipped(a)), full(REAL, b, shipped(b)))
    for label, w, t in (("binary tf", lambda s, C: tfidf_w(s, C, True), 0.075),
                        ("in-document df damped (p=0.5)", in_document_df(0.5), 0.07),
                        ("x document IDF^0.5", document_idf(0.5), 0.065)):
        a, b = reweighted(LAB, w), reweighted(REAL, w)
        report(f"{label}, bars x {t / 0.09:.2f}", full(LAB, a, shipped(a, t=t, t2=t * 0.83, th=t * 2.2)),
               full(REAL, b, shipped(b, t=t, t2=t * 0.83, th=t * 2.2)))
    for al in (0.2, 0.3):
        out = []
        for s, F, T in ((LAB, FL, TL), (REAL, FR, TR)):
            S = np.maximum(F["S"], al * T); B = s.best_in_doc(S)
            out.append(dict(S=S, R=np.maximum(B, B.T), MUT=(S >= B - 1e-12) & (S >= B.T - 1e-12) & (S > 0), D=F["D"]))
        report(f"score max(text, {al} x title)", full(LAB, out[0], shipped(out[0])), full(REAL, out[1], shipped(out[1])))


def weighted_cosines(V):
    """The cosine of every pair of weighted term vectors (dicts of term -> weight); -1 where either is empty."""
    n = len(V)
    T = np.full((n, n), -1.0)
    nr = [math.sqrt(sum(w * w for w in v.values())) for v in V]
    for i in range(n):
        for j in range(i + 1, n):
            if V[i] and V[j]:
                sh = V[i].keys() & V[j].keys()
                T[i, j] = T[j, i] = sum(V[i][g] ** 2 for g in sh) / nr[i] / nr[j] if sh else 0
    return T
