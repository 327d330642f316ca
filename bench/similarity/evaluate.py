#!/usr/bin/env python3
"""Alternatives for the overlap rule, measured on the labelled pairs (see README, "Similar tasks").

usage: evaluate.py TASKS.jsonl GOLD.json SHARED_EVAL_DIR   (bench/similarity/run.sh writes TASKS.jsonl)

Every alternative scores all pairs of tasks of two different plans (brute force: the labelled set is small) and is
turned into pairs by a rule with one or two parameters. Three figures per row:
  all      the best parameters on all labelled pairs (optimistic: chosen on what they are scored on)
  CV       leave one plan out: parameters chosen on the pairs of the other groups, scored on the held-out group
           (groups: the four seed plans, then the national plans), counts pooled
  held-out parameters chosen on the seeds' pairs only, scored on the pairs of the national plans
Duplicates (the web and PDF text of one plan: trigram Jaccard 0.9) are predicted as the engine does and count in
every row. The engine itself is not called: this is a model of it, scored like score_overlap.py does.
"""
import collections, json, math, re, sys, unicodedata

tasks_path, gold_path, eval_dir = sys.argv[1:4]
sys.path.insert(0, eval_dir)
import score_overlap as so  # noqa: E402

TASKS = [json.loads(l) for l in open(tasks_path, encoding="utf-8")]
GOLD = json.load(open(gold_path, encoding="utf-8"))
IDX = so.Index(GOLD)
GLABEL = {}
for p in GOLD["pairs"]:
    GLABEL[frozenset((IDX.cid(p["a"]), IDX.cid(p["b"])))] = p["label"]
GOLD_POS = {k for k, l in GLABEL.items() if l in ("duplicate", "overlap")}
N = len(TASKS)
for t in TASKS:
    t["cids"] = IDX.resolve({"file": t["file"], "number": t["number"], "section": t["section"] or "",
                             "title": t["title"]})


def norm(s):
    return "".join(c.lower() for c in unicodedata.normalize("NFKC", s or "") if c.isalnum())


def bigrams(s):
    return [s[i:i + 2] for i in range(len(s) - 1)]


TEXT = [norm(t["text"]) or norm(t["title"]) for t in TASKS]
FILE = [t["file"] for t in TASKS]

# plans: files whose tasks are near-verbatim copies of another file's (80 % of the smaller) are one plan
TRI = [set(x[i:i + 3] for i in range(len(x) - 2)) for x in TEXT]


def jaccard(i, j):
    u = len(TRI[i] | TRI[j])
    return len(TRI[i] & TRI[j]) / u if u else 0


files = sorted(set(FILE))
BYFILE = {f: [k for k in range(N) if FILE[k] == f] for f in files}
PLAN = {f: f for f in files}
DUPS = []
for a in files:
    for b in files:
        if a < b:
            pairs = [(i, j) for i in BYFILE[a] for j in BYFILE[b] if jaccard(i, j) >= 0.9]
            if len({i for i, _ in pairs}) >= 0.8 * min(len(BYFILE[a]), len(BYFILE[b])):
                PLAN[b] = PLAN[a]
                DUPS += pairs
PL = [PLAN[f] for f in FILE]


def key(i, j):
    keys = {frozenset((x, y)) for x in TASKS[i]["cids"] for y in TASKS[j]["cids"] if x != y}
    if not keys:
        return None
    pos = sorted((k for k in keys if k in GOLD_POS), key=str)
    return pos[0] if pos else sorted(keys, key=str)[0]


CAND = [(i, j) for i in range(N) for j in range(i + 1, N) if PL[i] != PL[j]]
KEY = {p: key(*p) for p in CAND}
DUPKEYS = {key(i, j) for i, j in DUPS}


def group(p):
    ps = sorted({FILE[p[0]][:3], FILE[p[1]][:3]})
    seeds = [x for x in ps if x.startswith("00")]
    return PLAN[[f for f in files if f.startswith(seeds[0])][0]][:3] if seeds else "national"


GRP = {p: group(p) for p in CAND}
GROUPS = sorted(set(GRP.values()))
SEEDS = [g for g in GROUPS if g != "national"]
for k in DUPKEYS:
    pass
DUPGROUP = {k: group(next(p for p in DUPS if key(*p) == k)) if False else None for k in DUPKEYS}


def counts(pred, groups):
    keys = {KEY[p] for p in pred if GRP[p] in groups}
    gk = {KEY[p] for p in CAND if GRP[p] in groups} & GOLD_POS
    # duplicates: inside one plan, so not in CAND; they belong to the group of their plan
    dk = {k for k in GOLD_POS if GLABEL[k] == "duplicate"}
    dgroups = {PLAN[[f for f in files if f == next(iter(k))[0]][0]][:3] for k in dk}
    if dgroups & set(groups):
        gk |= dk
        keys |= DUPKEYS & dk
    tp = len(keys & gk)
    return tp, len(keys - gk), len(gk - keys)


