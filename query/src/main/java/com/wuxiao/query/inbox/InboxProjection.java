package com.wuxiao.query.inbox;

import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.ObjectionUpheldEvent;
import com.wuxiao.command.appraisal.api.PointsAwardedEvent;
import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.patent.api.PatentFiledEvent;
import com.wuxiao.command.patent.api.PatentGrantedEvent;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalAppraisedEvent;
import com.wuxiao.command.proposal.api.ProposalRejectedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.query.inbox.api.InboxKind;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the inbox: one notification per (recipient, event) of a status change that concerns them
 * (see V22__inbox.sql). Recipients are the proposal's authors and mentor as of that event (and for an
 * objection's decision the objector), so the projection keeps its own copy of who a proposal concerns.
 * <p>
 * Idempotent: a notification's id is derived from the event's identifier and the recipient, and is
 * written with "insert or replace with the same values". An author's award is told once, from both
 * the reward and the points event of the round (either may be zero and absent), so its id is derived
 * from round, proposal and recipient instead.
 * <p>
 * Runs in one segment (application.yml): a patent's or a round's event needs the proposal's authors,
 * written from another aggregate's events, already there, which only global order guarantees in a replay.
 */
@Component
@ProcessingGroup(InboxProjection.PROCESSING_GROUP)
public class InboxProjection {

    public static final String PROCESSING_GROUP = "inbox-projection";

    private final JdbcClient jdbc;

    public InboxProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- who a proposal concerns -----------------------------------------------------------------

    @EventHandler
    void on(ProposalSubmittedEvent e, EventMessage<?> message) {
        remember(message, e.proposalId(), e.content().title(), e.mentorId(), e.authors());
    }

    @EventHandler
    void on(ProposalRevisedEvent e, EventMessage<?> message) {
        remember(message, e.proposalId(), e.content().title(), e.mentorId(), e.authors());
    }

    @EventHandler
    void on(ObjectionRaisedEvent e) {
        jdbc.sql("INSERT INTO inbox_objection (objection_id, objector_id) VALUES (:id, :objector) ON CONFLICT DO NOTHING")
                .param("id", e.objectionId()).param("objector", e.objectorId()).update();
    }

    // --- notifications ---------------------------------------------------------------------------

    @EventHandler
    void on(ProposalReturnedEvent e, EventMessage<?> message) {
        toEveryone(message, InboxKind.RETURNED, e.proposalId(), e.returnedAt(), e.comment());
    }

    @EventHandler
    void on(ProposalAcceptedEvent e, EventMessage<?> message) {
        toEveryone(message, InboxKind.ACCEPTED, e.proposalId(), e.acceptedAt(), e.comment());
    }

    @EventHandler
    void on(ProposalRejectedEvent e, EventMessage<?> message) {
        toEveryone(message, InboxKind.REJECTED, e.proposalId(), e.rejectedAt(),
                e.reason() == null ? null : e.reason().name(), e.comment());
    }

    /** Only the system's withdrawal is news: an author who withdraws knows it. */
    @EventHandler
    void on(ProposalWithdrawnEvent e, EventMessage<?> message) {
        if (e.actorId() == null) {
            toEveryone(message, InboxKind.EXPIRED, e.proposalId(), e.withdrawnAt());
        }
    }

    @EventHandler
    void on(ProposalAppraisedEvent e, EventMessage<?> message) {
        toEveryone(message, InboxKind.APPRAISED, e.proposalId(), e.appraisedAt(), e.grade().name(),
                e.finalScore() == null ? null : e.finalScore().toPlainString(), String.valueOf(e.rank()));
    }

    @EventHandler
    void on(RewardGrantedEvent e, EventMessage<?> message) {
        award(message, e.roundId(), e.proposalId(), e.workerId(), e.grade().name(), e.share(), e.grantedAt(),
                BigDecimal.valueOf(e.amountFen(), 2), null);
    }

