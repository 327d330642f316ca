package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 完成时限 phrases read as a date, a recurring or a continuing duty (issue 10). */
class DuePhrasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2023年底前           | DATE       | 2023-12-31",
        "2024年6月            | DATE       | 2024-06-30",
        "2024年6月底前        | DATE       | 2024-06-30",
        "2025年12月31日       | DATE       | 2025-12-31",
        "2026.3.15            | DATE       | 2026-03-15",
        "2024年上半年         | DATE       | 2024-06-30",
        "2024年第三季度       | DATE       | 2024-09-30",
        "2023—2025年          | DATE       | 2025-12-31",
        "2025年               | DATE       | 2025-12-31",
        "3月底前              | DATE       | 2024-03-31",
        "每年                 | RECURRING  | -",
        "每季度               | RECURRING  | -",
        "长期坚持             | CONTINUOUS | -",
        "持续推进             | CONTINUOUS | -",
    })
    void readsThePhrase(String printed, Due.Kind kind, LocalDate date) {
        Due due = Deadlines.read(printed, 2024);
        assertThat(due.kind()).isEqualTo(kind);
        assertThat(due.date()).isEqualTo(date);
        assertThat(due.printed()).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({"'', ", "'按要求', "})
    void namesNoTime(String printed) {
        assertThat(Deadlines.read(printed, 2024)).isNull();
    }
}
