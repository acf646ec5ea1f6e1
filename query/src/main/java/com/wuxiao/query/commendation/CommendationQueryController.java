package com.wuxiao.query.commendation;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.commendation.api.CommendationDetail;
import com.wuxiao.query.commendation.api.CommendationStandings;
import com.wuxiao.query.commendation.api.FindCommendationQuery;
import com.wuxiao.query.commendation.api.FindCommendationStandingsQuery;
import com.wuxiao.query.period.api.AsOf;
import com.wuxiao.query.export.XlsxDownload;
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
 * Reading the annual commendation. The union office and administrators see a draft and the year's
 * standings; everyone else sees the lists once the union leader has confirmed them.
 */
@RestController
@RequestMapping("/api/commendations/{year}")
@Tag(name = "年度表彰（查询） Annual commendation (read)", description = "表彰名单与年度数据 / lists and standings")
public class CommendationQueryController {

    private final QueryGateway queries;
    private final CommendationWorkbook workbook;

    public CommendationQueryController(QueryGateway queries, CommendationWorkbook workbook) {
        this.queries = queries;
        this.workbook = workbook;
    }

    @GetMapping
    @Operation(summary = "年度表彰名单 / the year's commendation",
            description = "创新标兵, units by the composite (优秀组织单位 marked), recommended results. "
                          + "A draft only for the union office.")
    @ApiResponse(responseCode = "200", description = "the lists")
    @ApiResponse(responseCode = "404", description = "nothing drafted, or not confirmed yet for the caller")
    public CommendationDetail detail(@PathVariable int year, @Parameter(hidden = true) Authentication authentication) {
        return find(year, Callers.isUnionOffice(authentication));
    }

    @GetMapping("/standings")
    @Operation(summary = "年度积分与单位数据 / the year's standings the draft is made from",
            description = "Workers' yearly points; units' headcount, submitters, awards and adoptions.")
    @ApiResponse(responseCode = "200", description = "the standings")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public CommendationStandings standings(@PathVariable int year,
                                           @Parameter(description = "时间回溯: the standings as they stood then, e.g. "
                                                                    + "2026-06-30T18:00+08:00 or 2026-06-30; default: now")
                                           @RequestParam(required = false) String asOf,
                                           @Parameter(hidden = true) Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.see-year-standings"));
        return Queries.ask(queries, new FindCommendationStandingsQuery(year, AsOf.parse(asOf)),
                ResponseTypes.instanceOf(CommendationStandings.class));
    }

    @GetMapping("/lists.xlsx")
    @Operation(summary = "导出年度表彰名单（Excel） / the commendation as an Excel file",
            description = "Sheets 创新标兵, 优秀组织单位 and 推荐成果. For the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    @ApiResponse(responseCode = "404", description = "nothing drafted")
    public ResponseEntity<byte[]> workbook(@PathVariable int year,
                                           @Parameter(hidden = true) Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.export-commendation"));
        return XlsxDownload.attachment(workbook.write(find(year, true)), "年度表彰-" + year + ".xlsx",
                "commendation-" + year + ".xlsx");
    }

    private CommendationDetail find(int year, boolean draftsVisible) {
        Optional<CommendationDetail> detail = Queries.ask(queries, new FindCommendationQuery(year, draftsVisible),
                ResponseTypes.optionalInstanceOf(CommendationDetail.class));
        return detail.orElseThrow(() -> RuleViolation.notFound("commendation-not-found", year));
    }
}
