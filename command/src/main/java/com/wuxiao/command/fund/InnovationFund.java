package com.wuxiao.command.fund;

import com.wuxiao.command.common.CommandInput;
import com.wuxiao.command.common.ProcessDrivenAggregate;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.fund.api.ApproveFundClaimCommand;
import com.wuxiao.command.fund.api.FundBudgetSetEvent;
import com.wuxiao.command.fund.api.FundClaimApprovedEvent;
import com.wuxiao.command.fund.api.FundClaimOverdueEvent;
import com.wuxiao.command.fund.api.FundClaimRefusedEvent;
import com.wuxiao.command.fund.api.FundClaimSubmittedEvent;
import com.wuxiao.command.fund.api.FundLimits;
import com.wuxiao.command.fund.api.RecordFundClaimOverdueCommand;
import com.wuxiao.command.fund.api.RefuseFundClaimCommand;
import com.wuxiao.command.fund.api.SetFundBudgetCommand;
import com.wuxiao.command.fund.api.SubmitFundClaimCommand;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.proposal.AcceptedProposals;
import com.wuxiao.command.proposal.api.AcceptedProposal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static com.wuxiao.command.common.api.RuleViolation.term;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A year's innovation fund (职工创新基金, product.md §9), id {@link #idOf(int)}: the budget the union
 * leader sets, the claims authors of accepted proposals make on it, and what the union office
 * approved of them, which is booked. <b>Booked never exceeds the budget</b>: an approval above what
 * remains is refused, and the budget cannot be set below what is booked. One aggregate holds all of
 * it, so two approvals at the same moment are ordered by its version: the second is retried on the
 * new state and refused if the first took what it needed.
 *
 * <p>A claim is booked in the fund of the year it is made in. Its decision is the fund-claim
 * process's task; a repeat of the process's command is skipped by {@link ProcessDrivenAggregate}.
 */
@Aggregate
public class InnovationFund extends ProcessDrivenAggregate {

    private static final String ID_PREFIX = "FUND-";

    enum ClaimStatus { PENDING, APPROVED, REFUSED }

    /** What a decision needs of a claim. */
    record Claim(String proposalId, String unitId, String categoryCode, String claimantId, long claimedFen,
                 Instant submittedAt, ClaimStatus status, boolean reminded) {

        Claim with(ClaimStatus next) {
            return new Claim(proposalId, unitId, categoryCode, claimantId, claimedFen, submittedAt, next, reminded);
        }

        Claim withReminder() {
            return new Claim(proposalId, unitId, categoryCode, claimantId, claimedFen, submittedAt, status, true);
        }
    }

    @AggregateIdentifier
    private String fundId;
    private int year;
    private long budgetFen;
    private long bookedFen;
    private final Map<String, Claim> claims = new HashMap<>();

    protected InnovationFund() {
        // for Axon: created by the first budget, rebuilt from events
    }

    public static String idOf(int year) {
        return ID_PREFIX + year;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetFundBudgetCommand command, UserDirectory users, CompetitionYears years) {
        Instant at = CommandInput.time(command.setAt());
        Roles.unionLeader(command.setBy(), users, term("action.manage-the-fund"));
        if (!idOf(command.year()).equals(command.fundId())) {
            throw RuleViolation.invalid("fund-id-mismatch", "fundId");
        }
        years.require(command.year());
        if (command.budgetFen() < 0 || command.budgetFen() > FundLimits.BUDGET_MAX_FEN) {
            throw RuleViolation.invalid("amount-out-of-range", "budget", term("field.fund-budget"),
                    yuan(FundLimits.BUDGET_MAX_FEN));
        }
        if (command.budgetFen() < bookedFen) {
            throw RuleViolation.conflict("budget-below-booked", yuan(bookedFen));
        }
        apply(new FundBudgetSetEvent(command.fundId(), command.year(), command.budgetFen(), command.setBy(), at));
    }

