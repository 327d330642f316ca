package dev.policygraph.extract;

import dev.policygraph.ingest.Block;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A file as the extractor read it: what the Document keeps of the original (name, detected type, size, SHA-256 of
 * the bytes, so that the same bytes are recognised again under any name) and the blocks the parser reads.
 * A text file has no blocks: its bytes go to the parser's own decoding (UTF-8 / GB18030, {@link #parse}).
 */
public final class ExtractedFile {

    private final String name;
    private final FileType type;
    private final long size;
    private final String sha256;
    private final List<Block> blocks;
    private final byte[] text;

    ExtractedFile(String name, FileType type, byte[] bytes, List<Block> blocks) {
        this(name, type, bytes, blocks, type == FileType.TEXT ? bytes.clone() : null);
    }

    /** {@code text}: the bytes the parser decodes, when they differ from the file's (a byte order mark added). */
    ExtractedFile(String name, FileType type, byte[] bytes, List<Block> blocks, byte[] text) {
        this.name = name;
        this.type = type;
        this.size = bytes.length;
        this.sha256 = sha256(bytes);
        this.blocks = List.copyOf(blocks);
        this.text = text;
    }

    /** The file name as given (no directory). */
    public String name() {
        return name;
    }

    /** The type detected from the content. */
    public FileType type() {
        return type;
    }

    /** The media type of the content, e.g. {@code application/pdf}. */
    public String mediaType() {
        return type.mediaType();
    }

    /** The size of the original file in bytes. */
    public long size() {
        return size;
    }

    /** The SHA-256 of the original bytes, lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** Lines of text and table rows in reading order; empty for a text file (see {@link #parse}). */
    public List<Block> blocks() {
        return blocks;
    }

    /**
     * Parses the file: a text file from its bytes ({@link DocumentParser#parse(String, byte[])}), any other from its
     * blocks ({@link DocumentParser#parse(String, List)}). Throws {@link dev.policygraph.ingest.ParseException}
     * naming the file when it holds no readable plan.
     */
    public ParsedDocument parse(DocumentParser parser) {
        return type == FileType.TEXT ? parser.parse(name, text.clone()) : parser.parse(name, blocks);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + type.mediaType() + ", " + size + " bytes, sha256 " + sha256 + ", " + blocks.size()
                + " blocks)";
    }
}
