#!/usr/bin/env python3
"""Leave-one-set-out choice of the overlap rule's variants (issue 8, fourth pass, 27 November 2026).

usage: loo.py SHARED_EVAL_DIR NAME TASKS GOLD [NAME TASKS GOLD]...
(TASKS: DumpTasks output; the first set named "lab" is read with the halves of halves.py.) For every family of
variants, each set in turn is held out: the parameters are chosen on the other sets (the best mean F1 of duplicate +
overlap pairs, ties to the earlier grid entry) and the held-out set's F1 is reported; then the grid's figures on every
set. Models of the engine (numpy, brute force; explore_sets.Set): the "shipped" row reproduces `overlaps --json`
on every set but the labelled pairs, where the model reads 0.003 under the engine (candidates are not limited).

The base is the shipped rule with title evidence (Judge.measure): the cosine the rules read is the text's cosine S
raised by a share a of the distance to the titles' cosine T where T > S (T: cosine of the title bigrams present in
the text, each weighted by the texts' IDF; tasks without a title of their own: S alone).
"""
import collections, math, os, sys
import numpy as np

sys.path.insert(0, sys.argv[1])
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import explore_sets as es  # noqa: E402
from explore_sets import Set, carried, f1, full, grams, prf, shipped, text_of  # noqa: E402

ARGS = sys.argv[2:]
SETS = {ARGS[i]: Set(ARGS[i + 1], ARGS[i + 2], ARGS[i] == "lab") for i in range(0, len(ARGS) - 2, 3)}
NAMES = list(SETS)


def idf_of(s):
    df = collections.Counter(g for x in s.TEXT for g in set(grams(text_of(x))))
    return {g: math.log(1 + s.N / c) for g, c in df.items()}


def title_cos(s, idf):
    """Cosine of the titles' bigrams that the text holds (binary, IDF-weighted); -1 where either has no title."""
    V = []
    for x, t in zip(s.TEXT, s.TITLE):
        own = set(grams(text_of(t))) & set(grams(text_of(x))) if t else set()
        V.append({g: idf[g] for g in own if g in idf})
    return es.weighted_cosines(V)


def mk(s, S, D):
    B = s.best_in_doc(S)
    return dict(S=S, B=B, R=np.maximum(B, B.T), MUT=(S >= B - 1e-12) & (S >= B.T - 1e-12) & (S > 0), D=D,
                B2=s.second_in_doc(S))


RAW = {n: es.feats(s) for n, s in SETS.items()}
IDF = {n: idf_of(s) for n, s in SETS.items()}
TIT = {n: title_cos(s, IDF[n]) for n, s in SETS.items()}
_F = {}


def feats(n, a=0.07, T=None):
    key = (n, a, id(T))
    if key not in _F:
        S, TT = RAW[n]["S"], TIT[n] if T is None else T
        _F[key] = mk(SETS[n], S + a * np.maximum(0, TT - S), RAW[n]["D"])
    return _F[key]


def counts(rule, a=0.07):
    return {n: s.counts(full(s, feats(n, a), rule(n, s, feats(n, a)))) for n, s in SETS.items()}


def loo(label, grid, counts_of):
    allc = {p: counts_of(*p) for p in grid}
    mean = lambda p, names: round(float(np.mean([f1(allc[p][n]) for n in names])), 4)
    out = []
    for h in NAMES:
        best = max(grid, key=lambda p: (mean(p, [n for n in NAMES if n != h]), -grid.index(p)))
        out.append(f"{h} {f1(allc[best][h]):.3f} {list(best)}")
    held = [f1(allc[max(grid, key=lambda p: (mean(p, [n for n in NAMES if n != h]), -grid.index(p)))][h])
            for h in NAMES]
    print(f"== {label}\n   held out: " + " · ".join(out) + f"  mean {np.mean(held):.3f}")
    for p in grid:
        print(f"   {str(list(p)):28s}", " ".join(f"{n} {f1(allc[p][n]):.3f}" for n in NAMES), f" mean {mean(p, NAMES):.3f}")
    sys.stdout.flush()


def rule(t=0.09, r=0.85, t2=0.075, c=0.15, cs=0.5):
    return lambda n, s, F: shipped(F, t=t, r=r, t2=t2, c=c, cs=cs)