    @EventHandler
    void on(PointsAwardedEvent e, EventMessage<?> message) {
        award(message, e.roundId(), e.proposalId(), e.workerId(), e.grade().name(), e.share(), e.awardedAt(),
                null, e.points());
    }

    @EventHandler
    void on(ObjectionUpheldEvent e, EventMessage<?> message) {
        objectionDecided(message, e.objectionId(), e.proposalId(), e.decidedAt(), e.note(),
                InboxKind.OBJECTION_UPHELD, InboxKind.MY_OBJECTION_UPHELD);
    }

    @EventHandler
    void on(ObjectionDeniedEvent e, EventMessage<?> message) {
        objectionDecided(message, e.objectionId(), e.proposalId(), e.decidedAt(), e.note(),
                InboxKind.OBJECTION_DENIED, InboxKind.MY_OBJECTION_DENIED);
    }

    @EventHandler
    void on(PatentFiledEvent e, EventMessage<?> message) {
        toEveryone(message, InboxKind.PATENT_FILED, e.proposalId(), e.recordedAt(), e.type().name(),
                e.applicationNumber(), String.valueOf(e.filedOn()));
    }

    @EventHandler
    void on(PatentGrantedEvent e, EventMessage<?> message) {
        toEveryone(message, InboxKind.PATENT_GRANTED, e.proposalId(), e.recordedAt(), e.type().name(),
                e.patentNumber(), String.valueOf(e.grantedOn()));
    }

    @EventHandler
    void on(ResultAdoptedEvent e, EventMessage<?> message) {
        toEveryone(message, e.replication() ? InboxKind.REPLICATED : InboxKind.ADOPTED, e.proposalId(),
                e.adoptedAt(), e.receivingUnitId());
    }

    /**
     * Empties the notifications and what they are addressed by, so a replay rebuilds them. Read marks
     * (inbox_read) stay: they are the users' own doing, not derived from events, and the rebuilt
     * notifications come back under the same ids, read as before.
     */
    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE inbox_notification, inbox_proposal, inbox_proposal_author, inbox_objection").update();
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Only a later event of the proposal changes what is remembered: a redelivered one changes nothing. */
    private void remember(EventMessage<?> message, String proposalId, String title, String mentorId,
                          List<Author> authors) {
        int changed = jdbc.sql("""
                        INSERT INTO inbox_proposal (proposal_id, title, mentor_id, last_event_seq)
                        VALUES (:id, :title, :mentor, :seq)
                        ON CONFLICT (proposal_id) DO UPDATE SET title = :title, mentor_id = :mentor, last_event_seq = :seq
                        WHERE inbox_proposal.last_event_seq < :seq""")
                .param("id", proposalId).param("title", title).param("mentor", mentorId)
                .param("seq", EventColumns.sequenceOf(message)).update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("DELETE FROM inbox_proposal_author WHERE proposal_id = :id").param("id", proposalId).update();
        for (int position = 0; position < authors.size(); position++) {
            jdbc.sql("INSERT INTO inbox_proposal_author (proposal_id, position, worker_id) VALUES (:id, :position, :worker)")
                    .param("id", proposalId).param("position", position)
                    .param("worker", authors.get(position).workerId()).update();
        }
    }

    /** The proposal's title, or empty for a proposal this projection never saw submitted. */
    private Optional<String> title(String proposalId) {
        return jdbc.sql("SELECT title FROM inbox_proposal WHERE proposal_id = :id")
                .param("id", proposalId).query(String.class).optional();
    }

    /** Authors in their order, then the mentor. */
    private Set<String> concerned(String proposalId) {
        Set<String> recipients = new LinkedHashSet<>(jdbc.sql(
                        "SELECT worker_id FROM inbox_proposal_author WHERE proposal_id = :id ORDER BY position")
                .param("id", proposalId).query(String.class).list());
        jdbc.sql("SELECT mentor_id FROM inbox_proposal WHERE proposal_id = :id AND mentor_id IS NOT NULL")
                .param("id", proposalId).query(String.class).optional().ifPresent(recipients::add);
        return recipients;
    }

