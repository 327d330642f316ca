package dev.policygraph.ingest;

import java.util.List;

/**
 * Document metadata. Any field may be null when the document does not state it.
 *
 * @param title     the plan's own title (not the covering notice)
 * @param issuers   issuing bodies in the order printed
 * @param docNumber the document number, e.g. 攀办发〔2019〕88号
 * @param region    the issuing region, e.g. 重庆市南岸区
 * @param date      ISO date (yyyy-MM-dd)
 */
public record DocumentMeta(String title, List<String> issuers, String docNumber, Region region, String date) {

    /** Issuers joined with ';', or null when none is known. */
    public String issuer() {
        return issuers.isEmpty() ? null : String.join(";", issuers);
    }

    /** The region's full name, or null. */
    public String regionName() {
        return region == null ? null : region.name();
    }
}
