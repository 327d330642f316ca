#!/usr/bin/env python3
"""Writes cascade.gold.json (the format of shared/eval/score_overlap.py) for the plans of this folder.

The plans are invented (青川省, its city 临溪市 and the city's district 东岸区 are not real places) and written in our
own words after the shapes seen in real plans that restate each other: a province's measures restated by a city and
by its district with their own figures and their own level words (全省 / 全市 / 全区, 省级 / 市级 / 区级), and a city's
plan beside its division of work (重点任务分工), which repeats every task and edits one. Labels as ../README.md:
duplicate = the same task restated in near-identical wording; overlap = the same measure in other words; related =
the same field, different measures (a template filled in for two places or two parks is two measures).
usage: python3 make_gold.py > cascade.gold.json
"""
import json

P = "c1_qingchuan_province.txt"
C = "c2_linxi_city.txt"
D = "c3_dongan_district.txt"
B = "c4_linxi_business.txt"
W = "c5_linxi_business_division.txt"


def t(file, number, title):
    return {"file": file, "number": number, "title": title}


LABELS = [
    # the province's refund to firms that keep their staff, restated by the city and the district
    (t(P, "（一）", "加大稳岗返还力度"), t(C, "1", "加大稳岗返还力度"), "duplicate", "own months and level word"),
    (t(P, "（一）", "加大稳岗返还力度"), t(D, "1", "加大稳岗返还力度"), "duplicate", ""),
    (t(C, "1", "加大稳岗返还力度"), t(D, "1", "加大稳岗返还力度"), "duplicate", ""),
    # public kindergartens: the same sentence with each level's own figures
    (t(P, "（五）", "新建改扩建公办幼儿园"), t(C, "5", "新建改扩建公办幼儿园"), "duplicate", "own figures, 全省/全市, 省级/市级"),
    (t(P, "（五）", "新建改扩建公办幼儿园"), t(D, "4", "新建改扩建公办幼儿园"), "duplicate", ""),
    (t(C, "5", "新建改扩建公办幼儿园"), t(D, "4", "新建改扩建公办幼儿园"), "duplicate", ""),
    # traineeships: the city's wording repeated by the district; the province's in other words
    (t(C, "4", "组织青年就业见习"), t(D, "3", "组织青年就业见习"), "duplicate", ""),
    (t(P, "（三）", "扩大就业见习规模"), t(C, "4", "组织青年就业见习"), "overlap", "traineeships with a subsidy"),
    (t(P, "（三）", "扩大就业见习规模"), t(D, "3", "组织青年就业见习"), "overlap", ""),
    # guarantees for small firms in other words
    (t(P, "（二）", "用好政府性融资担保支持小微企业"), t(C, "2", "支持小微企业融资担保"), "overlap", "low-fee guarantees"),
    # the same field, other measures
    (t(P, "（六）", "规范城镇小区配套幼儿园"), t(C, "6", "治理小区配套幼儿园"), "related", "new builds vs remediation"),
    (t(P, "（四）", "开展失业人员技能培训"), t(D, "2", "开展家门口就业服务"), "related", ""),
    (t(D, "5", "支持东岸镇中心幼儿园改扩建"), t(D, "6", "支持西岸镇中心幼儿园改扩建"), "related", "one template, two towns"),
    (t(D, "4", "新建改扩建公办幼儿园"), t(D, "5", "支持东岸镇中心幼儿园改扩建"), "related", "one plan"),
    (t(C, "5", "新建改扩建公办幼儿园"), t(D, "5", "支持东岸镇中心幼儿园改扩建"), "related", ""),
    # a plan and its division of work: every task restated, the third with edits
    (t(B, "（一）", "推行企业开办一日办结"), t(W, "1", "推行企业开办一日办结"), "duplicate", ""),
    (t(B, "（二）", "实施行政许可事项清单管理"), t(W, "2", "实施行政许可事项清单管理"), "duplicate", ""),
    (t(B, "（三）", "推进工程建设项目审批提速"), t(W, "3", "推进工程建设项目审批提速"), "duplicate", "restated with edits"),
    (t(B, "（四）", "支持临溪高新区建设标准厂房"), t(W, "4", "支持临溪高新区建设标准厂房"), "duplicate", ""),
    (t(B, "（五）", "支持临溪经开区建设标准厂房"), t(W, "5", "支持临溪经开区建设标准厂房"), "duplicate", ""),
    (t(B, "（六）", "健全政企沟通机制"), t(W, "6", "健全政企沟通机制"), "duplicate", ""),
    (t(B, "（四）", "支持临溪高新区建设标准厂房"), t(B, "（五）", "支持临溪经开区建设标准厂房"), "related", "one template, two parks"),
    (t(B, "（四）", "支持临溪高新区建设标准厂房"), t(W, "5", "支持临溪经开区建设标准厂房"), "related", ""),
    (t(B, "（五）", "支持临溪经开区建设标准厂房"), t(W, "4", "支持临溪高新区建设标准厂房"), "related", ""),
    (t(W, "4", "支持临溪高新区建设标准厂房"), t(W, "5", "支持临溪经开区建设标准厂房"), "related", ""),
    (t(B, "（一）", "推行企业开办一日办结"), t(B, "（二）", "实施行政许可事项清单管理"), "related", "one plan"),
]


def main():
    pairs = []
    for a, b, label, why in LABELS:
        p = {"a": a, "b": b, "label": label}
        if why:
            p["note"] = why
        pairs.append(p)
    print(json.dumps({"files": [P, C, D, B, W], "pairs": pairs}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
