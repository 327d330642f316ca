package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GET /export/ledger.csv|xlsx over HTTP, against the seeds: who may, what the columns and rows are. */
class LedgerExportTest extends GraphTestSupport {

    static final String HEADER = "序号,任务,牵头单位,配合单位,完成时限,进展,状态";

    @Autowired
    WebTestClient http;

    @Test
    void theLedgerNeedsASignedInCaller() {
        http.get().uri("/export/ledger.csv").exchange().expectStatus().isUnauthorized()
                .expectBody(String.class).value(body -> assertThat(body).contains("UNAUTHORIZED"));
        http.get().uri("/export/ledger.csv").headers(h -> h.setBasicAuth(VIEWER, "wrong password")).exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/export/ledger.csv").headers(h -> h.setBearerAuth("pgt_unknown")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aPlansLedgerAsCsvHasTheOfficesColumnsAndOneRowPerWorkTask() {
        byte[] body = http.get().uri("/export/ledger.csv?documentId=" + DOC_004)
                .headers(h -> h.setBasicAuth(VIEWER, PASSWORD)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/csv;charset=UTF-8")
                .expectBody().returnResult().getResponseBody();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + HEADER + "\r\n");
        List<String> lines = Arrays.asList(csv.substring(1).split("\r\n"));
        assertThat(lines).hasSize(1 + 25);
        assertThat(lines.get(1)).startsWith("1,");
        assertThat(lines.get(25)).startsWith("25,");
        assertThat(csv).contains("重庆市南岸区教育委员会");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).endsWith("未启动"));
    }

    @Test
    void aUnitsLedgerAsXlsxListsWhatItLeads() throws Exception {
        byte[] body = http.get().uri(b -> b.path("/export/ledger.xlsx").queryParam("unit", "区教委")
                        .queryParam("role", "LEAD").build())
                .headers(h -> h.setBearerAuth(VIEWER_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody().returnResult().getResponseBody();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            for (int i = 0; i < 7; i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(HEADER.split(",")[i]);
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(22);
            for (int r = 1; r <= 22; r++) {
                assertThat(sheet.getRow(r).getCell(0).getNumericCellValue()).isEqualTo(r);
                assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).contains("重庆市南岸区教育委员会");
            }
        }
    }

    @Test
    void anUnknownFormatOrUnitIsABadRequestNamingIt() {
        http.get().uri("/export/ledger.pdf").headers(h -> h.setBasicAuth(VIEWER, PASSWORD)).exchange()
                .expectStatus().isBadRequest().expectBody(String.class)
                .value(body -> assertThat(body).contains("xlsx or csv", "pdf"));
        http.get().uri("/export/ledger.csv?status=FINISHED").headers(h -> h.setBasicAuth(VIEWER, PASSWORD))
                .exchange().expectStatus().isBadRequest();
    }
}
