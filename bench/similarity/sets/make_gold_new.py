#!/usr/bin/env python3
"""usage: make_gold_new.py TEXTS_DIR   (writes new.gold.json beside this script)
Labels of the six texts of new.SOURCES.md, written by reading BEFORE running the detector (26 Nov 2026, issue 8 helper).
Two national opinions (whole texts, = ../shared/corpus/10 and 07) and local plans that restate them (excerpts of
public pages found with the search tool: the head and first tasks):
  g10b 聊城市 实施意见 (restates 国办发〔2019〕6号 via 鲁政办发〔2020〕15号), g10c 衢州市 实施意见 (衢政办发〔2021〕23号),
  s07b 甘肃省 实施意见 (甘政办发〔2020〕38号), s07c 青海省 实施意见 (青政办〔2019〕93号).
Rules as src/test/resources/overlap/README.md: overlap = same measure in other words; related = same field, other
measure (a hard negative). Everything not listed is a negative."""
import json, os, sys
D = sys.argv[1]  # the folder of the six texts (third-party; not in the repository, see new.SOURCES.md)
FILES = sorted(f for f in os.listdir(D) if f.endswith(".txt"))
def T(prefix, number, title, section=None):
    f = next(x for x in FILES if x.startswith(prefix + "_"))
    t = {"file": f, "number": number, "title": title}
    if section: t["section"] = section
    return t
N10 = lambda n, t: T("g10a", n, t)
N07 = lambda n, t: T("s07a", n, t)
LC1 = T("g10b", "（一）", "聚焦担保主业"); LC2 = T("g10b", "（二）", "坚持降费让利"); LC3 = T("g10b", "（三）", "强化县级实力")
QZ1 = T("g10c", "（一）", "强化市级对县级担保机构的资源优化统筹")
GS1 = T("s07b", "1", "大力扶持群众性体育赛事活动")
QH1 = T("s07c", "（一）", "探索国际品牌赛事市场化路径", "二、")
P = []
def pair(a, b, label, conf, note): P.append({"a": a, "b": b, "label": label, "confidence": conf, "note": note})
pair(LC1, N10("（五）", "回归担保主业"), "overlap", "high", "担保主业, no bond/platform guarantees, no equity in non-guarantors, 80%")
pair(LC1, N10("（四）", "聚焦重点对象"), "overlap", "medium", "重点支持单户担保金额…及以下 (1000 vs 500 万)")
pair(LC1, N10("（六）", "加强业务引导"), "related", "", "80% share, but about partner admission")
pair(LC1, N10("（三）", "明确支持范围"), "related", "", "scope of clients")
pair(LC2, N10("（八）", "引导降费让利"), "overlap", "high", "降费让利, average fee below 1%")
pair(LC2, N10("（九）", "实行差别费率"), "related", "", "fees, another measure")
pair(LC3, N10("（十九）", "推进机构建设"), "overlap", "medium", "develop county-level government guarantee institutions")
pair(LC3, N10("（二十）", "加强协同配合"), "related", "", "市县机构做实资本 is a side phrase")
pair(LC3, N10("（十六）", "完善资金补充机制"), "related", "", "capital")
pair(QZ1, N10("（十九）", "推进机构建设"), "overlap", "medium", "equity ties between levels of guarantee institutions")
pair(QZ1, N10("（二十）", "加强协同配合"), "related", "", "upper level supports city/county institutions")
pair(QZ1, LC3, "related", "", "county institutions, another measure")
pair(GS1, N07("（六）", "引导扶持业余精品赛事"), "overlap", "high", "social forces run amateur/mass events, marathon, cycling, wushu")
pair(QH1, N07("（五）", "支持引进国际重大赛事"), "overlap", "medium", "international brand events")
pair(QH1, N07("（十六）", "打造发展平台"), "related", "", "market operation of event rights")
tasks = [N10(f"（{n}）", "") for n in "三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一 二十二 二十三 二十四 二十五 二十六 二十七".split()]
tasks += [N07(f"（{n}）", "") for n in "四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九".split()]
tasks += [LC1, LC2, LC3, QZ1, GS1, QH1]
json.dump({"files": FILES, "tasks": tasks, "pairs": P}, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "new.gold.json"), "w"), ensure_ascii=False, indent=1)
print(len(P), "pairs,", sum(p["label"] == "overlap" for p in P), "overlap")
