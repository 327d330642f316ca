package dev.policygraph.api;

import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.TaskKind;
import dev.policygraph.ledger.Ledger;
import dev.policygraph.ledger.LedgerFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/ledger.xlsx} and {@code /export/ledger.csv}: the ledger of a plan ({@code documentId}), a unit
 * ({@code unit}, {@code region}, {@code role}) or a filter ({@code status}, {@code overdue}, {@code dueAfter},
 * {@code dueBefore}), for a signed-in caller of any role (see security).
 */
@RestController
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ExportController {

    private final Ledger ledger;

    ExportController(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/export/ledger.{extension}")
    void ledger(HttpServletResponse response, @PathVariable String extension,
              @RequestParam @Nullable String documentId,
              @RequestParam @Nullable String unit,
              @RequestParam @Nullable String region,
              @RequestParam @Nullable Role role,
              @RequestParam @Nullable List<ProgressStatus> status,
              @RequestParam @Nullable Boolean overdue,
              @RequestParam @Nullable LocalDate dueAfter,
              @RequestParam @Nullable LocalDate dueBefore,
              @RequestParam @Nullable TaskKind kind) throws IOException {
        LedgerFormat format = LedgerFormat.of(extension);
        Ledger.Filter filter = new Ledger.Filter(Filters.blankToNull(documentId), Filters.blankToNull(unit),
                Filters.blankToNull(region), role, status == null || status.isEmpty() ? null : EnumSet.copyOf(status),
                overdue, dueAfter, dueBefore, kind);
        ledger.criteria(filter);
        String name = "台账-" + (documentId != null ? documentId : unit != null ? unit : "全部") + "."
                + format.extension();
        // written in the request's own thread (not as an asynchronous StreamingResponseBody), so the caller's
        // sign-in, which lives for the request, holds for the whole of it
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(format.mediaType());
        format.write(ledger, filter, response.getOutputStream());
        response.flushBuffer();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
