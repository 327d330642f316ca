package dev.policygraph.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The CSV cells of the ledger, and the formats by name. */
class LedgerFormatTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefusedAndQuotedAsRfc4180Says() {
        assertThat(LedgerFormat.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(LedgerFormat.csvCell("+1")).isEqualTo("'+1");
        assertThat(LedgerFormat.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(LedgerFormat.csvCell("甲,乙")).isEqualTo("\"甲,乙\"");
        assertThat(LedgerFormat.csvCell("第一行\n第二行")).isEqualTo("\"第一行\n第二行\"");
        assertThat(LedgerFormat.csvCell("市教育局")).isEqualTo("市教育局");
    }

    @Test
    void theFormatComesFromTheExtension() {
        assertThat(LedgerFormat.of("台账.XLSX")).isEqualTo(LedgerFormat.XLSX);
        assertThat(LedgerFormat.of("csv")).isEqualTo(LedgerFormat.CSV);
        assertThatThrownBy(() -> LedgerFormat.of("ledger.pdf")).hasMessageContaining("xlsx or csv")
                .hasMessageContaining("ledger.pdf");
    }
}
