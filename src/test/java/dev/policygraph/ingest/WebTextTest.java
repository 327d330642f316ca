package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans as web pages give them: spaces for table cells, paragraphs run together, navigation around the title. */
class WebTextTest {

    private static ParsedDocument parse(String text) {
        return new DocumentParser().parse("web.txt", List.of(new Block.Line(text)));
    }

    @Test
    void aTableWhoseCellsAreSeparatedBySpacesIsReadByItsHeader() {
        ParsedDocument d = parse("""
                2025年重点指标任务分工

                序号 工 作 任 务 牵头负责部门
                1 城镇调查失业率5.5%左右 市人社局
                2 新建改建农村公路150公里 市交通运输局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(d.tasks().get(1).title()).isEqualTo("新建改建农村公路150公里");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("市交通运输局");
        assertThat(d.targets()).extracting(ParsedTarget::value).containsExactly(5.5, 150.0);
    }

    @Test
    void paragraphsRunTogetherGetTheirBreaksBackBeforeEachNumber() {
        ParsedDocument d = parse("某某省教育厅2025年工作要点\n"
                + "2025年全省教育工作的总体要求是:坚持立德树人根本任务,深化教育综合改革,推进教育优质均衡发展。"
                + " 一、加强党的建设 1.深化理论武装。分层分类开展专题轮训。(责任处室:宣传教育处)"
                + " 2.加强班子建设。完善考核评价办法。(责任处室:组织处) 二、推进基础教育 3.扩大优质学位供给。全年新增公办学位2万个以上。"
                + "(牵头处室:基础教育处;配合处室:发展规划处)\n");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(2).leads()).extracting(UnitRef::name).containsExactly("基础教育处");
        assertThat(d.tasks().get(2).co()).extracting(UnitRef::name).containsExactly("发展规划处");
    }

    @Test
    void navigationIsNoPartOfTheTitleAndTheLabelNoPartOfTheNumber() {
        ParsedDocument d = parse("""
                本站支持IPV6
                首页>政府信息公开>政策文件>市政府文件

                某某市人民政府关于落实重点工作部门分工的意见

                文    号 某政发〔2025〕3号 发布机构 市政府办公室

                一、重点任务
                1.实施科技型企业倍增行动。新认定高新技术企业50家。(市科技局牵头,市工信局配合)
                2.推进产业链精准招商。(市投资促进局、市工信局分别牵头)
                """);
        assertThat(d.meta().title()).isEqualTo("某某市人民政府关于落实重点工作部门分工的意见");
        assertThat(d.meta().docNumber()).isEqualTo("某政发〔2025〕3号");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("市投资促进局", "市工信局");
    }

    @Test
    void aPagesTitleFieldHoldingTheNoticeAndItsNumberNamesThePlan() {
        ParsedDocument d = parse("""
                索引号:000011111/2024-100001 | 主题分类: 教育 |
                发文单位:某某县人民政府办公室 | 成文日期:2024年03月12日 |
                标 题: 某某县人民政府办公室关于印发某某县学前教育提升行动计划(2024—2026年)的通知(某政办发〔2024〕7号) | |
                发文字号:某政办发〔2024〕7号 | 发布日期:2024年03月12日 |
                各乡(镇)人民政府,县直各单位:
                现将《某某县学前教育提升行动计划(2024—2026年)》印发给你们,请认真组织实施。
                某某县人民政府办公室
                2024年3月12日
                一、主要任务
                1.扩大普惠资源。新建幼儿园3所。(责任单位:县教育局、县财政局)
                """);
        assertThat(d.meta().title()).isEqualTo("某某县学前教育提升行动计划(2024—2026年)");
        assertThat(d.meta().docNumber()).isEqualTo("某政办发〔2024〕7号");
    }

    @Test
    void aPlansTitleAfterTheCoveringNoticeKeepsItsPeriodAndAShortPrefectureIsARegion() {
        ParsedDocument d = parse("""
                各县(市)教育局:
                现将《某某州人民政府办公室关于印发某某州学前教育行动计划的通知》转发给你们,请认真组织实施。
                黔东南州教育局
                2018年1月17日
                某某州第三期学前教育行动计划(2017—2020年)
                为办好学前教育,制定本计划。
                一、主要任务
                1.扩大资源。新建幼儿园20所。(责任单位:州教育局)
                """);
        assertThat(d.meta().title()).isEqualTo("某某州第三期学前教育行动计划(2017—2020年)");
        assertThat(d.meta().issuer()).isEqualTo("黔东南州教育局");
        assertThat(d.meta().region().name()).isEqualTo("黔东南州");
    }

    @Test
    void aPlanCollapsedOntoOneLineWithoutSpacesGetsItsBreaksBackWhereNumbersContinueTheirSeries() {
        ParsedDocument d = parse("2025年某某镇环境整治工作计划\n"
                + "为推进环境整治,结合本镇实际,特制定如下计划:一、明确指导思想以改善人居环境为手段,全面提升群众生活质量和健康水平,"
                + "做到科学管理、全员参与。二、完善组织和制度建设1、健全领导机构,坚持分区包干,签订责任书,层层落实到位。"
                + "2、加强宣传。利用标语、传单、宣传日等多种途径,宣传健康文明的生活方式。3、保障经费。评选一、二、三等奖,"
                + "提供经费、器材、工具等保障。三、场镇环境卫生保洁1、坚持街道卫生每日两扫,每周进行卫生评比。\n");
        assertThat(d.tasks()).filteredOn(t -> t.kind().equals(Kinds.TASK)).extracting(ParsedTask::title)
                .containsExactly("健全领导机构,坚持分区包干,签订责任书,层层落实到位", "加强宣传", "保障经费",
                        "坚持街道卫生每日两扫,每周进行卫生评比");
    }

    @Test
    void aCollapsedPlanStartsItsGroupsAgainUnderEachPartEvenWhenAHeadingTouchesItsFirstGroup() {
        ParsedDocument d = parse("某某区儿童近视防控实施方案\n"
                + "为做好近视防控工作,制定本方案。一、工作原则(一)坚持预防为主。把重点放在预防上。(二)坚持综合防控。动员全社会参与。"
                + "二、工作措施(一)开展视力筛查行动。每学期筛查2次。(二)开展健康教室行动。改善教室照明条件。"
                + "三、职责分工(一)区教育局1.加强视力健康管理。建立管理制度。2.减轻学生学业负担。控制作业总量。"
                + "(二)医疗卫生机构 1.建立视力档案。做到一人一档。2.规范诊断治疗。\n");
        assertThat(d.tasks()).filteredOn(t -> t.kind().equals(Kinds.TASK))
                .extracting(ParsedTask::number, ParsedTask::title, t -> t.leads().stream().map(UnitRef::name).toList())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("二(一)", "开展视力筛查行动", List.of()),
                        org.assertj.core.groups.Tuple.tuple("二(二)", "开展健康教室行动", List.of()),
                        org.assertj.core.groups.Tuple.tuple("1", "加强视力健康管理", List.of("区教育局")),
                        org.assertj.core.groups.Tuple.tuple("2", "减轻学生学业负担", List.of("区教育局")),
                        org.assertj.core.groups.Tuple.tuple("1", "建立视力档案", List.of("医疗卫生机构")),
                        org.assertj.core.groups.Tuple.tuple("2", "规范诊断治疗", List.of("医疗卫生机构")));
    }

    @Test
    void aPageWhoseBlocksWereJoinedBySpacesGetsEveryBlockBackAsALine() {
        String body = "首页 政务公开 部门文件 某政办〔2016〕12号 某某县人民政府办公室关于印发某某县校园安全整治任务分工方案的通知"
                + " 各乡镇人民政府,县直各单位: 《某某县校园安全整治任务分工方案》已经县政府同意,现印发给你们,请认真组织实施。"
                + " 某某县人民政府办公室 2016年3月8日 某某县校园安全整治任务分工方案 为加强校园安全管理,制定本方案。"
                + " 一、强化校园周边治理 1.整治校园周边交通秩序,上下学高峰期设置护学岗。(牵头单位:县公安局,配合单位:县交通运输局)"
                + " 2.清理校园周边流动摊贩。(牵头单位:县市场监督管理局) 二、完善校内安全设施 3.配齐校园安保人员和设备。"
                + "(牵头单位:县教育局,配合单位:县财政局) 4.开展校舍安全排查。(牵头单位:县住建局)"
                + " 5.建立校园安全隐患台账,实行销号管理,每月通报整改进展。(牵头单位:县教育局,配合单位:县应急管理局)"
                + " 6.开展校园消防安全检查和应急疏散演练,每学期不少于1次。(牵头单位:县消防救援大队) 来源:某某县人民政府";
        ParsedDocument d = parse(body + "\n");
        assertThat(d.meta().title()).isEqualTo("某某县校园安全整治任务分工方案");
        assertThat(d.meta().docNumber()).isEqualTo("某政办〔2016〕12号");
        assertThat(d.meta().issuers()).containsExactly("某某县人民政府办公室");
        assertThat(d.meta().date()).isEqualTo("2016-03-08");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(d.tasks().get(2).leads()).extracting(UnitRef::name).containsExactly("县教育局");
        assertThat(d.tasks().get(2).co()).extracting(UnitRef::name).containsExactly("县财政局");
        // a long paragraph with a space or two and an enumeration glued to its text keeps its line
        String paragraph = "(一)加强师资队伍建设。主要措施包括:1.实施教师培训计划 每年培训教师2000人次以上;2.完善教师补充机制,"
                + "按标准配齐配足各学科教师;3.提高乡村教师待遇,落实乡村教师生活补助政策,确保乡村教师工资收入不低于当地公务员平均水平,"
                + "稳定乡村教师队伍,促进城乡教育均衡发展,".repeat(5) + "(区教育局牵头)";
        assertThat(Paragraphs.blocksOfCollapsedLines(paragraph)).isEqualTo(paragraph);
    }

    @Test
    void aSignatureItsDateAndThePlansTitleRunTogetherAreLinesAgain() {
        ParsedDocument d = parse("""
                当前位置:首页>部门文件
                各相关单位:经区管委会同意,现将方案印发给你们,请认真贯彻执行。某某区管委会办公室2019年4月15日某某区开展平安校园创建工作方案为进一步加强校园安全,制定本方案。
                一、工作内容
                1.开展校园周边环境整治。(区公安局牵头)
                """);
        assertThat(d.meta().issuers()).containsExactly("某某区管委会办公室");
        assertThat(d.meta().date()).isEqualTo("2019-04-15");
        assertThat(d.meta().title()).isEqualTo("某某区开展平安校园创建工作方案");

        ParsedDocument annexed = parse("""
                各片区管理局,区直各单位:
                现将任务分解表印发给你们,请抓好落实。
                某某区管委会办公室
                2022年6月7日附件2022年全区校园食品安全工作任务分解表
                1.落实校长陪餐制度。(区教育局牵头)
                """);
        assertThat(annexed.meta().issuers()).containsExactly("某某区管委会办公室");
        assertThat(annexed.meta().title()).isEqualTo("2022年全区校园食品安全工作任务分解表");
        // a date inside a sentence is no signature
        ParsedDocument sentence = parse("""
                某某区平安校园创建工作方案
                各学校于2019年4月15日前报送工作计划,区教育局汇总。
                一、工作内容
                1.开展校园周边环境整治。(区公安局牵头)
                """);
        assertThat(sentence.meta().issuers()).isEmpty();
        assertThat(sentence.meta().title()).isEqualTo("某某区平安校园创建工作方案");
    }

    @Test
    void aLabelledClauseGluedToItsMeasureEndsItAndTheNextItemGluedToItsLastUnitStartsAgain() {
        ParsedDocument d = parse("2024年某某区司法局普法责任清单\n"
                + "一、重点宣传普及法律法规1.《宪法》《民法典》《安全生产法》责任单位:各科室、区公共法律服务中心"
                + "2.《道路交通安全法》《消防法》责任单位:局办公室、法治宣传科,区公共法律服务中心"
                + "二、专题普法活动(联合开展)1. 结合宪法宣传周开展宪法进校园活动。责任单位:法治宣传科、区教育局"
                + "2.结合民法典宣传月开展主题宣传活动。责任单位:各科室\n");
        assertThat(d.tasks()).extracting(ParsedTask::title, t -> t.leads().stream().map(UnitRef::name).toList(),
                        t -> t.co().stream().map(UnitRef::name).toList())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("《宪法》《民法典》《安全生产法》", List.of("各科室"), List.of("区公共法律服务中心")),
                        org.assertj.core.groups.Tuple.tuple("《道路交通安全法》《消防法》", List.of("局办公室"),
                                List.of("法治宣传科", "区公共法律服务中心")),
                        org.assertj.core.groups.Tuple.tuple("结合宪法宣传周开展宪法进校园活动", List.of("法治宣传科"), List.of("区教育局")),
                        org.assertj.core.groups.Tuple.tuple("结合民法典宣传月开展主题宣传活动", List.of("各科室"), List.of()));
        // the words of a measure that name no unit noun before a colon are no clause (牵头: alone, 工作要求:)
        ParsedDocument plain = parse("""
                某某区普法工作要点
                一、重点工作
                1.组织开展法治讲座,邀请专家讲解工作要求:依法行政
                """);
        assertThat(plain.tasks().get(0).leads()).isEmpty();
    }

    @Test
    void anAnnexTableJoinedBySpacesWithADutyColumnAndAnEmptyNotesColumnGivesItsRows() {
        String page = "某某县关于加强母婴设施建设的实施方案 为做好母婴设施建设,制定本方案。 一、总体目标 到2025年,母婴设施配置率达到80%以上。"
                + " 二、标准指引 (一)设施配置。经常有母婴逗留的车站、商场、公园、旅游景点和医疗机构应当建立独立的母婴室,面积一般不少于10平方米。"
                + " (二)便民服务。新建母婴室按照标准要求规范建设,已建母婴室对照标准做好改造完善工作,并在醒目位置设置标识。"
                + " 三、保障措施 (一)加强组织领导。各部门要高度重视。 (二)明确职责分工。各部门按照任务分工抓好落实。"
                + " (三)强化督查考核。县政府将组织开展评比活动。"
                + " 附件:1.公共场所母婴设施配置标准 2.某某县母婴设施建设任务分工 附件2 某某县母婴设施建设任务分工 序号 职责 负责单位 备注"
                + " 1 将母婴设施建设纳入文明城市创建 县文明办 2 协调做好大型商场和超市的母婴设施建设 县商务局"
                + " 3 做好车站和公园的母婴设施建设 县交通运输局、县住建局 4 做好医疗卫生机构的母婴设施建设 县卫健局"
                + " 某某县人民政府办公室 2024年5月11日印发";
        ParsedDocument d = parse(page + "\n");
        assertThat(d.tasks()).filteredOn(t -> t.kind().equals(Kinds.TASK))
                .extracting(ParsedTask::number, ParsedTask::title, t -> t.leads().stream().map(UnitRef::name).toList())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("二(一)", "设施配置", List.of()),
                        org.assertj.core.groups.Tuple.tuple("二(二)", "便民服务", List.of()),
                        org.assertj.core.groups.Tuple.tuple("1", "将母婴设施建设纳入文明城市创建", List.of("县文明办")),
                        org.assertj.core.groups.Tuple.tuple("2", "协调做好大型商场和超市的母婴设施建设", List.of("县商务局")),
                        org.assertj.core.groups.Tuple.tuple("3", "做好车站和公园的母婴设施建设", List.of("县交通运输局")),
                        org.assertj.core.groups.Tuple.tuple("4", "做好医疗卫生机构的母婴设施建设", List.of("县卫健局")));
        assertThat(d.tasks().get(d.tasks().size() - 2).co()).extracting(UnitRef::name).containsExactly("县住建局");
    }

    @Test
    void shareButtonsAndACitedDocumentsNumberAreNoPartOfThePlansNumberAndAQuotedNameStatesNoKind() {
        ParsedDocument d = parse("""
                时间:2022-03-18 09:42 微信 微博 QQ空间某综管办〔2022〕30号某某区管委会办公室关于印发《某某区迎接教育督导评估工作方案》的通知
                根据《省教育督导办公室关于开展督导评估工作的通知》(某教督办〔2022〕11号)要求,制定本方案。
                一、工作目标
                确保评估达到优秀等次。
                二、实施步骤此次迎接“对区督导”评估工作分两个阶段进行:
                1.制定工作方案。由区社会事业局起草工作方案。
                2.开展自查自评。各部门对照指标开展自查。
                三、保障措施
                1.加强组织领导。
                """);
        assertThat(d.meta().docNumber()).isEqualTo("某综管办〔2022〕30号");
        assertThat(d.tasks()).filteredOn(t -> t.kind().equals(Kinds.TASK)).extracting(ParsedTask::title)
                .containsExactly("制定工作方案", "开展自查自评");
    }

    @Test
    void anEnumerationInsideOneParagraphStaysInIt() {
        String paragraph = "(一)加强师资队伍建设。主要措施包括:1.实施教师培训计划,每年培训教师2000人次以上;"
                + "2.完善教师补充机制,按标准配齐配足各学科教师;3.提高乡村教师待遇,落实乡村教师生活补助政策,"
                + "确保乡村教师工资收入不低于当地公务员平均水平,稳定乡村教师队伍,促进城乡教育均衡发展。(区教育局牵头)";
        assertThat(GluedNumbers.split(paragraph)).isEqualTo(paragraph);
    }

    @Test
    void aPartsHeadingRunIntoItsFirstItemIsTwoLines() {
        assertThat(GluedNumbers.split("一、明确目标任务,促进学前教育快速发展1、学前三年教育发展目标。"))
                .isEqualTo("一、明确目标任务,促进学前教育快速发展\n1、学前三年教育发展目标。");
        assertThat(GluedNumbers.split("一、评选一、二、三等奖")).isEqualTo("一、评选一、二、三等奖");
    }

    @Test
    void theNumberedParagraphsOfACoveringNoticeAreNoTasks() {
        ParsedDocument d = parse("""
                某某市人民政府办公室关于印发2025年重点指标任务分工的通知

                各区人民政府,市政府各部门:
                现将《2025年重点指标任务分工》印发给你们,并就有关事项通知如下:
                一、各有关部门要按照分工抓紧制定工作方案,层层落实责任。
                二、各有关部门要按季度报送进展情况。
                某某市人民政府办公室
                2025年3月28日

                2025年重点指标任务分工

                序号 工 作 任 务 牵头负责部门
                1 城镇调查失业率5.5%左右 市人社局
                2 新建改建农村公路150公里 市交通运输局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
    }

    @Test
    void aPipeTableWhoseLeadingCellsWereMergedKeepsItsColumns() {
        ParsedDocument d = parse("""
                某某市落实省《优化营商环境工作要点》分工方案
                序号 | 省《工作要点》部署任务 | 某某市落实措施 | 牵头单位 | 责任单位 | 完成时限 | 备注 |
                一、优化准入服务 | ||||||
                (一)推行经营主体登记便利化。 | 1.推动经营主体登记全程网办。 | (1)开办时间压缩至1个工作日以内。 | 市市场监管局市数据局 | 市级相关单位 | 2025年9月底 | |
                (2)智能审批率达到60%以上。 | 市市场监管局 | 各区县政府、新区管委会 | 2025年12月底 | |
                """);
        assertThat(d.tasks()).hasSize(1);
        ParsedTask task = d.tasks().get(0);
        assertThat(task.number()).isEqualTo("1");
        assertThat(task.leads()).extracting(UnitRef::name).containsExactly("市市场监管局", "市数据局");
        assertThat(task.co()).extracting(UnitRef::name).containsExactly("市级相关单位", "各区县政府", "新区管委会");
        assertThat(d.targets()).extracting(ParsedTarget::value, ParsedTarget::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1.0, 2025), org.assertj.core.groups.Tuple.tuple(60.0, 2025));
    }

