package dev.policygraph.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.cli.IngestCommand;
import dev.policygraph.graph.Document;
import dev.policygraph.ingest.ParseException;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.GraphWriter;
import dev.policygraph.persistence.TestGraph;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Loading files into the graph: idempotent, all-or-nothing, units scoped by region. */
class IngestTest extends GraphTestSupport {

    @Autowired
    DocumentLoader loader;
    @Autowired
    GraphWriter writer;
    @Autowired
    TestGraph graph;
    @Autowired
    IngestCommand ingest;
    @Autowired
    StaleDocuments stale;
    @Autowired
    dev.policygraph.analysis.DuplicateDocuments duplicates;
    @Autowired
    Corrections corrections;
    @Autowired
    java.time.Clock clock;
    @Autowired
    GraphReader reader;

    record Version(String version, long sourceLength) {
    }

    /** A French text: in ISO-8859-1, "é " and "à " are byte pairs that GB18030 does not have. */
    private static final String FRENCH = "Plan d'action pour l'éducation : objectifs de l'année 2027, écoles et "
            + "collèges à rénover.\n".repeat(20);
    /** A Japanese text with half-width katakana, which Shift_JIS writes as single bytes that GB18030 cannot read. */
    private static final String JAPANESE = "教育振興基本計画（ｷｮｳｲｸ ｹｲｶｸ）について。\n１．幼児教育の無償化を進める。\n";

    private final List<String> added = new ArrayList<>();

    @AfterEach
    void removeAddedDocuments() {
        writer.delete(added);
    }

