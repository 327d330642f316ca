package dev.policygraph.analysis;

import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.TitleKey;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DuplicateRule} compares of a document, read from the graph (document-signatures.cypher) or from a
 * parse.
 *
 * @param id          the document id (or the file, for a parse)
 * @param fingerprint hash of the text without spaces and punctuation
 * @param docNumber   the document number, or null
 * @param titleKey    the title reduced for comparison ({@link TitleKey}); "" without a title
 * @param taskKeys    each numbered item as task key | title key
 */
public record DocumentSignature(String id, String fingerprint, @Nullable String docNumber, String titleKey,
                                Set<String> taskKeys) {

    public DocumentSignature {
        taskKeys = Set.copyOf(taskKeys);
    }

    /** The signature of a parsed file, as the graph would hold it for that file. */
    public static DocumentSignature of(ParsedDocument d) {
        Set<String> keys = new LinkedHashSet<>();
        d.tasks().forEach(t -> keys.add(t.key() + "|" + TitleKey.of(t.title())));
        return new DocumentSignature(d.file(), d.fingerprint(), d.meta().docNumber(), TitleKey.of(d.meta().title()),
                keys);
    }
}
