package com.wuxiao.query.growth;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.export.XlsxDownload;
import com.wuxiao.query.growth.api.FindGrowthRecordQuery;
import com.wuxiao.query.growth.api.FindUnitGrowthRecordsQuery;
import com.wuxiao.query.growth.api.GrowthRecord;
import com.wuxiao.query.growth.api.GrowthRecords;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * Growth records (职工创新成长档案, 与绩效、职称挂钩): a worker reads and downloads their own; the union
 * office and administrators anyone's, and a unit's workers all in one PDF.
 */
@RestController
@Tag(name = "成长档案 Growth records", description = "职工历年创新记录 / a worker's innovation record over the years")
public class GrowthController {

    private final QueryGateway queries;

    public GrowthController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/workers/{workerId}/record")
    @Operation(summary = "职工成长档案 / a worker's record", description = "The worker themself, the union office.")
    @ApiResponse(responseCode = "404", description = "another worker's, for anyone but the union office")
    public GrowthRecord record(@PathVariable String workerId, @Parameter(hidden = true) Authentication authentication) {
        return find(workerId, authentication);
    }

    @GetMapping("/api/workers/{workerId}/record.pdf")
    @Operation(summary = "导出成长档案（PDF） / a worker's record as PDF")
    @ApiResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "another worker's, for anyone but the union office")
    public ResponseEntity<byte[]> pdf(@PathVariable String workerId,
                                      @Parameter(hidden = true) Authentication authentication) {
        GrowthRecord record = find(workerId, authentication);
        return XlsxDownload.attachment(GrowthPdf.write(List.of(record), null), MediaType.APPLICATION_PDF,
                "成长档案-" + record.name() + ".pdf", "record-" + workerId + ".pdf");
    }

    @GetMapping("/api/units/{unitId}/records.pdf")
    @Operation(summary = "导出单位全体职工成长档案（PDF） / the records of a unit's workers as one PDF",
            description = "For the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public ResponseEntity<byte[]> unit(@PathVariable String unitId,
                                       @Parameter(hidden = true) Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.export-growth-records"));
        GrowthRecords records = Queries.ask(queries, new FindUnitGrowthRecordsQuery(unitId),
                ResponseTypes.instanceOf(GrowthRecords.class));
        return XlsxDownload.attachment(GrowthPdf.write(records.items(), records.unitName()), MediaType.APPLICATION_PDF,
                "成长档案-" + records.unitName() + ".pdf", "records-" + unitId + ".pdf");
    }

    private GrowthRecord find(String workerId, Authentication authentication) {
        Callers.requireLogin(authentication);
        // One answer for "no one" and "not yours", so ids cannot be probed.
        if (!workerId.equals(authentication.getName()) && !Callers.isUnionOffice(authentication)) {
            throw RuleViolation.notFound("record-not-found");
        }
        return Queries.ask(queries, new FindGrowthRecordQuery(workerId), ResponseTypes.instanceOf(GrowthRecord.class));
    }
}
