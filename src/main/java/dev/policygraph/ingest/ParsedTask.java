package dev.policygraph.ingest;

import java.util.List;

/**
 * A numbered item of work.
 *
 * @param kind             task for work items; goal, safeguard, requirement or other for items of such sections
 * @param number           the number as printed ("3"), unique in its section: a number printed again there (rows of a
 *                         table whose number cell spans them) is told apart by "#2", "#3" ({@link #printedNumber})
 * @param title            the first sentence, without its number
 * @param text             the whole paragraph(s), responsibility clause removed
 * @param sectionPath      path of the enclosing section, or null
 * @param leads            lead units (牵头单位)
 * @param co               co-responsible units (责任单位 / 配合单位)
 * @param leadByConvention true when no lead was labelled and the first listed unit was taken as lead
 * @param clause           the responsibility clause as printed, or null
 * @param deadline         when the task is due, as printed in its clause (完成时限:2025年底), or null
 * @param due              the deadline read as a date, a recurring or a continuing duty, or null when none is stated
 */
public record ParsedTask(String kind, String number, String title, String text, String sectionPath,
                         List<UnitRef> leads, List<UnitRef> co, boolean leadByConvention, String clause,
                         String deadline, Due due) {

    /** The task's key within its document: section path, '/', number ("二、(一)/3"); just the number at the top. */
    public String key() {
        return sectionPath == null ? number : sectionPath + "/" + number;
    }

    /** The number as printed: {@link #number} without what tells a repeated number apart ("2#3" → "2"). */
    public String printedNumber() {
        int hash = number.indexOf('#');
        return hash < 0 ? number : number.substring(0, hash);
    }

    /** True when no unit is responsible for the task. */
    public boolean orphan() {
        return leads.isEmpty() && co.isEmpty();
    }
}
