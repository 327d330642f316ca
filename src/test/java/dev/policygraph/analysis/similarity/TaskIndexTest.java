package dev.policygraph.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The similarity engine on small hand-made plans: restatements, templates, twins, incremental updates. */
class TaskIndexTest {

    private static final String PRESCHOOL = "推进学前教育高标准优质普惠。建立公办园和普惠性幼儿园服务区制度，推进幼儿园保育教育质量"
            + "提升实验区建设和普惠性学前教育保障机制实验区建设。到2027年，普惠性幼儿园比例保持在95%以上，公办园在园幼儿占比"
            + "保持85%以上。";
    private static final String SPECIAL = "推进特殊教育全覆盖融合发展。加快提升全市特殊教育发展水平，建设国家特殊教育改革实验区。"
            + "到2027年，实现乡镇（街道）融合教育资源中心建设全覆盖，省特殊教育标准化学校全覆盖。";
    private static final String SCHOOL_SAFETY = "强化校园安全协同共治体系建设。压实校园安全属地、行业和主体责任，加强学校校内阵地联防、"
            + "校园周边联治、网络空间联控、社会面联管。";
    private static final String TEACHERS = "加强教育系统“三支队伍”建设。弘扬教育家精神，推进“学历攀登”和教师梯队培养，力争到2030年，"
            + "中小学高层次人才占比达到30%以上。加大高素质干部储备力度，推进“双带头人”工作室建设。";
    private static final String ZHENGZHOU = "在对外航权谈判中支持郑州机场利用第五航权，在平等互利的基础上允许外国航空公司承载经郑州至"
            + "第三国的客货业务，积极向国外航空公司推荐并引导申请进入中国市场的国外航空公司执飞郑州机场。";
    private static final String XIAN = ZHENGZHOU.replace("郑州", "西安");

    private static TaskText task(String id, String document, String text) {
        return new TaskText(id, document, text.substring(0, text.indexOf('。')), text);
    }

