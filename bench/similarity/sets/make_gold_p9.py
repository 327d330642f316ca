#!/usr/bin/env python3
"""usage: make_gold_p9.py TEXTS_DIR   (writes p9.gold.json beside this script)
Labels of the eighteen texts of p9.SOURCES.md, written by reading BEFORE the detector ran on them (26 Nov 2026, issue 8
helper, third pass). Three national plans of ../shared/corpus (whole texts) and local plans that restate them (excerpts of
public pages found with the search tool: the head and first tasks):
  m03 国办发〔2018〕123号 政务新媒体: 广东, 江苏, 浙江, 河南 (provinces), 保定, 清远 (cities), 魏县, 藁城区 (counties);
  y11 国办发〔2019〕3号 小区配套幼儿园治理: a province's and a district's 治理工作方案 (names blanked XX by the mirrors);
  z06 国发〔2019〕3号 综合保税区: 浙江, 湖北, 青海 (provinces), 广西 (region), 重庆 (municipality).
Rules as src/test/resources/overlap/README.md: overlap = same measure in other words (also when one task carries the
other's measure as a main part); related = same field, other measure (a hard negative). Everything not listed is a
negative. Tasks are labelled as printed, also where the parser does not read them as tasks today (a part heading with a
paragraph: 二、明确工作职责 of the national plan and its restatements by 浙江, 河南, 清远, 重庆's 一、): those pairs are
misses of the ingest, counted as misses."""
import json, os, sys
D = sys.argv[1]
FILES = sorted(f for f in os.listdir(D) if f.endswith(".txt"))
def T(prefix, number, title, section=None):
    f = next(x for x in FILES if x.startswith(prefix + "_"))
    t = {"file": f, "number": number, "title": title}
    if section: t["section"] = section
    return t
# national 国办发〔2018〕123号 (m03a)
N03 = lambda sec, n, t: T("m03a", n, t, sec)
N03_DUTY = T("m03a", "二、", "明确工作职责")  # a part with paragraphs, no numbered task
N03_OPEN = N03("四、", "（一）", "开设整合"); N03_CONTENT = N03("四、", "（二）", "内容保障")
N03_SAFE = N03("四、", "（三）", "安全防护"); N03_SUPER = N03("四、", "（四）", "监督管理")
N03_OPENGOV = N03("三、", "（一）", "推进政务公开，强化解读回应"); N03_SERVICE = N03("三、", "（三）", "突出民生事项，优化掌上服务")
GD4 = T("m03b", "（四）", "强化日常监测防护"); GD5 = T("m03b", "（五）", "着力加强内容建设"); GD6 = T("m03b", "（六）", "全面完善服务功能")
GC1 = T("m03c", "（一）", "开设流程", "二、")
BD1 = T("m03d", "（一）", "明确建管责任", "二、")
WX1 = T("m03e", "（一）", "明确建管任务", "二、")
HN2 = T("m03f", "二、", "明确工作职责，理顺体制机制")
QY1 = T("m03g", "一、", "职责分工")
ZJ2 = T("m03h", "二、", "理顺工作机制")
JS3 = T("m03i", "（三）", "明确工作范围和职责", "二、")
# national 国办发〔2019〕3号 (y11a)
N11 = lambda sec, n, t: T("y11a", n, t, sec)
N11_BUILD = N11("二、", "1", "城镇小区严格依标配建幼儿园"); N11_FIX = N11("三、", "2", "全面整改")
PB1 = T("y11b", "（一）", "落实幼儿园布局规划", "二、"); PB2 = T("y11b", "（二）", "城镇小区严格依标配建幼儿园", "二、")
QC1 = T("y11c", "（一）", "规划问题", "二、"); QC2 = T("y11c", "（二）", "建设问题", "二、")
# national 国发〔2019〕3号 (z06a)
N06 = lambda n, t: T("z06a", n, t)
HB2 = T("z06c", "二", "强化综合保税区功能")
QH1 = T("z06d", "（一）", "统筹两个市场,集聚加工制造业发展", "二、")
CQ1 = T("z06e", "一、", "统筹两个市场,打造加工制造中心")
GX1 = T("z06f", "1", "复制推广创新制度"); GX2 = T("z06f", "2", "推动企业开展国内委托加工"); GX3 = T("z06f", "3", "鼓励研发设计和专利产出")
P = []
def pair(a, b, label, conf, note): P.append({"a": a, "b": b, "label": label, "confidence": conf, "note": note})
# 政务新媒体: 广东 restates three national measures with edits
pair(GD4, N03_SAFE, "overlap", "high", "安全管理制度、保密审查制度和应急预案, 安全防护能力 (near-verbatim first sentence)")
pair(GD4, N03_SUPER, "overlap", "high", "日常监管, 技术手段实时监控, 通报、督促整改 (plus a quarterly 30% spot check)")
pair(GD4, N03_CONTENT, "related", "", "值班值守 / 违法有害信息 / 重大舆情 are a side phrase of 内容保障")
pair(GD5, N03_CONTENT, "overlap", "high", "内容发布审核, 分级分类审核、先审后发, 五关, 只转载…稿源单位, 不得刊登商业广告")
pair(GD5, N03_OPENGOV, "related", "", "内容建设 vs 政务公开/解读")
pair(GD6, N03_OPENGOV, "overlap", "high", "推进政务公开, 强化解读回应, 传播党和政府声音 (cut)")
pair(GD6, N03_SERVICE, "related", "", "服务功能 in the title only; the excerpt is cut before any service")
pair(GC1, N03_OPEN, "overlap", "medium", "opening accounts (the excerpt is cut after the first clause)")
pair(GC1, BD1, "related", "", "opening procedure vs who is responsible")
# the responsibilities part: the national 二、 and every restatement of it (主管单位, 谁开设谁主办)
DUTY = [(N03_DUTY, "national"), (ZJ2, "浙江"), (HN2, "河南"), (QY1, "清远"), (BD1, "保定"), (WX1, "魏县"), (JS3, "江苏")]
HIGH = {("national", "浙江"), ("national", "河南"), ("national", "清远"), ("national", "保定"), ("浙江", "清远"),
        ("浙江", "保定"), ("清远", "保定"), ("浙江", "河南"), ("河南", "清远"), ("河南", "保定"), ("保定", "魏县")}