    @Test
    void reingestingTheSeedsChangesNothing() throws Exception {
        Map<String, Long> before = counts();
        List<DocumentLoader.Loaded> written = loader.load(seedSources());
        assertThat(written).hasSize(5).allMatch(w -> w.outcome() == GraphWriter.Outcome.UNCHANGED);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBadFileInTheBatchLeavesTheGraphUnchanged() {
        Map<String, Long> before = counts();
        added.add("zz-plan");
        List<Source> batch = List.of(
                new Source("zz-plan.txt", plan("丽水市", "丽政办发〔2025〕3号").getBytes(StandardCharsets.UTF_8)),
                new Source("empty.txt", new byte[0]));
        assertThatThrownBy(() -> loader.load(batch)).isInstanceOf(ParseException.class)
                .hasMessageContaining("empty.txt");
        byte[] binary = new byte[512];
        binary[3] = 0;
        binary[4] = 7;
        assertThatThrownBy(() -> loader.load(List.of(new Source("scan.pdf", binary))))
                .isInstanceOf(ParseException.class).hasMessageContaining("binary");
        assertThat(counts()).isEqualTo(before);
        assertThat(data("{ document(id: \"zz-plan\") { id } }").get("document").isNull()).isTrue();
    }

    @Test
    void theIngestCommandReportsBadInputAndWritesNothing(@TempDir Path dir) throws Exception {
        Map<String, Long> before = counts();
        Files.writeString(dir.resolve("zz-good.txt"), plan("丽水市", "丽政办发〔2025〕4号"));
        Files.write(dir.resolve("zz-latin1.txt"), FRENCH.getBytes(StandardCharsets.ISO_8859_1));
        added.add("zz-good");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ingest.run(List.of(dir.toString()), print(out), print(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("zz-latin1.txt").contains("neither UTF-8 nor GB18030")
                .contains("nothing was written");
        assertThat(counts()).isEqualTo(before);

        Files.delete(dir.resolve("zz-latin1.txt"));
        code = ingest.run(List.of(dir.toString()), print(out), print(err));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("created\tzz-good");
        code = ingest.run(List.of(dir.resolve("zz-good.txt").toString()), print(out), print(err));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("unchanged\tzz-good");
        assertThat(ingest.run(List.of(dir.resolve("missing.txt").toString()), print(out), print(err))).isEqualTo(2);
    }

    @Test
    void filesInLatin1OrShiftJisAreRefusedForTheirEncodingNamingTheFile() {
        Map<String, Long> before = counts();
        byte[] latin1 = FRENCH.getBytes(StandardCharsets.ISO_8859_1);
        byte[] shiftJis = JAPANESE.getBytes(Charset.forName("Shift_JIS"));
        for (byte[] bytes : List.of(latin1, shiftJis)) {
            // text, not binary: no NUL and no control bytes, so the decoder's encoding check is what refuses it
            for (byte b : bytes) {
                assertThat(b == '\n' || b < 0 || b >= 0x20).isTrue();
            }
            assertThat(decodes(bytes, StandardCharsets.UTF_8)).isFalse();
            assertThat(decodes(bytes, Charset.forName("GB18030"))).isFalse();
        }
        assertThatThrownBy(() -> loader.load(List.of(new Source("zz-plan.txt", plan("丽水市", "丽政办发〔2025〕5号")
                .getBytes(StandardCharsets.UTF_8)), new Source("zz-french.txt", latin1))))
                .isInstanceOf(ParseException.class).hasMessage("zz-french.txt: the text is neither UTF-8 nor "
                        + "GB18030/GBK; convert it to UTF-8");
        assertThatThrownBy(() -> loader.load(List.of(new Source("zz-japanese.txt", shiftJis))))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("zz-japanese.txt: the text is neither "
                        + "UTF-8 nor GB18030");
        assertThat(counts()).isEqualTo(before);
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void theSameUnitNameInTwoCitiesIsTwoUnits() {
        added.addAll(List.of("zz-lishui", "zz-jinhua"));
        loader.load(List.of(
                new Source("zz-lishui.txt", plan("丽水市", "丽政办发〔2025〕1号").getBytes(StandardCharsets.UTF_8)),
                new Source("zz-jinhua.txt", plan("金华市", "金政办发〔2025〕2号").getBytes(StandardCharsets.UTF_8))));

        JsonNode units = data("{ units(search: \"市教育局\") { name region leads { document { id } } } }").get("units");
        Map<String, String> leadsByName = new LinkedHashMap<>();
        units.forEach(u -> leadsByName.put(u.get("name").asString(), u.get("region").asString()));
        assertThat(leadsByName).containsEntry("丽水市教育局", "丽水市").containsEntry("金华市教育局", "金华市")
                .containsEntry("衢州市教育局", "衢州市");
        units.forEach(u -> {
            String city = u.get("region").asString();
            u.get("leads").forEach(t -> assertThat(t.get("document").get("id").asString())
                    .isEqualTo(switch (city) {
                        case "丽水市" -> "zz-lishui";
                        case "金华市" -> "zz-jinhua";
                        default -> DOC_003;
                    }));
        });

        JsonNode ambiguous = graphql("{ unit(name: \"市教育局\") { name } }", Map.of());
        assertThat(ambiguous.get("errors").get(0).get("message").asString())
                .contains("several regions").contains("丽水市").contains("金华市");
        JsonNode jinhuaOnly = data("""
                { tasks(filter: {unit: "市教育局", region: "金华市", role: LEAD}) { totalCount edges { node { document { id } } } } }
                """).get("tasks");
        assertThat(jinhuaOnly.get("totalCount").asInt()).isEqualTo(2);
        jinhuaOnly.get("edges").forEach(e -> assertThat(e.get("node").get("document").get("id").asString())
                .isEqualTo("zz-jinhua"));
        JsonNode due = data("""
                { tasks(filter: {documentId: "zz-jinhua"}) { edges { node { number deadline leads { name } } } } }
                """).get("tasks").get("edges");
        assertThat(due.get(1).get("node").get("deadline").asString()).isEqualTo("2026年底");
        assertThat(due.get(1).get("node").get("leads").get(0).get("name").asString()).isEqualTo("金华市教育局");
        assertThat(due.get(0).get("node").get("deadline").isNull()).isTrue();
        JsonNode chosen = data("{ unit(name: \"市教育局\", region: \"金华市\") { name parent { name } leads { id } } }")
                .get("unit");
        assertThat(chosen.get("name").asString()).isEqualTo("金华市教育局");
        assertThat(chosen.get("parent").get("name").asString()).isEqualTo("金华市人民政府");
        assertThat(chosen.get("leads")).hasSize(2);
    }

    @Test
    void aChangedDocumentReplacesItsTasksAndDropsUnitsNoLongerNamed() {
        added.add("zz-lishui");
        String first = plan("丽水市", "丽政办发〔2025〕1号");
        assertThat(loader.load(List.of(new Source("zz-lishui.txt", first.getBytes(StandardCharsets.UTF_8)))))
                .extracting(DocumentLoader.Loaded::outcome).containsExactly(GraphWriter.Outcome.CREATED);
        assertThat(data("{ unit(name: \"市体育局\", region: \"丽水市\") { name } }").get("unit").isNull()).isFalse();

        String second = first.replace("市教育局、市体育局", "市教育局").replace("推进学校体育", "推进学校美育");
        assertThat(loader.load(List.of(new Source("zz-lishui.txt", second.getBytes(StandardCharsets.UTF_8)))))
                .extracting(DocumentLoader.Loaded::outcome).containsExactly(GraphWriter.Outcome.REPLACED);
        JsonNode doc = data("{ document(id: \"zz-lishui\") { tasks { title } } }").get("document");
        assertThat(doc.get("tasks").toString()).contains("推进学校美育").doesNotContain("推进学校体育");
        assertThat(data("{ unit(name: \"市体育局\", region: \"丽水市\") { name } }").get("unit").isNull()).isTrue();
    }

    @Test
    void aRenamedCopyOfADocumentIsFoundAsDuplicate() throws Exception {
        added.add("zz-copy-of-004");
        // the same text saved again (Windows line ends): other bytes, so a document of its own, found as duplicate
        byte[] copy = Files.readString(Path.of("seeds/004_17aa41a902222470.txt")).replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        loader.load(List.of(new Source("zz-copy-of-004.txt", copy)));
        JsonNode pairs = data("{ duplicateDocuments { first { id } second { id } reason similarity } }")
                .get("duplicateDocuments");
        assertThat(pairs).hasSize(2);
        JsonNode pair = pairs.get(1);
        assertThat(pair.get("first").get("id").asString()).isEqualTo(DOC_004);
        assertThat(pair.get("second").get("id").asString()).isEqualTo("zz-copy-of-004");
        assertThat(pair.get("reason").asString()).isEqualTo("SAME_TEXT");
        assertThat(pair.get("similarity").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aRunWrittenInManyTransactionsFindsDuplicatesAcrossThemAndReportsEveryFile() throws Exception {
        DocumentLoader oneByOne = new DocumentLoader(writer, duplicates, corrections, clock, 1);
        added.addAll(List.of("zz-lishui", "zz-other", "zz-lishui-again"));
        String plan = plan("丽水市", "丽政办发〔2025〕1号");
        List<DocumentLoader.Loaded> loaded = oneByOne.load(List.of(
                new Source("zz-lishui.txt", plan.getBytes(StandardCharsets.UTF_8)),
                new Source("zz-other.txt", plan("衢州市", "衢政办发〔2025〕2号").getBytes(StandardCharsets.UTF_8)),
                new Source("zz-lishui-again.txt", plan.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                new Source("004.txt", Files.readAllBytes(Path.of("seeds/004_17aa41a902222470.txt")))));
        assertThat(loaded).extracting(DocumentLoader.Loaded::documentId)
                .containsExactly("zz-lishui", "zz-other", "zz-lishui-again", DOC_004);
        assertThat(loaded).extracting(DocumentLoader.Loaded::outcome).containsExactly(GraphWriter.Outcome.CREATED,
                GraphWriter.Outcome.CREATED, GraphWriter.Outcome.CREATED, GraphWriter.Outcome.UNCHANGED);
        JsonNode pairs = data("{ duplicateDocuments { first { id } second { id } reason } }").get("duplicateDocuments");
        assertThat(pairs.toString()).contains("{\"first\":{\"id\":\"zz-lishui\"},\"second\":{\"id\":"
                + "\"zz-lishui-again\"},\"reason\":\"SAME_TEXT\"}").doesNotContain("zz-other");
    }

    @Test
    void aBatchIsLetGoOnceWrittenSoMemoryDoesNotGrowWithTheRun() {
        // the documents of each batch as the loader hands them on; weakly held, so they go once the loader lets go
        List<WeakReference<Document>> handedOn = new ArrayList<>();
        List<Boolean> earlierStillHeld = new ArrayList<>();
        Corrections watching = new Corrections(reader) {
            @Override
            Map<String, List<String>> apply(List<Document> documents) {
                if (!handedOn.isEmpty()) {
                    for (int i = 0; i < 3 && handedOn.stream().anyMatch(r -> r.get() != null); i++) {
                        System.gc();
                    }
                    earlierStillHeld.add(handedOn.stream().anyMatch(r -> r.get() != null));
                }
                documents.forEach(d -> handedOn.add(new WeakReference<>(d)));
                return super.apply(documents);
            }
        };
        DocumentLoader oneByOne = new DocumentLoader(writer, duplicates, watching, clock, 1);
        added.addAll(List.of("zz-lishui", "zz-quzhou", "zz-taizhou"));
        // small files: the checking pass keeps their parses for the writing pass
        List<DocumentLoader.Loaded> loaded = oneByOne.load(List.of(
                new Source("zz-lishui.txt", plan("丽水市", "丽政办发〔2025〕1号").getBytes(StandardCharsets.UTF_8)),
                new Source("zz-quzhou.txt", plan("衢州市", "衢政办发〔2025〕2号").getBytes(StandardCharsets.UTF_8)),
                new Source("zz-taizhou.txt", plan("台州市", "台政办发〔2025〕3号").getBytes(StandardCharsets.UTF_8))));
        assertThat(loaded).extracting(DocumentLoader.Loaded::outcome).containsOnly(GraphWriter.Outcome.CREATED);
        assertThat(earlierStillHeld).containsExactly(false, false);
    }

    @Test
    void aLoadAskedToStopDeletesWhatItWroteInEarlierBatches() {
        Map<String, Long> before = counts();
        AtomicReference<DocumentLoader> running = new AtomicReference<>();
        List<String> batches = new ArrayList<>();
        Corrections stopAtTheSecond = new Corrections(reader) {
            @Override
            Map<String, List<String>> apply(List<Document> documents) {
                documents.forEach(d -> batches.add(d.getId()));
                if (batches.size() == 2) {
                    running.get().stop(); // as SIGTERM does: this batch is still written, the next is not
                }
                return super.apply(documents);
            }
        };
        DocumentLoader oneByOne = new DocumentLoader(writer, duplicates, stopAtTheSecond, clock, 1);
        running.set(oneByOne);
        added.addAll(List.of("zz-lishui", "zz-quzhou", "zz-taizhou"));
        assertThatThrownBy(() -> oneByOne.load(List.of(
                new Source("zz-lishui.txt", plan("丽水市", "丽政办发〔2025〕1号").getBytes(StandardCharsets.UTF_8)),
                new Source("zz-quzhou.txt", plan("衢州市", "衢政办发〔2025〕2号").getBytes(StandardCharsets.UTF_8)),
                new Source("zz-taizhou.txt", plan("台州市", "台政办发〔2025〕3号").getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(DocumentLoader.StoppedException.class).hasMessageContaining("after 2 of 3 documents");
        assertThat(batches).containsExactly("zz-lishui", "zz-quzhou");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void checkedFilesAreWrittenFromTheirKeptParsesWithoutReadingThemAgain(@TempDir Path dir) throws Exception {
        Path lishui = Files.writeString(dir.resolve("zz-lishui.txt"), plan("丽水市", "丽政办发〔2025〕1号"));
        Path quzhou = Files.writeString(dir.resolve("zz-quzhou.txt"), plan("衢州市", "衢政办发〔2025〕2号"));
        added.addAll(List.of("zz-lishui", "zz-quzhou"));
        List<DocumentLoader.Prepared> prepared = List.of(DocumentLoader.prepare(lishui, true),
                DocumentLoader.prepare(quzhou, true));
        // the write reads neither file again: their parses were kept by the checking pass
        Files.delete(lishui);
        Files.delete(quzhou);
        List<DocumentLoader.Loaded> loaded = loader.loadPrepared(prepared, "test");
        assertThat(loaded).extracting(DocumentLoader.Loaded::outcome).containsOnly(GraphWriter.Outcome.CREATED);
        assertThat(data("{ document(id: \"zz-quzhou\") { tasks { id } } }").get("document").get("tasks").size())
                .isPositive();

        // checked again, the same bytes are known by their SHA-256 and not written (nor parsed) again
        Files.writeString(lishui, plan("丽水市", "丽政办发〔2025〕1号"));
        assertThat(loader.loadPrepared(List.of(DocumentLoader.prepare(lishui, false)), "test"))
                .extracting(DocumentLoader.Loaded::outcome).containsExactly(GraphWriter.Outcome.UNCHANGED);
    }

    @Test
    void aCheckedFileThatChangedBeforeItsBatchIsWrittenStopsTheRunNamingItAndLeavesNothing(@TempDir Path dir)
            throws Exception {
        Map<String, Long> before = counts();
        Path lishui = Files.writeString(dir.resolve("zz-lishui.txt"), plan("丽水市", "丽政办发〔2025〕1号"));
        Path quzhou = Files.writeString(dir.resolve("zz-quzhou.txt"), plan("衢州市", "衢政办发〔2025〕2号"));
        added.addAll(List.of("zz-lishui", "zz-quzhou"));
        // the second file's parse is not kept (beyond the bound): it is parsed again when its batch is written
        List<DocumentLoader.Prepared> prepared = List.of(DocumentLoader.prepare(lishui, true),
                DocumentLoader.prepare(quzhou, false));
        Files.write(quzhou, FRENCH.getBytes(StandardCharsets.ISO_8859_1));
        DocumentLoader oneByOne = new DocumentLoader(writer, duplicates, corrections, clock, 1);
        assertThatThrownBy(() -> oneByOne.loadPrepared(prepared, "test")).isInstanceOf(ParseException.class)
                .hasMessageContaining("zz-quzhou.txt");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void documentsSharingMostTasksAreDuplicatesEvenWithOtherWording() {
        added.addAll(List.of("zz-lishui", "zz-lishui-reissued"));
        String plan = plan("丽水市", "丽政办发〔2025〕1号") + "3.加强劳动教育。推进劳动实践。(责任单位:市教育局)\n";
        String reissued = plan.replace("丽政办发〔2025〕1号", "丽政办发〔2025〕9号").replace("开齐开足体育课", "开足开好体育课");
        loader.load(List.of(
                new Source("zz-lishui.txt", plan.getBytes(StandardCharsets.UTF_8)),
                new Source("zz-lishui-reissued.txt", reissued.getBytes(StandardCharsets.UTF_8))));
        JsonNode pairs = data("{ duplicateDocuments { first { id } second { id } reason similarity } }")
                .get("duplicateDocuments");
        assertThat(pairs.toString()).contains("zz-lishui-reissued");
        for (JsonNode p : pairs) {
            if (p.get("second").get("id").asString().equals("zz-lishui-reissued")) {
                assertThat(p.get("first").get("id").asString()).isEqualTo("zz-lishui");
                assertThat(p.get("reason").asString()).isEqualTo("SAME_TASKS");
            }
        }
    }

    @Test
    void documentsReadByAnOlderParserAreParsedAgainFromTheirStoredText() {
        added.add("zz-lishui");
        loader.load(List.of(new Source("zz-lishui.txt",
                plan("丽水市", "丽政办发〔2025〕1号").getBytes(StandardCharsets.UTF_8))));
        Map<String, Long> before = counts();
        graph.run("document-make-stale", Map.of("id", "zz-lishui"));
        assertThat(stale.reparse()).isEqualTo(1);
        assertThat(graph.list("document-version", Map.of("id", "zz-lishui"), Version.class))
                .singleElement().satisfies(v -> {
                    assertThat(v.version()).isEqualTo(dev.policygraph.ingest.DocumentParser.VERSION);
                    assertThat(v.sourceLength()).isGreaterThan(100);
                });
        assertThat(counts()).isEqualTo(before);
        assertThat(stale.reparse()).isZero();
    }

    @Test
    void deletingADocumentRemovesEverythingOnlyItMentioned() {
        Map<String, Long> before = counts();
        loader.load(List.of(new Source("zz-lishui.txt",
                plan("丽水市", "丽政办发〔2025〕1号").getBytes(StandardCharsets.UTF_8))));
        assertThat(counts()).isNotEqualTo(before);
        assertThat(writer.delete(List.of("zz-lishui"))).isEqualTo(1);
        assertThat(counts()).isEqualTo(before);
    }

    /** A small plan of a city government: two tasks led by the city education bureau. */
    private static String plan(String city, String number) {
        String prefix = city.substring(0, 2);
        return """
                %1$s人民政府办公室关于印发%1$s学校体育美育提升行动方案的通知
                %2$s

                各县(市、区)人民政府,市政府各部门:
                《%1$s学校体育美育提升行动方案》已经市政府同意,现印发给你们,请认真组织实施。

                %1$s人民政府办公室
                2025年3月1日

                %1$s学校体育美育提升行动方案

                一、主要目标
                到2027年,全市中小学生体质健康优良率达到60%%以上。

                二、重点任务
                1.推进学校体育。开齐开足体育课,%3$s第一中学建设体育特色学校。(责任单位:市教育局、市体育局,各县〔市、区〕政府)
                2.加强美育工作。推进艺术教育普及,建设一批美育特色学校。(责任单位:市教育局、市文化和广电旅游局;完成时限:2026年底)
                """.formatted(city, number, prefix);
    }

    @Test
    void aWordFileLoadsAsItsTextDoesAndIsKnownAgainByItsBytesUnderAnyName() throws Exception {
        String text = plan("丽水市", "丽政办发〔2025〕9号");
        byte[] docx = docx(text);
        added.add("zz-word-plan");
        List<DocumentLoader.Loaded> first = loader.load(List.of(new Source("zz-word-plan.docx", docx)));
        assertThat(first).extracting(DocumentLoader.Loaded::outcome).containsExactly(GraphWriter.Outcome.CREATED);

        JsonNode doc = data("""
                { document(id: "zz-word-plan") { original { name type size sha256 }
                  tasks { number leads { name } coResponsible { name } } } }""").get("document");
        assertThat(doc.get("original").get("name").asString()).isEqualTo("zz-word-plan.docx");
        assertThat(doc.get("original").get("type").asString()).isEqualTo("DOCX");
        assertThat(doc.get("original").get("size").asLong()).isEqualTo(docx.length);
        assertThat(doc.get("original").get("sha256").asString()).hasSize(64);
        assertThat(doc.get("tasks").toString()).contains("丽水市教育局", "丽水市体育局");

        added.add("zz-word-plan-renamed");
        List<DocumentLoader.Loaded> again = loader.load(List.of(new Source("zz-word-plan-renamed.docx", docx)));
        assertThat(again).singleElement().satisfies(l -> {
            assertThat(l.outcome()).isEqualTo(GraphWriter.Outcome.UNCHANGED);
            assertThat(l.documentId()).isEqualTo("zz-word-plan");
        });
        assertThat(data("{ document(id: \"zz-word-plan-renamed\") { id } }").get("document").isNull()).isTrue();
    }

    @Test
    void theLoaderReportsWhatThePlanLeftUnclear() throws Exception {
        added.add("zz-unclear");
        String text = plan("丽水市", "丽政办发〔2025〕10号") + "3.加强劳动教育。建设劳动教育基地。\n";
        List<DocumentLoader.Loaded> loaded = loader.load(List.of(new Source("zz-unclear.txt",
                text.getBytes(StandardCharsets.UTF_8))));
        assertThat(loaded).singleElement().satisfies(l -> assertThat(l.warnings()).singleElement().asString()
                .contains("1 of 3 tasks"));
        assertThat(data("{ document(id: \"zz-unclear\") { warnings } }").get("document").get("warnings").toString())
                .contains("1 of 3 tasks");
    }

    /** A Word file whose paragraphs are the lines of the text. */
    private static byte[] docx(String text) throws Exception {
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                word.createParagraph().createRun().setText(line);
            }
            word.write(out);
            return out.toByteArray();
        }
    }

    /** The graph's counts without the audit journal, which records every write (and is only ever added to). */
    private Map<String, Long> counts() {
        Map<String, Long> counts = graph.counts();
        counts.remove("node:Change");
        return counts;
    }

    private static List<Source> seedSources() throws Exception {
        List<Source> out = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) {
                out.add(new Source(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
