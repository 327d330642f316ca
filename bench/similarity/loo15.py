#!/usr/bin/env python3
"""Branch ov15 (27 November 2026): variants of the overlap rule, each fold held out in turn.

usage: loo15.py SHARED_EVAL_DIR WORDS_DIR NAME TASKS GOLD [NAME TASKS GOLD]...
Folds: the labelled pairs' two halves (labT, labH: halves.py; the engine runs on all their documents, a fold counts
only its own pairs of plans), cas, sh. For every family the parameters are chosen on the other folds (best mean F1 of
duplicate + overlap, ties to the earlier grid entry) and the held-out fold's F1 is reported. WORDS_DIR holds
NAME-words.jsonl (smartcn words of each task, SmartcnWords.java), read by the word-unit family only.
"""
import collections, json, math, os, re, sys
import numpy as np

sys.path.insert(0, sys.argv[1])
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import explore_sets as es  # noqa: E402
from explore_sets import Set, carried, f1, grams, prf, text_of  # noqa: E402

WORDS = sys.argv[2]
ARGS = sys.argv[3:]
SETS = {ARGS[i]: Set(ARGS[i + 1], ARGS[i + 2], ARGS[i] == "lab") for i in range(0, len(ARGS) - 2, 3)}
FOLDS = []
for n in SETS:
    FOLDS += [("labT", n, "tuning"), ("labH", n, "held-out")] if n == "lab" else [(n, n, None)]
FN = [f[0] for f in FOLDS]


BG = None  # (number of background tasks, Counter of units: in how many of them each occurs)


def background(path, units_of):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    df = collections.Counter()
    for r in rows:
        df.update(set(units_of(es.norm(r["text"]) or es.norm(r["title"]))))
    return len(rows), df


def tfidf_rows(s, units, beta=0.0):
    """TF-IDF rows (1 + ln tf, ln(1 + N/df)) as a dense matrix, and the IDF by unit; beta > 0 counts the background
    tasks (BG) into N and df with that weight."""
    vocab = {}
    rows = []
    for u in units:
        rows.append({vocab.setdefault(g, len(vocab)): n for g, n in collections.Counter(u).items()})
    C = np.zeros((s.N, max(1, len(vocab))))
    for i, r in enumerate(rows):
        for g, n in r.items():
            C[i, g] = n
    df = (C > 0).sum(0).astype(float)
    n = float(s.N)
    if beta:
        inv = {g: k for k, g in vocab.items()}
        df = df + beta * np.array([BG[1].get(inv[k], 0) for k in range(len(df))])
        n += beta * BG[0]
    idf = np.log(1 + n / np.maximum(df, 1))
    W = np.where(C > 0, 1 + np.log(np.maximum(C, 1)), 0) * idf
    global LAST_VOCAB
    LAST_VOCAB = (vocab, idf)
    return W, vocab, idf


def unit(W):
    return W / np.maximum(np.linalg.norm(W, axis=1, keepdims=True), 1e-12)


def title_cos(s, units, tunits, beta=0.0):
    """The engine's title cosine: the title's units present in the text, binary, IDF of the texts; -1 if none."""
    W, vocab, idf = tfidf_rows(s, units, beta)
    V = []
    for u, t, x in zip(units, tunits, s.TITLE):
        own = set(t) & set(u) if x and t else set()
        V.append({vocab[g]: idf[vocab[g]] for g in own})
    return es.weighted_cosines(V)


def mk(s, S, D, extra=None):
    np.fill_diagonal(S, 0)
    B = s.best_in_doc(S)
    F = dict(S=S, B=B, R=np.maximum(B, B.T), MUT=(S >= B - 1e-12) & (S >= B.T - 1e-12) & (S > 0), D=D,
             B2=s.second_in_doc(S))
    F.update(extra or {})
    return F


def bigram_units(s):
    return [grams(text_of(x)) for x in s.TEXT], [grams(text_of(x)) for x in s.TITLE]


def word_units(n, s):
    rows = [json.loads(l) for l in open(os.path.join(WORDS, f"{n}-words.jsonl"), encoding="utf-8")]
    keep = lambda ws: [w for w in (es.norm(w) for w in ws) if w and not re.fullmatch(r"[0-9.]+", w)]
    return [keep(r["words"]) for r in rows], [keep(r["twords"]) for r in rows]