def f1(c):
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return 2 * p * r / (p + r) if p + r else 0


def measure(label, rule, grid):
    preds = {ps: rule(*ps) for ps in grid}
    best = max(grid, key=lambda ps: f1(counts(preds[ps], GROUPS)))
    tot = [0, 0, 0]
    for g in GROUPS:
        train = [x for x in GROUPS if x != g]
        ps = max(grid, key=lambda q: f1(counts(preds[q], train)))
        tot = [a + b for a, b in zip(tot, counts(preds[ps], [g]))]
    bs = max(grid, key=lambda q: f1(counts(preds[q], SEEDS)))
    c = counts(preds[best], GROUPS)
    p = c[0] / (c[0] + c[1]) if c[0] + c[1] else 0
    r = c[0] / (c[0] + c[2]) if c[0] + c[2] else 0
    print(f"{label:58s} all {f1(c):.3f} (P {p:.3f} R {r:.3f}) | CV {f1(tot):.3f} | seeds {f1(counts(preds[bs], SEEDS)):.3f}"
          f" -> national {f1(counts(preds[bs], ['national'])):.3f} | {best}")


def vectors(units, idfpow=1.0, docw=0.0, within=0.0, drop=None):
    df = collections.Counter()
    dfd = collections.defaultdict(set)
    dfin = collections.defaultdict(collections.Counter)
    for k, u in enumerate(units):
        for g in set(u):
            df[g] += 1
            dfd[g].add(PL[k])
            dfin[FILE[k]][g] += 1
    nd = len(set(PL))
    out = []
    for k, u in enumerate(units):
        v = {}
        for g, c in collections.Counter(u).items():
            if drop and g in drop:
                continue
            w = (1 + math.log(c)) * math.log(1 + N / df[g]) ** idfpow
            if docw:
                w *= math.log(1 + nd / len(dfd[g])) ** docw
            if within:
                n = len(BYFILE[FILE[k]])
                w *= (math.log(1 + n / dfin[FILE[k]][g]) / math.log(1 + n)) ** within
            v[g] = w
        nn = math.sqrt(sum(x * x for x in v.values())) or 1
        out.append({g: x / nn for g, x in v.items()})
    return out


def cos(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(g, 0) for g, x in a.items())


def matrix(vs):
    S = [[0.0] * N for _ in range(N)]
    for i, j in CAND:
        S[i][j] = S[j][i] = cos(vs[i], vs[j])
    return S


def best_in_file(S):
    B = [[0.0] * N for _ in range(N)]
    R = [[0] * N for _ in range(N)]
    for i in range(N):
        for f, ks in BYFILE.items():
            if PLAN[f] == PL[i]:
                continue
            order = sorted(ks, key=lambda k: -S[i][k])
            for r, k in enumerate(order):
                B[i][k] = S[i][order[0]]
                R[i][k] = r + 1
    return B, R


THR = [x / 1000 for x in range(20, 600, 5)]


def quantile_grid(S):
    vals = sorted(S[i][j] for i, j in CAND)
    return sorted(set(vals[int(len(vals) * (1 - q / 2000))] for q in range(1, 200)))


def threshold(label, S):
    measure(label, lambda t: [p for p in CAND if S[p[0]][p[1]] >= t], [(t,) for t in quantile_grid(S)])


def rival(label, S, shares=(0.7, 0.8, 0.85, 0.9)):
    B, _ = best_in_file(S)
    measure(label, lambda t, r: [p for p in CAND if S[p[0]][p[1]] >= t
                                 and S[p[0]][p[1]] >= r * max(B[p[0]][p[1]], B[p[1]][p[0]])],
            [(t, r) for t in quantile_grid(S) for r in shares])


def mix(S1, S2, a):
    return [[(1 - a) * S1[i][j] + a * S2[i][j] for j in range(N)] for i in range(N)]


print(f"{N} tasks, {len(CAND)} pairs across plans, groups {GROUPS}")
BG = [bigrams(x) for x in TEXT]
S = matrix(vectors(BG))
threshold("bigram TF-IDF cosine, threshold (before)", S)
rival("bigram cosine + rival rule (shipped)", S)
B, R = best_in_file(S)
measure("bigram cosine + mutual best match in the other file", lambda t: [p for p in CAND if S[p[0]][p[1]] >= t and
        max(R[p[0]][p[1]], R[p[1]][p[0]]) == 1], [(t,) for t in THR])
measure("bigram cosine + both ranks <= k in the other file", lambda t, k: [p for p in CAND if S[p[0]][p[1]] >= t and
        max(R[p[0]][p[1]], R[p[1]][p[0]]) <= k], [(t, k) for t in THR for k in (1, 2, 3)])
TI = [norm(t["title"]) for t in TASKS]
ST = matrix(vectors([bigrams(x) for x in TI]))
threshold("title bigram cosine", ST)
for a in (0.2, 0.3, 0.5):
    threshold(f"{a} title + {1 - a:.1f} text cosine", mix(S, ST, a))
