package com.wuxiao.command.payout;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.payout.api.ApprovePayoutBatchCommand;
import com.wuxiao.command.payout.api.CancelPayoutBatchCommand;
import com.wuxiao.command.payout.api.CreatePayoutBatchCommand;
import com.wuxiao.command.payout.api.MarkPayoutBatchPaidCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.UUID;

/**
 * Reward payouts (奖金发放): the union office makes a batch of a year's payable rewards, approves it,
 * records it paid with finance's reference, or cancels it before. The export for finance is the
 * query side's.
 */
@RestController
@RequestMapping("/api/payouts/{year}/batches")
@Tag(name = "奖金发放 Reward payouts", description = "发放批次：生成、审批、付款、撤销 / payout batches")
public class PayoutCommandController {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public PayoutCommandController(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "生成发放批次 / make a payout batch",
            description = "一个评审轮次中尚未进入批次的全部奖金，或指定的奖金条目 / every item of a round no batch "
                    + "holds yet, or the items named")
    @ApiResponse(responseCode = "201", description = "made; Location names the batch")
    @ApiResponse(responseCode = "400", description = "both or neither of roundId and itemIds, an unknown item")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "an item paid or in another batch, or nothing to pay")
    public ResponseEntity<PayoutBatchCreated> create(@PathVariable int year, @RequestBody PayoutBatchRequest body,
                                                     @Parameter(hidden = true) Principal principal) {
        String batchId = "BATCH-" + UUID.randomUUID();
        commandGateway.sendAndWait(new CreatePayoutBatchCommand(RewardPayouts.idOf(year), year, batchId,
                body.roundId() == null || body.roundId().isBlank() ? null : body.roundId(), body.itemIds(),
                Login.userId(principal), clock.instant()));
        return ResponseEntity.created(URI.create("/api/payouts/" + year + "/batches/" + batchId))
                .body(new PayoutBatchCreated(batchId));
    }

    @PostMapping("/{batchId}/approval")
    @Operation(summary = "审批发放批次 / approve a batch")
    @ApiResponse(responseCode = "204", description = "approved")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "not awaiting approval")
    public ResponseEntity<Void> approve(@PathVariable int year, @PathVariable String batchId,
                                        @Parameter(hidden = true) Principal principal) {
        commandGateway.sendAndWait(new ApprovePayoutBatchCommand(RewardPayouts.idOf(year), batchId,
                Login.userId(principal), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{batchId}/payment")
    @Operation(summary = "登记已付款 / record a batch paid", description = "财务付款凭证号和日期 / finance's reference and day")
    @ApiResponse(responseCode = "204", description = "paid")
    @ApiResponse(responseCode = "400", description = "no reference, or a day to come")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "not approved, or paid already")
    public ResponseEntity<Void> pay(@PathVariable int year, @PathVariable String batchId,
                                    @Valid @RequestBody PaymentRequest body,
                                    @Parameter(hidden = true) Principal principal) {
        commandGateway.sendAndWait(new MarkPayoutBatchPaidCommand(RewardPayouts.idOf(year), batchId,
                body.paymentReference(), body.paidOn(), Login.userId(principal), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{batchId}/cancellation")
    @Operation(summary = "撤销发放批次 / cancel a batch not paid", description = "其奖金条目可再进入其他批次 / its items are due again")
    @ApiResponse(responseCode = "204", description = "cancelled")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "paid or cancelled already")
    public ResponseEntity<Void> cancel(@PathVariable int year, @PathVariable String batchId,
                                       @Valid @RequestBody CancelRequest body,
                                       @Parameter(hidden = true) Principal principal) {
        commandGateway.sendAndWait(new CancelPayoutBatchCommand(RewardPayouts.idOf(year), batchId, body.reason(),
                Login.userId(principal), clock.instant()));
        return ResponseEntity.noContent().build();
    }
}
