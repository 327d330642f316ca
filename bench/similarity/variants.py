#!/usr/bin/env python3
"""Every variant of the overlap rule tried for issue 8 (26 November 2026, second pass), on the labelled pairs (tuning /
held-out halves of halves.py, and all) and on any number of other labelled sets (one figure each), with the same
parameters everywhere. Models of the engine (numpy, brute force; explore_sets.Set): the shipped row reproduces
`overlaps --json` on every set we have.

usage: variants.py SHARED_EVAL_DIR LAB_TASKS LAB_GOLD [NAME TASKS GOLD]...
TASKS: DumpTasks output (run.sh writes it; it carries each task's plan title and section titles, which two variants
read). Choose on the tuning half; the other columns are reported, not chosen on.
"""
import collections, math, os, re, sys
import numpy as np

evaldir = sys.argv[1]
sys.path.insert(0, evaldir)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import explore_sets as es  # noqa: E402
from explore_sets import Set, f1, full, grams, norm, shipped  # noqa: E402

LAB = Set(sys.argv[2], sys.argv[3], True)
OTHERS = [(sys.argv[i], Set(sys.argv[i + 1], sys.argv[i + 2], False)) for i in range(4, len(sys.argv) - 2, 3)]
SETS = [LAB] + [s for _, s in OTHERS]


def text_of(x):
    return re.sub(r"[0-9]+", "", x) or x


def features(s, counts):
    """Cosine features from weighted counts per task (dict token -> count; a count under 1 is taken as a weight)."""
    vocab, rows = {}, []
    for u in counts:
        rows.append({vocab.setdefault(g, len(vocab)): (1 + math.log(n)) if n >= 1 else n for g, n in u.items()})
    M = np.zeros((s.N, max(1, len(vocab))))
    for i, r in enumerate(rows):
        for g, w in r.items():
            M[i, g] = w
    M = M * np.log(1 + s.N / np.maximum((M > 0).sum(axis=0), 1))
    M /= np.maximum(np.linalg.norm(M, axis=1, keepdims=True), 1e-12)
    S = M @ M.T
    np.fill_diagonal(S, 0)
    B = s.best_in_doc(S)
    return dict(S=S, B=B, R=np.maximum(B, B.T), MUT=(S >= B - 1e-12) & (S >= B.T - 1e-12) & (S > 0),
                D=s.subject(M), M=M, B2=s.second_in_doc(S))


def bigram_counts(s, extra=None):
    out = []
    for t, x in zip(s.T, s.TEXT):
        c = collections.Counter(grams(text_of(x)))
        if extra:
            extra(s, t, x, c)
        out.append(c)
    return out


BASE = {id(s): features(s, bigram_counts(s)) for s in SETS}


def rule(F, t=0.09, r=0.85, t2=0.075, d=0.1, th=0.2, c=0.15, cs=0.5):
    return shipped(F, t, r, t2, d, th, c, cs)


def shared(F, S=None, d=0.1, th=0.2):
    S = F["S"] if S is None else S
    return (F["D"] >= d) | (S >= th)


def lcs(s):
    """Longest common substring of two texts without digits (candidates share a 6-gram)."""
    import difflib, itertools
    T = [text_of(x) for x in s.TEXT]
    idx = collections.defaultdict(set)
    for i, t in enumerate(T):
        for j in range(len(t) - 5):
            idx[t[j:j + 6]].add(i)
    L = np.zeros((s.N, s.N))
    for ts in idx.values():
        if len(ts) < 40:
            for a, b in itertools.combinations(sorted(ts), 2):
                if L[a, b] == 0:
                    m = difflib.SequenceMatcher(None, T[a], T[b], autojunk=False).find_longest_match(
                        0, len(T[a]), 0, len(T[b]))
                    L[a, b] = L[b, a] = m.size
    return L


def idf_of(s):
    df = collections.Counter(g for x in s.TEXT for g in set(grams(text_of(x))))
    return lambda g: math.log(1 + s.N / max(df[g], 1))


def titles_share(s):
    """Highest IDF of a bigram the two task titles share."""
    idf, Ti = idf_of(s), [set(grams(text_of(x))) for x in s.TITLE]
    C = np.zeros((s.N, s.N))
    for i in range(s.N):
        for j in range(i + 1, s.N):
            C[i, j] = C[j, i] = max((idf(g) for g in Ti[i] & Ti[j]), default=0)
    return C