def base(n, s, units=None, a=0.07, beta=0.0):
    u, tu = units or bigram_units(s)
    W, _, _ = tfidf_rows(s, u, beta)
    M = unit(W)
    S = M @ M.T
    T = title_cos(s, u, tu, beta)
    return mk(s, S + a * np.maximum(0, T - S) * (T > S), s.subject(M), dict(TXT=S.copy(), T=T, M=M, W=W))


def shipped(F, t=0.09, r=0.85, t2=0.075, d=0.1, th=0.2, c=0.15, cs=0.5):
    return es.shipped(F, t=t, r=r, t2=t2, d=d, th=th, c=c, cs=cs)


def full(s, F, cross):
    return es.full(s, F, cross)


BASE = {n: base(n, s) for n, s in SETS.items()}


def fold_counts(masks):
    """masks: name -> full mask; returns fold -> (tp, fp, fn)."""
    return {f: SETS[n].counts(masks[n], w) for f, n, w in FOLDS}


def loo(label, grid, counts_of, show=True):
    allc = {p: counts_of(*p) for p in grid}
    mean = lambda p, names: float(np.mean([f1(allc[p][n]) for n in names]))
    held, out = [], []
    for h in FN:
        best = max(grid, key=lambda p: (round(mean(p, [n for n in FN if n != h]), 4), -grid.index(p)))
        held.append(f1(allc[best][h]))
        out.append(f"{h} {held[-1]:.3f} {list(best)}")
    print(f"== {label}\n   held out: " + " · ".join(out) + f"  mean {np.mean(held):.3f}")
    if show:
        for p in grid:
            print(f"   {str(list(p)):34s}", " ".join(f"{n} {f1(allc[p][n]):.3f}" for n in FN),
                  f" mean {mean(p, FN):.3f}")
    sys.stdout.flush()
    return allc


def rule_counts(rule, feats=None):
    feats = feats or BASE
    return fold_counts({n: full(s, feats[n], rule(n, s, feats[n])) for n, s in SETS.items()})


