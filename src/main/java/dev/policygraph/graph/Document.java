package dev.policygraph.graph;

import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.NodeEntity;

/** A policy document as stored: one file's metadata. Its sections, tasks and targets hang off it. */
@NodeEntity("Document")
public class Document {

    @Id
    private String id;
    private String file;
    private String title;
    private String issuer;
    private String docNumber;
    private String region;
    private String date;
    private String contentHash;
    private String fingerprint;
    private Long taskCount;

    public String getId() {
        return id;
    }

    public String getFile() {
        return file;
    }

    public String getTitle() {
        return title;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getRegion() {
        return region;
    }

    public String getDate() {
        return date;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Long getTaskCount() {
        return taskCount;
    }
}
