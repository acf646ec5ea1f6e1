package com.wuxiao.command.fund;

import com.wuxiao.command.attachment.AttachmentStore;
import com.wuxiao.command.attachment.UploadCheck;
import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.fund.api.ClaimItem;
import com.wuxiao.command.fund.api.FundCostKind;
import com.wuxiao.command.fund.api.SetFundBudgetCommand;
import com.wuxiao.command.fund.api.SubmitFundClaimCommand;
import com.wuxiao.command.proposal.api.AttachmentRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * The innovation fund (职工创新基金): the union leader's budget of a year, and a worker's claim of an
 * accepted proposal's costs with its receipts. The decision is the fund-claim process's Tasklist task.
 */
@RestController
@Tag(name = "创新基金 Innovation fund", description = "基金预算、费用报销申请 / the fund's budget and claims")
public class FundCommandController {

    private final CommandGateway commandGateway;
    private final UploadCheck check;
    private final AttachmentStore store;
    private final Clock clock;

    public FundCommandController(CommandGateway commandGateway, UploadCheck check, AttachmentStore store,
                                 Clock clock) {
        this.commandGateway = commandGateway;
        this.check = check;
        this.store = store;
        this.clock = clock;
    }

    @PutMapping("/api/fund-budgets/{year}")
    @Operation(summary = "设定年度基金预算 / set a year's fund budget", description = "元，最多两位小数 / yuan")
    @ApiResponse(responseCode = "204", description = "set")
    @ApiResponse(responseCode = "400", description = "negative, too large, or the year's id does not match")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "the year is not configured, or below what is booked")
    public ResponseEntity<Void> setBudget(@PathVariable int year, @Valid @RequestBody BudgetRequest body,
                                          @Parameter(hidden = true) Principal principal) {
        commandGateway.sendAndWait(new SetFundBudgetCommand(InnovationFund.idOf(year), year,
                fen(body.budget(), "budget"), Login.userId(principal), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/api/fund-claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Transactional
    @Operation(summary = "申请报销创新费用 / claim an accepted proposal's costs",
            description = "multipart: proposalId; kind, description, amount (元) once per cost, in that order; "
                    + "receipts: 1–10 files (PDF, JPEG, PNG). Booked against this year's fund once approved.")
    @ApiResponse(responseCode = "201", description = "submitted; the union office decides in Tasklist")
    @ApiResponse(responseCode = "400", description = "no costs or receipts, a bad amount or file")
    @ApiResponse(responseCode = "403", description = "not an author of the proposal")
    @ApiResponse(responseCode = "409", description = "no budget this year, the proposal not accepted, or more than remains")
    public ResponseEntity<FundClaimCreated> claim(@RequestParam(required = false) String proposalId,
                                                  @RequestParam(required = false) List<FundCostKind> kind,
                                                  // the form as sent: Spring would split a lone description at its commas
                                                  @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> form,
                                                  @RequestParam(required = false) List<BigDecimal> amount,
                                                  @RequestParam(value = "receipts", required = false)
                                                  List<MultipartFile> receipts,
                                                  @Parameter(hidden = true) Principal principal) {
        String userId = Login.userId(principal);
        Instant now = clock.instant();
        String claimId = "CLAIM-" + UUID.randomUUID();
        List<AttachmentRef> stored = new ArrayList<>();
        for (MultipartFile receipt : receipts == null ? List.<MultipartFile>of() : receipts) {
            stored.add(store.addToClaim(claimId, userId, check.check(receipt), now));
        }
        int year = CompetitionCalendar.dayOf(now).getYear();
        commandGateway.sendAndWait(new SubmitFundClaimCommand(InnovationFund.idOf(year), claimId, proposalId, userId,
                items(kind, form.get("description"), amount), stored, now));
        return ResponseEntity.created(URI.create("/api/fund-claims/" + claimId)).body(new FundClaimCreated(claimId));
    }

    /** The form's parallel lists as costs; lists of different lengths are a malformed form. */
    private static List<ClaimItem> items(List<FundCostKind> kinds, List<String> descriptions, List<BigDecimal> amounts) {
        List<FundCostKind> k = kinds == null ? List.of() : kinds;
        List<String> d = descriptions == null ? List.of() : descriptions;
        List<BigDecimal> a = amounts == null ? List.of() : amounts;
        if (k.size() != d.size() || k.size() != a.size()) {
            throw RuleViolation.invalid("fund-items-incomplete", "items");
        }
        List<ClaimItem> items = new ArrayList<>();
        for (int i = 0; i < k.size(); i++) {
            items.add(new ClaimItem(k.get(i), d.get(i), fen(a.get(i), "items")));
        }
        return items;
    }

    /** Yuan with at most two decimals as fen. */
    static long fen(BigDecimal yuan, String field) {
        if (yuan == null) {
            throw RuleViolation.invalid("required", field, term("field.fund-cost-amount"));
        }
        if (yuan.stripTrailingZeros().scale() > 2 || yuan.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
            throw RuleViolation.invalid("amount-format", field);
        }
        return yuan.movePointRight(2).longValueExact();
    }
}
