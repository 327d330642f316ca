package dev.policygraph.extract;

import dev.policygraph.extract.ExtractionException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads a zip container (.docx, .xlsx) once through its central directory before any document reader sees it:
 * every entry is inflated and counted, so a truncated file, an encrypted entry or a zip bomb (too many entries, an
 * entry or a total too large, an entry that inflates too far) is refused before the document is parsed.
 */
final class ZipGuard {

    private static final long RATIO_CHECK_AFTER = 1024 * 1024;
    private static final int CONTENT_TYPES_MAX = 1024 * 1024;

    /** The entry names of a sound container and the text of its [Content_Types].xml ("" when it has none). */
    record Container(Set<String> entries, String contentTypes) {
    }

    private ZipGuard() {
    }

    static Container inspect(byte[] bytes, Limits limits, Budget budget) {
        String file = budget.file();
        Set<String> names = new HashSet<>();
        String contentTypes = "";
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (names.size() >= limits.maxZipEntries()) {
                    throw bomb(file, "it holds more than " + limits.maxZipEntries() + " entries");
                }
                names.add(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                boolean keep = entry.getName().equals("[Content_Types].xml");
                ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        if (inflated > limits.maxZipEntryBytes()) {
                            throw bomb(file, "entry " + entry.getName() + " inflates to more than "
                                    + limits.maxZipEntryBytes() + " bytes");
                        }
                        if (total > limits.maxZipTotalBytes()) {
                            throw bomb(file, "its entries inflate to more than " + limits.maxZipTotalBytes() + " bytes");
                        }
                        if (inflated > RATIO_CHECK_AFTER && entry.getCompressedSize() > 0
                                && (double) entry.getCompressedSize() / inflated < limits.minInflateRatio()) {
                            throw bomb(file, "entry " + entry.getName() + " inflates more than "
                                    + Math.round(1 / limits.minInflateRatio()) + "-fold");
                        }
                        if (kept != null && kept.size() < CONTENT_TYPES_MAX) {
                            kept.write(buffer, 0, n);
                        }
                        budget.checkTime();
                    }
                }
                if (kept != null) {
                    contentTypes = kept.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (UnsupportedZipFeatureException e) {
            if (e.getFeature() == UnsupportedZipFeatureException.Feature.ENCRYPTION) {
                throw new ExtractionException(file, Reason.ENCRYPTED, "the zip container is password-protected", e);
            }
            throw corrupt(file, e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExtractionException x) {
                throw x;
            }
            throw corrupt(file, e);
        }
        return new Container(Set.copyOf(names), contentTypes);
    }

    private static ExtractionException bomb(String file, String why) {
        return new ExtractionException(file, Reason.ZIP_BOMB, "refused as a possible zip bomb: " + why);
    }

    private static ExtractionException corrupt(String file, Exception e) {
        return new ExtractionException(file, Reason.CORRUPT,
                "the file is truncated or corrupt: its zip container cannot be read (" + e.getMessage() + ")", e);
    }
}
