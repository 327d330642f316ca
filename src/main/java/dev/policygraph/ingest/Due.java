package dev.policygraph.ingest;

import java.time.LocalDate;

/**
 * When a task is due, read from its 完成时限 as printed: a date (2023年底前 → 2023-12-31, 2024年6月 → 2024-06-30,
 * 2024年第三季度 → 2024-09-30), a recurring duty (每年, 每季度), or a continuing one (长期坚持, 持续推进).
 *
 * @param kind    what sort of deadline it is
 * @param date    the last day it is due by, for {@link Kind#DATE} only, else null
 * @param printed the phrase as printed
 */
public record Due(Kind kind, LocalDate date, String printed) {

    /** The closed set of deadline sorts. */
    public enum Kind {
        /** Due by a day. */
        DATE,
        /** Due again every year, quarter or month (每年, 每季度). */
        RECURRING,
        /** Ongoing without an end (长期坚持, 持续推进). */
        CONTINUOUS
    }
}