def title_contained(s):
    """Share of a task title's IDF weight found in the other task's text (the larger of the two directions)."""
    idf = idf_of(s)
    T, Ti = [set(grams(text_of(x))) for x in s.TEXT], [set(grams(text_of(x))) for x in s.TITLE]
    C = np.zeros((s.N, s.N))
    for i in range(s.N):
        w = sum(idf(g) for g in Ti[i]) or 1
        for j in range(s.N):
            if i != j:
                C[i, j] = sum(idf(g) for g in Ti[i] & T[j]) / w
    return np.maximum(C, C.T)


def plan_titles(s):
    """Cosine of the plans' titles (issuer and 关于 before, 的实施意见/方案… after left out; bigrams by task IDF)."""
    idf, docs = idf_of(s), {}
    for t in s.T:
        docs.setdefault(t["file"], t.get("document") or "")

    def core(x):
        x = re.sub(r"^.*?关于", "", norm(x))
        return text_of(re.sub(r"(的)?(实施|指导|若干)?(意见|方案|通知|计划|措施|要点)$", "", x))
    vec = []
    for f in s.DOCS:
        v = {g: (1 + math.log(n)) * idf(g) for g, n in collections.Counter(grams(core(docs.get(f, "")))).items()}
        n = math.sqrt(sum(w * w for w in v.values())) or 1
        vec.append({g: w / n for g, w in v.items()})
    M = np.array([[sum(w * b.get(g, 0) for g, w in a.items()) for b in vec] for a in vec])
    return M[s.DOC][:, s.DOC]


def report(label, masks):
    ct, ch, ca = (LAB.counts(masks[0], w) for w in ("tuning", "held-out", None))
    cols = " | ".join(f"{n} {f1(s.counts(m)):.3f}" for (n, s), m in zip(OTHERS, masks[1:]))
    print(f"{label:66s} tune {f1(ct):.3f} held {f1(ch):.3f} all {f1(ca):.3f} | {cols}", flush=True)


def cross(label, f):
    """A variant that changes the rule for pairs across plans: f(set, base features) -> mask."""
    report(label, [full(s, BASE[id(s)], f(s, BASE[id(s)])) for s in SETS])


def reweighted(label, extra, **bars):
    """A variant that changes the task vectors (extra(set, task, text, counts) adds to the counts)."""
    G = {id(s): features(s, bigram_counts(s, extra)) for s in SETS}
    report(label, [full(s, G[id(s)], rule(G[id(s)], **bars)) for s in SETS])


def same_plan(label, bar):
    out = []
    for s in SETS:
        F = BASE[id(s)]
        W = s.SAMEDOC & (F["S"] >= bar) & (s.JAC < 0.9) | s.SAMEDOC & (s.JAC >= 0.9)
        out.append(s.FIXED | W | (rule(F) & ~s.SAMEPLAN))
    report(label, out)


