package dev.policygraph.ingest;

import java.util.List;
import java.util.regex.Pattern;

/** The kind of the items of a part, from the part's heading (kinds.tsv): task, goal, safeguard or requirement. */
final class Kinds {

    static final String TASK = "task";
    static final String GOAL = "goal";

    private record Rule(Pattern pattern, String kind) {
    }

    private static final List<Rule> RULES = RuleFiles.rows("kinds.tsv", 2).stream()
            .map(r -> new Rule(Pattern.compile(r[0].strip()), r[1].strip())).toList();

    private Kinds() {
    }

    /** The kind a part with this heading gives its items; task when the heading says nothing else. */
    static String ofHeading(String heading) {
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(heading).find()) {
                return rule.kind();
            }
        }
        return TASK;
    }

    /** The kind the heading states, or null when it states none (so that the parts above it decide). */
    static String statedBy(String heading) {
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(heading).find()) {
                return rule.kind();
            }
        }
        return null;
    }
}
