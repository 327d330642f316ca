package dev.policygraph.analysis.similarity;

import java.util.Objects;

/**
 * One task as the similarity engine sees it.
 *
 * @param id       unique key of the task among everything indexed (for the graph: the task's id)
 * @param document the document it belongs to; pairs inside one document are judged more strictly, and a document's
 *                 tasks can be removed together
 * @param title    its heading or first sentence
 * @param text     its whole text (the heading may be repeated at its start)
 */
public record TaskText(String id, String document, String title, String text) {

    public TaskText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
