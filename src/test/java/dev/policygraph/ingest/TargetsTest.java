package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quantified targets in the phrasings plans use: metric, comparator, value, unit, year. */
class TargetsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "到2027年,普惠性幼儿园比例保持在95%以上。                 | 普惠性幼儿园比例     | >= | 95     | %    | 2027",
        "到2025年,学前教育普及率保持100%。                       | 学前教育普及率       | =  | 100    | %    | 2025",
        "200人以下小规模学校控制在30所以内。                      | 200人以下小规模学校  | <= | 30     | 所   |",
        "每年开展职业教育培训3.5万人次以上。                      | 开展职业教育培训     | >= | 35000  | 人次 |",
        "新增高技能人才2000人以上。                              | 新增高技能人才       | >= | 2000   | 人   |",
        "培育劳动教育特色学校与基地30—50所(个)。                 | 培育劳动教育特色学校与基地 | >= | 30 | 所 |",
        "各县(市、区)建设1所以上的优质中职学校。                 | 优质中职学校         | >= | 1      | 所   |",
        "打造5所以上城市特色品牌幼儿园。                          | 城市特色品牌幼儿园   | >= | 5      | 所   |",
        "未来五年建成公办幼儿园20所。                             | 未来五年建成公办幼儿园 | = | 20     | 所   |",
        "各县(市、区)初中优质均衡校际差异系数小于0.35。           | 初中优质均衡校际差异系数 | < | 0.35 |      |",
        "新增校舍24万平方米。                                     | 新增校舍             | =  | 24     | 万平方米 |",
        "地方教育费附加收入用于职业教育的比例不低于30%。          | 地方教育费附加收入用于职业教育的比例 | >= | 30 | % |",
        "募集就业见习岗位3万个以上。                              | 募集就业见习岗位     | >= | 30000  | 个   |",
        "到2027年,覆盖率由2023年的85%提高到2027年的92%。          | 覆盖率               | >= | 92     | %    | 2027",
        "涉企现场检查频次较2024年压减15%—20%。                    | 涉企现场检查频次     | >= | 15     | %    |",
        "到2027年,全市托位总数在2024年基础上翻一番。              | 托位总数             | =  | 2      | 倍   | 2027",
        "孕产妇死亡率下降到12/10万以下。                           | 孕产妇死亡率         | <= | 12     | /10万 |",
        "打通中心城区“断头路”20条。                               | 打通中心城区“断头路” | =  | 20     | 条   |",
        "解决城市道路照明问题2500个。                              | 解决城市道路照明问题 | =  | 2500   | 个   |",
        "开办企业全流程办理时间压缩至1个工作日以内。              | 开办企业全流程办理时间 | <= | 1    | 个工作日 |",
        "近视率每年下降1个百分点。                                | 近视率               | =  | 1      | 个百分点 |",
        "开展分层分类培训,遴选种子教师200名。                     | 遴选种子教师         | =  | 200    | 名   |",
        "涉企行政检查次数较上年压减20%。                          | 涉企行政检查次数     | =  | 20     | %    |",
        "聘请营商环境观察员30名,定期收集意见。                    | 聘请营商环境观察员   | =  | 30     | 名   |",
        "全年盘活闲置工业用地400亩。                              | 盘活闲置工业用地     | =  | 400    | 亩   |",
        "居民消费价格涨幅3%左右。                                 | 居民消费价格涨幅     | =  | 3      | %    |",
        "新增变电容量5万千伏安。                                  | 新增变电容量         | =  | 50000  | 千伏安 |",
        "再开工20项重大水利工程。                                 | 重大水利工程         | =  | 20     | 项   |",
        "全年接待游客超1000万人次。                               | 接待游客             | >  | 10000000 | 人次 |",
        "举办超150场网络招聘会。                                  | 网络招聘会           | >  | 150    | 场   |",
        "每班人数不得超45人。                                     | 每班人数             | <= | 45     | 人   |",
        "班额不超45人。                                           | 班额                 | <= | 45     | 人   |",
        "住宅土地供应量在原有年度供地计划基础上增加20%以上。       | 住宅土地供应量增加   | >= | 20     | %    |",
        "单位地区生产总值能耗在2020年基础上下降13.5%。            | 单位地区生产总值能耗 | =  | 13.5   | %    |",
    })
    void readsTheTarget(String sentence, String metric, String comparator, double value, String unit, Integer year) {
        List<Targets.Found> found = Targets.find(sentence.strip(), null);
        assertThat(found).hasSize(1);
        Targets.Found t = found.get(0);
        assertThat(t.metric()).isEqualTo(metric);
        assertThat(t.comparator()).isEqualTo(comparator);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(t.year()).isEqualTo(year);
    }

    @Test
    void ignoresNumbersThatAreNotTargets() {
        assertThat(Targets.find("根据《中国教育现代化2035》和《浙江教育现代化2035行动纲要》相关要求,制定本方案。", null)).isEmpty();
        assertThat(Targets.find("坚持把德育放在更加重要的位置。", null)).isEmpty();
    }

    @Test
    void takesTheYearOfTheSentence() {
        List<Targets.Found> found = Targets.find("到2030年,40%的学校建成省现代化学校。", 2025);
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.year()).isEqualTo(2030);
            assertThat(t.value()).isEqualTo(40.0);
            assertThat(t.unit()).isEqualTo("%");
        });
    }

    @Test
    void aYearFromWhichTheWorkRunsIsNoTargetYearAndARangeEndsInItsLastYear() {
        // 2012年起5年内: a start and a horizon, no year the target is due (a later paragraph inherits none either)
        assertThat(Targets.find("2012年起5年内,重点引进和培养高层次人才达到2000名左右。", null))
                .singleElement().satisfies(t -> assertThat(t.year()).isNull());
        assertThat(Targets.leadingYear("2012年起5年内,重点引进高层次人才。")).isNull();
        assertThat(Targets.find("自2024年开始,每年新增托位500个以上。", null))
                .singleElement().satisfies(t -> assertThat(t.year()).isNull());
        assertThat(Targets.find("2025年至2027年,全市新建幼儿园30所。", null))
                .singleElement().satisfies(t -> assertThat(t.year()).isEqualTo(2027));
        // a year at the start of a sentence still governs it
        assertThat(Targets.find("2026年,全市新建幼儿园30所。", null))
                .singleElement().satisfies(t -> assertThat(t.year()).isEqualTo(2026));
    }

    @Test
    void thousandthsInNumeralsAYearAfterOfWhichAndRoadsToRebuild() {
        assertThat(Targets.find("社区健身设施损坏率控制在千分之五以内。", null)).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo(5.0);
            assertThat(t.unit()).isEqualTo("‰");
            assertThat(t.comparator()).isEqualTo("<=");
        });
        // 其中2025年: the part due in that year
        assertThat(Targets.find("安排中央预算内投资7000亿元,其中2025年下达4000亿元。", null))
                .extracting(Targets.Found::value, Targets.Found::unit, Targets.Found::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7000.0, "亿元", null),
                        org.assertj.core.groups.Tuple.tuple(4000.0, "亿元", 2025));
        assertThat(Targets.find("到2025年,新改建农村公路800公里。", null)).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo(800.0);
            assertThat(t.comparator()).isEqualTo("=");
            assertThat(t.year()).isEqualTo(2025);
        });
    }

    @Test
    void listedItemsNamedBySizeClassEachHaveTheirCountAndARatingIsNoCount() {
        assertThat(Targets.find("力争引进10亿级项目不少于6个、30亿级项目不少于1个。", null))
                .extracting(Targets.Found::value, Targets.Found::comparator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6.0, ">="),
                        org.assertj.core.groups.Tuple.tuple(1.0, ">="));
        assertThat(Targets.find("新增4A级景区2个、5A级景区1个。", null)).extracting(Targets.Found::value)
                .containsExactly(2.0, 1.0);
    }

    @Test
    void aFloorBindsItsOwnClauseAndStrivingTheSentence() {
        List<Targets.Found> found = Targets.find("组织银企对接活动不少于12场,全年新增普惠小微企业贷款40亿元。", null);
        assertThat(found).extracting(Targets.Found::comparator).containsExactly(">=", "=");
        // 力争 governs the sentence's counts, not its sums of money (blind sets 19, 22, 33, 34 read those as stated)
        found = Targets.find("力争新增经营主体2.5万户,新增贷款40亿元。", null);
        assertThat(found).extracting(Targets.Found::comparator).containsExactly(">=", "=");
    }

    @Test
    void listedYearsGoToTheValuesOfARespectivelyListInOrder() {
        List<Targets.Found> found = Targets.find("到2027年、2028年,重点设施监测覆盖率分别达到60%、80%。", null);
        assertThat(found).extracting(Targets.Found::value).containsExactly(60.0, 80.0);
        assertThat(found).extracting(Targets.Found::year).containsExactly(2027, 2028);
        // a year's end in the list (2025年底) is that year
        assertThat(Targets.find("到2025年底和2030年,居民健康素养水平分别不低于25%和32%。", null))
                .extracting(Targets.Found::year).containsExactly(2025, 2030);
    }

    @Test
    void anAchievementAgainstLastYearStaysABaseline() {
        assertThat(Targets.find("全市新登记经营主体较上年增加明显。", null)).isEmpty();
    }

    @Test
    void aQuantityListedAfterAnotherWithItsOwnThingIsATargetToo() {
        List<Targets.Found> found = Targets.find("全年推介项目不少于100个、总投资300亿元以上。", null);
        assertThat(found).extracting(Targets.Found::value).containsExactly(100.0, 300.0);
        assertThat(found).extracting(Targets.Found::comparator).containsExactly(">=", ">=");
    }

    @Test
    void onceAsOftenAsAFrequencySaysIsACountButAOneOffOrASloganIsNot() {
        assertThat(Targets.find("每月召开一次团委会议。", null)).singleElement().satisfies(f -> {
            assertThat(f.metric()).isEqualTo("团委会议");
            assertThat(f.comparator()).isEqualTo("=");
            assertThat(f.value()).isEqualTo(1.0);
            assertThat(f.unit()).isEqualTo("次");
        });
        assertThat(Targets.find("每月组织一次教案、作业批改检查。", null)).extracting(Targets.Found::value).containsExactly(1.0);
        assertThat(Targets.find("各支部本学期至少要召开两次支部大会。", null)).extracting(Targets.Found::comparator).containsExactly(">=");
        assertThat(Targets.find("每人给予一次性补贴。", null)).isEmpty();
        assertThat(Targets.find("推动每个事项实现一次办结。", null)).isEmpty();
        assertThat(Targets.find("实现数据同源、服务同根、一次认证、一网通办。", null)).isEmpty();
        assertThat(Targets.find("推动实现“进一次门、查多项事”。", null)).isEmpty();
        assertThat(ChineseNumbers.digitsIn("每人给予一次性补贴")).isEqualTo("每人给予一次性补贴");
        assertThat(ChineseNumbers.digitsIn("每三年开展一次评选")).isEqualTo("每三年开展1次评选");
    }

    @Test
    void aNumeralThatNamesWhichIsNoCount() {
        assertThat(Targets.find("加强二次污染管控。", null)).isEmpty();
        assertThat(Targets.find("实行首套房二套房同等最高贷款额度。", null)).isEmpty();
        assertThat(Targets.find("推动沙田港区四期等重点项目建设。", null)).isEmpty();
        assertThat(Targets.find("力争二期工程年底完工。", null)).isEmpty();
        // a count says 两次
        assertThat(Targets.find("每学期开展两次视力筛查。", null)).extracting(Targets.Found::value).containsExactly(2.0);
    }

    @Test
    void aBaselineIsNoTargetAndItsYearNoTargetYear() {
        assertThat(Targets.find("在现有120所的基础上增加20所。", null)).extracting(Targets.Found::value).containsExactly(20.0);
        assertThat(Targets.find("在2023年基础上提高10%。", null)).singleElement()
                .satisfies(f -> assertThat(f.year()).isNull());
        // the text stays as printed
        assertThat(Targets.find("财政补助在原有基础上提高10%。", null)).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("财政补助在原有基础上提高10%"));
    }

    @Test
    void anOrdinalOrAnAmountAfterMoreThanIsNoCount() {
        assertThat(Targets.find("召开第3次全体会议。", null)).isEmpty();
        assertThat(Targets.find("对评估结果排名前3位的学校进行通报表扬。", null)).isEmpty();
        assertThat(Targets.find("对超60天未办结的事项进行督办。", null)).isEmpty();
    }

    @Test
    void aCountWhoseClauseNamesOnlyWhenTakesItsMetricFromTheClauseBefore() {
        assertThat(Targets.find("各单位主要负责人研究部署节水工作,年内至少4次。", null)).singleElement().satisfies(f -> {
            assertThat(f.metric()).isEqualTo("各单位主要负责人研究部署节水工作");
            assertThat(f.text()).isEqualTo("各单位主要负责人研究部署节水工作,年内至少4次");
            assertThat(f.comparator()).isEqualTo(">=");
            assertThat(f.value()).isEqualTo(4.0);
        });
        assertThat(Targets.find("全年新增公办学位2000个。", null)).extracting(Targets.Found::metric).containsExactly("新增公办学位");
    }

    @Test
    void aCountWithANoteInBracketsAfterItIsATargetButAFormulaIsNot() {
        assertThat(Targets.find("年内查处违法排污案件12例以上(含简易案件)。", null)).singleElement().satisfies(f -> {
            assertThat(f.metric()).isEqualTo("查处违法排污案件");
            assertThat(f.value()).isEqualTo(12.0);
            assertThat(f.comparator()).isEqualTo(">=");
        });
        assertThat(Targets.find("计算方法:门诊预约人次/同期门诊总人次×100%。", null)).isEmpty();
    }

    @Test
    void aPercentageInNumeralsAShareInTenthsAndTheEndOfAFiveYearPlan() {
        assertThat(Targets.find("到2026年,学前三年毛入园率达到百分之九十二点五。", null)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(92.5);
            assertThat(f.unit()).isEqualTo("%");
            assertThat(f.year()).isEqualTo(2026);
        });
        assertThat(Targets.find("力争四成以上学校达到市级标准。", null)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(40.0);
            assertThat(f.comparator()).isEqualTo(">=");
        });
        assertThat(Targets.find("到“十五五”末,托位覆盖率达到60%。", null)).extracting(Targets.Found::year).containsExactly(2030);
        assertThat(Targets.leadingYear("到“十四五”末,建成一批示范校。")).isEqualTo(2025);
    }

    @Test
    void aSecondCountOfAListHasNoListMarkInItsMetric() {
        assertThat(Targets.find("建成示范校20所、特色校40所。", null)).extracting(Targets.Found::metric)
                .containsExactly("建成示范校", "特色校");
    }

    @Test
    void noMoreOfSomethingAYearlyChangeOnABaselineAPlannedBuildAndAtLeastOneHour() {
        assertThat(Targets.find("确保到2026年不再产生新的失学儿童。", null)).singleElement().satisfies(f -> {
            assertThat(f.metric()).isEqualTo("失学儿童");
            assertThat(f.value()).isEqualTo(0.0);
            assertThat(f.year()).isEqualTo(2026);
        });
        assertThat(Targets.find("原则上不再新增审批事项。", null)).isEmpty();
        assertThat(Targets.find("到2027年,总体近视率在2024年的基础上每年降低0.5个百分点以上。", null)).singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).isEqualTo(0.5);
                    assertThat(f.comparator()).isEqualTo(">=");
                    assertThat(f.year()).isEqualTo(2027);
                });
        assertThat(Targets.find("2025年拟建示范校6所。", null)).extracting(Targets.Found::value).containsExactly(6.0);
        assertThat(Targets.find("确保学生每天校内体育活动至少一小时。", null)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(1.0);
            assertThat(f.unit()).isEqualTo("小时");
            assertThat(f.comparator()).isEqualTo(">=");
        });
    }

    @Test
    void aPartThatDescribesWhereThePlanStartsSetsNoTargets() {
        ParsedDocument d = new DocumentParser().parse("plan.txt", List.of(new Block.Line("""
                某市第三期学前教育行动计划(2024—2026年)
                一、重要意义
                近年来我市学前教育快速发展,学前三年毛入园率达到91.5%,财政性学前教育经费由2020年的1.2亿元提高到2023年的2.6亿元。
                二、发展目标
                到2026年,学前三年毛入园率达到95%以上。
                三、主要任务
                1.改善发展现状。新建幼儿园10所。
                """)));
        assertThat(d.targets()).extracting(ParsedTarget::value).containsExactly(95.0, 10.0);
    }

    @Test
    void aNumeralInAQuotedNameCountsNothing() {
        assertThat(Targets.find("深入实施“创新创业领军人才百人计划”。", null)).isEmpty();
        assertThat(Targets.find("加强教育系统“三支队伍”建设,推进“两个城市”建设。", null)).isEmpty();
        assertThat(Targets.find("通过公开招聘、“三支一扶”等渠道为乡村学校补充教师120名。", null)).singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).isEqualTo(120.0);
                    assertThat(f.metric()).isEqualTo("通过公开招聘、“三支一扶”等渠道为乡村学校补充教师");
                });
        // a goal quoted whole is read as it stands
        assertThat(Targets.find("实现“五年内引进高层次人才两千名”的目标。", null)).extracting(Targets.Found::value)
                .containsExactly(2000.0);
    }

    @Test
    void minutesAndConcentrationsKeepTheirUnits() {
        assertThat(Targets.find("初中书面作业平均完成时间不超过90分钟。", null)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(90.0);
            assertThat(f.unit()).isEqualTo("分钟");
            assertThat(f.comparator()).isEqualTo("<=");
        });
        assertThat(Targets.find("到2026年,城市细颗粒物平均浓度降至32微克/立方米以下。", null)).singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).isEqualTo(32.0);
                    assertThat(f.unit()).isEqualTo("微克/立方米");
                    assertThat(f.comparator()).isEqualTo("<=");
                    assertThat(f.year()).isEqualTo(2026);
                });
    }

    @Test
    void noneOfSuchAccidentsIsATargetOfZeroButAPhraseWithNoIsNot() {
        assertThat(Targets.find("全年无重大安全责任事故。", null)).singleElement().satisfies(f -> {
            assertThat(f.metric()).isEqualTo("重大安全责任事故");
            assertThat(f.value()).isEqualTo(0.0);
            assertThat(f.comparator()).isEqualTo("=");
        });
        assertThat(Targets.find("对无正当理由拖延办理的案件进行督办。", null)).isEmpty();
    }

    @Test
    void aTargetRestatedInBracketsIsATargetOfItsOwn() {
        List<Targets.Found> found = Targets.find(
                "到2025年,全县空气质量优良天数比率不低于90%(即全年污染天数不超过36天),细颗粒物浓度持续下降。", null);
        assertThat(found).extracting(Targets.Found::value).containsExactly(90.0, 36.0);
        assertThat(found).extracting(Targets.Found::comparator).containsExactly(">=", "<=");
        assertThat(found).extracting(Targets.Found::year).containsOnly(2025);
    }

    @Test
    void tenThousandsAreMultipliedOutAndAHundredMillionStaysInTheUnitAsPrinted() {
        assertThat(Targets.find("新增城镇就业2.5万人,完成固定资产投资120亿元,社会消费品零售总额突破1.2万亿元。", null))
                .extracting(Targets.Found::value, Targets.Found::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(25000.0, "人"), org.assertj.core.groups.Tuple.tuple(120.0, "亿元"),
                        org.assertj.core.groups.Tuple.tuple(1.2, "万亿元"));
    }

    @Test
    void aSumOfMoneyKeepsItsTenThousandsAsPrinted() {
        assertThat(Targets.find("区财政安排专项资金不少于800万元,新增就业1.5万人。", null))
                .extracting(Targets.Found::value, Targets.Found::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(800.0, "万元"), org.assertj.core.groups.Tuple.tuple(15000.0, "人"));
    }

    @Test
    void twoMetricsListedWithTwoValuesAreTwoTargetsWithoutRespectively() {
        assertThat(Targets.find("到2026年,全县示范社区、示范村创建比例达50%、35%。", null))
                .extracting(Targets.Found::value, Targets.Found::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(50.0, 2026), org.assertj.core.groups.Tuple.tuple(35.0, 2026));
    }

    @Test
    void strivingMakesACountAMinimumButNotAShareOrAGrowthRate() {
        assertThat(Targets.find("力争3年内,建成20个名师工作室。", null))
                .extracting(Targets.Found::comparator, Targets.Found::value).containsExactly(org.assertj.core.groups.Tuple.tuple(">=", 20.0));
        assertThat(Targets.find("到2026年,力争民营经济增加值年均增长12%,占全县生产总值比重45%。", null))
                .extracting(Targets.Found::comparator, Targets.Found::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("=", 12.0), org.assertj.core.groups.Tuple.tuple("=", 45.0));
    }

    @Test
    void aFloorBoundsItsOwnItemOfAList() {
        assertThat(Targets.find("培育市级放心消费单位不少于30个、放心消费街区3个。", null))
                .extracting(Targets.Found::comparator, Targets.Found::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(">=", 30.0), org.assertj.core.groups.Tuple.tuple("=", 3.0));
    }

    @Test
    void aSumNamingTheSizeOfWhatIsCountedIsNoTarget() {
        assertThat(Targets.find("新增规上企业20家,其中五亿元以上企业6家。", null))
                .extracting(Targets.Found::value, Targets.Found::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(20.0, "家"), org.assertj.core.groups.Tuple.tuple(6.0, "家"));
    }

    @Test
    void mainIndicatorsStateThePlansGoalsAndARatioNarrowedToABoundIsACap() {
        ParsedDocument d = new DocumentParser().parse("page.txt", List.of(new Block.Line("""
                发布单位: | 某某市农业农村局 |
                2025年是规划收官之年。
                主要指标:低收入农户人均可支配收入增长10%以上;城乡居民收入比缩小至1.7以内。
                一、实施产业提效行动
                1.建设高标准农田。
                """)));
        assertThat(d.targets()).extracting(ParsedTarget::comparator, ParsedTarget::value)
                .contains(org.assertj.core.groups.Tuple.tuple(">=", 10.0), org.assertj.core.groups.Tuple.tuple("<=", 1.7));
    }

    @Test
    void aRespectivelyListMayMixPerMilleAndPerHundredThousand() {
        assertThat(Targets.find("到2030年,婴儿死亡率、孕产妇死亡率分别控制在4.5‰和12/10万以下。", null))
                .extracting(Targets.Found::value, Targets.Found::unit, Targets.Found::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4.5, "‰", 2030), org.assertj.core.groups.Tuple.tuple(12.0, "/10万", 2030));
    }

    @Test
    void theWholeYearOfAnAnnualPlansOpeningIsTheYearItsTitleOrOpeningNames() {
        ParsedDocument titled = new DocumentParser().parse("plan.txt", List.of(new Block.Line("""
                某某镇2024年工作要点
                全年主要预期目标:地区生产总值增长6%,新增市场主体300户以上。
                一、发展产业
                1.壮大特色种植。新建茶园500亩。
                """)));
        assertThat(titled.targets()).extracting(ParsedTarget::value, ParsedTarget::year)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(6.0, 2024), org.assertj.core.groups.Tuple.tuple(300.0, 2024),
                        org.assertj.core.groups.Tuple.tuple(500.0, null));
        ParsedDocument untitled = new DocumentParser().parse("page.txt", List.of(new Block.Line("""
                2025年是规划收官之年。全年预期目标:全乡农民人均纯收入增长8%。
                一、发展产业
                1.壮大特色种植。新建茶园500亩。
                """)));
        assertThat(untitled.targets()).extracting(ParsedTarget::value, ParsedTarget::year)
                .contains(org.assertj.core.groups.Tuple.tuple(8.0, 2025));
        // a plan over several years names no one year its 全年 means
        ParsedDocument period = new DocumentParser().parse("plan.txt", List.of(new Block.Line("""
                某某县2024—2026年就业促进行动方案
                全年主要预期目标:城镇新增就业3000人以上。
                一、重点任务
                1.开发公益岗位。
                """)));
        assertThat(period.targets()).extracting(ParsedTarget::year).containsOnlyNulls();
    }
}
