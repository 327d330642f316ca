/**
 * Turns a file's bytes into the parser's input: the file type detected from its content (magic bytes, the parts
 * of a zip or OLE2 container), and the document as {@link dev.policygraph.ingest.Block}s — lines of running text,
 * table rows with exact cells. PDF (text layer), Word (.docx, .doc, .wps in Word format), Excel (.xlsx, .xls),
 * HTML and plain text. Pure: no Spring, no Neo4j. The public face is {@link dev.policygraph.extract.Extractor},
 * {@link dev.policygraph.extract.ExtractedFile}, {@link dev.policygraph.extract.FileType},
 * {@link dev.policygraph.extract.Limits} and {@link dev.policygraph.extract.ExtractionException}.
 */
package dev.policygraph.extract;
