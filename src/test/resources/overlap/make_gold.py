#!/usr/bin/env python3
"""Writes overlap.gold.json (the format of shared/eval/score_overlap.py) from the labels below.

The labels were made by reading the plans, not from any detector's output. 000 and 002 are the web text and the
PDF text of one plan, so every pair that names a task of 000 is written for 002 as well. Rules (README.md here):
duplicate = the same task restated in near-identical wording; overlap = the two tasks commit to the same measure
(same action on the same object) in other words, also when one task carries the other's measure as a main part;
related = the same field but different measures (listed as hard negatives: predicting them is a false positive).
usage: python3 make_gold.py > overlap.gold.json
"""
import json

SEEDS = ["000_f9e1bd7774fd9019.txt", "001_4f52e4ea8ed90206.txt", "002_edfc64f43b48f390.txt",
         "003_894bd063f7a1d970.txt", "004_17aa41a902222470.txt"]
CORPUS = ["01_guofa2018-39_cujin_jiuye.txt", "03_guobanfa2018-123_zhengwu_xinmeiti_rawhtml.txt",
          "04_guobanfa2018-129_xiaofei_fupin.txt", "05_guofa2018-38_zimaoqu_gaige.txt",
          "06_guofa2019-3_zonghe_baoshuiqu.txt", "07_guobanfa2018-121_tiyu_jingsai.txt",
          "08_guofa2019-5_shuangsuiji.txt", "10_guobanfa2019-6_rongzi_danbao.txt",
          "11_guobanfa2019-3_xiaoqu_youeryuan.txt"]

P_TITLES = {
    ("二、（一）", "1"): "打造一批区域领先、省内一流的基础教育名校",
    ("二、（一）", "2"): "打造一批区域领先、省内一流的职业教育名校",
    ("二、（一）", "3"): "打造两所高质量发展的高水平高等学校",
    ("二、（一）", "4"): "打造一支高素质名师名校长领航教师队伍",
    ("二、（一）", "5"): "打造两个教育高质量发展示范县（区）",
    ("二、（一）", "6"): "打造两个区域教育高地展示区",
    ("二、（二）", "1"): "打造区域教育资源中心",
    ("二、（二）", "2"): "打造区域教育质量中心",
    ("二、（二）", "3"): "打造区域教育改革中心",
    ("二、（三）", "1"): "推动学前教育优质普惠发展",
    ("二、（三）", "2"): "推动义务教育优质均衡发展",
    ("二、（三）", "3"): "推动普通高中教育优质特色发展",
    ("二、（三）", "4"): "推动中等职业教育高质量产教融合发展",
    ("二、（三）", "5"): "推动高等教育高质量产教研结合发展",
    ("二、（三）", "6"): "推动民办教育高质量多元规范发展",
    ("二、（三）", "7"): "推动继续教育高质量开放持续发展",
}
B_TITLES = {1: "健全党建工作责任落实体系", 2: "推进中小学校领导体制改革", 3: "持续打造学校思想政治教育品牌",
            4: "推动大中小学思政课一体化建设", 5: "全面加强学生心理健康教育", 6: "开展铸牢中华民族共同体意识教育",
            7: "健全完善工作机制", 8: "提升网络意识形态工作能力", 9: "推动体教融合发展", 10: "夯实学校体育美育发展基础",
            11: "完善劳动教育体系建设", 12: "强化家校协同育人", 13: "实施办学条件达标工程", 14: "推进各类职业学校协调发展",
            15: "完善现代职业教育发展体系", 16: "提升服务地方经济发展能力", 17: "保障职业教育教师待遇",
            18: "提高职业教育教师质量", 19: "加强幼儿教师队伍建设", 20: "新建改扩建公办幼儿园",
            21: "加大普惠性民办幼儿园扶持力度", 22: "提升特殊教育保障能力", 23: "推动特殊教育拓展融合",
            24: "加强优质资源共建共享", 25: "推进数字校园建设", 26: "提升教育管理信息化水平", 27: "提升师生信息化应用能力",
            28: "补充学前教育教师", 29: "组织大学生援边支教（实习）", 30: "组织新高考“3+1+2”全学科送教", 31: "支持改善办学条件"}