    /** The text as a PDF extraction renders it: half-width punctuation, spaces and line breaks inside the sentences. */
    private static String asPdf(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c == '，' ? ',' : c == '（' ? '(' : c == '）' ? ')' : c);
            if (i % 17 == 16) {
                b.append(" \n ");
            }
        }
        return b.toString();
    }

    @Test
    void aTaskRestatedInAnotherDocumentIsADuplicateWhateverItsSpacingAndPunctuation() {
        TaskIndex index = new TaskIndex();
        index.add(task("web/1", "web", PRESCHOOL));
        index.add(task("web/2", "web", SPECIAL));
        index.add(task("other/1", "other", SCHOOL_SAFETY));
        index.add(task("pdf/1", "pdf", asPdf(PRESCHOOL)));

        List<SimilarPair> pairs = index.allPairs();

        assertThat(pairs).extracting(SimilarPair::a, SimilarPair::b, SimilarPair::kind)
                .containsExactly(tuple("pdf/1", "web/1", PairKind.DUPLICATE));
        assertThat(pairs.get(0).score()).isGreaterThan(0.95).isLessThanOrEqualTo(1.0);
    }

    @Test
    void aDistrictRestatingItsCitysTaskWithItsOwnNameIsADuplicate() {
        TaskIndex index = new TaskIndex();
        index.add(task("city/1", "city", ZHENGZHOU));
        index.add(task("district/1", "district", XIAN));
        index.add(task("city/2", "city", TEACHERS));

        assertThat(index.allPairs()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PairKind.DUPLICATE);
            assertThat(p.score()).isBetween(Judge.DUPLICATE, 1.0);
        });
    }

    @Test
    void oneTemplateFilledInTwiceInsideOnePlanIsTwoMeasures() {
        TaskIndex index = new TaskIndex();
        index.add(task("plan/30", "plan", ZHENGZHOU));
        index.add(task("plan/31", "plan", XIAN));
        index.add(task("plan/1", "plan", TEACHERS));

        PairFeatures f = index.features("plan/30", "plan/31");
        assertThat(f.restated()).isGreaterThan(Judge.DUPLICATE);
        assertThat(f.text()).isGreaterThan(TaskIndex.RESTATEMENT_POSSIBLE);
        assertThat(index.allPairs()).isEmpty();
    }

    @Test
    void aPlanPrintingATaskTwiceHasADuplicateOfItsOwn() {
        TaskIndex index = new TaskIndex();
        index.add(task("plan/1", "plan", PRESCHOOL));
        index.add(task("plan/2", "plan", SPECIAL));
        index.add(task("plan/9", "plan", PRESCHOOL));

        assertThat(index.allPairs()).extracting(SimilarPair::a, SimilarPair::b, SimilarPair::kind)
                .containsExactly(tuple("plan/1", "plan/9", PairKind.DUPLICATE));
    }

    @Test
    void theSameMeasureInOtherWordsIsAnOverlapAndAnotherMeasureIsNothing() {
        String otherWords = "动态巩固学前教育普惠率。加快覆盖城乡、布局合理的学前教育公共服务体系建设，未来五年建成公办幼儿园20所，"
                + "力争建成国家学前教育普及普惠区，普惠性幼儿园覆盖率保持在90%以上。";
        TaskIndex index = new TaskIndex();
        index.add(task("a/1", "a", PRESCHOOL));
        index.add(task("a/2", "a", SPECIAL));
        index.add(task("a/3", "a", SCHOOL_SAFETY));
        index.add(task("b/1", "b", otherWords));
        index.add(task("b/2", "b", TEACHERS));

        List<SimilarPair> pairs = index.allPairs();

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.a()).isEqualTo("a/1");
            assertThat(p.b()).isEqualTo("b/1");
            assertThat(p.kind()).isEqualTo(PairKind.OVERLAP);
            assertThat(p.score()).isBetween(Judge.OVERLAP, 1.0);
        });
        assertThat(index.features("a/2", "b/2").text()).isLessThan(Judge.OVERLAP);
    }

    /** A task on guarantee funds in an employment plan (国发〔2018〕39号 (二)) and a whole plan on them (国办发〔2019〕6号). */
    private static final String GUARANTEE_FOR_JOBS = "发挥政府性融资担保机构作用支持小微企业。充分发挥国家融资担保基金作用,引导更多金融资源支持"
            + "创业就业。各地政府性融资担保基金应优先为符合条件的小微企业提供低费率的担保支持,提高小微企业贷款可获得性。";
    private static final String[] GUARANTEE_PLAN = {
        "明确支持范围。各级政府性融资担保、再担保机构要合理界定服务对象范围,聚焦小微企业、个体工商户、农户、新型农业经营主体等小微"
            + "企业和“三农”主体,以及符合条件的战略性新兴产业企业。",
        "聚焦重点对象。各级政府性融资担保、再担保机构要重点支持单户担保金额500万元及以下的小微企业和“三农”主体,优先为贷款信用"
            + "记录和有效抵质押品不足但产品有市场、项目有前景、技术有竞争力的小微企业和“三农”主体融资提供担保增信。",
        "发挥再担保功能。国家融资担保基金和省级担保、再担保基金(机构)要积极为符合条件的融资担保业务提供再担保,向符合条件的担保、"
            + "再担保机构注资,充分发挥增信分险作用。",
        "引导降费让利。各级政府性融资担保、再担保机构要在可持续经营的前提下,适时调降再担保费率,引导合作机构逐步将平均担保费率降至"
            + "1%以下。",
        "防止风险转嫁。各级政府性融资担保机构要严格审核有银行贷款记录的小微企业和“三农”主体的担保申请,防止银行业金融机构将应由"
            + "自身承担的贷款风险转由融资担保、再担保机构承担。",
        "提升服务能力。各级政府性融资担保、再担保机构要充分发挥信用中介作用,针对小微企业和“三农”主体的信用状况和个性化融资需求,"
            + "提供融资规划、贷款申请、担保手续等方面的专业辅导。"};

    @Test
    void aTaskAgainstAWholePlanOnItsSubjectOverlapsOnlyTheTasksThatStandOut() {
        TaskIndex index = new TaskIndex();
        index.add(task("jobs/2", "jobs", GUARANTEE_FOR_JOBS));
        index.add(task("jobs/7", "jobs", SCHOOL_SAFETY));
        for (int i = 0; i < GUARANTEE_PLAN.length; i++) {
            index.add(task("fund/" + i, "fund", GUARANTEE_PLAN[i]));
        }
        index.add(task("other/1", "other", PRESCHOOL));
        index.add(task("other/2", "other", SPECIAL));
        index.add(task("other/3", "other", TEACHERS));

        // the subject raises the cosine of the task with every task of the plan: most pass the overlap threshold
        double strongest = 0;
        List<String> aboveThreshold = new java.util.ArrayList<>();
        for (int i = 0; i < GUARANTEE_PLAN.length; i++) {
            double text = index.features("jobs/2", "fund/" + i).text();
            strongest = Math.max(strongest, text);
            if (text >= Judge.OVERLAP) {
                aboveThreshold.add("fund/" + i);
            }
        }
        assertThat(aboveThreshold).hasSizeGreaterThanOrEqualTo(4);

        List<String> overlapping = index.allPairs().stream().filter(p -> p.b().equals("jobs/2")).map(SimilarPair::a)
                .toList();
        double best = strongest;
        assertThat(overlapping).isNotEmpty().hasSizeLessThan(aboveThreshold.size()).allSatisfy(id ->
                assertThat(index.features("jobs/2", id).text()).isGreaterThanOrEqualTo(Judge.RIVAL_SHARE * best));
        // asked for the employment plan alone (a plan ingested after the fund's), the answer is the same
        assertThat(index.pairsOf("jobs")).filteredOn(p -> p.b().equals("jobs/2")).extracting(SimilarPair::a)
                .containsExactlyElementsOf(overlapping);
    }

    @Test
    void twoPlansThatAlignMeasureForMeasureKeepEveryPair() {
        TaskIndex index = new TaskIndex();
        index.add(task("city/1", "city", PRESCHOOL));
        index.add(task("city/2", "city", SPECIAL));
        index.add(task("city/3", "city", SCHOOL_SAFETY));
        index.add(task("district/1", "district", "动态巩固学前教育普惠率。加快覆盖城乡、布局合理的学前教育公共服务体系建设，"
                + "未来五年建成公办幼儿园20所，普惠性幼儿园覆盖率保持在90%以上。"));
        index.add(task("district/2", "district", "加快促进特殊教育优质发展。大力发展融合教育，建好乡镇融合教育资源中心，"
                + "适龄残疾儿童义务教育入学率达到97%以上。"));
        index.add(task("district/3", "district", "加强校园安全管理。落实校园安全主体责任，开展校园周边环境综合治理，建设平安校园。"));

        assertThat(index.allPairs()).extracting(SimilarPair::a, SimilarPair::b, SimilarPair::kind)
                .containsExactlyInAnyOrder(
                        tuple("city/1", "district/1", PairKind.OVERLAP),
                        tuple("city/2", "district/2", PairKind.OVERLAP),
                        tuple("city/3", "district/3", PairKind.OVERLAP));
    }

    @Test
    void plansOnOneSubjectShareASubjectAndPlansOnOthersDoNot() {
        TaskIndex index = new TaskIndex();
        index.add(task("city/1", "city", PRESCHOOL));
        index.add(task("city/2", "city", SPECIAL));
        index.add(task("city/3", "city", TEACHERS));
        index.add(task("district/1", "district", "动态巩固学前教育普惠率。加快覆盖城乡、布局合理的学前教育公共服务体系建设，"
                + "未来五年建成公办幼儿园20所，普惠性幼儿园覆盖率保持在90%以上。"));
        index.add(task("district/2", "district", "加快促进特殊教育优质发展。大力发展融合教育，建好乡镇融合教育资源中心，"
                + "适龄残疾儿童义务教育入学率达到97%以上。"));
        for (int i = 0; i < GUARANTEE_PLAN.length; i++) {
            index.add(task("fund/" + i, "fund", GUARANTEE_PLAN[i]));
        }

        assertThat(index.subject("city", "district")).isGreaterThan(Judge.SHARED_SUBJECT);
        assertThat(index.subject("district", "city")).isEqualTo(index.subject("city", "district"));
        assertThat(index.subject("city", "fund")).isLessThan(Judge.SHARED_SUBJECT);
        assertThat(index.subject("fund", "fund")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void acrossPlansOnOtherSubjectsOnlyAStrongOverlapCounts() {
        PairFeatures standsOut = new PairFeatures(0, 0.15, false, true, 0.15, 1);
        assertThat(Judge.kind(standsOut)).isEqualTo(PairKind.OVERLAP);
        assertThat(Judge.asksSubject(standsOut)).isTrue();
        assertThat(Judge.kind(standsOut.withSubject(Judge.SHARED_SUBJECT / 2))).isNull();
        assertThat(Judge.kind(standsOut.withSubject(Judge.SHARED_SUBJECT))).isEqualTo(PairKind.OVERLAP);

        PairFeatures strong = new PairFeatures(0, Judge.OVERLAP_OTHER_SUBJECT, false, true, 0.2, 0);
        assertThat(Judge.asksSubject(strong)).isFalse();
        assertThat(Judge.kind(strong)).isEqualTo(PairKind.OVERLAP);
        // a plan copying a task of a plan on another subject still duplicates it
        assertThat(Judge.kind(new PairFeatures(0.8, 0.9, false, true, 0.9, 0))).isEqualTo(PairKind.DUPLICATE);
    }

    @Test
    void aPairThatOneTaskCarriesBesideAStrongerMatchIsAnOverlap() {
        double rival = 0.3;
        double second = Judge.OVERLAP_CARRIED + 0.02;
        PairFeatures beaten = new PairFeatures(0, second, false, true, rival, 1);
        assertThat(second).isLessThan(Judge.RIVAL_SHARE * rival);
        assertThat(Judge.kind(beaten)).isNull();
        assertThat(Judge.asksCarried(beaten)).isTrue();
        assertThat(Judge.kind(beaten.withCarried(true))).isEqualTo(PairKind.OVERLAP);
        // it still needs a clear cosine, a share of the strongest match, plans on one subject, and two plans
        assertThat(Judge.kind(new PairFeatures(0, Judge.OVERLAP_CARRIED * 0.95, false, true, rival, 1).withCarried(true)))
                .isNull();
        assertThat(Judge.kind(new PairFeatures(0, second, false, true, second / (Judge.CARRIED_SHARE * 0.95), 1)
                .withCarried(true))).isNull();
        assertThat(Judge.kind(beaten.withCarried(true).withSubject(Judge.SHARED_SUBJECT / 2))).isNull();
        assertThat(Judge.kind(new PairFeatures(0, second, true, true, rival, 1).withCarried(true))).isNull();
        assertThat(Judge.asksCarried(new PairFeatures(0, second, false, true, second, 1))).isFalse();
    }

    /** The tasks of 国发〔2019〕3号 (综合保税区), four. to 四、(二) 9., without their lead units. */
    private static List<String> bondedZonePlan() throws java.io.IOException {
        List<String> tasks = new java.util.ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("src/test/resources/overlap/corpus/06_guofa2019-3_zonghe_baoshuiqu.txt"))) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([1-9])\\.(.*?)（[^（]*负责.*$").matcher(line);
            if (m.matches()) {
                tasks.add(m.group(2));
            }
        }
        return tasks;
    }

    /**
     * A restating plan's task that merges two measures of the national plan (written for this test: a city's 统筹两个市场
     * task with the national 1. 拓展两个市场 and 2. 提前适用政策): it overlaps both, though the weaker of the two is beaten by
     * the stronger by the rival rule.
     */
    @Test
    void aTaskThatMergesTwoMeasuresOfAnotherPlanOverlapsBoth() throws Exception {
        List<String> plan = bondedZonePlan();
        assertThat(plan).hasSize(9);
        TaskIndex index = new TaskIndex();
        for (int i = 0; i < plan.size(); i++) {
            index.add(task("national/" + (i + 1), "national", plan.get(i)));
        }
        index.add(task("city/1", "city", "统筹两个市场，做强加工制造。引导兼顾内外销的制造企业入驻综合保税区，在区内稳妥推开增值税"
                + "一般纳税人资格试点；入区企业进口自用的机器设备享受区内税收政策。"));
        index.add(task("city/2", "city", SCHOOL_SAFETY));

        PairFeatures stronger = index.features("city/1", "national/1");
        PairFeatures weaker = index.features("city/1", "national/2");
        assertThat(weaker.text()).isLessThan(Judge.RIVAL_SHARE * stronger.text())
                .isGreaterThanOrEqualTo(Judge.OVERLAP_CARRIED);
        assertThat(index.allPairs()).extracting(SimilarPair::a, SimilarPair::b, SimilarPair::kind)
                .containsExactlyInAnyOrder(tuple("city/1", "national/1", PairKind.OVERLAP),
                        tuple("city/1", "national/2", PairKind.OVERLAP));
    }

    @Test
    void twoTasksThatAreEachOthersStrongestMatchOverlapUnderTheOverlapThreshold() {
        double weak = (Judge.OVERLAP_MUTUAL + Judge.OVERLAP) / 2;
        assertThat(Judge.kind(new PairFeatures(0, weak, false, true, weak, 1))).isEqualTo(PairKind.OVERLAP);
        // not when either task matches another task of the other's document better
        assertThat(Judge.kind(new PairFeatures(0, weak, false, true, weak * 1.01, 1))).isNull();
        assertThat(Judge.kind(new PairFeatures(0, Judge.OVERLAP_MUTUAL * 0.99, false, true, 0, 1))).isNull();
        // inside one plan the bar stays
        assertThat(Judge.kind(new PairFeatures(0, weak, true, true, weak, 1))).isNull();
    }

    @Test
    void twoRenderingsOfOnePlanAreJudgedAsOnePlan() {
        String basic = "打造一批区域领先、省内一流的基础教育名校。以实验幼儿园为龙头打造5所以上城市特色品牌幼儿园，打造10所以上"
                + "义务教育城市特色品牌名校。";
        String vocational = "打造一批区域领先、省内一流的职业教育名校。着力推动中职学校形成优势学科和专业，全面提升中等职业教育办学"
                + "水平。";
        TaskIndex index = new TaskIndex();
        index.add(task("web/1", "web", basic));
        index.add(task("web/2", "web", vocational));
        index.add(task("pdf/1", "pdf", asPdf(basic)));
        index.add(task("pdf/2", "pdf", asPdf(vocational)));
        index.add(task("other/1", "other", TEACHERS));
        // the sibling headings share their template: across two plans that would be an overlap
        assertThat(index.features("web/1", "pdf/2").text()).isGreaterThan(Judge.OVERLAP);

        assertThat(index.allPairs()).extracting(SimilarPair::a, SimilarPair::b, SimilarPair::kind)
                .containsExactlyInAnyOrder(
                        tuple("pdf/1", "web/1", PairKind.DUPLICATE),
                        tuple("pdf/2", "web/2", PairKind.DUPLICATE));
    }

    @Test
    void aLowerPlanRestatingAHigherPlansTaskWithItsOwnFiguresAndLevelIsADuplicate() {
        String province = "新建改扩建公办幼儿园。到2026年，全省新建改扩建公办幼儿园200所，新增学位3万个，省级示范幼儿园达到150所。";
        String city = "新建改扩建公办幼儿园。到2026年，全市新建改扩建公办幼儿园25所，新增学位4500个，市级示范幼儿园达到18所。";
        assertThat(Features.restatement(Features.normalize(province)))
                .isEqualTo(Features.restatement(Features.normalize(city)));
        // a place name is not a level word: a template filled in for two places stays two texts
        assertThat(Features.restatement(Features.normalize(ZHENGZHOU)))
                .isNotEqualTo(Features.restatement(Features.normalize(XIAN)));
        TaskIndex index = new TaskIndex();
        index.add(task("province/1", "province", province));
        index.add(task("province/2", "province", SPECIAL));
        index.add(task("city/1", "city", city));
        index.add(task("city/2", "city", SCHOOL_SAFETY));

        assertThat(index.features("province/1", "city/1").restated()).isGreaterThan(Judge.DUPLICATE_SAME_PLAN);
        assertThat(index.allPairs()).extracting(SimilarPair::a, SimilarPair::b, SimilarPair::kind)
                .containsExactly(tuple("city/1", "province/1", PairKind.DUPLICATE));
    }

    @Test
    void aPlansDivisionOfWorkThatRestatesATaskWithEditsKeepsItAsADuplicateButNotItsTemplateSiblings() {
        String open = "推行企业开办一日办结。整合营业执照、公章刻制、银行开户、税务登记和社保登记，企业开办全流程一个环节、一天办结、零成本。";
        String permits = "实施行政许可事项清单管理。编制并公布市、县两级行政许可事项清单，清单之外不得实施行政许可，对清单内事项逐项制定"
                + "实施规范。";
        String hiTech = "支持临溪高新区建设标准厂房。支持临溪高新区建设标准厂房20万平方米，对入驻的中小企业给予三年租金减半。";
        String industrial = "支持临溪经开区建设标准厂房。支持临溪经开区建设标准厂房30万平方米，对入驻的中小企业给予三年租金减半。";
        String talks = "健全政企沟通机制。建立市领导联系重点企业制度，每季度召开政企座谈会，企业诉求实行台账管理、限时办结、结果反馈。";
        String approvals = "推进工程建设项目审批提速。社会投资小型低风险项目从立项到取得施工许可不超过15个工作日，推行联合验收和区域评估。";
        String edited = "推进工程建设项目审批提速。社会投资小型低风险项目从立项到取得施工许可压减至15个工作日以内，全面推行联合验收。";
        TaskIndex index = new TaskIndex();
        List<String> plan = List.of(open, permits, hiTech, industrial, talks, approvals);
        for (int i = 0; i < plan.size(); i++) {
            index.add(task("plan/" + (i + 1), "plan", plan.get(i)));
            index.add(task("division/" + (i + 1), "division", i < 5 ? plan.get(i) : edited));
        }
        PairFeatures restatedWithEdits = index.features("plan/6", "division/6");
        assertThat(restatedWithEdits.restated()).isBetween(Judge.DUPLICATE, Judge.DUPLICATE_SAME_PLAN);
        assertThat(restatedWithEdits.bothSidesDiffer()).isTrue();
        // the two parks' template reads as a restatement too once the figures are left out
        assertThat(index.features("plan/3", "division/4").restated()).isGreaterThanOrEqualTo(Judge.DUPLICATE);

        assertThat(index.allPairs()).extracting(SimilarPair::a, SimilarPair::b, SimilarPair::kind)
                .containsExactlyInAnyOrder(
                        tuple("division/1", "plan/1", PairKind.DUPLICATE),
                        tuple("division/2", "plan/2", PairKind.DUPLICATE),
                        tuple("division/3", "plan/3", PairKind.DUPLICATE),
                        tuple("division/4", "plan/4", PairKind.DUPLICATE),
                        tuple("division/5", "plan/5", PairKind.DUPLICATE),
                        tuple("division/6", "plan/6", PairKind.DUPLICATE));
    }

    @Test
    void acrossRenderingsOfOnePlanOnlyEachOthersClosestMatchIsARestatementWithEdits() {
        PairFeatures closest = new PairFeatures(0.7, 0.8, false, true, 0.8, 1).asRenderings();
        assertThat(closest.samePlan()).isTrue();
        assertThat(Judge.kind(closest)).isEqualTo(PairKind.DUPLICATE);
        // a sibling of the task's own restatement in the other rendering
        assertThat(Judge.kind(new PairFeatures(0.7, 0.8, false, true, 0.99, 1).asRenderings())).isNull();
        // inside one document a restatement with edits is one template filled in twice
        assertThat(Judge.kind(new PairFeatures(0.7, 0.8, true, true, 0.8, 1))).isNull();
    }

    @Test
    void aDocumentsPairsAreRecomputedWhenItIsReplacedAndGoneWhenItIsDeleted() {
        TaskIndex index = new TaskIndex();
        index.add(task("stored/1", "stored", PRESCHOOL));
        index.add(task("stored/2", "stored", SPECIAL));
        index.add(task("stored/3", "stored", SCHOOL_SAFETY));
        index.add(task("new/1", "new", asPdf(SPECIAL)));
        assertThat(index.pairsOf("new")).extracting(SimilarPair::a, SimilarPair::b)
                .containsExactly(tuple("new/1", "stored/2"));

        assertThat(index.removeDocument("new")).isEqualTo(1);
        index.add(task("new/1", "new", asPdf(SCHOOL_SAFETY)));
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.pairsOf("new")).extracting(SimilarPair::a, SimilarPair::b)
                .containsExactly(tuple("new/1", "stored/3"));

        assertThat(index.removeDocument("new")).isEqualTo(1);
        assertThat(index.pairsOf("new")).isEmpty();
        assertThat(index.allPairs()).isEmpty();
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void addingATaskUnderAnIdAlreadyIndexedReplacesIt() {
        TaskIndex index = new TaskIndex();
        index.add(task("a/1", "a", PRESCHOOL));
        index.add(task("b/1", "b", asPdf(PRESCHOOL)));
        index.add(task("b/1", "b", TEACHERS));

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.allPairs()).isEmpty();
    }

    @Test
    void removingMoreTasksThanRemainCompactsThePostingsAndKeepsTheAnswers() {
        TaskIndex index = new TaskIndex();
        for (int i = 0; i < 1500; i++) {
            index.add(task("old/" + i, "old", SPECIAL.replace("2027", String.valueOf(1000 + i))));
        }
        index.add(task("a/1", "a", PRESCHOOL));
        index.add(task("b/1", "b", asPdf(PRESCHOOL)));
        index.add(task("b/2", "b", SCHOOL_SAFETY));

        assertThat(index.removeDocument("old")).isEqualTo(1500);

        assertThat(index.size()).isEqualTo(3);
        assertThat(index.allPairs()).extracting(SimilarPair::a, SimilarPair::b, SimilarPair::kind)
                .containsExactly(tuple("a/1", "b/1", PairKind.DUPLICATE));
        index.add(task("c/1", "c", SPECIAL));
        index.add(task("d/1", "d", asPdf(SPECIAL)));
        assertThat(index.pairsOf("d")).filteredOn(p -> p.kind() == PairKind.DUPLICATE)
                .extracting(SimilarPair::a, SimilarPair::b).containsExactly(tuple("c/1", "d/1"));
    }

    /**
     * The candidates an entry finds are kept until the index changes, so that the documents of one write, asked one
     * after the other, share them: each document's pairs must be those an index of the same tasks asked nothing before
     * gives, and after a change (a document added) those of an index built with it.
     */
    @Test
    void pairsAskedOneDocumentAfterAnotherAreThoseOfAFreshIndex() throws Exception {
        List<TaskText> tasks = new java.util.ArrayList<>();
        List<String> documents = new java.util.ArrayList<>();
        for (String folder : List.of("src/test/resources/overlap/corpus", "src/test/resources/measures")) {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
                for (java.nio.file.Path file : files.sorted().toList()) {
                    String document = file.getFileName().toString();
                    documents.add(document);
                    List<String> lines = java.nio.file.Files.readAllLines(file).stream().map(String::strip)
                            .filter(l -> l.length() >= 20).toList();
                    for (int i = 0; i < lines.size(); i++) {
                        tasks.add(new TaskText(document + "/" + i, document, null, lines.get(i)));
                    }
                }
            }
        }
        String last = documents.remove(documents.size() - 1);
        List<TaskText> before = tasks.stream().filter(t -> !t.document().equals(last)).toList();
        TaskIndex asked = new TaskIndex();
        asked.addAll(before);
        int found = 0;
        for (String document : documents) {
            List<SimilarPair> pairs = asked.pairsOf(document);
            TaskIndex fresh = new TaskIndex();
            fresh.addAll(before);
            assertThat(pairs).as(document).isEqualTo(fresh.pairsOf(document));
            found += pairs.size();
        }
        assertThat(found).isPositive();
        asked.addAll(tasks.stream().filter(t -> t.document().equals(last)).toList());
        TaskIndex fresh = new TaskIndex();
        fresh.addAll(tasks);
        for (String document : List.of(last, documents.get(0))) {
            assertThat(asked.pairsOf(document)).as(document).isEqualTo(fresh.pairsOf(document));
        }
    }

    /**
     * The index holds no vectors, only term numbers, counts and per-task lengths, and derives each weight when it
     * scores: the cosines must be bit for bit those of the explicit unit-length TF-IDF vectors (float components, as
     * held before), including for a task with a bigram counted more than 255 times (its weights kept as they are).
     */
    @Test
    void cosinesDerivedFromCountsAreThoseOfTheExplicitVectors() {
        List<TaskText> tasks = List.of(task("a/1", "a", PRESCHOOL), task("a/2", "a", SPECIAL),
                task("b/1", "b", asPdf(PRESCHOOL)), task("b/2", "b", SCHOOL_SAFETY), task("c/1", "c", TEACHERS),
                task("c/2", "c", ZHENGZHOU), task("d/1", "d", XIAN), task("d/2", "d", SPECIAL + TEACHERS),
                task("e/1", "e", "加强教育。" + "教育".repeat(300) + PRESCHOOL),
                task("e/2", "e", "推进教育。" + "教育".repeat(280) + SPECIAL));
        TaskIndex index = new TaskIndex();
        index.addAll(tasks);
        java.util.Map<Integer, Integer> df = new java.util.HashMap<>();
        List<Features> features = tasks.stream().map(t -> Features.of(t.title(), t.text())).toList();
        features.forEach(f -> java.util.Arrays.stream(f.grams).forEach(g -> df.merge(g, 1, Integer::sum)));
        assertThat(java.util.Arrays.stream(features.get(8).counts).max().orElse(0)).isGreaterThan(255);
        List<float[]> vectors = features.stream().map(f -> {
            float[] v = new float[f.grams.length];
            double sum = 0;
            for (int k = 0; k < v.length; k++) {
                double w = f.tf[k] * Math.log(1 + (double) tasks.size() / df.get(f.grams[k]));
                v[k] = (float) w;
                sum += w * w;
            }
            float norm = (float) Math.sqrt(sum);
            for (int k = 0; k < v.length; k++) {
                v[k] = norm == 0 ? 0 : v[k] / norm;
            }
            return v;
        }).toList();
        int compared = 0;
        for (int x = 0; x < tasks.size(); x++) {
            for (int y = x + 1; y < tasks.size(); y++) {
                int[] ga = features.get(x).grams;
                int[] gb = features.get(y).grams;
                double dot = 0;
                for (int i = 0, j = 0; i < ga.length && j < gb.length; ) {
                    if (ga[i] < gb[j]) {
                        i++;
                    } else if (ga[i] > gb[j]) {
                        j++;
                    } else {
                        dot += vectors.get(x)[i++] * vectors.get(y)[j++];
                    }
                }
                double expected = Math.max(0, Math.min(1, dot));
                assertThat(index.textCosine(tasks.get(x).id(), tasks.get(y).id()))
                        .as("%s, %s", tasks.get(x).id(), tasks.get(y).id()).isEqualTo(expected);
                compared += expected > 0.1 ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(5);
    }
}
