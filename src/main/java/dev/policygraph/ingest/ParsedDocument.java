package dev.policygraph.ingest;

import java.util.List;

/**
 * Everything the parser read from one policy document.
 *
 * @param file        the file name the text came from (basename)
 * @param contentHash SHA-256 of the normalised text: equal hashes mean the same content
 * @param fingerprint hash of the text with every space, line break and punctuation removed, so that the web
 *                    text and the PDF text of one document share it when their wording is the same
 * @param meta        title, issuer, document number, region and date
 * @param sections    the section hierarchy in reading order
 * @param tasks       numbered tasks (and items of other kinds) in reading order
 * @param schools     schools named anywhere in the document, each once
 * @param targets     quantified targets in reading order
 * @param text        the normalised text it was parsed from; parsing it again gives the same document
 * @param warnings    what a coordinator should check because the parser recognised the plan but not all of it
 *                    (a table whose rows could not be read, a clause it could not split, tasks without owners in a
 *                    plan where most have one); empty when it read everything it recognised
 */
public record ParsedDocument(
        String file,
        String contentHash,
        String fingerprint,
        DocumentMeta meta,
        List<ParsedSection> sections,
        List<ParsedTask> tasks,
        List<SchoolRef> schools,
        List<ParsedTarget> targets,
        String text,
        List<String> warnings) {

    public ParsedDocument {
        warnings = List.copyOf(warnings);
    }
}
