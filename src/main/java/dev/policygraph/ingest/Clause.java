package dev.policygraph.ingest;

import java.util.List;

/**
 * A responsibility clause found in a paragraph.
 *
 * @param printed          the clause as printed
 * @param start            where it starts in the paragraph
 * @param end              where it ends (exclusive)
 * @param leads            lead unit names as printed
 * @param co               co-responsible unit names as printed
 * @param leadByConvention true when the lead was not labelled and the first listed unit was taken
 * @param deadline         the completion time as printed (完成时限:2025年底), or null
 * @param carried          units the clause makes responsible for every later measure (以下均需X落实,不再列出)
 * @param firstLeads       true when the clause states that the first unit listed leads (列第一位者为牵头单位)
 */
record Clause(String printed, int start, int end, List<String> leads, List<String> co, boolean leadByConvention,
              String deadline, List<String> carried, boolean firstLeads) {
}
