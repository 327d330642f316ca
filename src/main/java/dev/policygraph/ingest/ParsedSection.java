package dev.policygraph.ingest;

/**
 * A heading in the document's hierarchy.
 *
 * @param path           the numbers from the top down, e.g. "二、(一)"; unique within the document
 * @param number         this heading's own number as printed ("二、", "(一)", "实施项目3")
 * @param title          heading text without its number
 * @param level          1 for 一、, 2 for (一), 3 for 实施项目N
 * @param parentPath     the enclosing section's path, or null at the top
 * @param kind           what the top-level section is about: task, goal, safeguard, requirement or other
 * @param inferredNumber true when the document printed the heading without a number and the parser inferred it
 */
public record ParsedSection(String path, String number, String title, int level, String parentPath, String kind,
                            boolean inferredNumber) {
}
