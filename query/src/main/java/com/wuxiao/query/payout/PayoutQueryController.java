package com.wuxiao.query.payout;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.export.XlsxDownload;
import com.wuxiao.query.payout.api.FindMyRewardsQuery;
import com.wuxiao.query.payout.api.FindPayoutBatchQuery;
import com.wuxiao.query.payout.api.FindPayoutBatchesQuery;
import com.wuxiao.query.payout.api.FindPayoutItemsQuery;
import com.wuxiao.query.payout.api.MyRewards;
import com.wuxiao.query.payout.api.PayoutBatchDetail;
import com.wuxiao.query.payout.api.PayoutBatchPage;
import com.wuxiao.query.payout.api.PayoutItemPage;
import com.wuxiao.query.payout.api.PayoutItemStatus;
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
 * Read side of reward payouts: payable rewards, batches and the export for finance are the union
 * office's (and administrators'); each worker reads their own rewards, due and paid.
 */
@RestController
@Tag(name = "Reward payouts (read)", description = "奖金发放 / payable rewards, batches, the finance export")
public class PayoutQueryController {

    private final QueryGateway queries;

    public PayoutQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/payouts/{year}/items")
    @Operation(summary = "应发奖金条目 / payable rewards of a year", description = "Money in fen. For the union office.")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public PayoutItemPage items(@PathVariable int year, @RequestParam(required = false) String roundId,
                                @RequestParam(required = false) PayoutItemStatus status,
                                @RequestParam(defaultValue = "0") int page,
                                @Parameter(description = "1..200")
                                @RequestParam(defaultValue = "" + FindPayoutItemsQuery.DEFAULT_SIZE) int size,
                                @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        return Queries.ask(queries, new FindPayoutItemsQuery(year, roundId == null || roundId.isBlank() ? null : roundId,
                status, null, page, size), ResponseTypes.instanceOf(PayoutItemPage.class));
    }

    @GetMapping("/api/payouts/{year}/batches")
    @Operation(summary = "发放批次（最新在前） / payout batches, newest first")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public PayoutBatchPage batches(@PathVariable int year, @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "" + FindPayoutBatchesQuery.DEFAULT_SIZE) int size,
                                   @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        return Queries.ask(queries, new FindPayoutBatchesQuery(year, page, size),
                ResponseTypes.instanceOf(PayoutBatchPage.class));
    }

    @GetMapping("/api/payouts/{year}/batches/{batchId}")
    @Operation(summary = "发放批次详情 / one batch with its items")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    @ApiResponse(responseCode = "404", description = "no such batch")
    public PayoutBatchDetail batch(@PathVariable int year, @PathVariable String batchId,
                                   @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        return find(year, batchId);
    }

    @GetMapping("/api/payouts/{year}/batches/{batchId}.xlsx")
    @Operation(summary = "导出发放批次给财务（Excel） / a batch for finance as an Excel file",
            description = "Sheet 奖金发放: 工号, 姓名, 单位, 评审轮次, 获奖等级, 金额（元）, 银行流水号 (empty for finance).")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    @ApiResponse(responseCode = "404", description = "no such batch")
    public ResponseEntity<byte[]> workbook(@PathVariable int year, @PathVariable String batchId,
                                           @Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        return XlsxDownload.attachment(PayoutSheet.write(find(year, batchId)), "奖金发放-" + batchId + ".xlsx",
                "payout-" + batchId + ".xlsx");
    }

    @GetMapping("/api/workers/me/rewards")
    @Operation(summary = "我的奖金 / my rewards, due and paid",
            description = "Money in fen, of one competition year or (without year) of every year. Every logged-in user.")
    public MyRewards mine(@RequestParam(required = false) Integer year,
                          @Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        return Queries.ask(queries, new FindMyRewardsQuery(authentication.getName(), year),
                ResponseTypes.instanceOf(MyRewards.class));
    }

    private PayoutBatchDetail find(int year, String batchId) {
        Optional<PayoutBatchDetail> detail = Queries.ask(queries, new FindPayoutBatchQuery(batchId),
                ResponseTypes.optionalInstanceOf(PayoutBatchDetail.class));
        return detail.filter(d -> d.batch().year() == year)
                .orElseThrow(() -> RuleViolation.notFound("batch-not-found"));
    }

    private static void requireUnionOffice(Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.pay-rewards"));
    }
}
