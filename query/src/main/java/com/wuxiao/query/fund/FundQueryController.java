package com.wuxiao.query.fund;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.export.XlsxDownload;
import com.wuxiao.query.fund.api.FindFundClaimQuery;
import com.wuxiao.query.fund.api.FindFundClaimsQuery;
import com.wuxiao.query.fund.api.FindFundQuery;
import com.wuxiao.query.fund.api.FundClaimDetail;
import com.wuxiao.query.fund.api.FundClaimList;
import com.wuxiao.query.fund.api.FundClaimPage;
import com.wuxiao.query.fund.api.FundClaimStatus;
import com.wuxiao.query.fund.api.FundOverview;
import com.wuxiao.query.fund.api.ListFundClaimsQuery;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * Read side of the innovation fund: the figures and all claims for the union office and
 * administrators; a worker's own claims for the worker.
 */
@RestController
@Tag(name = "Innovation fund (read)", description = "职工创新基金 / budget, booked, remaining, claims")
public class FundQueryController {

    private final QueryGateway queries;

    public FundQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/fund/{year}")
    @Operation(summary = "年度基金概况 / a year's budget, booked, remaining and pending, by unit and category",
            description = "Money in fen. For the union office and administrators.")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public FundOverview overview(@PathVariable int year, @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        return Queries.ask(queries, new FindFundQuery(year), ResponseTypes.instanceOf(FundOverview.class));
    }

    @GetMapping("/api/fund/{year}.xlsx")
    @Operation(summary = "导出年度基金（Excel） / the year's fund as an Excel file",
            description = "Sheets 基金概况, 按单位, 按类别, 报销明细. For the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public ResponseEntity<byte[]> workbook(@PathVariable int year,
                                           @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        FundOverview fund = Queries.ask(queries, new FindFundQuery(year), ResponseTypes.instanceOf(FundOverview.class));
        FundClaimList claims = Queries.ask(queries, new ListFundClaimsQuery(year),
                ResponseTypes.instanceOf(FundClaimList.class));
        return XlsxDownload.attachment(FundWorkbook.write(fund, claims.items()), "创新基金-" + year + ".xlsx",
                "fund-" + year + ".xlsx");
    }

    @GetMapping("/api/fund-claims")
    @Operation(summary = "基金报销申请（待审批在前） / fund claims, pending first",
            description = "All for the union office and administrators; the caller's own for everyone else.")
    @ApiResponse(responseCode = "200", description = "one page of claims")
    @ApiResponse(responseCode = "400", description = "page < 0, size outside 1..100, or an unknown status")
    public FundClaimPage claims(@RequestParam(required = false) Integer year,
                                @RequestParam(required = false) FundClaimStatus status,
                                @RequestParam(defaultValue = "0") int page,
                                @Parameter(description = "1..100")
                                @RequestParam(defaultValue = "" + FindFundClaimsQuery.DEFAULT_SIZE) int size,
                                @Parameter(hidden = true) Authentication authentication) {
        String claimant = Callers.isUnionOffice(authentication) ? null : authentication.getName();
        return Queries.ask(queries, new FindFundClaimsQuery(year, status, claimant, page, size),
                ResponseTypes.instanceOf(FundClaimPage.class));
    }

    @GetMapping("/api/fund-claims/{claimId}")
    @Operation(summary = "报销申请详情 / one claim with its costs and receipts")
    @ApiResponse(responseCode = "200", description = "the claim")
    @ApiResponse(responseCode = "404", description = "no such claim, or another worker's")
    public FundClaimDetail claim(@PathVariable String claimId,
                                 @Parameter(hidden = true) Authentication authentication) {
        boolean office = Callers.isUnionOffice(authentication);
        Optional<FundClaimDetail> claim = Queries.ask(queries, new FindFundClaimQuery(claimId),
                ResponseTypes.optionalInstanceOf(FundClaimDetail.class));
        // One answer for "absent" and "not yours", so ids cannot be probed for existence.
        return claim.filter(c -> office || c.claim().claimantId().equals(authentication.getName()))
                .orElseThrow(() -> RuleViolation.notFound("claim-not-found"));
    }

    private static void requireUnionOffice(Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.manage-the-fund"));
    }
}
