package dev.policygraph.ingest;

/**
 * A school named in the text.
 *
 * @param name      as printed
 * @param canonical full name where an abbreviation was expanded (衢职院 → 衢州职业技术学院)
 * @param scope     the region the name is read in
 * @param taskKeys  keys of the tasks whose text names it (see {@link ParsedTask#key()})
 */
public record SchoolRef(String name, String canonical, String scope, java.util.List<String> taskKeys) {
}