    private void toEveryone(EventMessage<?> message, InboxKind kind, String proposalId,
                            Instant at, String... args) {
        toRecipients(message, kind, proposalId, at, concerned(proposalId), args);
    }

    private void toRecipients(EventMessage<?> message, InboxKind kind, String proposalId,
                              Instant at, Set<String> recipients, String... args) {
        Optional<String> title = title(proposalId);
        if (title.isEmpty()) {
            return;
        }
        for (String recipient : recipients) {
            write(idOf(message.getIdentifier(), recipient), recipient, kind, proposalId, at, message,
                    withTitle(title.get(), args));
        }
    }

    private void objectionDecided(EventMessage<?> message, String objectionId,
                                  String proposalId, Instant at, String note, InboxKind toAuthors,
                                  InboxKind toObjector) {
        Optional<String> objector = jdbc.sql("SELECT objector_id FROM inbox_objection WHERE objection_id = :id")
                .param("id", objectionId).query(String.class).optional();
        Set<String> authors = concerned(proposalId);
        // An objector among the authors hears it once, as the objector.
        objector.ifPresent(authors::remove);
        toRecipients(message, toAuthors, proposalId, at, authors, note);
        objector.ifPresent(id -> toRecipients(message, toObjector, proposalId, at, Set.of(id), note));
    }

    /** Merges the reward or the points part into the author's one AWARDED notification of the round. */
    private void award(EventMessage<?> message, String roundId, String proposalId, String workerId, String grade,
                       int share, Instant at, BigDecimal rewardCny, BigDecimal points) {
        Optional<String> title = title(proposalId);
        if (title.isEmpty()) {
            return;
        }
        UUID id = idOf("AWARDED|" + roundId + "|" + proposalId, workerId);
        List<String> before = jdbc.sql("SELECT args FROM inbox_notification WHERE id = :id").param("id", id)
                .query((rs, n) -> Arrays.asList((String[]) rs.getArray("args").getArray())).optional()
                .orElse(List.of());
        String reward = rewardCny != null ? rewardCny.toPlainString() : argOr(before, 2, "0.00");
        String earned = points != null ? points.setScale(2, RoundingMode.HALF_UP).toPlainString()
                : argOr(before, 3, "0.00");
        write(id, workerId, InboxKind.AWARDED, proposalId, at, message,
                List.of(title.get(), grade, reward, earned, String.valueOf(share)));
    }

    /** The argument at {@code index} of InboxKind.AWARDED's parameters (0 = title, 2 = reward, 3 = points). */
    private static String argOr(List<String> args, int index, String fallback) {
        return args.size() > index ? args.get(index) : fallback;
    }

    private void write(UUID id, String recipient, InboxKind kind, String proposalId, Instant at,
                       EventMessage<?> message, List<String> args) {
        jdbc.sql("""
                        INSERT INTO inbox_notification (id, recipient_id, kind, proposal_id, args, occurred_at, event_seq)
                        VALUES (:id, :recipient, :kind, :proposal, :args, :at, :seq)
                        ON CONFLICT (id) DO UPDATE SET args = :args, occurred_at = :at, event_seq = :seq""")
                .param("id", id)
                .param("recipient", recipient)
                .param("kind", kind.name())
                .param("proposal", proposalId)
                .param("args", args.toArray(String[]::new))
                .param("at", EventColumns.time(at))
                .param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    private static List<String> withTitle(String title, String... args) {
        List<String> all = new ArrayList<>(args.length + 1);
        all.add(title);
        for (String arg : args) {
            all.add(arg == null ? "" : arg);
        }
        return all;
    }

    /** Deterministic: the same event and recipient give the same id in every replay. */
    static UUID idOf(String source, String recipient) {
        return UUID.nameUUIDFromBytes((source + "|" + recipient).getBytes(StandardCharsets.UTF_8));
    }
}
