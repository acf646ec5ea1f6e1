package com.wuxiao.infra.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.Declarations;
import com.wuxiao.command.proposal.ProposalCreated;
import com.wuxiao.command.proposal.ProposalRequest;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.SubmitProposalCommand;
import com.wuxiao.processes.monthlyreview.MonthlyReviewBridge;
import jakarta.validation.Valid;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The load benchmark's CRUD baseline (issue 12, 1.2): what a team without event sourcing would build
 * for a declaration. The same request body and validation, the same HTTP stack (security, idempotency
 * keys, Spring MVC), one plain row and the same Camunda start as the event-sourced path (the bridge's
 * own code, called in the request's transaction) — but none of the aggregate's rules, so it is an
 * upper bound for the baseline, not a rival product. Only in the benchmark's app ({@code bench}
 * profile on the test classpath), never in the product's jar.
 */
@RestController
@Profile("bench")
class CrudBaselineController {

    static final String PATH = "/api/bench/crud-proposals";

    private final JdbcClient jdbc;
    private final MonthlyReviewBridge bridge;
    private final ObjectMapper json;
    private final Clock clock;

    CrudBaselineController(JdbcClient jdbc, MonthlyReviewBridge bridge, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.bridge = bridge;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void createTable() {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS bench_crud_proposal (
                    proposal_id uuid PRIMARY KEY, submitter_id text NOT NULL, unit_id text NOT NULL,
                    competition_year int NOT NULL, declaration_month int NOT NULL,
                    submitted_at timestamptz NOT NULL, body jsonb NOT NULL)""").update();
    }

    @PostMapping(PATH)
    @Transactional
    public ResponseEntity<ProposalCreated> submit(@Valid @RequestBody ProposalRequest body, Principal principal)
            throws JsonProcessingException {
        String proposalId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, CompetitionCalendar.ZONE);
        SubmitProposalCommand command = Declarations.submitCommand(proposalId, principal.getName(), body, List.of(),
                now);
        jdbc.sql("""
                        INSERT INTO bench_crud_proposal (proposal_id, submitter_id, unit_id, competition_year,
                                                         declaration_month, submitted_at, body)
                        VALUES (CAST(:id AS uuid), :submitter, :unit, :year, :month, :at, CAST(:body AS jsonb))""")
                .param("id", proposalId).param("submitter", command.submitterId()).param("unit", command.unitId())
                .param("year", day.getYear()).param("month", day.getMonthValue()).param("at", Timestamp.from(now))
                .param("body", json.writeValueAsString(body))
                .update();
        bridge.on(new ProposalSubmittedEvent(proposalId, command.submitterId(), command.unitId(), command.content(),
                command.authors(), command.mentorId(), day.getYear(), day.getMonthValue(), now,
                ReviewDeadlines.defaults()));
        return ResponseEntity.created(URI.create(PATH + "/" + proposalId)).body(new ProposalCreated(proposalId));
    }
}