# title key terms found in the other text (the heading names the measure)
df = collections.Counter()
for u in BG:
    df.update(set(u))
idf = {g: math.log(1 + N / c) for g, c in df.items()}
TB = [set(bigrams(x)) for x in TI]
XB = [set(u) for u in BG]


def coverage(i, j):
    tot = sum(idf.get(g, 0) for g in TB[i]) or 1
    return sum(idf.get(g, 0) for g in TB[i] if g in XB[j]) / tot


CV_ = [[(coverage(i, j) + coverage(j, i)) / 2 if i != j else 0 for j in range(N)] for i in range(N)]
measure("cosine and title key-term coverage", lambda t, c: [p for p in CAND if S[p[0]][p[1]] >= t and
        CV_[p[0]][p[1]] >= c], [(t, c) for t in THR[:40] for c in [x / 20 for x in range(12)]])
# sentences: the best pair of sentences, the title against the best sentence
SENT = []
for t in TASKS:
    ss = [norm(s) for s in re.split(r"[。；;!！?？\n]", unicodedata.normalize("NFKC", t["text"]))]
    SENT.append([s for s in ss if len(s) >= 4] or [norm(t["title"])])


def sv(s):
    v = {g: (1 + math.log(c)) * idf.get(g, math.log(1 + N)) for g, c in collections.Counter(bigrams(s)).items()}
    nn = math.sqrt(sum(x * x for x in v.values())) or 1
    return {g: x / nn for g, x in v.items()}


SV = [[sv(s) for s in ss] for ss in SENT]
SS = [[0.0] * N for _ in range(N)]
for i, j in CAND:
    SS[i][j] = SS[j][i] = max(cos(a, b) for a in SV[i] for b in SV[j])
threshold("best pair of sentences", SS)
threshold("0.7 text + 0.3 best sentence pair", mix(S, SS, 0.3))
# weighting of terms
threshold("bigram cosine, IDF squared (rare terms weigh more)", matrix(vectors(BG, idfpow=2)))
threshold("bigram cosine, x document-level IDF (boilerplate down)", matrix(vectors(BG, docw=1)))
threshold("bigram cosine, x within-document IDF^0.5", matrix(vectors(BG, within=0.5)))
rival("bigram cosine, x within-document IDF^0.5 + rival rule", matrix(vectors(BG, within=0.5)))
STOP = "加强 推进 推动 完善 建立 健全 建设 提升 提高 深化 实施 开展 全面 积极 强化 加快 支持 鼓励 落实 进一步 持续 着力 " \
       "大力 发展 工作 机制 体系 水平 能力 质量 有关 相关 各级 各类".split()
threshold("bigram cosine, stop phrases removed", matrix(vectors(BG, drop={g for w in STOP for g in bigrams(w)})))
# length normalisation: weighted overlap on the smaller side, BM25 both ways


def overlap_min(i, j):
    a, b = XB[i], XB[j]
    sh = sum(idf[g] for g in a & b)
    return sh / min(sum(idf[g] for g in a), sum(idf[g] for g in b))


SO = [[0.0] * N for _ in range(N)]
for i, j in CAND:
    SO[i][j] = SO[j][i] = overlap_min(i, j)
threshold("IDF-weighted overlap coefficient (length-normalised)", SO)
try:
    import jieba
    jieba.setLogLevel(60)

    def words(s):
        return [w.lower() for w in jieba.lcut(unicodedata.normalize("NFKC", s))
                if any(c.isalnum() for c in w) and not re.fullmatch(r"[0-9.%]+", w.strip())]
    W = [words(t["text"]) for t in TASKS]
    SW = matrix(vectors(W))
    threshold("jieba words TF-IDF cosine", SW)
    rival("jieba words cosine + rival rule", SW)
    threshold("jieba words + bigrams in one vector", matrix(vectors([a + b for a, b in zip(BG, W)])))
    WT = [words(t["title"]) for t in TASKS]
    SWT = matrix(vectors(WT))
    Bw, _ = best_in_file(SWT)
    Bs, _ = best_in_file(S)
    base = {p for p in CAND if S[p[0]][p[1]] >= 0.09 and S[p[0]][p[1]] >= 0.85 * max(Bs[p[0]][p[1]], Bs[p[1]][p[0]])}
    measure("shipped rule OR jieba title cosine standing out", lambda tt, r2: list(base | {
        p for p in CAND if SWT[p[0]][p[1]] >= tt and SWT[p[0]][p[1]] >= r2 * max(Bw[p[0]][p[1]], Bw[p[1]][p[0]])}),
        [(tt, r2) for tt in [x / 100 for x in range(20, 80, 5)] + [2] for r2 in (0.8, 0.9, 1.0)])
except ImportError:
    print("(jieba not installed: the word rows are left out)")
