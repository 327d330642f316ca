package dev.policygraph.api;

import dev.policygraph.coordination.Coordination;
import dev.policygraph.coordination.Edited;
import dev.policygraph.coordination.UserError;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.Unit;
import dev.policygraph.ingest.ParseException;
import dev.policygraph.loading.DocumentLoader;
import dev.policygraph.loading.Source;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The mutations, in the style of spring-petclinic-graphql: an input in, a payload out with the changed object and the
 * mistakes a user can correct (when there are any, nothing changed). Each method says the role it needs (ADMIN may do
 * what COORDINATOR may, COORDINATOR what VIEWER may); a caller without it gets an error classified UNAUTHORIZED
 * (not signed in) or FORBIDDEN, before anything is read or written. The methods are public so that method security
 * surely sees them.
 */
@Controller
public class MutationController {

    static final int MAX_FILE_NAME = 200;

    record IngestDocumentInput(String fileName, @Nullable String text, @Nullable Upload file) {
    }

    record IngestDocumentPayload(@Nullable Document document, @Nullable String outcome, List<String> warnings,
                                 List<UserError> errors) {
    }

    record DeleteDocumentInput(String id) {
    }

    record DeleteDocumentPayload(@Nullable String id, List<UserError> errors) {
    }

    record AssignResponsibilityInput(String taskId, String unit, @Nullable String region, Role role) {
    }

    record RemoveResponsibilityInput(String taskId, String unit, @Nullable String region, @Nullable Role role) {
    }

    record ReportProgressInput(String taskId, ProgressStatus status, @Nullable String note,
                               @Nullable LocalDate asOf) {
    }

    record MergeUnitsInput(String from, String into, @Nullable String region) {
    }

    record AddUnitAliasInput(String unit, @Nullable String region, String alias) {
    }

    record SetUnitParentInput(String unit, @Nullable String region, @Nullable String parent) {
    }

    record TaskPayload(@Nullable Task task, List<UserError> errors) {

        static TaskPayload of(Edited<Task> edited) {
            return new TaskPayload(edited.value(), edited.errors());
        }
    }

    record UnitPayload(@Nullable Unit unit, List<UserError> errors) {

        static UnitPayload of(Edited<Unit> edited) {
            return new UnitPayload(edited.value(), edited.errors());
        }
    }

    private final Coordination coordination;
    private final DocumentLoader loader;
    private final GraphReader graph;

    MutationController(Coordination coordination, DocumentLoader loader, GraphReader graph) {
        this.coordination = coordination;
        this.loader = loader;
        this.graph = graph;
    }

    @MutationMapping
    @PreAuthorize("hasRole('ADMIN')")
    public IngestDocumentPayload ingestDocument(@Argument IngestDocumentInput input, Principal caller) {
        String name = input.fileName() == null ? "" : input.fileName().strip();
        if (name.isEmpty() || name.length() > MAX_FILE_NAME || name.contains("/") || name.contains("\\")
                || name.startsWith(".") || name.chars().anyMatch(Character::isISOControl)) {
            return ingestRefused("fileName must be a file name (no folder) of at most " + MAX_FILE_NAME
                    + " characters, such as plan.docx", "fileName");
        }
        if ((input.text() == null) == (input.file() == null)) {
            return ingestRefused("Give the plan either as text or as file, not " + (input.text() == null
                    ? "neither" : "both"), input.text() == null ? "file" : "text");
        }
        byte[] bytes = input.text() != null ? input.text().getBytes(StandardCharsets.UTF_8) : input.file().bytes();
        DocumentLoader.Loaded loaded;
        try {
            loaded = loader.load(List.of(new Source(name, bytes)), caller.getName()).get(0);
        } catch (ParseException | IllegalArgumentException e) {
            return ingestRefused(e.getMessage(), input.text() != null ? "text" : "file");
        }
        Document document = graph.byIds(Document.class, ReadQuery.DOCUMENTS_BY_ID, List.of(loaded.documentId()))
                .stream().findFirst().orElse(null);
        return new IngestDocumentPayload(document, loaded.outcome().name(), loaded.warnings(), List.of());
    }

    private static IngestDocumentPayload ingestRefused(String message, String field) {
        return new IngestDocumentPayload(null, null, List.of(), List.of(new UserError(message, field)));
    }

    @MutationMapping
    @PreAuthorize("hasRole('ADMIN')")
    public DeleteDocumentPayload deleteDocument(@Argument DeleteDocumentInput input, Principal caller) {
        Edited<String> deleted = coordination.deleteDocument(caller.getName(), input.id());
        return new DeleteDocumentPayload(deleted.value(), deleted.errors());
    }

    @MutationMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    public TaskPayload assignResponsibility(@Argument AssignResponsibilityInput input, Principal caller) {
        return TaskPayload.of(coordination.assign(caller.getName(), input.taskId(), input.unit(), input.region(),
                input.role()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    public TaskPayload removeResponsibility(@Argument RemoveResponsibilityInput input, Principal caller) {
        return TaskPayload.of(coordination.remove(caller.getName(), input.taskId(), input.unit(), input.region(),
                input.role()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    public TaskPayload reportProgress(@Argument ReportProgressInput input, Principal caller) {
        return TaskPayload.of(coordination.reportProgress(caller.getName(), input.taskId(), input.status(),
                input.note(), input.asOf()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('ADMIN')")
    public UnitPayload mergeUnits(@Argument MergeUnitsInput input, Principal caller) {
        return UnitPayload.of(coordination.merge(caller.getName(), input.from(), input.into(), input.region()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    public UnitPayload addUnitAlias(@Argument AddUnitAliasInput input, Principal caller) {
        return UnitPayload.of(coordination.addAlias(caller.getName(), input.unit(), input.region(), input.alias()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    public UnitPayload setUnitParent(@Argument SetUnitParentInput input, Principal caller) {
        return UnitPayload.of(coordination.setParent(caller.getName(), input.unit(), input.region(), input.parent()));
    }
}