    @Test
    void aTablePrintedOneCellALineGoesOnAfterCategoryRowsAndOwnedGoalsAreTasks() {
        ParsedDocument d = parse("""
                某某区教育局2025年重点工作任务分解表

                序号

                重点工作任务

                主要责任单位

                协同配合单位

                一、2025年经济社会发展的主要预期目标

                3

                固定资产投资增长7.5%左右。

                区发改委

                区工信局、区住建局

                二、全力以赴扩投资、优服务,筑牢经济增长根基

                三、全力以赴惠民生、增福祉,加快社会事业发展

                68

                持续推进学前教育普及普惠、义务教育优质均衡发展。

                区教育局

                区政府有关部门,各乡镇人民政府、街道办事处。

                69

                深化与优质教育集团合作,积极引进优质教育资源。

                区教育局

                区投资促进中心。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number, ParsedTask::kind).containsExactly(
                // a row of the goals category that names its lead is a task someone answers for
                org.assertj.core.groups.Tuple.tuple("3", Kinds.TASK), org.assertj.core.groups.Tuple.tuple("68", Kinds.TASK),
                org.assertj.core.groups.Tuple.tuple("69", Kinds.TASK));
        assertThat(d.tasks().get(2).leads()).extracting(UnitRef::name).containsExactly("区教育局");
        assertThat(d.tasks().get(2).co()).extracting(UnitRef::name).containsExactly("区投资促进中心");
    }

    @Test
    void pageFurnitureAndAngleBracketsOfAWebCopy() {
        ParsedDocument d = parse("""
                新闻详情
                海报
                侵权投诉
                某某市学前教育普惠发展行动方案
                (一)扩大普惠资源。新建幼儿园10所。(市教育局,各县<市、区>人民政府,排名第一位为牵头单位,下同)
                (二)加强教师队伍建设。(市教育局,市人社局)
                """);
        assertThat(d.meta().title()).isEqualTo("某某市学前教育普惠发展行动方案");
        assertThat(d.tasks().get(0).co()).extracting(UnitRef::name).containsExactly("各县(市、区)人民政府");
    }

    @Test
    void aTitleColumnBeforeTheRowNumberIsACategoryAndTheScoringBodyIsNoOwner() {
        ParsedDocument d = parse("""
                2025年某某县乡村振兴任务清单

                考核项目

                序号

                考核指标

                年度目标

                责任部门

                评分部门

                农业高质高效

                1

                农林牧渔业增加值增幅

                ≥2%

                县农业农村局

                市农业农村局

                2

                粮食播种面积

                0.07万亩

                县农业农村局

                市农业农村局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number, ParsedTask::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "农林牧渔业增加值增幅"),
                org.assertj.core.groups.Tuple.tuple("2", "粮食播种面积"));
        assertThat(d.tasks()).allSatisfy(t -> {
            assertThat(t.leads()).extracting(UnitRef::name).containsExactly("县农业农村局");
            assertThat(t.co()).isEmpty();
        });
    }

    @Test
    void aHeaderCellWrappedOverTwoLinesIsOneColumn() {
        ParsedDocument d = parse("""
                某某镇2025年重点工作计划

                序号

                重点工作

                责任

                科室

                完成时限

                1

                水库工程政策处理

                农业农村办

                2025年6月底

                2

                美丽城镇建设

                乡村振兴办

                2025年12月底
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("乡村振兴办");
    }

    @Test
    void aUnitCarriedToEveryLaterMeasureHoldsAcrossMeasuresThatArePartsThemselves() {
        ParsedDocument d = parse("""
                某省关于促进消费的若干措施
                一、加强民生商品保供稳价。加强节日应急价格监测。(省发展改革委、省商务厅等按职责分工负责,各市、县人民政府负责落实。以下均需各市、县人民政府落实,不再一一列出)
                二、扩大汽车消费。开展汽车以旧换新。(省商务厅负责)
                """);
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("省商务厅");
        assertThat(d.tasks().get(1).co()).extracting(UnitRef::name).containsExactly("各市、县人民政府");
    }

    @Test
    void neitherALetterheadNorABracketedFieldIsPartOfTheTitle() {
        ParsedDocument d = parse("""
                [有效性] 是
                [文件来源] 政府公报 2025年 第30期
                某某市人民政府办公厅行政规范性文件
                某某市提振消费若干措施
                一、扩大汽车消费。开展汽车以旧换新。(市商务局负责)
                二、促进文旅消费。举办消费季活动。(市文旅局负责)
                """);
        assertThat(d.meta().title()).isEqualTo("某某市提振消费若干措施");
    }

    @Test
    void aLawDatabaseRecordGivesItsFields() {
        ParsedDocument d = parse("某某市人民政府关于加快学前教育发展的若干意见(试行)文章属性•【制定机关】某某市人民政府•【公布日期】2005.02.01"
                + "•【字号】某政函[2005]39号•【施行日期】2005.02.01•【效力等级】地方规范性文件•【主题分类】基础教育正文"
                + "某某市人民政府关于加快学前教育发展的若干意见(试行)\n"
                + "一、明确目标任务。到2010年,学前三年幼儿入园率达到95%以上。\n二、理顺管理体制。实行分级管理。\n");
        assertThat(d.meta().title()).isEqualTo("某某市人民政府关于加快学前教育发展的若干意见(试行)");
        assertThat(d.meta().issuers()).containsExactly("某某市人民政府");
        assertThat(d.meta().docNumber()).isEqualTo("某政函〔2005〕39号");
        assertThat(d.meta().date()).isEqualTo("2005-02-01");
    }

    @Test
    void aTitleMayStartWithItsYearAndNameItsIssuerBeforeIt() {
        ParsedDocument d = parse("""
                某某市教育局2024年工作要点
                一、加强党的建设。深化理论武装。
                二、推进学前教育普惠发展。新增公办学位2000个。
                """);
        assertThat(d.meta().title()).isEqualTo("某某市教育局2024年工作要点");
        assertThat(d.meta().issuers()).containsExactly("某某市教育局");

        ParsedDocument list = parse("""
                2025年开发区重点工作及责任清单
                一、优化营商环境。落实项目管家制度。
                二、推进园区建设。
                """);
        assertThat(list.meta().title()).isEqualTo("2025年开发区重点工作及责任清单");
        assertThat(parse("""
                2012年度工作绩效考核项目表
                一、重点工作。按实绩赋分。
                """).meta().title()).isEqualTo("2012年度工作绩效考核项目表");
        // a date line is still no title
        assertThat(parse("""
                2024年5月6日
                一、重点工作。按实绩赋分。
                """).meta().title()).isNull();
    }

    @Test
    void aNoticePrintedByItsBodyWithoutQuotesAndAPlanWhoseEditionStandsOnTheNextLine() {
        ParsedDocument d = parse("""
                某某市人民政府印发关于推动经济高质量发展的若干政策(2025年版)的通知
                各镇人民政府,市政府各部门:
                现印发给你们,请认真组织实施。
                某某市人民政府
                2025年3月31日
                某某市关于推动经济高质量发展的若干政策
                (2025年版)
                一、支持科技创新。对新认定的高新技术企业给予奖励。
                """);
        assertThat(d.meta().title()).isEqualTo("某某市关于推动经济高质量发展的若干政策(2025年版)");
        // a notice of four bodies, longer than a title line, names its plan; 城市 after the city is no district
        ParsedDocument joint = parse("""
                某某市发展和改革委员会 中共某某市委社会工作部 某某市规划和自然资源局 某某市住房和城乡建设局 关于印发某某市城市社区嵌入式服务设施建设工程实施方案的通知
                各区(市)县政府,市级有关部门:
                一、总体要求
                (一)指导思想。坚持以人民为中心。
                """);
        assertThat(joint.meta().title()).isEqualTo("某某市城市社区嵌入式服务设施建设工程实施方案");
        assertThat(joint.meta().region().city()).isEqualTo("某某市");
        assertThat(joint.meta().region().district()).isNull();
    }

    @Test
    void anIssuerPrintedWithItsLevelOnlyIsThePagesSourceWhenThatIsItsFullName() {
        ParsedDocument d = parse("""
                县卫健委2021年政府工作报告任务分解
                文章来源:某某县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49 责任编辑:卫健委政务公开
                1.落实应对人口老龄化国家战略。
                牵头责任单位:县卫健委、县民政局
                """);
        assertThat(d.meta().issuers()).containsExactly("某某县卫生健康委员会");
        assertThat(d.meta().region().district()).isEqualTo("某某县");
        // a source that is another body leaves the issuer as printed
        assertThat(parse("""
                县卫健委2021年政府工作报告任务分解
                来源:某某县人民政府办公室
                1.落实应对人口老龄化国家战略。
                牵头责任单位:县卫健委
                """).meta().issuers()).containsExactly("县卫健委");
    }

    @Test
    void aPagesHeadlineOverTheNoticeIsWholeOnItsLine() {
        ParsedDocument d = parse("""
                国务院办公厅印发《深化某项改革2022年重点工作任务》
                国务院办公厅关于印发深化某项改革
                2022年重点工作任务的通知
                国办发〔2022〕14号
                各省、自治区、直辖市人民政府:
                现印发给你们,请认真组织实施。
                国务院办公厅
                2022年5月4日
                深化某项改革
                2022年重点工作任务
                一、加快推进改革。(国家卫生健康委牵头,财政部配合)
                """);
        assertThat(d.meta().title()).isEqualTo("深化某项改革2022年重点工作任务");
        assertThat(d.meta().issuers()).containsExactly("国务院办公厅");
    }

    @Test
    void goalsOfATaskBreakdownThatNameTheirLeadsAreTasksEvenWhereOneNamesNone() {
        ParsedDocument d = parse("""
                某某区政府2025年重点工作任务分解方案
                一、经济社会发展的主要预期目标
                1.地区生产总值增长6%左右。
                牵头单位:区发改局
                责任单位:各街道
                2.一般公共预算收入增长5%左右。
                牵头单位:区财政局
                责任单位:区税务局
                3.固定资产投资增长10%左右。
                牵头单位:区发改局
                4.其他主要经济指标不低于全市平均水平。
                二、重点任务
                5.建设产业园区。
                牵头单位:区工信局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number, ParsedTask::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", Kinds.TASK), org.assertj.core.groups.Tuple.tuple("2", Kinds.TASK),
                org.assertj.core.groups.Tuple.tuple("3", Kinds.TASK), org.assertj.core.groups.Tuple.tuple("4", Kinds.TASK),
                org.assertj.core.groups.Tuple.tuple("5", Kinds.TASK));
        assertThat(d.tasks().get(3).orphan()).isTrue();
        // goals where most items name nobody stay goals
        ParsedDocument goals = parse("""
                某某区2025年教育工作方案
                一、主要目标
                1.学前教育毛入园率达到95%。
                2.义务教育巩固率达到99%。
                3.高中阶段毛入学率达到95%。(牵头单位:区教育局)
                二、重点任务
                4.建设幼儿园。(牵头单位:区教育局)
                """);
        assertThat(goals.tasks()).extracting(ParsedTask::number, ParsedTask::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", Kinds.GOAL), org.assertj.core.groups.Tuple.tuple("2", Kinds.GOAL),
                org.assertj.core.groups.Tuple.tuple("3", Kinds.GOAL), org.assertj.core.groups.Tuple.tuple("4", Kinds.TASK));
    }

    @Test
    void aPartNumberAfterTheTitleIsThePagesAndAYearAfterItIsTheTitles() {
        assertThat(parse("""
                2025年省《政府工作报告》重点工作分工方案(一)
                一、对地区生产总值增长5%以上的目标,由省发展改革委牵头落实。
                """).meta().title()).isEqualTo("2025年省《政府工作报告》重点工作分工方案");
        assertThat(parse("""
                当前位置:首页
                >> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)
                市政府工作报告重点工作责任分解(2023年)
                一、全市经济社会发展主要预期目标
                1.生产总值增长6%以上。
                """).meta().title()).isEqualTo("市政府工作报告重点工作责任分解(2023年)");
    }

    @Test
    void aPartyCommitteeAndAGovernmentPrintedAsOneNameAreTwoIssuers() {
        ParsedDocument d = parse("""
                中共某某省委 某某省人民政府关于做好2022年乡村振兴重点工作的实施意见
                一、稳定粮食生产。粮食播种面积稳定在1000万亩以上。
                """);
        assertThat(d.meta().issuers()).containsExactly("中共某某省委", "某某省人民政府");
        // one body's office is one issuer
        assertThat(parse("""
                中共某某县委办公室关于印发《某某县乡村振兴任务清单》的通知
                一、稳定粮食生产。
                """).meta().issuers()).containsExactly("中共某某县委办公室");
        assertThat(parse("""
                中共某某市委员会 某某市人民政府关于加快建设教育强市的实施意见
                一、扩大优质资源。新建学校10所。
                """).meta().issuers()).containsExactly("中共某某市委员会", "某某市人民政府");
    }

    @Test
    void aPagesSourceThatIsABodyOrASchoolIsTheIssuerAndANewsSiteIsNot() {
        ParsedDocument school = parse("""
                2025-2026学年度上学期工作计划
                来源:某某市城东镇中学 发布时间:2025年07月07日
                一、教学工作。安排两次质量检测。
                """);
        assertThat(school.meta().title()).isEqualTo("2025-2026学年度上学期工作计划");
        assertThat(school.meta().issuers()).containsExactly("某某市城东镇中学");
        assertThat(parse("""
                乡村振兴重点工作方案
                2022-04-07 10:34:55 作者:某某 来源: 某某网
                一、稳定粮食生产。
                """).meta().issuers()).isEmpty();
        assertThat(parse("""
                乡村振兴重点工作方案
                来源:某某县融媒体中心 发布时间:2022-04-07
                一、稳定粮食生产。
                """).meta().issuers()).isEmpty();
        ParsedDocument bracketed = parse("""
                某某市人民政府办公厅关于激发冰雪经济活力的实施意见
                [主题分类] 体育
                [发文机构] 某某市人民政府办公厅
                [发文字号] 某政办发〔2025〕12号
                一、扩大冰雪消费。
                """);
        assertThat(bracketed.meta().issuers()).containsExactly("某某市人民政府办公厅");
        assertThat(bracketed.meta().docNumber()).isEqualTo("某政办发〔2025〕12号");
    }

    @Test
    void aNoticeThatIsItselfTheDocumentKeepsItsTitleOverItsAnnex() {
        ParsedDocument d = parse("""
                某某部办公厅关于做好2025年农村客运服务保障工作的通知
                某办运〔2025〕18号
                各省交通运输厅:
                现将有关事项通知如下。
                附件:2025年农村客运服务保障重点任务分工表
                某某部办公厅
                2025年4月3日
                附件
                2025年农村客运服务保障重点任务分工表
                序号	重点任务	牵头单位	完成时限
                1	巩固农村客运通达成果	部运输服务司	2025年12月
                """);
        assertThat(d.meta().title()).isEqualTo("某某部办公厅关于做好2025年农村客运服务保障工作的通知");
    }

    @Test
    void aMarketIsNoCityAndASitesFooterIsNoClause() {
        ParsedDocument d = parse("""
                您当前的位置：首页 > 信息发布 > 中心动态
                关于促进房地产市场平稳健康发展的若干措施
                一、优化土地出让方式。分期缴纳土地出让金。（责任单位：宿州市自然资源和规划局）
                二、延长土地出让金缴纳时间。最长不超过6个月。（责任单位：宿州市财政局）
                三、支持合理住房需求。落实购房补贴。（责任单位：宿州市住房和城乡建设局）
                主办单位：宿州市房产管理服务中心
                承办单位：宿州市房地产信息中心
                版权所有：宿州市房产管理服务中心
                网站标识码：3413000023
                """);
        assertThat(d.meta().regionName()).isEqualTo("宿州市");
        assertThat(d.tasks().get(2).leads()).extracting(UnitRef::name).containsExactly("宿州市住房和城乡建设局");
        assertThat(d.tasks().get(2).co()).isEmpty();
        assertThat(Regions.of("关于促进房地产市场平稳健康发展的若干措施")).isNull();
    }

    @Test
    void aSitesButtonsColumnAndFieldValuesStayOutOfTheTitle() {
        ParsedDocument d = parse("""
                首页 > 政务公开 > 公示公告 >
                文件通知
                【打印】
                【字体：大中小】
                某某市人民政府办公室关于促进房地产市场平稳健康发展的意见
                发布日期：2022-05-24 18:54
                一、加大住宅用地供应力度。合理安排供地节奏。（责任单位：市自然资源局）
                """);
        assertThat(d.meta().title()).isEqualTo("某某市人民政府办公室关于促进房地产市场平稳健康发展的意见");
        assertThat(d.meta().issuers()).containsExactly("某某市人民政府办公室");
        assertThat(parse("""
                主 题 词：
                其他
                主题分类：
                其他
                关于支持房地产业良性循环和健康发展的
                十条政策措施
                一、支持合理购房需求。做好网上售房。（责任单位：县住建局）
                """).meta().title()).isEqualTo("关于支持房地产业良性循环和健康发展的十条政策措施");
    }

    @Test
    void aSignatureOfManyBodiesOrOfAConferenceUnderSealGivesTheFirstSigner() {
        ParsedDocument d = parse("""
                关于进一步优化营商环境促进餐饮业高质量发展的若干措施
                某某市商务局
                某某市经济和信息化局
                某某市人力资源和社会保障局
                某某市住房和城乡建设委员会
                某某市城市管理委员会
                某某市市场监督管理局
                2025年9月26日
                1.简化装修施工许可。限额以上工程办理施工许可。（责任单位：某某市住房和城乡建设委员会）
                """);
        assertThat(d.meta().issuers()).containsExactly("某某市商务局", "某某市经济和信息化局", "某某市人力资源和社会保障局",
                "某某市住房和城乡建设委员会", "某某市城市管理委员会", "某某市市场监督管理局");
        assertThat(parse("""
                关于进一步优化调整房地产政策若干措施
                某某市房地产工作联席会议(代章)
                2024年5月23日
                一、发放购房补贴。凡在市本级购买新建商品住房的给予补贴。
                """).meta().issuers()).containsExactly("某某市房地产工作联席会议");
    }

    @Test
    void aTasksOrAnEventsOrganiserLinesAreNoSiteFooter() {
        ParsedDocument d = parse("""
                某某市重点工作方案
                1.推进重大项目建设。加快项目落地。
                主办单位:市发展改革委;协办单位:市财政局
                2.优化营商环境。压缩办事时间。
                主办单位:市营商环境局
                协办单位:市市场监管局
                """);
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("市发展改革委");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("市营商环境局");
        assertThat(d.tasks().get(1).co()).extracting(UnitRef::name).containsExactly("市市场监管局");
    }

    @Test
    void aColumnLinkAboveAPlanIsNoOwnNotice() {
        assertThat(parse("""
                首页 > 通知公告
                关于做好2024年端午节假期安全工作的通知
                某某县2024年义务教育招生工作实施方案
                一、招生对象。适龄儿童。
                """).meta().title()).isEqualTo("某某县2024年义务教育招生工作实施方案");
    }

    @Test
    void aTitleNumberAndFirstSentenceRunTogetherAreSplitBack() {
        ParsedDocument d = parse("某某省人民政府关于明确2025年重点工作责任单位的通知某政〔2025〕7号现将重点工作任务予以分解。"
                + "各责任单位要抓好落实,明确时间节点和主要措施。\n"
                + "一、扩大有效需求\n"
                + "1.落实好提振消费的各项措施。(省商务厅牵头,省财政厅按职责分工负责)\n");
        assertThat(d.meta().title()).isEqualTo("某某省人民政府关于明确2025年重点工作责任单位的通知");
        assertThat(d.meta().docNumber()).isEqualTo("某政〔2025〕7号");
        assertThat(d.meta().issuer()).isEqualTo("某某省人民政府");
        assertThat(d.meta().region().name()).isEqualTo("某某省");
    }

    @Test
    void aPagesTitleFieldHoldingTheCoveringNoticeGivesThePlansTitleAndAZoneIsARegion() {
        ParsedDocument d = parse("标题: 关于印发《某某综合实验区校园安全整治工作方案》的通知\n"
                + "发布时间: 2015-04-17 10:19\n"
                + "当前位置: 首页 > 政务公开\n"
                + "一、工作内容\n"
                + "1.加强校园周边巡查。(区公安局负责)\n");
        assertThat(d.meta().title()).isEqualTo("某某综合实验区校园安全整治工作方案");
        assertThat(d.meta().region().name()).isEqualTo("某某综合实验区");
    }

    @Test
    void aTableAlignedWithSpacesUnderASplitTwoLineHeaderIsReadRowByRow() {
        // a 责任清单 copied from a spreadsheet: cells apart by runs of spaces, the header's names split over its two
        // lines (牵头 责任单位), people's names spaced out, a unit cell over three lines
        ParsedDocument d = parse("""
                名称: 2024年区住建局重点工作责任清单推进情况表(第二季度) 文号:
                2024年区住建局重点工作责任清单推进情况表(第二季度)
                2024年区政府重点工作责任清单推进情况表(4-6月)
                序号 2024年重点工作任务 责任  领导 牵头        责任单位 主体         责任单位 配合        责任单位 推进情况 备注
                12 完成老旧小区改造30个,惠及居民5000户。 李  明   王小红 区住建局 各街道
                区城投公司
                区直有关单位 按计划推进 已完成施工招标
                15 新建城市公园2个。 王小红 区住建局 区城管局 区财政局 已完成 两个公园已开放
                """);
        assertThat(d.meta().title()).isEqualTo("2024年区住建局重点工作责任清单推进情况表(第二季度)");
        List<ParsedTask> tasks = d.tasks().stream().filter(t -> Kinds.TASK.equals(t.kind())).toList();
        assertThat(tasks).extracting(ParsedTask::number).containsExactly("12", "15");
        assertThat(tasks).extracting(ParsedTask::title).containsExactly("完成老旧小区改造30个,惠及居民5000户", "新建城市公园2个");
        // the people (李 明, 王小红) are no units; the first unit is the lead, the 主体 and 配合 cells co-operate
        assertThat(tasks.get(0).leads()).extracting(UnitRef::name).containsExactly("区住建局");
        assertThat(tasks.get(0).co()).extracting(UnitRef::name).containsExactlyInAnyOrder("各街道", "区城投公司", "区直有关单位");
        assertThat(tasks.get(1).leads()).extracting(UnitRef::name).containsExactly("区住建局");
        assertThat(tasks.get(1).co()).extracting(UnitRef::name).containsExactlyInAnyOrder("区城管局", "区财政局");
    }

    @Test
    void spacesBetweenWordsOfAHeaderWithoutNumberedRowsMakeNoTable() {
        ParsedDocument d = parse("""
                某县2025年教育工作要点
                序号 说明 本表 所列 任务 由各单位 按职责 落实
                一、重点任务
                (一)推进义务教育优质均衡发展。(县教育局牵头,县财政局配合)
                """);
        List<ParsedTask> tasks = d.tasks().stream().filter(t -> Kinds.TASK.equals(t.kind())).toList();
        assertThat(tasks).extracting(ParsedTask::title).containsExactly("推进义务教育优质均衡发展");
        assertThat(tasks.get(0).leads()).extracting(UnitRef::name).containsExactly("县教育局");
    }

    @Test
    void aSpaceAlignedTableMayNumberItsRowsWithAMarkUnderAnotherNumberColumn() {
        ParsedDocument d = parse("""
                某县2025年农村人居环境整治任务分工表
                编号   工作任务                     牵头单位     配合单位              完成时限
                1.     完成农村改厕1000户           县农业农村局 各乡镇、县卫健委      2025年10月底前
                2.     建成垃圾中转站3座            县住建局     县财政局              2025年12月底前
                """);
        List<ParsedTask> tasks = d.tasks().stream().filter(t -> Kinds.TASK.equals(t.kind())).toList();
        assertThat(tasks).extracting(ParsedTask::title).containsExactly("完成农村改厕1000户", "建成垃圾中转站3座");
        assertThat(tasks.get(0).leads()).extracting(UnitRef::name).containsExactly("县农业农村局");
        assertThat(tasks.get(0).co()).extracting(UnitRef::name).containsExactly("各乡镇", "县卫健委");
        assertThat(tasks.get(1).deadline()).isEqualTo("2025年12月底前");
    }

    @Test
    void aPipeTableCopiedCellByCellWithANumberColumnAndATaskColumnNamedByItsEnding() {
        ParsedDocument d = parse("""
                某市2025年营商环境改革任务分工表
                |
                 序号 |
                 改革任务 |
                 牵头单位 |
                 配合单位 |
                 完成时限 |
                |
                 1 |
                 推行企业开办一网通办,开办时间压缩至1个工作日。 |
                 市市场监管局 |
                 市数据局、市税务局 |
                 2025年6月底前 |
                |
                 2 |
                 深化工程建设项目审批制度改革。 |
                 市住建局 |
                 市自然资源和规划局 |
                 2025年12月底前 |
                |
                """);
        List<ParsedTask> tasks = d.tasks().stream().filter(t -> Kinds.TASK.equals(t.kind())).toList();
        assertThat(tasks).extracting(ParsedTask::title).containsExactly("推行企业开办一网通办,开办时间压缩至1个工作日",
                "深化工程建设项目审批制度改革");
        assertThat(tasks.get(0).leads()).extracting(UnitRef::name).containsExactly("市市场监管局");
        assertThat(tasks.get(0).co()).extracting(UnitRef::name).containsExactly("市数据局", "市税务局");
        assertThat(tasks.get(1).deadline()).isEqualTo("2025年12月底前");
    }

    @Test
    void aSpaceAlignedRowWithAsManyPiecesAsTheHeaderHasColumnsIsStillPlacedByContent() {
        // 李  明 is one name; the row's pieces (8) equal the header's columns (8) but sit one column off
        ParsedDocument d = parse("""
                某区2025年重点工作责任清单
                序号 2025年重点工作任务 责任  领导 牵头  责任单位 主体  责任单位 配合  责任单位 推进情况 备注
                3 建成社区养老服务中心5个。 李  明 王小红 区民政局 各街道 区财政局 按计划推进 无
                """);
        List<ParsedTask> tasks = d.tasks().stream().filter(t -> Kinds.TASK.equals(t.kind())).toList();
        assertThat(tasks).extracting(ParsedTask::number).containsExactly("3");
        assertThat(tasks.get(0).leads()).extracting(UnitRef::name).containsExactly("区民政局");
        assertThat(tasks.get(0).co()).extracting(UnitRef::name).containsExactlyInAnyOrder("各街道", "区财政局");
    }

    @Test
    void anItemOpeningWithItsBodiesAndWhatEachDoesNamesItsOwners() {
        ParsedDocument d = parse("""
                某市2024年安全生产工作要点
                一、重点工作
                1.市应急管理局负责,市公安局、市交通运输局配合,开展道路交通安全专项整治。
                2.由市住建局牵头,各区政府参与,推进城镇燃气管道更新改造。
                3.市消防救援支队负责,开展高层建筑消防安全检查。
                4.各区政府要落实属地责任,加强隐患排查。
                """);
        List<ParsedTask> tasks = d.tasks().stream().filter(t -> Kinds.TASK.equals(t.kind())).toList();
        assertThat(tasks.get(0).leads()).extracting(UnitRef::name).containsExactly("市应急管理局");
        assertThat(tasks.get(0).co()).extracting(UnitRef::name).containsExactly("市公安局", "市交通运输局");
        assertThat(tasks.get(1).leads()).extracting(UnitRef::name).containsExactly("市住建局");
        assertThat(tasks.get(1).co()).extracting(UnitRef::name).containsExactly("各区政府");
        assertThat(tasks.get(2).leads()).extracting(UnitRef::name).containsExactly("市消防救援支队");
        assertThat(tasks.get(2).co()).isEmpty();
        // a body the text merely mentions (各区政府要…) is no owner
        assertThat(tasks.get(3).leads()).isEmpty();
    }

    @Test
    void aPipeTableWithACategoryColumnFirstReadsItemsNumberedInTheirCellsAndStopsAtThePagesFields() {
        ParsedDocument d = parse("""
                某市2022年民生实事项目推进情况
                类别 | 民生事项名称 | 年度任务目标 | 责任单位 | 分管市领导 | 完成情况 |
                四、教育文化 | 14.改扩建城南学校 | 完成城南学校教学楼建设。 | 市教育体育局 | 张某 | 主体完工。 |
                15.推进学校运动场地建设 | 完成10处学校运动场地建设。 | 市教育体育局 | 张某 | 已开工。 | |
                索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |
                """);
        List<ParsedTask> tasks = d.tasks().stream().filter(t -> Kinds.TASK.equals(t.kind())).toList();
        assertThat(tasks).extracting(ParsedTask::number).containsExactly("14", "15");
        assertThat(tasks).extracting(ParsedTask::title).containsExactly("改扩建城南学校", "推进学校运动场地建设");
        assertThat(tasks.get(1).leads()).extracting(UnitRef::name).containsExactly("市教育体育局");
    }

    @Test
    void aTitleAfterASlogansDashAndATitleAfterAFileTypeAreThePlansOwn() {
        ParsedDocument slogan = parse("""
                凝心聚力谋发展——某某县第一中学三年发展规划
                一、发展目标
                1.建成省级示范高中。
                """);
        assertThat(slogan.meta().title()).isEqualTo("某某县第一中学三年发展规划");
        ParsedDocument file = parse("""
                docx某区教育体育局2024年教育工作要点
                一、重点工作
                1.深化红色根脉强基工程。
                """);
        assertThat(file.meta().title()).isEqualTo("某区教育体育局2024年教育工作要点");
    }

    @Test
    void aTableColumnOfTheYearsTaskTargetsGivesTheRowsTargets() {
        ParsedDocument d = parse("""
                某市2022年民生实事项目推进情况
                序号 | 民生事项名称 | 2022年度任务目标 | 责任单位 |
                1 | 改扩建城南学校 | 完成城南学校2座教学楼建设。 | 市教育体育局 |
                """);
        assertThat(d.targets()).extracting(ParsedTarget::value).containsExactly(2.0);
    }

    @Test
    void anItemNamingOnlyThePlansGoalsIsNoTaskUnderAPartOfTasks() {
        ParsedDocument d = parse("""
                某省卫生健康委2023年工作要点
                二、主要任务
                1.主要目标指标
                婴儿死亡率降至2.5‰以下,人均预期寿命达到80岁。
                2.重点工作举措
                (1)推进医疗卫生服务体系建设。
                """);
        assertThat(d.tasks()).filteredOn(t -> t.number().equals("1")).extracting(ParsedTask::kind)
                .containsExactly(Kinds.GOAL);
        assertThat(d.tasks()).filteredOn(t -> Kinds.TASK.equals(t.kind())).extracting(ParsedTask::title)
                .contains("重点工作举措").doesNotContain("主要目标指标");
        assertThat(d.targets()).extracting(ParsedTarget::value).contains(2.5, 80.0);
    }

    @Test
    void aClauseCutByTheEndOfAnExcerptKeepsItsWholeUnits() {
        ParsedDocument d = parse("""
                某区2024年优化营商环境工作要点
                一、重点任务
                1.深化投资审批制度改革。(牵头单位:区行政审批服务局、区发展改革局;责任单位:区政
                """);
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("区行政审批服务局", "区发展改革局");
        assertThat(d.tasks().get(0).co()).isEmpty();
        ParsedDocument cutInList = parse("""
                某市2024年河长制工作要点
                一、重点任务
                1.完善组织体系。(牵头单位:市河长办,配合单位:市公安局,责任单位:各县(区)政府、某某风景名胜区管
                """);
        assertThat(cutInList.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("市河长办");
        assertThat(cutInList.tasks().get(0).co()).extracting(UnitRef::name).containsExactlyInAnyOrder("市公安局", "各县(区)政府");
    }

    @Test
    void aCollectionPagesArticleLabelAndTailAreNoPartOfThePlanAndATemplateYearStillNamesTheIssuer() {
        ParsedDocument d = parse("""
                首页 > 范文大全 > 工作计划
                区卫生健康局202X年工作要点(精选)
                第一篇:区卫生健康局202X年工作要点(精选)
                区卫生健康局202X年工作要点
                一、主要任务
                1.完善家庭医生签约服务。重点人群签约率达到75%以上。
                2.推进基层医疗机构标准化建设。
                """);
        assertThat(d.meta().title()).isEqualTo("区卫生健康局202X年工作要点");
        assertThat(d.meta().issuers()).containsExactly("区卫生健康局");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        ParsedDocument collected = parse("""
                小学学校
                2024年小学学校年度工作计划【5篇】
                一、工作重点
                1.抓实课后服务。
                """);
        assertThat(collected.meta().title()).isEqualTo("2024年小学学校年度工作计划");
        assertThat(collected.meta().issuers()).isEmpty();
    }

    @Test
    void aSchoolsOwnPlanIsIssuedByTheSchool() {
        ParsedDocument d = parse("""
                潍坊市第七中学三年发展规划
                一、发展措施
                1.建设智慧校园。
                """);
        assertThat(d.meta().issuers()).containsExactly("潍坊市第七中学");
    }

    @Test
    void aClauseInSquareBracketsAndBodiesListedBeforeTheOnesTheyWorkWith() {
        ParsedDocument d = parse("""
                某区2021年重点工作责任分解
                一、统筹疫情防控
                1、落实常态化防控措施。[牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)]
                2、推进资源枯竭城市转型。(区发展改革局、区财政局会同有关部门负责)
                3、整治散乱污企业。(区生态环境局、区工信局牵头督导,区公安局参与)
                """);
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("区卫健局");
        assertThat(d.tasks().get(0).co()).extracting(UnitRef::name)
                .containsExactly("区疫情防控指挥部成员单位", "各街办(新区)");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("区发展改革局");
        assertThat(d.tasks().get(1).co()).extracting(UnitRef::name).containsExactlyInAnyOrder("区财政局", "有关部门");
        assertThat(d.tasks().get(2).leads()).extracting(UnitRef::name).containsExactly("区生态环境局", "区工信局");
        assertThat(d.tasks().get(2).co()).extracting(UnitRef::name).containsExactly("区公安局");
    }

    @Test
    void expectedFiguresEachGivenToABodyAreTasksButGoalsForEveryDepartmentStayGoals() {
        ParsedDocument owned = parse("""
                2024年区政府工作报告主要目标任务责任分解
                一、主要预期目标
                (一)地区生产总值增长6%以上
                责任单位:区发展改革局
                (二)一般公共预算收入增长5%
                责任单位:区财政局
                二、重点工作
                (三)推进园区建设。
                责任单位:区商务局
                """);
        assertThat(owned.tasks()).filteredOn(t -> t.kind().equals("task")).extracting(ParsedTask::number)
                .containsExactly("(一)", "(二)", "(三)");
        ParsedDocument everyone = parse("""
                某市重点工作部门分工
                一、主要目标
                1.经济增长6%左右。(市政府各部门负责)
                2.城镇化率达到58%。(市政府各部门负责)
                二、重点任务
                3.推进园区建设。(市商务局负责)
                """);
        assertThat(everyone.tasks()).filteredOn(t -> t.kind().equals("task")).extracting(ParsedTask::number)
                .containsExactly("3");
    }

    @Test
    void aClauseOfVerbsCutByTheEndOfAnExcerptKeepsItsLeadsAndTheUnitsAfterThem() {
        ParsedDocument d = parse("""
                某市打赢碧水保卫战实施方案
                二、工作任务
                1.整治入河排污口。完成排查整治。(市生态环境局、市水务局牵头督导,市公安局、市自然资源局、市农业农
                """);
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("市生态环境局", "市水务局");
        assertThat(d.tasks().get(0).co()).extracting(UnitRef::name).containsExactly("市公安局", "市自然资源局");
    }

    @Test
    void anAutonomousPrefecturePrintedShortAtTheStartOfATitleIsTheRegion() {
        ParsedDocument d = parse("""
                甘孜州推进县域医共体建设实施方案
                为落实省里部署,制定本方案。
                一、重点任务
                1.组建县域医共体。
                """);
        assertThat(d.meta().region()).isNotNull();
        assertThat(d.meta().region().name()).isEqualTo("甘孜州");
    }

    @Test
    void aTableWithAPipeLineAfterEachWrappedCellAndItsIndicatorColumnsBeforeTheNumber() {
        ParsedDocument d = parse("""
                考核内容
                |
                考核指标
                |
                序号
                |
                考核要点
                |
                分值
                |
                评分标准
                |
                环境整治
                (6分)
                |
                改善村容
                村貌
                |
                1
                |
                清理农村
                生活垃圾
                |
                2
                |
                垃圾日产日清得2分
                |
                2
                |
                整治农村
                黑臭水体
                |
                2
                |
                消除黑臭水体得2分
                |
                治理污染
                |
                3
                |
                推进畜禽粪污资源化利用
                |
                2
                |
                综合利用率达到80%得2分
                |
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(d.tasks()).extracting(ParsedTask::title)
                .containsExactly("清理农村生活垃圾", "整治农村黑臭水体", "推进畜禽粪污资源化利用");
    }

    @Test
    void aProgressTableWhoseTaskColumnIsItsContentAndRequirements() {
        ParsedDocument d = parse("""
                市政府2021年重点工作一季度进展情况表

                序号

                内容与要求

                进展情况

                责任单位

                1

                确保地区生产总值增长6%左右。

                一季度增长5.8%。

                市发改委

                2

                新建5G基站1000个。

                已建成320个。

                市经信局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("确保地区生产总值增长6%左右", "新建5G基站1000个");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("市经信局");
    }

    @Test
    void aNumberGluedToItsLetterheadAndANoteOnPublicationBeforeTheSignature() {
        ParsedDocument d = parse("""
                某市某区卫生健康委员会文件 某卫发〔2021〕7 号 某市某区卫生健康委员会 关于印发《某区2021年爱国卫生工作方案》的通知
                各镇人民政府:现将方案印发给你们,请认真组织实施。
                (此件主动公开) 某市某区卫生健康委员会
                2021年3月2日
                某区2021年爱国卫生工作方案
                一、工作任务
                1.开展城乡环境卫生整治。
                """);
        assertThat(d.meta().docNumber()).isEqualTo("某卫发〔2021〕7号");
        assertThat(d.meta().issuers()).containsExactly("某市某区卫生健康委员会");
    }

    @Test
    void aNewsReportOnAPlanWithoutNumberedMeasuresIsReadWithAWarning() {
        ParsedDocument d = parse("""
                首页 > 新闻
                宁夏:实施“八大行动”推动全域旅游
                日前,宁夏回族自治区人民政府正式印发《关于推进全域旅游发展的实施意见》。意见提出,到2025年建成全域旅游示范区。全区新建旅游厕所300座,
                旅游总收入达到500亿元。
                """);
        assertThat(d.meta().title()).isEqualTo("关于推进全域旅游发展的实施意见");
        assertThat(d.meta().issuers()).containsExactly("宁夏回族自治区人民政府");
        assertThat(d.tasks()).isEmpty();
        assertThat(d.targets()).filteredOn(t -> t.value() == 300.0).extracting(ParsedTarget::year).containsExactly(2025);
        assertThat(d.warnings()).contains("no numbered tasks were found beneath the headings");
        // text that names no plan is still refused
        assertThatThrownBy(() -> parse("今天天气很好,我们去公园散步。\n大家都很开心。\n"))
                .isInstanceOf(ParseException.class).hasMessageContaining("no sections or numbered tasks found");
    }

    @Test
    void itemsNamedAsGoalsAreGoalsAndAMeasureAimedAtSomethingStaysAMeasure() {
        ParsedDocument d = parse("""
                某省关于加强中小学教师队伍建设的实施意见
                一、把握总体要求,明确目标任务
                1.指导思想。以新时代教育思想为指导。
                2.基本原则。坚持党管人才。
                3.完善教师补充机制。每年补充教师500名。
                二、以优先发展为目标,提升教育发展水平
                4.推进教育协调发展。学前三年毛入园率保持100%。
                """);
        assertThat(d.tasks()).filteredOn(t -> t.kind().equals("task")).extracting(ParsedTask::number)
                .containsExactly("3", "4");
    }

    @Test
    void aGroupsMeasureAssignedInItsFirstSentenceAndTheSchoolsItNames() {
        ParsedDocument d = parse("""
                某区基础教育集团化办学实施方案
                一、组建教育集团
                1.组建某区青山教育集团
                该集团由青山中心学校负责组建,核心校为青山初级中学,成员校为青山中心小学、石桥小学。
                2.组建某区白沙教育集团
                该集团白沙中心学校负责组建,核心校为白沙初级中学。
                """);
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("青山中心学校");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("白沙中心学校");
        assertThat(d.schools()).extracting(SchoolRef::name)
                .contains("青山中心学校", "青山初级中学", "青山中心小学", "石桥小学", "白沙初级中学");
    }

    @Test
    void aBureausYearlyListOfPromisesAndTheCitysNumberedSchoolNamedWithoutThePlace() {
        ParsedDocument d = parse("""
                教育局2021年为民办实事
                来源: 教育局
                1.完成城东幼儿园改扩建项目。
                2.第二中学创建为四星级高中。
                """);
        assertThat(d.meta().title()).isEqualTo("教育局2021年为民办实事");
        assertThat(d.meta().issuers()).containsExactly("教育局");
        assertThat(d.schools()).extracting(SchoolRef::name).contains("城东幼儿园", "第二中学");
    }

    @Test
    void jointIssuersBeforeTheNoticeOverThePagesPublisher() {
        ParsedDocument d = parse("""
                中共某某市委办公室 某某市人民政府办公室 关于印发《某某市义务教育优质均衡发展工作任务清单》的通知
                发布机构: 市教育局
                一、重点任务
                1.扩大优质学位供给。
                """);
        assertThat(d.meta().issuers()).containsExactly("中共某某市委办公室", "某某市人民政府办公室");
    }

    @Test
    void aPagesLabelsBeforeATitleOrItsIssuersAndTwoBodiesSigningOnOneLine() {
        ParsedDocument labelled = parse("""
                【市政府重点工作】某某市人民政府关于2024年市政府重点工作及责任分解的通知
                一、重点工作
                1.推进园区建设。(市商务局牵头)
                """);
        assertThat(labelled.meta().title()).isEqualTo("某某市人民政府关于2024年市政府重点工作及责任分解的通知");
        assertThat(labelled.meta().issuers()).containsExactly("某某市人民政府");
        ParsedDocument quoted = parse("""
                “党政信息公开” 中共某某区委办公室 某某区人民政府办公室印发《某某区营商环境三年行动计划》的通知
                某某区营商环境三年行动计划
                一、重点任务
                1.压减审批时限。
                """);
        assertThat(quoted.meta().issuers()).containsExactly("中共某某区委办公室", "某某区人民政府办公室");
        ParsedDocument signed = parse("""
                各县(市、区)乡村振兴办:
                现将考核细则印发给你们,请认真贯彻执行。
                某某市乡村振兴指挥部办公室 某某市乡村振兴局
                2021年9月15日
                2021年某某市实施乡村振兴战略实绩考核细则
                一、考核内容
                1.粮食生产(10分)。
                """);
        assertThat(signed.meta().issuers()).containsExactly("某某市乡村振兴指挥部办公室", "某某市乡村振兴局");
    }

    @Test
    void aDocumentSitesPreviewOfATableWithoutSeparatorsAndItsPageMarks() {
        ParsedDocument d = parse("""
                某市河湖保护重点任务责任分工表.docx
                《某市河湖保护重点任务责任分工表.docx》由会员分享,可在线阅读。
                1、某市河湖保护重点任务责任分工表序号工作内容目标任务责任单位备注1全面清理河道两岸垃圾,建立河道保洁长效机制。2024年6月底前,河道保洁覆盖率达到100%。市水务局、市城管委,各区县政府2开展入河排污口排查整治,建立排污口名录。2024年底前完成排查。市生态环境局,市
                2、水务局,各区县政府3加强饮用水水源地保护,完成水源地规范化建设。2024年底前完成3处。市水务局,市生态环境局
                """);
        assertThat(d.meta().title()).isEqualTo("某市河湖保护重点任务责任分工表");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(1).title()).isEqualTo("开展入河排污口排查整治,建立排污口名录");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("市生态环境局");
        assertThat(d.tasks().get(1).co()).extracting(UnitRef::name).containsExactly("市水务局", "各区县政府");
        // items numbered 1、 2、 that end in full stops are items, not a preview's page marks
        ParsedDocument items = parse("""
                某县河长制工作要点
                一、重点任务
                1、全面清理河道两岸垃圾,建立河道保洁长效机制,落实河道保洁经费和人员。
                2、开展入河排污口排查整治,建立排污口名录,完成问题排污口整治任务。
                """);
        assertThat(items.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
    }

    @Test
    void aTargetListWithAColumnForEachYearTheFirstBeingTheBase() {
        ParsedDocument d = parse("""
                某县全民健康提升行动计划主要目标责任清单
                序号 |
                指标名称 |
                单位 |
                2023年 |
                2025年 |
                2027年 |
                牵头单位 |
                责任单位 |
                1 |
                居民健康素养水平 |
                % |
                25.1 |
                ≥30 |
                ≥35 |
                县卫健局 |
                县疾控中心,各乡镇人民政府 |
                2 |
                经常参加体育锻炼人数比例 |
                % |
                36 |
                ≥38 |
                ≥40 |
                县文旅广体局 |
                各乡镇人民政府 |
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("居民健康素养水平", "经常参加体育锻炼人数比例");
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("县卫健局");
        assertThat(d.tasks().get(0).co()).extracting(UnitRef::name).containsExactly("县疾控中心", "各乡镇人民政府");
        assertThat(d.targets()).extracting(ParsedTarget::value).containsExactlyInAnyOrder(30.0, 35.0, 38.0, 40.0);
        assertThat(d.targets()).filteredOn(t -> t.value() == 35.0).extracting(ParsedTarget::year).containsExactly(2027);
    }

    @Test
    void aProgressTableWhoseOnlyTaskColumnIsItsTargetTasks() {
        ParsedDocument d = parse("""
                2024政府工作报告第一季度完成情况
                序号 | 目标任务 | 责任单位 | 完成情况 | 进度(百分比) |
                1 | 举办国内高水平赛事10场以上。 | 区体育局 | 已举办3场 | 30% |
                2 | 新建乡村博物馆5家。 | 区文旅局 | 已建成1家 | 20% |
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("举办国内高水平赛事10场以上", "新建乡村博物馆5家");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("区文旅局");
    }

    @Test
    void aNoticeWithoutItsHeadingNamesThePlanItHandsOverAndItsOwnRequestsAreNoTasks() {
        ParsedDocument d = parse("""
                某政办字〔2024〕7号
                各区县人民政府,市政府各部门:
                现将《某某市数字经济提升行动分工方案》(以下简称《方案》)印发给你们,请认真抓好落实。
                一、提高认识。各区县、各部门要把数字经济摆在突出位置。
                二、强化协同。各牵头单位要制定推进计划,各参与单位积极配合。
                1.建设算力中心两个。(牵头单位:市数据局;责任单位:市发展改革委)
                2.培育数字经济核心企业20家以上。(牵头单位:市工业和信息化局)
                """);
        assertThat(d.meta().title()).isEqualTo("某某市数字经济提升行动分工方案");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(d.tasks()).allMatch(t -> t.kind().equals("task"));
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("市数据局");
    }

    @Test
    void aNoticesRequestsEndWhereThePlanItHandsOverPrintsItsTitle() {
        ParsedDocument d = parse("""
                各乡镇人民政府,县直各单位:
                现将《某某县农村人居环境整治实施方案》印发给你们,并提出以下要求:
                一、加强领导,压实责任。
                二、加强督查,确保实效。
                某某县农村人居环境整治实施方案
                一、重点任务
                (一)推进厕所革命。新改建户厕500座。(县农业农村局牵头,县卫健局配合)
                (二)治理生活污水。(县生态环境分局牵头)
                """);
        assertThat(d.meta().title()).isEqualTo("某某县农村人居环境整治实施方案");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("推进厕所革命", "治理生活污水");
        assertThat(d.tasks().get(0).co()).extracting(UnitRef::name).containsExactly("县卫健局");
    }

    @Test
    void aTitlePrintedInBookTitleMarksIsTheNoticedPlanAndAnUnclosedQuoteEndsNoTitleLate() {
        ParsedDocument d = parse("""
                《某某市人民政府办公厅关于印发〈某某市2025年营商环境优化工作要点〉的通知》
                某政办发〔2025〕12号
                《某某市2025年营商环境优化工作要点》已经市政府同意,现印发给你们,请认真贯彻落实。
                一、提升政务服务
                1.推行“一件事一次办。全年新增集成服务事项20项。
                2.深化“证照分离”改革。推进涉企经营许可事项全覆盖。
                """);
        assertThat(d.meta().title()).isEqualTo("某某市2025年营商环境优化工作要点");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("推行“一件事一次办", "深化“证照分离”改革");
    }

    @Test
    void aRowsUnitCellsWrappedOntoLinesOfTheirOwnStayInTheRowAndAGoalsCategoryGivesItsYear() {
        ParsedDocument d = parse("序号\t重点工作任务\t主要责任单位\t协同配合单位\n"
                + "一、2026年经济社会发展主要预期目标\n"
                + "1\t地区生产总值增长6%左右。\t区发改委\t区政府各部门,各乡镇人民政府、街道办事处。\n"
                + "2\t一般公共预算收入增长4%左右。\t区财政局\n"
                + "区税务局\n"
                + "区政府有关部门,各乡镇人民政府、街道办事处。\n"
                + "3\t城镇新增就业3000人以上。\t区人社局\t区发改委。\n");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("区财政局", "区税务局");
        assertThat(d.tasks().get(1).co()).extracting(UnitRef::name).containsExactly("区政府有关部门", "各乡镇人民政府、街道办事处");
        assertThat(d.targets()).extracting(ParsedTarget::value, ParsedTarget::year).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6.0, 2026), org.assertj.core.groups.Tuple.tuple(4.0, 2026),
                org.assertj.core.groups.Tuple.tuple(3000.0, 2026));
    }

    @Test
    void aSigningDateInChineseNumeralsWithLettersForZeroIsRead() {
        ParsedDocument d = parse("""
                某某区2009年政府工作目标任务分解
                (二OO九年三月二日)
                某府办〔2009〕6号
                一、经济发展
                1.完成全社会固定资产投资80亿元。(牵头单位:区发改委)
                """);
        assertThat(d.meta().date()).isEqualTo("2009-03-02");
    }

    @Test
    void aProgressReportTitledWithItsYearWithout年IsTitled() {
        ParsedDocument d = parse("""
                2025政府工作报告第二季度完成情况
                序号 | 目标任务 | 责任单位 | 完成情况 |
                1 | 新建城市书房5家。 | 区文旅局 | 已建成2家 |
                2 | 举办全民健身赛事20场以上。 | 区体育中心 | 已举办8场 |
                """);
        assertThat(d.meta().title()).isEqualTo("2025政府工作报告第二季度完成情况");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
    }

    @Test
    void aNoticeAskingForCommentsListsWaysToCommentThatAreNoTasks() {
        ParsedDocument d = parse("""
                某某市农业农村局关于《某某市乡村产业支持政策二十条》公开征求意见的公告
                现将征求意见稿全文公布,公众可通过以下途径提出意见:
                1.登录某某市农业农村局网站,对征求意见稿提出意见。
                2.通过电子邮件方式将意见发送至邮箱。
                某某市农业农村局
                2024年5月6日
                附件1:
                某某市乡村产业支持政策(二十条)
                一、稳定粮食生产
                1.支持规模种粮。对种植面积达到50亩以上的主体给予补贴。
                2.建设高标准农田。新建高标准农田2万亩。
                """);
        assertThat(d.meta().title()).isEqualTo("某某市乡村产业支持政策(二十条)");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("支持规模种粮", "建设高标准农田");
    }

    @Test
    void aHeaderPrintedAgainWherePagesBreakEndsTheRowAboveIt() {
        ParsedDocument d = parse(String.join("\n", "某某县健康行动主要目标责任清单",
                "序号", "指标名称", "单位", "牵头单位", "责任单位",
                "1", "孕产妇死亡率", "/10万", "县卫健局", "县妇幼保健院,各乡镇人民政府",
                "2", "婴儿死亡率", "‰", "县卫健局", "县妇幼保健院,各乡镇人民政府",
                "序号", "指标名称", "单位", "牵头单位", "责任单位",
                "3", "经常参加体育锻炼人数比例", "%", "县文旅体局", "县教育局,各乡镇人民政府") + "\n");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("县卫健局");
        assertThat(d.tasks().get(1).co()).extracting(UnitRef::name).containsExactly("县妇幼保健院", "各乡镇人民政府");
        assertThat(d.tasks().get(2).leads()).extracting(UnitRef::name).containsExactly("县文旅体局");
    }

    @Test
    void anIssuerOnALineOfItsOwnIsNoPartOfTheHeadingBelowIt() {
        ParsedDocument d = parse("""
                某某市人民政府
                关于持续深化审批制度改革的实施意见
                某政字〔2024〕8号
                一、重点任务
                1.压减审批时限。(市政务服务局牵头)
                """);
        assertThat(d.meta().title()).isEqualTo("关于持续深化审批制度改革的实施意见");
        assertThat(d.meta().issuer()).isEqualTo("某某市人民政府");
    }

    @Test
    void aForwardedDocumentIsNamedFromItsGuanyuAndATitlesEndPrintedAgainIsNoTitle() {
        ParsedDocument d = parse("""
                某某省人民政府办公厅
                转发省人力资源社会保障厅等部门
                关于做好2025年高校毕业生
                就业工作的意见的通知
                某政办发〔2025〕9号
                某某省人民政府办公厅
                2025年4月30日
                关于做好2025年高校
                毕业生就业工作的意见
                毕业生就业工作的意见
                一、拓宽就业渠道
                (一)开发基层岗位。(省人力资源社会保障厅牵头)
                """);
        assertThat(d.meta().title()).isEqualTo("关于做好2025年高校毕业生就业工作的意见");
    }

    @Test
    void aSitesNavigationLabelAndItsProvinceInBracketsAreNoPartOfTheTitle() {
        ParsedDocument d = parse("""
                导航菜单
                (湖北省)某某市2025年《政府工作报告》目标任务责任分解方案
                一、推进教育高质量发展
                1.新增公办学位1万个。(牵头单位:市教育局;责任单位:各区人民政府)
                """);
        assertThat(d.meta().title()).isEqualTo("某某市2025年《政府工作报告》目标任务责任分解方案");
        assertThat(d.meta().region().name()).isEqualTo("某某市");
    }

    @Test
    void aLivelihoodProjectTableACellALineIsReadAndAProjectNamingACentreIsNoUnit() {
        ParsedDocument d = parse(String.join("\n", "2025年民生实事目标任务分解表",
                "序号", "民生实事", "责任单位", "完成时限",
                "1", "新建人行天桥2座。", "县住建局", "9月投入使用",
                "2", "建成县残疾人综合服务中心。", "县残联", "5月底前动工",
                "3", "启动县图书馆新馆建设。", "县文体广新局", "县代建中心", "12月底前") + "\n");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("新建人行天桥2座", "建成县残疾人综合服务中心", "启动县图书馆新馆建设");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("县残联");
        assertThat(d.tasks().get(2).co()).extracting(UnitRef::name).containsExactly("县代建中心");
    }

    @Test
    void anIndicatorColumnBeforeTheTasksIsACategoryAndACountysSectionsAreUnits() {
        ParsedDocument d = parse(String.join("\n", "序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室",
                "1", "公共文化服务", "全年开展送戏下乡演出100场以上。", "12月底前", "张某某", "文化股",
                "2", "开展好“三下乡”活动。",
                "3", "文化产业", "培育规模以上文化企业2家。", "旅游股") + "\n");
        assertThat(d.tasks()).extracting(ParsedTask::title)
                .containsExactly("全年开展送戏下乡演出100场以上", "开展好“三下乡”活动", "培育规模以上文化企业2家");
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("文化股");
        assertThat(d.tasks().get(2).leads()).extracting(UnitRef::name).containsExactly("旅游股");
    }

    @Test
    void aCollectionsTableOfContentsIsNoListOfTasks() {
        ParsedDocument d = parse("""
                教育局2025年工作要点汇编(3篇)
                目录
                1.
                某某县教育局2025年工作要点 2
                2.区教育局2025年工作要点 15
                3.市教育局2025年工作要点 23
                某某县教育局2025年工作要点
                一、加强党的建设
                1.强化思想理论武装。落实理论学习中心组学习制度。
                (牵头股室:党建办 协办股室:办公室)
                2.增强基层组织功能。
                """);
        assertThat(d.meta().title()).isEqualTo("某某县教育局2025年工作要点");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("强化思想理论武装", "增强基层组织功能");
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("党建办");
    }

    @Test
    void aShortPdfPageWrappedAtItsWidthGetsItsMeasuresWholeThoughEachStartsANumberedLine() {
        ParsedDocument d = parse("""
                某某行动推进委员会办公室:某某行动2025年工作要点

                    (一)以2025年全国科普日活动、全国科技活动周为载体,结合健康节日纪念日,持续

                推进健康科普行动。开展新时代健康科普作品征集大赛,开展大学生暑期“三下乡”健康

                专项等活动。(科技部、国家卫生健康委、国家中医药局、国家疾控局、共青团中央按

                职责分工负责)

                    (二)部署加强学校食品安全和营养健康工作,完善校园食品安全管理体制。(教育部、国家

                卫生健康委、市场监管总局按职责分工负责)

                    (三)举办第一届全国全民健身大会,实施“新时代全民健身场地设施提升工程”。(体育总

                局牵头负责)

                    (四)组织做好2025年青少年烟草流行监测和控烟干预工作,开展控烟宣传。(国家卫生

                健康委牵头负责)

                    (五)巩固无烟党政机关、无烟医疗卫生机构、无烟学校建设成果,倡导无烟家庭建设,

                举办无烟赛事。(教育部、国家卫生健康委、体育总局、全国妇联按职责分工负责)
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).startsWith(
                "以2025年全国科普日活动、全国科技活动周为载体,结合健康节日纪念日,持续推进健康科普行动");
        assertThat(d.tasks().get(0).co()).extracting(UnitRef::name).contains("国家卫生健康委", "共青团中央");
        assertThat(d.tasks().get(4).title()).isEqualTo("巩固无烟党政机关、无烟医疗卫生机构、无烟学校建设成果,倡导无烟家庭建设,举办无烟赛事");
    }

    @Test
    void aLaterPartOpeningWithItsFirstGroupCutByThePageMakesTheGroupNumbersRestartPerPart() {
        ParsedDocument d = parse("""
                某某市2025年《政府工作报告》确定的主要目标任务责任分解方案
                一、主要预期目标
                (一)地区生产总值增长6%左右。(牵头单位:市发改委,责任单位:市统计局)
                (二)城镇登记失业率控制在4%以内。(牵头单位:市人社局)
                二、主要工作任务
                (一
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("一(一)", "一(二)");
        assertThat(d.tasks().get(0).co()).extracting(UnitRef::name).containsExactly("市统计局");
    }

    @Test
    void jointIssuersOverTheHeadingGluedByTheLostSpaceAreTwoBodies() {
        ParsedDocument d = parse("""
                中共某某省委 某某省人民政府
                关于做好2025年乡村振兴重点工作的实施意见
                一、重点任务
                (一)稳定粮食生产。(省农业农村厅牵头)
                """);
        assertThat(d.meta().issuers()).containsExactly("中共某某省委", "某某省人民政府");
        assertThat(d.meta().title()).isEqualTo("关于做好2025年乡村振兴重点工作的实施意见");
    }

    @Test
    void anIndicatorNamingADesignationIsNoUnitAndThePeriodLineGoesOnInTheTitle() {
        ParsedDocument d = parse(String.join("\n", "某某市健康提升行动计划", "(2025-2027年)主要目标任务",
                "序号 |", "指标名称 |", "单位 |", "2025年 |", "2027年 |", "牵头单位 |",
                "1 |", "人均预期寿命 |", "岁 |", "≥79.2 |", "≥80 |", "市卫健局 |",
                "2 |", "省级慢性病综合防控示范区 |", "个 |", "建成 |", "建成 |", "市卫健局 |",
                "3 |", "结核病报告发病率 |", "/10万 |", "60 |", "50 |", "市卫健局 |") + "\n");
        assertThat(d.meta().title()).isEqualTo("某某市健康提升行动计划(2025-2027年)主要目标任务");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(UnitNames.named("省级慢性病综合防控示范区")).isFalse();
    }

    @Test
    void aPipeTableOfTasksAndRequirementsIsRead() {
        ParsedDocument d = parse("""
                十件民生实事任务分解表
                序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |
                1 | 扩充公办幼儿园学位至1800个。 | 张某某 | 县教体局 | 已完成 |
                2 | 完成县妇幼保健院主体工程建设。 | 李某某 | 县卫健委 | 正在装修 |
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("县卫健委");
    }

    @Test
    void aLeadersHeaderWrappedOverTwoLinesStillOpensTheTableAndAnItemMayStartWithItsYear() {
        ParsedDocument table = parse(String.join("\n", "2025年市政府工作报告部署工作责任分工",
                "序号", "重点工作", "市政府", "分管领导", "牵头单位", "配合单位", "备注",
                "1", "加快建设科技创新轴。", "王某", "市科技局", "黄埔区、南沙区政府",
                "2", "做好国家实验室筹建保障服务工作。", "王某", "市科技局", "市财政局") + "\n");
        assertThat(table.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(table.tasks().get(1).co()).extracting(UnitRef::name).containsExactly("市财政局");
        ParsedDocument items = parse("""
                某某四县小康攻坚重点工作责任分工方案
                一、加快基础设施建设
                (一)加快铁路建设。
                1、2025年,某某铁路建成通车,加快构建快速铁路网。(省发改委、省交通运输厅负责)
                2、加快国省道升级改造。(省交通运输厅负责)
                """);
        assertThat(items.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
    }

    @Test
    void aPagesOpeningThatStatesItsGoalsByTheirYearSetsThePlansTargetsWithoutATitle() {
        ParsedDocument d = parse("""
                发布时间:2025-12-16
                到2027年,文旅产业整体实力进一步增强。年旅游总收入1.2万亿元以上,过夜游客比重达到33%以上。
                (一)推进文化资源活化利用。
                (二)培育文旅市场主体。
                """);
        assertThat(d.targets()).extracting(ParsedTarget::value, ParsedTarget::year).contains(
                org.assertj.core.groups.Tuple.tuple(1.2, 2027), org.assertj.core.groups.Tuple.tuple(33.0, 2027));
    }

    @Test
    void aListOfTheYearsProjectsForThePeopleIsReadThoughItsProjectsCarryNoNumbers() {
        ParsedDocument d = parse("""
                记者从某某区人民代表大会上获悉,某某区2025年十大民生实事项目发布。
                农村安全饮水工程
                有效解决全区4000户农村人口的饮水安全问题。
                学校建设工程
                完成东门小学、西湖中学改扩建,新增学位1200个。
                """);
        assertThat(d.tasks()).isEmpty();
        assertThat(d.schools()).extracting(SchoolRef::name).contains("东门小学", "西湖中学");
        assertThat(d.targets()).extracting(ParsedTarget::value).contains(1200.0);
        assertThatThrownBy(() -> parse("""
                记者从某某区人民代表大会上获悉,会议听取了工作报告。
                完成东门小学、西湖中学改扩建,新增学位1200个。
                """)).isInstanceOf(ParseException.class);
    }

    @Test
    void aDocumentSitesCyrillicBreaksAreParagraphBreaks() {
        ParsedDocument d = parse("某市教育发展规划Р一、学前教育工程Р1.扩大学前教育资源。每个乡镇创办1所公办幼儿园。Р"
                + "2.提高保教质量。到2025年,标准化幼儿园达到85%以上。\n");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(d.targets()).extracting(ParsedTarget::value).contains(85.0);
    }

    @Test
    void aNewsListOfSchoolProjectsIsReadForItsSchoolsAndTargets() {
        ParsedDocument d = parse("""
                原标题:某市今年新改扩建5所幼儿园
                本报讯 市教育局公布今年公办幼儿园新改扩建项目园名单,包括:芙蓉区东云台幼儿园新增学位180个;天心区新兴路幼儿园新增学位180个;
                雨花区万科紫台幼儿园新增学位270个。
                """);
        assertThat(d.tasks()).isEmpty();
        assertThat(d.schools()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(d.targets()).extracting(ParsedTarget::value).contains(180.0, 270.0);
    }

    @Test
    void aShortTablesCellsOfOneLengthAreNoWrappedText() {
        // twelve cells of fourteen characters, one a line (a task table a cell a line): no width the text was wrapped at
        List<String> cells = List.of("确保粮食和重要农产品有效供给", "稳定粮食生产面积和产量总量了", "整治粮食生产功能区非粮化问题",
                "推进高标准农田建设和提质改造", "发展壮大村级集体经济总收入了", "推进农村生活污水治理设施运维",
                "完成市下达的年度目标任务数量", "完成市下达的年度整治任务数量", "完成县下达的年度目标任务数量",
                "完成县下达的年度整治任务数量", "完成镇下达的年度目标任务数量", "完成镇下达的年度整治任务数量");
        assertThat(Paragraphs.wrapWidth(cells)).isZero();
    }

    @Test
    void aScoredCategoryOfAnAssessmentHoldsIndicatorsWhateverItIsNamed() {
        ParsedDocument d = parse("""
                某某省生态省建设工作考核细则
                一、组织领导(10分)
                (一)指标解释
                1.是否成立由领导同志负责的专项工作组织领导机构。
                2.党委、政府是否召开2次以上专题会议,研究部署生态省建设工作。
                二、生态经济(20分)
                (一)指标解释
                1.单位地区生产总值能耗是否完成年度目标。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::kind).containsOnly("task");
        assertThat(d.tasks()).hasSize(3);
        assertThat(Kinds.statedBy("组织领导")).isEqualTo("safeguard");
    }
}
