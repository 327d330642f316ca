package dev.policygraph.ingest;

/**
 * A quantified target.
 *
 * @param taskKey    the key of the task stating it, or null for document-level goals
 * @param taskNumber the number of that task, or null
 * @param text       the clause stating the target
 * @param metric     what is measured
 * @param comparator one of >=, >, <=, <, =
 * @param value      the number, with 万 multiplied out (2万人: 20000); a multiplier with 亿 stays in the unit (2.92亿元: 2.92)
 * @param unit       %, 所, 个, 人, 亿元 ... or "" when the value has no unit
 * @param year       the year the target is due, or null
 */
public record ParsedTarget(String taskKey, String taskNumber, String text, String metric, String comparator,
                           double value, String unit, Integer year) {
}