for i in range(len(DUTY)):
    for j in range(i + 1, len(DUTY)):
        (a, na), (b, nb) = DUTY[i], DUTY[j]
        hi = (na, nb) in HIGH or (nb, na) in HIGH
        pair(a, b, "overlap", "high" if hi else "medium",
             f"{na} / {nb}: 主管单位 of government new media, 谁开设谁主办" + ("" if hi else " (one side cut after its first words)"))
pair(BD1, N03_OPEN, "related", "", "responsibility vs opening and merging accounts")
pair(JS3, N03_OPEN, "related", "", "scope definition mentions 开设; another measure")
# 小区配套幼儿园
pair(PB1, N11_BUILD, "overlap", "high", "配套建设幼儿园纳入公共管理和公共服务设施建设规划 (城乡规划法, 居住区规划设计标准, 老城区改造…)")
pair(PB2, N11_BUILD, "overlap", "high", "same title; cut after its first clause")
pair(PB1, PB2, "related", "", "one plan: layout planning vs building to standard")
pair(QC1, N11_BUILD, "overlap", "high", "补建、改建或就近新建、置换、购置 for estates without a planned kindergarten")
pair(QC1, N11_FIX, "related", "", "责令限期整改 is a side phrase")
pair(QC1, PB1, "related", "", "remedying estates vs drawing up layout plans")
pair(QC1, PB2, "related", "", "planning problems vs building to standard")
pair(QC2, N11_BUILD, "overlap", "medium", "建设不到位, 缓建/停建: the national task's second measure")
pair(QC2, PB2, "overlap", "medium", "building the estate kindergarten (both cut)")
pair(QC1, QC2, "related", "", "one plan: planning vs building problems")
# 综合保税区
pair(QH1, N06("1", "拓展两个市场"), "overlap", "high", "积极稳妥地在综合保税区推广增值税一般纳税人资格试点 (verbatim)")
pair(QH1, N06("2", "提前适用政策"), "overlap", "medium", "imported equipment of entering firms under the zone's tax rules")
pair(QH1, N06("3", "释放企业产能"), "related", "", "加工制造, another measure")
pair(QH1, CQ1, "overlap", "high", "统筹两个市场, 加工制造 (the national section heading restated by both)")
pair(CQ1, N06("1", "拓展两个市场"), "overlap", "medium", "拓展国内外市场 of the zone's firms")
pair(GX1, N06("21", "推广创新制度"), "overlap", "high", "复制推广自贸试验区中与海关特殊监管区域相关的改革试点经验")
pair(GX2, N06("3", "释放企业产能"), "overlap", "high", "区内加工制造企业承接境内区外委托加工")
pair(GX2, N06("10", "简化进出区管理"), "related", "", "a side phrase")
pair(GX2, N06("11", "便利货物流转"), "related", "", "a side phrase")
pair(GX3, N06("6", "促进研发创新"), "overlap", "medium", "研发货物、物品免于许可证件 (cut last clause)")
pair(GX3, N06("9", "支持医疗设备研发"), "related", "", "medical-device R&D named as one zone's focus")
pair(GX3, N06("7", "建设创新高地"), "related", "", "R&D, another measure")
pair(GX3, N06("15", "支持再制造业"), "related", "", "再制造 R&D named as one zone's focus")
pair(HB2, N06("21", "推广创新制度"), "related", "", "trade and investment facilitation, another measure")
pair(HB2, GX1, "related", "", "same")
pair(HB2, N06("5", "强化企业市场主体地位"), "related", "", "市场主体自主 (cut)")
tasks = [N03_DUTY, N03_OPENGOV, N03("三、", "（二）", "加强政民互动，创新社会治理"), N03_SERVICE, N03_OPEN, N03_CONTENT, N03_SAFE, N03_SUPER]
tasks += [GD4, GD5, GD6, GC1, BD1, WX1, HN2, QY1, ZJ2, JS3]
tasks += [N11(s, n, "") for s, n in (("二、", "1"), ("二、", "2"), ("二、", "3"), ("三、", "1"), ("三、", "2"), ("三、", "3"))]
tasks += [PB1, PB2, QC1, QC2]
tasks += [N06(str(n), "") for n in range(1, 22)]
tasks += [T("z06b", "1", "优化功能定位", "二、（一）"), HB2, QH1, CQ1, GX1, GX2, GX3]
json.dump({"files": FILES, "tasks": tasks, "pairs": P},
          open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "p9.gold.json"), "w"), ensure_ascii=False, indent=1)
print(len(P), "pairs,", sum(p["label"] == "overlap" for p in P), "overlap,", sum(p["label"] == "related" for p in P), "related")
