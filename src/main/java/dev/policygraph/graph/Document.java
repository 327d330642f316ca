package dev.policygraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/**
 * A policy document as stored: one file's metadata. Its id is the file name without extension. Its sections, tasks,
 * targets and source text hang off it; it names its issuers and the schools it mentions.
 */
@NodeEntity("Document")
public class Document extends GraphNode {

    private String file = "";
    private @Nullable String title;
    /** The title reduced for comparison (no spaces, no punctuation); "" without a title. */
    private String titleKey = "";
    private @Nullable String issuer;
    private @Nullable String docNumber;
    private @Nullable String region;
    private @Nullable LocalDate date;
    private String contentHash = "";
    private String fingerprint = "";
    private String parserVersion = "";
    private long taskCount;
    private long taskKeyCount;
    private @Nullable List<String> warnings;
    /** The file as it arrived: its name, type (PDF, DOCX …), media type, size and SHA-256 of the bytes. */
    private @Nullable String originalName;
    private @Nullable String originalType;
    private @Nullable String originalMediaType;
    private long originalSize;
    private @Nullable String originalSha256;

    @Relationship("HAS_SOURCE")
    private @Nullable DocumentSource source;
    @Relationship("ISSUED_BY")
    private List<Issuance> issuances = new ArrayList<>();
    @Relationship("HAS_SECTION")
    private List<Section> sections = new ArrayList<>();
    @Relationship("HAS_TASK")
    private List<Task> tasks = new ArrayList<>();
    @Relationship("SETS_TARGET")
    private List<Target> targets = new ArrayList<>();
    @Relationship("NAMES")
    private List<School> schools = new ArrayList<>();

    Document() {
    }

    /**
     * @param parserVersion the version of the parser that read it; another version parses it again
     * @param taskCount     number of its work tasks (kind task)
     * @param taskKeyCount  number of distinct (task key, title key) pairs of its items, for duplicate detection
     */
    public Document(String id, String file, @Nullable String title, String titleKey, @Nullable String issuer,
                    @Nullable String docNumber, @Nullable String region, @Nullable LocalDate date, String contentHash,
                    String fingerprint, String parserVersion, long taskCount, long taskKeyCount) {
        super(id);
        this.file = file;
        this.title = title;
        this.titleKey = titleKey;
        this.issuer = issuer;
        this.docNumber = docNumber;
        this.region = region;
        this.date = date;
        this.contentHash = contentHash;
        this.fingerprint = fingerprint;
        this.parserVersion = parserVersion;
        this.taskCount = taskCount;
        this.taskKeyCount = taskKeyCount;
    }

    public String getFile() {
        return file;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public String getTitleKey() {
        return titleKey;
    }

    /** Issuing bodies joined with ';'. */
    public @Nullable String getIssuer() {
        return issuer;
    }

    public @Nullable String getDocNumber() {
        return docNumber;
    }

    public @Nullable String getRegion() {
        return region;
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getParserVersion() {
        return parserVersion;
    }

    public long getTaskCount() {
        return taskCount;
    }

    public long getTaskKeyCount() {
        return taskKeyCount;
    }

    /** What the parser could not read with confidence; empty when nothing. */
    public List<String> getWarnings() {
        return warnings == null ? List.of() : warnings;
    }

    public void setWarnings(List<String> warnings) {
        this.warnings = warnings.isEmpty() ? null : new ArrayList<>(warnings);
    }

    public @Nullable DocumentSource getSource() {
        return source;
    }

    /** Keeps the text the document was parsed from. */
    public void setSource(String text) {
        this.source = new DocumentSource(getId() + "/source", text);
    }

    /** Issuing bodies in the order printed. */
    public List<Unit> getIssuers() {
        return issuances.stream().sorted(java.util.Comparator.comparingInt(Issuance::getPosition))
                .map(Issuance::getUnit).toList();
    }

    public List<Issuance> getIssuances() {
        return issuances;
    }

    public void addIssuer(Unit unit) {
        issuances.add(new Issuance(this, unit, issuances.size()));
    }

    /** Top-level sections. */
    public List<Section> getSections() {
        return sections;
    }

    public void addSection(Section section) {
        sections.add(section);
        section.setDocument(this);
    }

    /** All numbered items. */
    public List<Task> getTasks() {
        return tasks;
    }

    public void addTask(Task task) {
        tasks.add(task);
        task.setDocument(this);
    }

    /** All quantified targets, of its tasks and of the document itself. */
    public List<Target> getTargets() {
        return targets;
    }

    public void addTarget(Target target) {
        targets.add(target);
        target.setDocument(this);
    }

    public List<School> getSchools() {
        return schools;
    }

    public void addSchool(School school) {
        if (!schools.contains(school)) {
            schools.add(school);
            school.getDocuments().add(this);
        }
    }

    public @Nullable String getOriginalName() {
        return originalName;
    }

    public @Nullable String getOriginalType() {
        return originalType;
    }

    public @Nullable String getOriginalMediaType() {
        return originalMediaType;
    }

    public long getOriginalSize() {
        return originalSize;
    }

    public @Nullable String getOriginalSha256() {
        return originalSha256;
    }

    /** Records the file the document was read from, so that the same bytes are recognised under any name. */
    public void setOriginal(String name, String type, String mediaType, long size, String sha256) {
        this.originalName = name;
        this.originalType = type;
        this.originalMediaType = mediaType;
        this.originalSize = size;
        this.originalSha256 = sha256;
    }
}
