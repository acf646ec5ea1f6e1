package com.wuxiao.query.funnel;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.export.XlsxDownload;
import com.wuxiao.query.funnel.api.FindFunnelQuery;
import com.wuxiao.query.funnel.api.Funnel;
import com.wuxiao.query.period.api.AsOf;
import com.wuxiao.query.period.api.Period;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

import static com.wuxiao.command.common.api.RuleViolation.term;

/** The conversion funnel for the union office: JSON and Excel. Without {@code period}, the current year's. */
@RestController
@Tag(name = "转化漏斗 Conversion funnel", description = "申报→通过→获奖→专利→移交→采纳→推广 / from proposal to production")
public class FunnelController {

    private static final String PERIOD = "2026-11 (month), 2026-Q4 (quarter) or 2026 (year); default: this year";
    private static final String UNIT = "one unit only; default: every unit";
    private static final String AS_OF = "时间回溯: the funnel as it stood then (2026-06-30T18:00+08:00, 2026-06-30T18:00 "
                                        + "Beijing or 2026-06-30 end of day); default: now";

    private final QueryGateway queries;
    private final Clock clock;

    public FunnelController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/funnel")
    @Operation(summary = "转化漏斗 / the conversion funnel of a period, per unit and in total",
            description = "Each stage counts what happened in the period; everything counts for the unit the "
                          + "result comes from. Conversion rate = adopted / awarded.")
    @ApiResponse(responseCode = "200", description = "the funnel")
    @ApiResponse(responseCode = "400", description = "invalid period")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public Funnel funnel(@Parameter(description = PERIOD) @RequestParam(required = false) String period,
                         @Parameter(description = UNIT) @RequestParam(required = false) String unit,
                         @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                         @Parameter(hidden = true) Authentication authentication) {
        return ask(period, unit, asOf, authentication);
    }

    @GetMapping("/api/funnel.xlsx")
    @Operation(summary = "导出转化漏斗（Excel） / the funnel as an Excel file",
            description = "Sheet 转化漏斗: one row per unit, then 合计.")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "invalid period")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public ResponseEntity<byte[]> workbook(@Parameter(description = PERIOD) @RequestParam(required = false) String period,
                                           @Parameter(description = UNIT) @RequestParam(required = false) String unit,
                                           @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                           @Parameter(hidden = true) Authentication authentication) {
        Funnel funnel = ask(period, unit, asOf, authentication);
        return XlsxDownload.attachment(FunnelSheet.write(funnel), "转化漏斗-" + funnel.period() + ".xlsx",
                "funnel-" + funnel.period() + ".xlsx");
    }

    private Funnel ask(String period, String unit, String asOf, Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.see-funnel"));
        Instant at = AsOf.parse(asOf);
        Period within = period == null || period.isBlank()
                ? Period.of(Period.Kind.YEAR, at == null ? clock.instant() : at) : Period.parse(period);
        String unitId = unit == null || unit.isBlank() ? null : unit.trim();
        return Queries.ask(queries, new FindFunnelQuery(within, unitId, at), ResponseTypes.instanceOf(Funnel.class));
    }
}