    /** CREATE_IF_MISSING so that a claim on a year without a budget gets a clear refusal. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SubmitFundClaimCommand command, UserDirectory users, AcceptedProposals proposals) {
        Instant at = CommandInput.time(command.submittedAt());
        int claimYear = CompetitionCalendar.dayOf(at).getYear();
        if (fundId == null) {
            throw RuleViolation.conflict("no-fund-budget", claimYear);
        }
        if (year != claimYear) {
            throw RuleViolation.invalid("fund-id-mismatch", "fundId");
        }
        Roles.known(command.claimantId(), users);
        AcceptedProposal proposal = proposals.accepted(command.proposalId())
                .orElseThrow(() -> RuleViolation.conflict("not-accepted-for-fund"));
        if (!proposal.authoredBy(command.claimantId())) {
            throw RuleViolation.forbidden("not-author");
        }
        if (command.claimId() == null || claims.containsKey(command.claimId())) {
            throw RuleViolation.conflict("claim-exists");
        }
        long total = FundClaims.total(command.items());
        FundClaims.requireReceipts(command.receipts());
        if (total > remainingFen()) {
            throw RuleViolation.conflict("claim-exceeds-remaining", yuan(total), yuan(remainingFen()));
        }
        apply(new FundClaimSubmittedEvent(fundId, command.claimId(), year, proposal.proposalId(), proposal.title(),
                proposal.unitId(), proposal.categoryCode(), command.claimantId(), FundClaims.stripped(command.items()),
                total, command.receipts(), at));
    }

    @CommandHandler
    public void handle(ApproveFundClaimCommand command, UserDirectory users) {
        Instant at = CommandInput.time(command.approvedAt());
        Roles.unionLeader(command.approvedBy(), users, term("action.manage-the-fund"));
        Claim claim = pending(command.claimId());
        long approved = command.approvedFen() == null ? claim.claimedFen() : command.approvedFen();
        if (approved <= 0 || approved > claim.claimedFen()) {
            throw RuleViolation.invalid("approved-above-claimed", "approvedFen", yuan(claim.claimedFen()));
        }
        if (approved > remainingFen()) {
            throw RuleViolation.conflict("claim-exceeds-remaining", yuan(approved), yuan(remainingFen()));
        }
        String note = CommandInput.optionalText(command.note(), "note", FundLimits.TEXT_MAX, term("field.fund-note"));
        apply(new FundClaimApprovedEvent(fundId, command.claimId(), claim.proposalId(), claim.unitId(),
                claim.categoryCode(), claim.claimantId(), approved, note, command.approvedBy(), at));
    }

    @CommandHandler
    public void handle(RefuseFundClaimCommand command, UserDirectory users) {
        Instant at = CommandInput.time(command.refusedAt());
        Roles.unionLeader(command.refusedBy(), users, term("action.manage-the-fund"));
        Claim claim = pending(command.claimId());
        String reason = CommandInput.requiredText(command.reason(), "reason", FundLimits.TEXT_MAX,
                term("field.fund-refusal-reason"));
        apply(new FundClaimRefusedEvent(fundId, command.claimId(), claim.proposalId(), claim.claimantId(), reason,
                command.refusedBy(), at));
    }

    /** A reminder is no error: a decided or reminded claim ignores it, so the timer's job never fails. */
    @CommandHandler
    public void handle(RecordFundClaimOverdueCommand command) {
        Claim claim = claims.get(command.claimId());
        if (claim == null || claim.status() != ClaimStatus.PENDING || claim.reminded()) {
            return;
        }
        apply(new FundClaimOverdueEvent(fundId, command.claimId(), claim.claimantId(), claim.submittedAt(),
                CommandInput.time(command.recordedAt())));
    }

    private Claim pending(String claimId) {
        Claim claim = claimId == null ? null : claims.get(claimId);
        if (claim == null) {
            throw RuleViolation.notFound("claim-not-found");
        }
        if (claim.status() != ClaimStatus.PENDING) {
            throw RuleViolation.conflict("claim-decided");
        }
        return claim;
    }

    private long remainingFen() {
        return budgetFen - bookedFen;
    }

    /** Fen as yuan with two decimals, for the texts. */
    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    // --- state -----------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(FundBudgetSetEvent event) {
        fundId = event.fundId();
        year = event.year();
        budgetFen = event.budgetFen();
    }

    @EventSourcingHandler
    void on(FundClaimSubmittedEvent event) {
        claims.put(event.claimId(), new Claim(event.proposalId(), event.unitId(), event.categoryCode(),
                event.claimantId(), event.totalFen(), event.submittedAt(), ClaimStatus.PENDING, false));
    }

    @EventSourcingHandler
    void on(FundClaimApprovedEvent event) {
        claims.computeIfPresent(event.claimId(), (id, claim) -> claim.with(ClaimStatus.APPROVED));
        bookedFen += event.approvedFen();
    }

    @EventSourcingHandler
    void on(FundClaimRefusedEvent event) {
        claims.computeIfPresent(event.claimId(), (id, claim) -> claim.with(ClaimStatus.REFUSED));
    }

    @EventSourcingHandler
    void on(FundClaimOverdueEvent event) {
        claims.computeIfPresent(event.claimId(), (id, claim) -> claim.withReminder());
    }
}