Q_TITLES = {1: "优化区域教育资源科学配置", 2: "开展高铁新城教育现代化综合改革", 3: "推进乡镇（村）学校资源优化提升",
            4: "推进学前教育高标准优质普惠", 5: "推进义务教育高水平优质均衡", 6: "推进普高教育高质量夯基强优",
            7: "推进特殊教育全覆盖融合发展", 8: "推进终身教育社区化灵活开放", 9: "深化职业教育市域统筹新布局",
            10: "探索产教人才定制新模式", 11: "强化育训并举服务新体系", 12: "全面扩展高校办学空间", 13: "全面做强做优特色学科",
            14: "加强高校对外开放合作", 15: "加强教育系统“三支队伍”建设", 16: "优化高层次教育人才引进机制",
            17: "深化教育人才管理体制改革", 18: "强化“党建引领”全覆盖", 19: "创新拓宽立德树人实践路径",
            20: "培养五育并举时代新人", 21: "探索推进区域教育数字化变革", 22: "完善激发学校办学活力新机制",
            23: "完善教育评价改革新标准", 24: "强化校园安全协同共治体系建设"}
N_TITLES = {1: "坚持党的全面领导", 2: "坚持把德育放在更加重要的位置", 3: "深入推进核心素养导向的课堂教学改革",
            4: "全面提高学生体质健康水平", 5: "多措并举提升学生美育素养", 6: "强化劳动教育的综合育人功能",
            7: "提高学生科技创新实践能力", 8: "完善现代教育治理机制", 9: "深化教育评价综合改革", 10: "深化教育集团办学改革",
            11: "动态巩固学前教育普惠率", 12: "积极推进义务教育优质均衡发展", 13: "持续深化普通高中多样化特色发展",
            14: "全面推动职业教育产教城融合发展", 15: "加快促进特殊教育优质发展", 16: "全力推动高等教育服务区域发展",
            17: "大力扩展优质资源覆盖面", 18: "着力加强教育新型基础设施建设", 19: "持续优化师资配置", 20: "提升教师队伍综合素养",
            21: "加强干部队伍建设", 22: "建设南岸新型教育智库", 23: "巩固校外培训教育规范治理成效",
            24: "共建政校家社协同育人新生态", 25: "深化教育对外开放合作"}


def P(sec, n):
    """A task of the Panzhihua plan: expanded to 000 and 002."""
    sec = {"1": "二、（一）", "2": "二、（二）", "3": "二、（三）"}[sec]
    return [{"file": f, "section": sec, "number": str(n), "title": P_TITLES[(sec, str(n))]} for f in (SEEDS[0], SEEDS[2])]


def B(n):
    return [{"file": SEEDS[1], "number": str(n), "title": B_TITLES[n]}]


def Q(n):
    return [{"file": SEEDS[3], "number": str(n), "title": Q_TITLES[n]}]


def N(n):
    return [{"file": SEEDS[4], "number": str(n), "title": N_TITLES[n]}]


def C(prefix, number, title, section=None):
    f = next(c for c in CORPUS if c.startswith(prefix + "_"))
    t = {"file": f, "number": number, "title": title}
    if section:
        t["section"] = section
    return [t]


