package com.wuxiao.query.audit;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.audit.api.AuditEntry;
import com.wuxiao.query.audit.api.AuditKind;
import com.wuxiao.query.audit.api.AuditTrail;
import com.wuxiao.query.audit.api.AuditTrailPage;
import com.wuxiao.query.audit.api.FindAuditTrailQuery;
import com.wuxiao.query.audit.api.ListAuditTrailQuery;
import com.wuxiao.query.export.XlsxDownload;
import com.wuxiao.query.people.WorkerNames;
import com.wuxiao.query.web.Callers;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * The business audit trail (审计记录) of a proposal, appraisal round, patent case or conversion:
 * every event of the aggregate with its time, actor and fields, from the event store (ADR 0017).
 * It shows every comment, score and decision, so only the union office and administrators read it.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit trail", description = "审计记录 / every event of a proposal, round, patent case or conversion")
public class AuditController {

    private final QueryGateway queries;
    private final WorkerNames workerNames;

    public AuditController(QueryGateway queries, WorkerNames workerNames) {
        this.queries = queries;
        this.workerNames = workerNames;
    }

    @GetMapping("/{kind}/{id}")
    @Operation(summary = "审计记录（按发生顺序） / the aggregate's events, oldest first",
            description = "kind: proposals, rounds, patents or conversions. For the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "one page of the trail")
    @ApiResponse(responseCode = "400", description = "page < 0 or size outside 1..100")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    @ApiResponse(responseCode = "404", description = "an unknown kind, or no events of that kind with this id")
    public AuditTrailPage trail(@PathVariable String kind, @PathVariable String id,
                                @RequestParam(defaultValue = "0") int page,
                                @Parameter(description = "1..100")
                                @RequestParam(defaultValue = "" + FindAuditTrailQuery.DEFAULT_SIZE) int size,
                                @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        Optional<AuditTrailPage> trail = Queries.ask(queries, new FindAuditTrailQuery(kind(kind), id, page, size),
                ResponseTypes.optionalInstanceOf(AuditTrailPage.class));
        return trail.orElseThrow(AuditController::notFound);
    }

    @GetMapping("/{kind}/{id}/export")
    @Operation(summary = "导出审计记录（Excel） / the whole trail as an Excel file",
            description = "Sheet 审计记录: one row per event, oldest first. For the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    @ApiResponse(responseCode = "404", description = "an unknown kind, or no events of that kind with this id")
    public ResponseEntity<byte[]> export(@PathVariable String kind, @PathVariable String id,
                                         @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        Optional<AuditTrail> trail = Queries.ask(queries, new ListAuditTrailQuery(kind(kind), id),
                ResponseTypes.optionalInstanceOf(AuditTrail.class));
        AuditTrail found = trail.orElseThrow(AuditController::notFound);
        var names = workerNames.namesOf(found.items().stream().filter(e -> !e.bySystem())
                .map(AuditEntry::actor).distinct().toList());
        return XlsxDownload.attachment(AuditSheet.write(found.items(), names),
                "审计记录-" + id + ".xlsx", "audit-" + id + ".xlsx");
    }

    /** An unknown kind is a trail that does not exist, as is an id of another kind. */
    private static AuditKind kind(String path) {
        return AuditKind.ofPath(path).orElseThrow(AuditController::notFound);
    }

    private static RuleViolation notFound() {
        return RuleViolation.notFound("audit-trail-not-found");
    }

    private static void requireUnionOffice(Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.see-audit-trail"));
    }
}