if __name__ == "__main__":
    cross("shipped (0.09, rival 0.85, mutual 0.075, subject 0.1 / 0.2, carried 0.15 / 0.5)", lambda s, F: rule(F))
    print("-- third pass: a task that carries two measures of the other plan (carried pairs)")
    cross("before: no carried pairs (the rule of the second pass)", lambda s, F: rule(F, c=None))
    for c in (0.12, 0.18):
        cross(f"carried pairs from a cosine of {c}", lambda s, F, c=c: rule(F, c=c))
    for cs in (0.4, 0.6):
        cross(f"carried pairs at {cs} of the strongest match", lambda s, F, cs=cs: rule(F, cs=cs))

    def third_in_doc(s, S):
        B3 = np.zeros((s.N, s.N))
        for d in range(len(s.DOCS)):
            cols = s.DOC == d
            if cols.sum() > 2:
                B3[:, cols] = -np.sort(-S[:, cols], axis=1)[:, 2:3]
        return B3
    for k in (1.25, 1.5):
        def standing(s, F, k=k):
            S = F["S"]
            B3 = third_in_doc(s, S)
            c = (S >= F["B"].T - 1e-12) & (S < F["B"] - 1e-12) & (S >= F["B2"] - 1e-12) & (S >= k * B3)
            c = c | c.T
            return rule(F, c=None) | (c & (S >= 0.15) & (S >= 0.5 * F["R"]) & shared(F))
        cross(f"carried pairs only where they stand out of the third match by {k}", standing)

    def few_tasks(s, F, n=2):
        """the mutual-best bar only where both plans have n+ tasks (a one-task excerpt is everyone's best match)"""
        cnt = np.bincount(s.DOC)[s.DOC]
        ok = (cnt[:, None] >= n) & (cnt[None, :] >= n)
        G = dict(F)
        G["MUT"] = F["MUT"] & ok
        return rule(G)
    cross("mutual best counts only where both plans have 2+ tasks", few_tasks)
    print("-- parameters")
    for t2 in (0.07, 0.08):
        cross(f"mutual best bar {t2}", lambda s, F: rule(F, t2=t2))
    for r in (0.8, 0.88):
        cross(f"rival share {r}", lambda s, F: rule(F, r=r))
    for t in (0.085, 0.095):
        cross(f"overlap bar {t}", lambda s, F: rule(F, t=t))
    for d, th in ((0.08, 0.2), (0.125, 0.2), (0.125, 0.15)):
        cross(f"subject bar {d}, other subjects {th}", lambda s, F: rule(F, d=d, th=th))
    for terms in (128, 512):
        def sub(s, F, terms=terms):
            G = dict(F)
            G["D"] = s.subject(F["M"], terms)
            return rule(G)
        cross(f"subject vector of {terms} bigrams (256 shipped)", sub)
    same_plan("inside one plan an overlap needs 0.4 (0.5 shipped)", 0.4)

    def small_plans(s, F, n=5, bar=0.1):
        """a plan of fewer than n tasks has no reliable subject vector: across it an overlap needs only `bar`"""
        z = np.bincount(s.DOC)[s.DOC] < n
        return rule(F, d=-1) & (shared(F) | ((z[:, None] | z[None, :]) & (F["S"] >= bar)))
    cross("plans of under 5 tasks (excerpts): other subjects need 0.1, not 0.2", small_plans)
    print("-- restatements: a local task that carries a higher plan's wording")
    LCS = {id(s): lcs(s) for s in SETS}
    for n in (14, 16):
        cross(f"or a common substring of {n}+ characters", lambda s, F: rule(F) | (LCS[id(s)] >= n))
    for x in (0.15, 0.18, 0.2):
        cross(f"or text >= {x} whatever the rival", lambda s, F: rule(F) | ((F["S"] >= x) & shared(F)))
    cross("or best match of one side, >= 0.5 of the other's best, text >= 0.15",
          lambda s, F: rule(F) | ((F["S"] >= 0.15) & (F["S"] >= np.minimum(F["B"], F["B"].T) - 1e-12)
                                  & (F["S"] >= 0.5 * F["R"]) & shared(F)))
    print("-- titles")
    TS = {id(s): titles_share(s) for s in SETS}
    for x, r in ((2.5, 0.5), (3.5, 0.6)):
        cross(f"or titles share a bigram of IDF >= {x}, text >= 0.075, rival share {r}",
              lambda s, F: rule(F) | ((TS[id(s)] >= x) & (F["S"] >= 0.075) & (F["S"] >= r * F["R"]) & shared(F)))
    TC = {id(s): title_contained(s) for s in SETS}
    for x, c in ((0.6, 0.09), (0.5, 0.07)):
        cross(f"or one title's weight {x}+ in the other text, text >= {c}",
              lambda s, F: rule(F) | ((TC[id(s)] >= x) & (F["S"] >= c) & shared(F)))

    def title_twice(w):
        def extra(s, t, x, c):
            for g in set(grams(text_of(norm(t["title"])))):
                c[g] += w
        return extra
    reweighted("title bigrams counted once more (+1) in the vector", title_twice(1.0))
    PT = {id(s): plan_titles(s) for s in SETS}
    cross("or the plans' titles share their subject (cosine >= 0.25)",
          lambda s, F: rule(F, d=-1) & (shared(F) | (PT[id(s)] >= 0.25)))
    print("-- other wording: abbreviations, partial words, context")

    def skips(beta):
        def extra(s, t, x, c):
            y = text_of(x)
            for i in range(len(y) - 2):
                c[y[i] + y[i + 2]] += beta  # 特殊教育 -> 特教, 思想政治 -> 思政, 中等职业 -> 中职
        return extra
    for beta in (0.35, 0.4, 0.45):
        reweighted(f"skip-bigrams (chars i, i+2) at {beta} of a bigram", skips(beta))

    def chars(w):
        def extra(s, t, x, c):
            for g, n in collections.Counter("U" + ch for ch in text_of(x)).items():
                c[g] = w * (1 + math.log(n))
        return extra
    reweighted("+ single characters at 0.15", chars(0.15))

    def trigrams(w):
        def extra(s, t, x, c):
            for g, n in collections.Counter(grams(text_of(x), 3)).items():
                c[g] = w * (1 + math.log(n))
        return extra
    reweighted("+ trigrams at 0.15", trigrams(0.15))

    def sections(w):
        def extra(s, t, x, c):
            for title in t.get("context") or []:
                for g in set(grams(text_of(norm(title)))):
                    c[g] += w
        return extra
    reweighted("+ the titles of the task's sections at 0.35", sections(0.35))