if __name__ == "__main__":
    for name, c in (("before (no title evidence)", counts(rule(), 0)), ("shipped: title share 0.07", counts(rule()))):
        print(f"{name:34s}", " · ".join(f"{n} {prf(v)}" for n, v in c.items()))
    loo("title share a (Judge.TITLE_SHARE)", [(a,) for a in (0, 0.03, 0.05, 0.07, 0.1)],
        lambda a: counts(rule(), a))
    loo("title share a, grid to 0.2", [(a,) for a in (0, 0.03, 0.05, 0.07, 0.1, 0.12, 0.15, 0.2)],
        lambda a: counts(rule(), a))

    def mixed(a):  # the titles' cosine mixed in both ways (lowers pairs of unlike titles too)
        out = {}
        for n, s in SETS.items():
            F = mk(s, (1 - a) * RAW[n]["S"] + a * np.maximum(TIT[n], 0), RAW[n]["D"])
            out[n] = s.counts(full(s, F, shipped(F)))
        return out
    loo("mixed (1-a) S + a T", [(a,) for a in (0, 0.03, 0.05, 0.07, 0.1)], mixed)
    loo("carried pairs: cosine / share", [(0.15, 0.5)] + [(c, cs) for c in (0.08, 0.1, 0.12) for cs in (0.4, 0.5, 0.6)],
        lambda c, cs: counts(rule(c=c, cs=cs)))

    def one_sided(c, cs):  # a lower task covering several higher tasks: the other's best match suffices
        def f(n, s, F):
            O = F["S"] >= F["B"].T - 1e-12
            return shipped(F) | ((O | O.T) & (F["S"] >= c) & (F["S"] >= cs * F["R"]) & (F["D"] >= 0.1))
        return counts(f)
    loo("one side's best match", [(9, 1)] + [(c, cs) for c in (0.08, 0.1, 0.12, 0.15) for cs in (0.4, 0.5, 0.6)],
        one_sided)
    loo("rival share / bar / mutual bar", [(0.85, 0.09, 0.075)] + [(r, t, t2) for r in (0.75, 0.8, 0.9)
                                                                     for t in (0.08, 0.1) for t2 in (0.07, 0.08)],
        lambda r, t, t2: counts(rule(r=r, t=t, t2=t2)))

    def unlike_titles(x, k):  # bars raised where both tasks have titles and they share (nearly) nothing
        def f(n, s, F):
            unlike = (TIT[n] >= 0) & (TIT[n] < x)
            return np.where(unlike, shipped(F, t=0.09 * k, t2=0.075 * k, c=0.15 * k), shipped(F))
        return counts(f)
    loo("bars x k for unlike titles", [(0, 1)] + [(x, k) for x in (0.02, 0.1) for k in (1.1, 1.2, 1.3)], unlike_titles)

    CONT = {}
    for n, s in SETS.items():
        V = [{g: (1 + math.log(k)) * IDF[n][g] for g, k in collections.Counter(grams(text_of(x))).items()}
             for x in s.TEXT]
        C = np.zeros((s.N, s.N))
        for i in range(s.N):
            tot = sum(w * w for w in V[i].values()) or 1
            for j in range(s.N):
                if i != j:
                    C[i, j] = sum(V[i][g] ** 2 for g in V[i].keys() & V[j].keys()) / tot
        CONT[n] = (C, np.array([len(text_of(x)) for x in s.TEXT]))

    def contained(L, c, k):  # a short (cut) task whose weight the other task holds, its best such match
        def f(n, s, F):
            C, ln = CONT[n]
            Ci = (ln[:, None] <= L) & (C >= c)
            best = C >= s.best_in_doc(C) - 1e-12
            return shipped(F) | ((Ci | Ci.T) & (best | best.T) & (F["S"] >= k) & ~s.SAMEDOC & (F["D"] >= 0.1))
        return counts(f)
    loo("short task contained", [(0, 9, 9)] + [(L, c, k) for L in (40, 100) for c in (0.3, 0.5) for k in (0, 0.05)],
        contained)

    def adaptive(k, fl):  # mutual best matches above k x the mean cosine of their two documents' pairs
        def f(n, s, F):
            S = F["S"]
            M = np.zeros_like(S)
            for a in range(len(s.DOCS)):
                for b in range(len(s.DOCS)):
                    ia, ib = s.DOC == a, s.DOC == b
                    M[np.ix_(ia, ib)] = S[np.ix_(ia, ib)].mean()
            st = ((S >= 0.09) & (S >= 0.85 * F["R"])) | (F["MUT"] & (S >= fl) & (S >= k * M))
            st = st | (carried(F) & (S >= 0.15) & (S >= 0.5 * F["R"]))
            return st & ((F["D"] >= 0.1) | (S >= 0.2))
        return counts(f)
    loo("mutual best over k x pair mean", [(0, 0.075)] + [(k, fl) for k in (2, 3, 4) for fl in (0.06, 0.075)], adaptive)