# (a, b, label, confidence, why)
LABELS = [
    # pre-school: inclusive, quality pre-school provision
    (P("3", 1), Q(4), "overlap", "high", "inclusive quality pre-school (普惠, 优质)"),
    (P("3", 1), N(11), "overlap", "high", "inclusive pre-school, curriculum made regular (课程规范化)"),
    (Q(4), N(11), "overlap", "high", "inclusive pre-school rate kept high"),
    (B(20), N(11), "overlap", "medium", "build public kindergartens"),
    (B(19), B(28), "overlap", "high", "one plan: supplement pre-school teachers twice"),
    (C("11", "1", "城镇小区严格依标配建幼儿园", "二、"), B(20), "overlap", "high",
     "cascade: 001 restates the national rule on kindergartens of residential areas"),
    (B(20), Q(4), "related", "", "building public kindergartens vs inclusive service zones"),
    (B(21), Q(4), "related", "", ""),
    (B(21), N(11), "related", "", ""),
    (B(20), P("3", 1), "related", "", ""),
    (B(21), B(20), "related", "", ""),
    (C("11", "3", "规范小区配套幼儿园使用", "二、"), B(21), "related", "", ""),
    (C("11", "2", "确保小区配套幼儿园如期移交", "二、"), B(20), "related", "", ""),
    # compulsory education: quality balance
    (P("3", 2), Q(5), "overlap", "high", "优质均衡"),
    (P("3", 2), N(12), "overlap", "high", "优质均衡"),
    (Q(5), N(12), "overlap", "high", "优质均衡"),
    (P("3", 2), N(3), "related", "", "course reform and lighter burden vs classroom reform"),
    # general high school: diversified, featured development
    (P("3", 3), Q(6), "overlap", "high", "普通高中特色发展"),
    (P("3", 3), N(13), "overlap", "high", "普通高中特色发展, 选课走班"),
    (Q(6), N(13), "overlap", "high", "普通高中特色发展"),
    (P("1", 1), N(13), "related", "", ""),
    # special education
    (Q(7), B(22), "overlap", "medium", "special education resource centres everywhere"),
    (Q(7), B(23), "overlap", "high", "integrated (融合) special education"),
    (Q(7), N(15), "overlap", "high", "special education development, 融合教育"),
    (B(23), N(15), "overlap", "high", "融合教育, pre-school special education"),
    (B(22), N(15), "overlap", "medium", "special education development"),
    (B(22), B(23), "related", "", "one plan: support capacity vs integration"),
    # vocational education
    (P("3", 4), N(14), "overlap", "high", "产教融合, 中高衔接"),
    (P("3", 4), B(16), "overlap", "medium", "产教融合"),
    (P("3", 4), Q(10), "overlap", "medium", "产教融合"),
    (P("3", 4), Q(9), "overlap", "medium", "中高职一体化"),
    (P("3", 4), B(15), "overlap", "medium", "中高衔接, 职业体验"),
    (N(14), B(16), "overlap", "medium", "产教融合"),
    (N(14), Q(10), "overlap", "medium", "校企合作, 学徒制"),
    (N(14), Q(9), "overlap", "medium", "中高职贯通"),
    (N(14), B(15), "overlap", "medium", "中高职贯通"),
    (Q(10), B(16), "overlap", "medium", "产教融合"),
    (Q(9), B(15), "overlap", "high", "五年一贯制, 纵向贯通"),
    (Q(9), B(14), "overlap", "medium", "中职 consolidated, 中职 to 高职"),
    (P("1", 2), Q(9), "overlap", "medium", "quality vocational schools and specialities"),
    (P("1", 2), B(16), "overlap", "medium", "quality vocational schools and specialities"),
    (B(14), B(15), "related", "", "one plan"),
    (B(13), N(14), "related", "", "training bases"),
    (P("1", 2), P("3", 4), "related", "", "one plan"),
    # higher education
    (P("1", 3), Q(12), "overlap", "high", "more room for universities, a higher level"),
    (P("3", 5), Q(13), "overlap", "medium", "特色专业 / 特色学科"),
    (P("3", 5), N(16), "related", "", ""),
    (Q(14), N(25), "related", "", ""),
    # lifelong / continuing education
    (P("3", 7), Q(8), "overlap", "medium", "继续教育 / 终身教育 open to citizens"),
    (P("3", 7), Q(11), "related", "", ""),
    # teachers
    (P("1", 4), N(20), "overlap", "high", "骨干教师梯队, 名师工作室"),
    (P("1", 4), Q(15), "overlap", "medium", "教师梯队培养"),
    (Q(15), N(20), "overlap", "medium", "teacher ladder training"),
    (N(19), Q(16), "overlap", "medium", "高层次教育人才引进"),
    (Q(17), N(20), "overlap", "medium", "县管校聘 / 区管校聘"),
    (Q(17), N(19), "overlap", "medium", "teacher posts (编制)"),
    (B(19), N(19), "overlap", "medium", "spare teacher posts for kindergartens"),
    (B(18), N(20), "related", "", ""),
    (B(18), P("1", 4), "related", "", ""),
    (B(28), N(19), "related", "", ""),
    (P("1", 4), N(21), "related", "", ""),
    (Q(16), Q(17), "related", "", "one plan"),
    (N(19), N(20), "related", "", "one plan"),
    # party building
    (B(2), Q(18), "overlap", "high", "党组织领导的校长负责制"),
    (B(2), N(1), "overlap", "high", "党组织领导的校长负责制"),
    (Q(18), N(1), "overlap", "high", "党组织领导的校长负责制"),
    (B(1), Q(18), "related", "", ""),
    (B(1), N(1), "related", "", ""),
    (B(7), Q(18), "related", "", ""),
    # ideological and moral education
    (B(4), Q(19), "overlap", "high", "大中小学思政课一体化"),
    (B(4), N(2), "overlap", "high", "大中小幼思想政治教育一体化"),
    (Q(19), N(2), "overlap", "high", "思政一体化"),
    (B(5), N(2), "overlap", "medium", "心理辅导室, mental health education"),
    (B(3), Q(19), "related", "", ""),
    (B(3), B(4), "related", "", "one plan"),
    # sport, arts, labour, family
    (B(9), N(4), "overlap", "high", "体教融合, school football"),
    (B(10), N(4), "overlap", "medium", "体质健康监测 / 管理"),
    (B(10), N(5), "overlap", "medium", "arts shows, 美育"),
    (B(11), N(6), "overlap", "high", "劳动教育"),
    (Q(20), N(4), "overlap", "medium", "PE reform, school football"),
    (Q(20), N(5), "overlap", "medium", "美育 reform"),
    (Q(20), B(9), "overlap", "medium", "school football, PE"),
    (Q(20), B(10), "overlap", "medium", "体育美育"),
    (B(12), N(24), "overlap", "high", "家校协同育人, 家长学校"),
    (Q(20), B(11), "related", "", ""),
    (Q(20), N(6), "related", "", ""),
    (B(9), B(10), "related", "", "one plan"),
    (B(5), N(24), "related", "", ""),
    # digital education
    (B(26), N(18), "overlap", "high", "智慧教育平台"),
    (B(26), Q(21), "overlap", "medium", "education data platform"),
    (Q(21), N(18), "overlap", "medium", "智慧教育"),
    (B(25), N(18), "overlap", "medium", "digital infrastructure of schools"),
    (P("2", 1), B(24), "overlap", "medium", "优质教育资源共享"),
    (P("2", 1), Q(21), "related", "", ""),
    (B(24), N(17), "related", "", ""),
    # evaluation, governance
    (Q(23), N(9), "overlap", "high", "学校发展性评价"),
    (Q(22), N(8), "overlap", "high", "现代学校制度, 办学自主权, 督导"),
    (P("3", 3), Q(23), "related", "", ""),
    (N(3), N(23), "overlap", "medium", "one plan: 校外培训机构治理 twice"),
    (P("2", 3), N(25), "overlap", "medium", "regional education cooperation alliances"),
    (Q(5), N(10), "overlap", "medium",
     "集团化办学: 003/5 carries it as its main part (was related; corrected by the README's main-part rule)"),
    (Q(1), N(17), "related", "", ""),
    (B(31), N(17), "related", "", ""),
    (Q(24), N(8), "related", "", ""),
    (N(7), Q(2), "related", "", ""),
    (P("2", 2), P("3", 1), "related", "", "one plan: the quality communities"),
    (P("3", 6), B(21), "related", "", ""),
    # read when checking the pairs the detector predicted that no label named (pooling; the label is made by reading both tasks)
    (B(14), N(14), "overlap", "medium", "中职-高职 贯通 / 一体化, as N(14)-B(15) and Q(9)-B(14)"),
    (B(18), N(14), "related", "", "双师型 teachers vs 产教城融合"),
    (B(24), N(18), "related", "", "using the platforms' resources vs upgrading the district's platform"),
    (B(27), N(18), "related", "", "teachers' and pupils' IT skills vs infrastructure"),
    (P("2", 1), Q(1), "related", "", "a resource data centre vs allocating schools by population"),
    # national plans (corpus)
    (C("01", "（二）", "发挥政府性融资担保机构作用支持小微企业"), C("10", "（四）", "聚焦重点对象"), "overlap", "medium",
     "government guarantee funds give priority to small and micro enterprises"),
    (C("01", "（二）", "发挥政府性融资担保机构作用支持小微企业"), C("10", "（八）", "引导降费让利"), "overlap", "medium",
     "low guarantee fees for small and micro enterprises"),
    (C("01", "（二）", "发挥政府性融资担保机构作用支持小微企业"), C("10", "（三）", "明确支持范围"), "related", "", ""),
    (C("01", "（二）", "发挥政府性融资担保机构作用支持小微企业"), C("10", "（七）", "发挥再担保功能"), "related", "", ""),
    (C("10", "（八）", "引导降费让利"), C("10", "（九）", "实行差别费率"), "related", "", "one plan"),
    (C("10", "（五）", "回归担保主业"), C("10", "（六）", "加强业务引导"), "related", "", "one plan"),
    (C("05", "（二十五）", "支持自贸试验区试点汽车平行进口保税仓储业务"), C("06", "12", "试行汽车保税存储"), "overlap", "high",
     "bonded storage of imported cars"),
    (C("05", "（二十二）", "开展艺术品保税仓储"), C("06", "13", "促进文物回流"), "overlap", "medium",
     "bonded storage and display of works of art"),
    (C("05", "（十七）", "研究支持对海关特殊监管区域外的“两头在外”航空维修业态实行保税监管"), C("06", "14", "开展检测维修"),
     "related", "", ""),
    (C("05", "（十九）", "支持符合条件的自贸试验区开展汽车平行进口试点"),
     C("05", "（二十五）", "支持自贸试验区试点汽车平行进口保税仓储业务"), "related", "", "one plan"),
    (C("05", "（三十）", "在对外航权谈判中支持郑州机场利用第五航权"), C("05", "（三十一）", "在对外航权谈判中支持西安机场利用第五航权"),
     "related", "", "one template for two airports: two measures"),
    (C("07", "（十）", "鼓励创新创业"), C("01", "（四）", "支持创业载体建设"), "related", "", ""),
    (C("05", "（十九）", "支持符合条件的自贸试验区开展汽车平行进口试点"), C("06", "12", "试行汽车保税存储"), "related", "",
     "parallel imports vs bonded storage of cars"),
    (C("05", "（三十五）", "将台湾地区生产且经平潭口岸进口的第一类医疗器械的备案管理权限下放至福建省药品监督管理部门"),
     C("06", "9", "支持医疗设备研发"), "related", "", "filing devices for sale vs devices for research"),
    (C("01", "（二）", "发挥政府性融资担保机构作用支持小微企业"), C("10", "（二十二）", "简化担保要求"), "related", "", ""),
    (C("01", "（二）", "发挥政府性融资担保机构作用支持小微企业"), C("10", "（二十三）", "防止风险转嫁"), "related", "", ""),
    (C("01", "（二）", "发挥政府性融资担保机构作用支持小微企业"), C("10", "（二十四）", "提升服务能力"), "related", "", ""),
    (C("07", "（十八）", "持续推进“放管服”改革"), C("08", "（六）", "强化抽查检查结果公示运用", "三、"), "related", "", ""),
    (C("03", "（三）", "安全防护", "四、"), B(8), "related", "", ""),
]


# Tasks that no pair names but whose number repeats in a file where a labelled task has it: listed so that the scorer
# resolves them by their section instead of taking them for the labelled task (11 numbers 1-3 in 二、 and again in 三、).
UNPAIRED = [
    C("11", "1", "摸底排查", "三、"),
    C("11", "2", "全面整改", "三、"),
    C("11", "3", "监督评估", "三、"),
]


def main():
    pairs = []
    for a, b, label, conf, why in LABELS:
        for x in a:
            for y in b:
                p = {"a": x, "b": y, "label": label}
                if conf:
                    p["confidence"] = conf
                if why:
                    p["note"] = why
                pairs.append(p)
    # the 16 tasks of the Panzhihua plan, web text (000) against PDF text (002)
    for (sec, n) in P_TITLES:
        a, b = P({"二、（一）": "1", "二、（二）": "2", "二、（三）": "3"}[sec], n)
        pairs.append({"a": a, "b": b, "label": "duplicate", "confidence": "high",
                      "note": "web text and PDF text of one plan"})
    print(json.dumps({"files": SEEDS + CORPUS, "tasks": [t for ts in UNPAIRED for t in ts], "pairs": pairs},
                     ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
