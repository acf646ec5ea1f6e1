package com.wuxiao.query.patent;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.export.XlsxDownload;
import com.wuxiao.query.patent.api.FindPatentPipelineQuery;
import com.wuxiao.query.patent.api.FindPatentQuery;
import com.wuxiao.query.patent.api.FindPatentsQuery;
import com.wuxiao.query.patent.api.ListPatentsQuery;
import com.wuxiao.query.patent.api.PatentDetail;
import com.wuxiao.query.patent.api.PatentList;
import com.wuxiao.query.patent.api.PatentPage;
import com.wuxiao.query.patent.api.PatentPipeline;
import com.wuxiao.query.period.api.AsOf;
import com.wuxiao.query.patent.api.PatentStatus;
import com.wuxiao.query.web.Callers;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseType;
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
 * Read side of patent promotion (专利推进): the pipeline's cases, one case with its office actions,
 * counts per status and unit, and the Excel export. The union office runs patent promotion, so it
 * and administrators read all of it; everyone else is refused.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Patents (read)", description = "专利推进 / the patent pipeline")
public class PatentQueryController {


    private final QueryGateway queries;

    public PatentQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/patents")
    @Operation(summary = "专利案件列表（最近变动在前） / patent cases, most recently changed first",
            description = "For the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "one page of patent cases")
    @ApiResponse(responseCode = "400", description = "page < 0, size outside 1..100, or an unknown status")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public PatentPage list(@RequestParam(required = false) PatentStatus status,
                           @Parameter(description = "the result's unit") @RequestParam(required = false) String unitId,
                           @Parameter(description = "competition year") @RequestParam(required = false) Integer year,
                           @RequestParam(defaultValue = "0") int page,
                           @Parameter(description = "1..100")
                           @RequestParam(defaultValue = "" + FindPatentsQuery.DEFAULT_SIZE) int size,
                           @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        return ask(new FindPatentsQuery(status, blankToNull(unitId), year, page, size),
                ResponseTypes.instanceOf(PatentPage.class));
    }

    @GetMapping("/patents/pipeline")
    @Operation(summary = "专利推进概况（各状态数量，按单位） / cases per status, over all units and per unit",
            description = "For the union office and administrators.")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public PatentPipeline pipeline(@Parameter(description = "competition year; all years if absent")
                                   @RequestParam(required = false) Integer year,
                                   @Parameter(description = "时间回溯: the pipeline as it stood then, e.g. "
                                                            + "2026-06-30T18:00+08:00 or 2026-06-30; default: now")
                                   @RequestParam(required = false) String asOf,
                                   @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        return ask(new FindPatentPipelineQuery(year, AsOf.parse(asOf)), ResponseTypes.instanceOf(PatentPipeline.class));
    }

    @GetMapping("/patents/{patentId}")
    @Operation(summary = "专利案件详情 / one patent case with its office actions")
    @ApiResponse(responseCode = "200", description = "the case")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    @ApiResponse(responseCode = "404", description = "no such patent case")
    public PatentDetail detail(@PathVariable String patentId,
                               @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        Optional<PatentDetail> detail = ask(new FindPatentQuery(patentId),
                ResponseTypes.optionalInstanceOf(PatentDetail.class));
        return detail.orElseThrow(() -> RuleViolation.notFound("patent-not-found"));
    }

    @GetMapping("/patents.xlsx")
    @Operation(summary = "导出专利推进（Excel） / the patent cases as an Excel file",
            description = "Sheet 专利推进: one row per case matching the filters, most recently changed first. "
                          + "For the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public ResponseEntity<byte[]> workbook(@RequestParam(required = false) PatentStatus status,
                                           @RequestParam(required = false) String unitId,
                                           @RequestParam(required = false) Integer year,
                                           @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        PatentList patents = ask(new ListPatentsQuery(status, blankToNull(unitId), year),
                ResponseTypes.instanceOf(PatentList.class));
        return XlsxDownload.attachment(PatentSheet.write(patents.items()), "专利推进.xlsx", "patents.xlsx");
    }

    private static void requireUnionOffice(Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.see-patent-pipeline"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private <R> R ask(Object query, ResponseType<R> responseType) {
        return Queries.ask(queries, query, responseType);
    }
}
