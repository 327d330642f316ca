package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the parser reads from each of the five sample documents. */
class SeedDocumentsTest {

    /** The items of kind task (goals and safeguards are items of other kinds). */
    private static List<ParsedTask> work(ParsedDocument d) {
        return d.tasks().stream().filter(t -> t.kind().equals("task")).toList();
    }

    @Test
    void reads000WebTextOfThePanzhihuaPlanWithoutResponsibilityClauses() {
        ParsedDocument d = Seeds.parse("000");
        assertThat(d.meta().title()).isEqualTo("攀枝花市建设区域教育高地实施方案");
        assertThat(d.meta().docNumber()).isEqualTo("攀办发〔2019〕88号");
        assertThat(d.meta().regionName()).isEqualTo("攀枝花市");
        assertThat(d.meta().date()).isEqualTo("2019-11-29");
        assertThat(work(d)).hasSize(16).allMatch(ParsedTask::orphan);
        assertThat(d.tasks().get(0).title()).isEqualTo("打造一批区域领先、省内一流的基础教育名校");
        assertThat(d.tasks().get(0).sectionPath()).isEqualTo("二、(一)");
        assertThat(d.schools()).extracting(SchoolRef::canonical).contains("攀枝花市三中", "攀枝花技师学院");
        assertThat(d.targets()).anySatisfy(t -> {
            assertThat(t.metric()).isEqualTo("城市特色品牌幼儿园");
            assertThat(t.comparator()).isEqualTo(">=");
            assertThat(t.value()).isEqualTo(5.0);
            assertThat(t.unit()).isEqualTo("所");
            assertThat(t.taskNumber()).isEqualTo("1");
        });
    }

    @Test
    void reads002PdfTextAsTheSameTasksAs000() {
        ParsedDocument web = Seeds.parse("000");
        ParsedDocument pdf = Seeds.parse("002");
        assertThat(pdf.meta()).isEqualTo(web.meta());
        assertThat(pdf.tasks()).extracting(ParsedTask::key, ParsedTask::title)
                .isEqualTo(web.tasks().stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.key(), t.title()))
                        .toList());
        assertThat(pdf.targets()).extracting(ParsedTarget::metric, ParsedTarget::value)
                .isEqualTo(web.targets().stream()
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.metric(), t.value())).toList());
        // the same document number and title (analysis.DuplicateRule reads them as one document)
        assertThat(pdf.meta().docNumber()).isNotNull().isEqualTo(web.meta().docNumber());
    }

    @Test
    void ignoresPageNumbersOfPdfTextEvenInsideParagraphs() {
        String pdf = new String(Seeds.bytes("002"), java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = pdf.split("\n", -1);
        StringBuilder paged = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            paged.append(lines[i]).append('\n');
            if (i % 37 == 20) {
                paged.append("— ").append(i / 37 + 1).append(" —\n");
            }
            if (i % 53 == 30) {
                paged.append("第").append(i / 53 + 1).append("页 共9页\n");
            }
        }
        ParsedDocument withPages = new DocumentParser().parse("002-paged.txt",
                paged.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ParsedDocument original = Seeds.parse("002");
        assertThat(withPages.tasks()).isEqualTo(original.tasks());
        assertThat(withPages.targets()).isEqualTo(original.targets());
    }

    @Test
    void reads001ProjectsAsSectionsAndEveryTaskAsOrphan() {
        ParsedDocument d = Seeds.parse("001");
        assertThat(d.meta().issuer()).isEqualTo("保山市教育体育局");
        assertThat(d.meta().date()).isEqualTo("2024-03-18");
        assertThat(work(d)).hasSize(31).allMatch(ParsedTask::orphan);
        assertThat(d.sections()).anySatisfy(s -> {
            assertThat(s.number()).isEqualTo("实施项目1");
            assertThat(s.level()).isEqualTo(3);
        });
        assertThat(d.tasks().get(0).sectionPath()).isEqualTo("三、(一)实施项目1");
        assertThat(d.targets()).anySatisfy(t -> {
            assertThat(t.metric()).isEqualTo("学前三年毛入园率");
            assertThat(t.value()).isEqualTo(94.5);
            assertThat(t.unit()).isEqualTo("%");
            assertThat(t.year()).isEqualTo(2025);
        });
        assertThat(d.fingerprint()).isNotEqualTo(Seeds.parse("000").fingerprint());
    }

    @Test
    void reads003FirstListedResponsibleUnitAsLeadByConvention() {
        ParsedDocument d = Seeds.parse("003");
        assertThat(d.meta().docNumber()).isEqualTo("衢政办发〔2024〕32号");
        assertThat(work(d)).hasSize(24).allMatch(ParsedTask::leadByConvention).noneMatch(ParsedTask::orphan);
        ParsedTask first = work(d).get(0);
        assertThat(first.leads()).extracting(UnitRef::name, UnitRef::canonical, UnitRef::scope)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("市教育局", "衢州市教育局", "衢州市"));
        assertThat(first.co()).extracting(UnitRef::canonical).contains("衢州市自然资源和规划局");
        assertThat(d.schools()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("衢职院");
            assertThat(s.canonical()).isEqualTo("衢州职业技术学院");
        });
    }

    @Test
    void reads004LabelledLeadsAndTheHeadingPrintedWithoutNumber() {
        ParsedDocument d = Seeds.parse("004");
        assertThat(d.meta().issuers()).containsExactly("中共重庆市南岸区委办公室", "重庆市南岸区人民政府办公室");
        assertThat(d.meta().regionName()).isEqualTo("重庆市南岸区");
        assertThat(work(d)).hasSize(25).noneMatch(ParsedTask::leadByConvention);
        List<ParsedTask> ledByEducationCommission = d.tasks().stream()
                .filter(t -> t.leads().stream().anyMatch(u -> u.name().equals("区教委"))).toList();
        assertThat(ledByEducationCommission).hasSize(22);
        assertThat(ledByEducationCommission.get(0).leads().get(0).canonical()).isEqualTo("重庆市南岸区教育委员会");
        assertThat(ledByEducationCommission.get(0).leads().get(0).parent()).isEqualTo("重庆市南岸区人民政府");
        ParsedSection inferred = d.sections().stream().filter(ParsedSection::inferredNumber).findFirst().orElseThrow();
        assertThat(inferred.path()).isEqualTo("三、(四)");
        ParsedTask eleven = d.tasks().stream().filter(t -> t.number().equals("11")).findFirst().orElseThrow();
        assertThat(eleven.sectionPath()).isEqualTo("三、(四)");
    }
}
