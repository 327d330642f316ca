package dev.policygraph.ingest;

/** A task title reduced for comparison: no spaces, no punctuation, no quotes. */
public final class TitleKey {

    private TitleKey() {
    }

    public static String of(String title) {
        return title == null ? "" : TextOps.withoutSpacesAndPunctuation(title);
    }
}