if __name__ == "__main__":
    c0 = rule_counts(lambda n, s, F: shipped(F))
    print("shipped (model):", " · ".join(f"{f} {prf(c)}" for f, c in c0.items()),
          f" mean {np.mean([f1(c) for c in c0.values()]):.3f}")

    # ---- the last change kept (ov14's title evidence), held out on these folds
    TS = {a: {n: base(n, s, a=a) for n, s in SETS.items()} for a in (0, 0.03, 0.05, 0.1)}
    TS[0.07] = BASE
    loo("title share a (Judge.TITLE_SHARE; shipped 0.07)", [(a,) for a in (0, 0.03, 0.05, 0.07, 0.1)],
        lambda a: rule_counts(lambda n, s, F: shipped(F), TS[a]))

    # ---- 0. IDF counted over a background of other plans' tasks as well (the parser's fixture plans)
    if os.path.exists(os.path.join(WORDS, "bg-tasks.jsonl")):
        BG = background(os.path.join(WORDS, "bg-tasks.jsonl"), lambda x: grams(text_of(x)))
        BGF = {b: {n: base(n, s, beta=b) for n, s in SETS.items()} for b in (0.25, 0.5, 1.0, 2.0)}

        def scaled_k(k):
            return lambda n, s, F: shipped(F, t=0.09 * k, t2=0.075 * k, c=0.15 * k, th=0.2 * k)
        loo("background IDF (weight b), bars x k", [(0, 1.0)] + [(b, k) for b in (0.25, 0.5, 1.0, 2.0)
                                                              for k in (0.9, 1.0, 1.1, 1.2)],
            lambda b, k: rule_counts(scaled_k(k), BASE if b == 0 else BGF[b]))

    # ---- 1. word units (smartcn) instead of, or beside, bigrams; the bars scaled by k
    def scaled(k):
        return lambda n, s, F: shipped(F, t=0.09 * k, t2=0.075 * k, c=0.15 * k, th=0.2 * k)
    if not all(os.path.exists(os.path.join(WORDS, f"{n}-words.jsonl")) for n in SETS):
        print("== smartcn words: no NAME-words.jsonl in", WORDS, "(SmartcnWords.java), left out")
    else:
        WB = {n: base(n, s, word_units(n, s)) for n, s in SETS.items()}
        loo("smartcn words instead of bigrams, bars x k", [(1.0,)] + [(k,) for k in (1.2, 1.4, 1.6, 1.8, 2.0, 2.4)],
            lambda k: rule_counts(scaled(k), WB))

        def mixed_feats(w):
            out = {}
            for n, s in SETS.items():
                Fb, Fw = BASE[n], WB[n]
                S = (1 - w) * Fb["S"] + w * Fw["S"]
                out[n] = mk(s, S, (1 - w) * Fb["D"] + w * Fw["D"])
            return out
        MIX = {w: mixed_feats(w) for w in (0.25, 0.5)}
        loo("bigrams and words mixed (w), bars x k", [(0, 1.0)] + [(w, k) for w in (0.25, 0.5) for k in (1.0, 1.2, 1.4, 1.6)],
            lambda w, k: rule_counts(scaled(k), BASE if w == 0 else MIX[w]))

    # ---- 2. containment: the share of one task's weight that the other holds (one-to-many coverage)
    CONT = {}
    for n, s in SETS.items():
        W = BASE[n]["W"]
        P = (W > 0).astype(float)
        tot = W.sum(1, keepdims=True)
        C = (W @ P.T) / np.maximum(tot, 1e-12)  # C[i, j]: share of i's weight in j's bigrams
        np.fill_diagonal(C, 0)
        CONT[n] = C

    def contained(c, k, best):
        def f(n, s, F):
            C, S = CONT[n], F["S"]
            bi = S >= F["B"] - 1e-12  # j is i's best match in j's document
            m = (C >= c) & (S >= k) & (bi if best else True)
            m = m | m.T
            return shipped(F) | (m & ~s.SAMEDOC & ((F["D"] >= 0.1) | (S >= 0.2)))
        return f
    loo("contained (share c of one task in the other, cosine k, its best match)",
        [(9, 9, 1)] + [(c, k, b) for c in (0.15, 0.2, 0.3, 0.4) for k in (0.05, 0.08, 0.1) for b in (1, 0)],
        lambda c, k, b: rule_counts(contained(c, k, b)))

    # ---- 3. a logistic model over a few features, trained on the other folds' pairs
    def ranks(s, S):
        """RK[i, j]: 1 + how many tasks of j's document match i better than j does."""
        RK = np.zeros((s.N, s.N))
        for d in range(len(s.DOCS)):
            cols = np.where(s.DOC == d)[0]
            sub = S[:, cols]
            RK[:, cols] = (sub[:, None, :] > sub[:, :, None] + 1e-12).sum(2) + 1
        return RK

    def features(n, s, F):
        S, T, C = F["S"], F["T"], CONT[n]
        RK = ranks(s, S)
        lo, hi = np.minimum(RK, RK.T), np.maximum(RK, RK.T)
        X = [S, F["TXT"], np.maximum(T, 0), (T >= 0).astype(float), S / np.maximum(F["R"], 1e-9),
             1 / lo, 1 / hi, np.minimum(C, C.T), np.maximum(C, C.T), np.minimum(F["D"], 0.4),
             carried(F).astype(float)]
        return np.stack(X, -1)
    XS = {n: features(n, s, BASE[n]) for n, s in SETS.items()}
    FEAT_NAMES = ["S", "txt", "title", "hasTitle", "S/R", "1/rankLo", "1/rankHi", "Cmin", "Cmax", "D", "carried"]

    def rows_of(fold, pool=0.03):
        f, n, w = fold
        s = SETS[n]
        X = XS[n]
        idx, y = [], []
        for (i, j), k in s.KEY.items():
            if s.SAMEPLAN[i, j] or BASE[n]["S"][i, j] < pool:
                continue
            if w is not None and s.HALF[i, j] != w:
                continue
            idx.append((i, j))
            y.append(k in s.POS)
        return idx, (X[tuple(np.array(idx).T)] if idx else np.zeros((0, X.shape[-1]))), np.array(y, float)

    def fit(X, y, l2=1.0, iters=60):
        mu, sd = X.mean(0), X.std(0) + 1e-9
        Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
        wt = np.zeros(Z.shape[1])
        for _ in range(iters):
            p = 1 / (1 + np.exp(-Z @ wt))
            g = Z.T @ (p - y) + l2 * np.r_[wt[:-1], 0]
            H = (Z * (p * (1 - p))[:, None]).T @ Z + l2 * np.diag(np.r_[np.ones(len(wt) - 1), 0])
            wt -= np.linalg.solve(H, g)
        return lambda Xn: 1 / (1 + np.exp(-np.hstack([(Xn - mu) / sd, np.ones((len(Xn), 1))]) @ wt)), wt

    def logistic_counts(train_folds, test_fold, th, l2, cols):
        Xs, ys = [], []
        for fo in train_folds:
            _, X, y = rows_of(fo)
            Xs.append(X[:, cols]); ys.append(y)
        model, wt = fit(np.vstack(Xs), np.concatenate(ys), l2)
        out = {}
        for fo in [test_fold] + list(train_folds):
            f, n, w = fo
            s = SETS[n]
            P = np.zeros((s.N, s.N))
            idx, X, _ = rows_of((f, n, None))
            if idx:
                P[tuple(np.array(idx).T)] = model(X[:, cols])
            P = np.maximum(P, P.T)
            out[f] = s.counts(full(s, BASE[n], (P >= th) & ~s.SAMEPLAN), w)
        return out, wt

    def logistic_loo(cols, l2=1.0, label=""):
        held = []
        for h in FOLDS:
            train = [fo for fo in FOLDS if fo != h]
            best = None
            for th in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
                out, wt = logistic_counts(train, h, th, l2, cols)
                m = np.mean([f1(out[fo[0]]) for fo in train])
                if best is None or m > best[0] + 1e-9:
                    best = (m, th, f1(out[h[0]]))
            held.append(best[2])
            print(f"   {h[0]} th {best[1]} train mean {best[0]:.3f} held {best[2]:.3f}")
        print(f"== logistic {label} cols {[FEAT_NAMES[c] for c in cols]} l2 {l2}: held-out mean {np.mean(held):.3f}",
              " · ".join(f"{f} {v:.3f}" for f, v in zip(FN, held)))
        sys.stdout.flush()
    logistic_loo(list(range(len(FEAT_NAMES))))
    logistic_loo([0, 4, 5, 6, 9])
    logistic_loo([0, 2, 3, 4, 5, 6, 9, 10])
    logistic_loo([0, 4, 5, 6, 7, 8, 9])

    # ---- 4. one-to-many: a short task that is part of a longer one (its best match there), whatever the longer
    #         task's stronger matches
    LEN = {n: np.array([len(text_of(x)) for x in s.TEXT], float) for n, s in SETS.items()}

    def part_of(L, t):
        def f(n, s, F):
            S, ln = F["S"], LEN[n]
            best = S >= F["B"] - 1e-12  # j is i's best match in j's document
            m = best & (ln[None, :] >= L * ln[:, None]) & (S >= t)
            m = m | m.T
            return shipped(F) | (m & ~s.SAMEDOC & ((F["D"] >= 0.1) | (S >= 0.2)))
        return f
    loo("a short task part of a longer one (length x L, cosine t)",
        [(99, 9)] + [(L, t) for L in (1.5, 2, 3) for t in (0.075, 0.09, 0.1, 0.12, 0.15)],
        lambda L, t: rule_counts(part_of(L, t)))

    # ---- 5. a table of policy synonyms and abbreviations (policy_synonyms.tsv): every variant read as its canonical
    #         form before the bigrams are taken
    SYN = []
    for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "policy_synonyms.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            c, *vs = line.rstrip("\n").split("\t")
            SYN += [(v, c) for v in vs if v]
    SYN.sort(key=lambda p: -len(p[0]))

    def canon(x):
        for v, c in SYN:
            x = x.replace(v, c)
        return x
    SYNF = {n: base(n, s, ([grams(text_of(canon(x))) for x in s.TEXT], [grams(text_of(canon(x))) for x in s.TITLE]))
            for n, s in SETS.items()}
    loo("policy synonyms as one, bars x k", [(0, 1.0)] + [(1, k) for k in (0.9, 1.0, 1.1)],
        lambda w, k: rule_counts(scaled(k), BASE if w == 0 else SYNF))

    # ---- 6. order: a plan that restates another often keeps its order, so a pair whose neighbours (the tasks before
    #         or after each in its document) are a strong pair is read with a lower bar
    POS = {}
    for n, s in SETS.items():
        seen = collections.Counter()
        p = []
        for f in s.FILE:
            p.append(seen[f]); seen[f] += 1
        POS[n] = np.array(p)

    def neighbours(a, t, side):
        def f(n, s, F):
            S, P = F["S"], POS[n]
            base_ = shipped(F)
            anchor = base_ & (S >= a) & ~s.SAMEDOC
            same = s.SAMEDOC
            # neighbour[i, j]: (i-1, j-1) or (i+1, j+1) is an anchor, the neighbours in the same documents
            nb = np.zeros_like(anchor)
            idx = {(s.FILE[i], P[i]): i for i in range(s.N)}
            for i in range(s.N):
                for j in range(s.N):
                    if same[i, j] or S[i, j] < t:
                        continue
                    for d in (-1, 1):
                        x, y = idx.get((s.FILE[i], P[i] + d)), idx.get((s.FILE[j], P[j] + d))
                        if x is not None and y is not None and anchor[x, y]:
                            nb[i, j] = True
            best = S >= F["B"] - 1e-12
            ok = (best | best.T) if side else np.ones_like(nb)
            return base_ | (nb & ok & ((F["D"] >= 0.1) | (S >= 0.2)))
        return f
    loo("order: neighbours of a strong pair (anchor a, cosine t, one side's best)",
        [(9, 9, 1)] + [(a, t, sd) for a in (0.1, 0.15, 0.2) for t in (0.04, 0.05, 0.06, 0.075) for sd in (1, 0)],
        lambda a, t, sd: rule_counts(neighbours(a, t, sd)))

    # ---- 7. one-to-many by clauses: a task that restates one clause (sentence) of a longer task of another plan,
    #         each the other's best match (the clause's best task in the task's document, the task's best clause in
    #         the clause's document)
    CL = {}
    for n, s in SETS.items():
        u, _ = bigram_units(s)
        W, vocab, idf = tfidf_rows(s, u)
        owner, rows = [], []
        for i, t in enumerate(s.T):
            parts = [es.norm(x) for x in re.split(r"[。；;！？\\n]", t["text"] or t["title"] or "")]
            parts = [x for x in parts if len(x) >= 6]
            if len(parts) < 2:
                continue
            for x in parts:
                v = np.zeros(len(vocab))
                for g, k in collections.Counter(grams(text_of(x))).items():
                    if g in vocab:
                        v[vocab[g]] = (1 + math.log(k)) * idf[vocab[g]]
                rows.append(v); owner.append(i)
        V = unit(np.array(rows)) if rows else np.zeros((0, len(vocab)))
        CL[n] = (np.array(owner), V @ BASE[n]["M"].T)  # clause x task cosine

    def clauses(tc, side):
        def f(n, s, F):
            owner, Q = CL[n]
            m = np.zeros((s.N, s.N), bool)
            for d in range(len(s.DOCS)):
                cols = np.where(s.DOC == d)[0]
                if len(owner) == 0:
                    continue
                sub = Q[:, cols]
                bi = cols[sub.argmax(1)]  # each clause's best task in document d
                for c in range(len(owner)):
                    j, i = owner[c], bi[c]
                    if s.DOC[j] == d or Q[c, i] < tc:
                        continue
                    # the task's best clause among the clauses of j's document
                    mine = np.where(s.DOC[owner] == s.DOC[j])[0]
                    if side and Q[mine, i].max() > Q[c, i] + 1e-12:
                        continue
                    m[i, j] = m[j, i] = True
            return shipped(F) | (m & ~s.SAMEDOC & ((F["D"] >= 0.1) | (F["S"] >= 0.2)))
        return f
    loo("one-to-many by clauses (clause cosine tc, mutual)", [(9, 1)] + [(tc, sd) for tc in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
                                                                      for sd in (1, 0)],
        lambda tc, sd: rule_counts(clauses(tc, sd)))

    # ---- 8. a weak pair must stand out of the runners-up: under cosine cap, the pair needs m x the second strongest
    #         match of each task in the other's document
    def margin(m, cap):
        def f(n, s, F):
            S, B2 = F["S"], F["B2"]
            ok = (S >= cap) | ((S >= m * B2) & (S >= m * B2.T))
            return shipped(F) & ok
        return f
    loo("weak pairs stand out of the runners-up (m, under cap)",
        [(1, 0)] + [(m, cap) for m in (1.1, 1.2, 1.3, 1.5) for cap in (0.1, 0.12, 0.15, 0.2)],
        lambda m, cap: rule_counts(margin(m, cap)))

    # ---- 9. the classes of 同义词词林 (extended; CoreSynonym.txt of HanLP's portable jar): every word of a class
    #         of synonyms ("=") found in a task adds a unit of its class, weighted g against the bigrams
    CILIN = os.path.join(WORDS, "CoreSynonym.txt")
    if not os.path.exists(CILIN):
        print("== cilin: no", CILIN, "left out")
    else:
        classes = collections.defaultdict(list)
        for line in open(CILIN, encoding="utf-8"):
            line = line.strip().lstrip("\ufeff")
            if len(line) > 8 and line[7] == "=":
                ws = [w for w in line[9:].split() if len(w) >= 2]
                if len(line[9:].split()) >= 2:
                    for w in ws:
                        classes[w].append(line[:7])
        maxlen = max(map(len, classes))

        def class_units(x):
            out = []
            for i in range(len(x)):
                for k in range(2, min(maxlen, len(x) - i) + 1):
                    out += ["#" + c for c in classes.get(x[i:i + k], ())]
            return out

        def cilin_feats(g):
            out = {}
            for n, s in SETS.items():
                u = [grams(text_of(x)) + class_units(text_of(x)) for x in s.TEXT]
                tu = [grams(text_of(x)) + class_units(text_of(x)) for x in s.TITLE]
                W, vocab, idf = tfidf_rows(s, u)
                cls = np.array([k.startswith("#") for k in sorted(vocab, key=vocab.get)])
                W[:, cls] *= g
                M = unit(W)
                S = M @ M.T
                T = title_cos(s, u, tu)
                out[n] = mk(s, S + 0.07 * np.maximum(0, T - S) * (T > S), s.subject(M), dict(TXT=S.copy(), T=T, M=M, W=W))
            return out
        CF = {g: cilin_feats(g) for g in (0.25, 0.5, 1.0)}
        loo("cilin synonym classes (weight g), bars x k", [(0, 1.0)] + [(g, k) for g in (0.25, 0.5, 1.0) for k in (1.0, 1.1, 1.2, 1.3)],
            lambda g, k: rule_counts(scaled(k), BASE if g == 0 else CF[g]))

    # ---- 10. the titles matched on their own: two tasks whose titles are each other's best match between the two
    #          documents (title cosine tt) with a text cosine of ts
    def title_mutual(tt, ts):
        def f(n, s, F):
            T, S = np.where(F["T"] >= 0, F["T"], 0), F["S"]
            B = s.best_in_doc(T)
            mut = (T >= B - 1e-12) & (T >= B.T - 1e-12) & (T >= tt)
            return shipped(F) | (mut & (S >= ts) & ~s.SAMEDOC & ((F["D"] >= 0.1) | (S >= 0.2)))
        return f
    loo("titles each other's best match (title cosine tt, text ts)",
        [(9, 9)] + [(tt, ts) for tt in (0.2, 0.3, 0.5) for ts in (0.03, 0.04, 0.05, 0.06)],
        lambda tt, ts: rule_counts(title_mutual(tt, ts)))
