package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ExpireReturnedProposalCommand;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.command.proposal.api.ReturnedProposalExpiry;
import com.wuxiao.processes.proposal.DisplayNames;
import com.wuxiao.processes.testing.RecordingCommandGateway;
import com.wuxiao.processes.testing.StubQueryGateway;
import com.wuxiao.query.proposal.api.DuplicateCandidates;
import com.wuxiao.query.proposal.api.FindProposalDuplicatesQuery;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * What the monthly-review process tests share: the real bridge, listeners and delegates on a real
 * engine, with only the command bus (recording double) and the query bus (stub) faked; the unit U07
 * with its coordinators C001 and C002; and the steps of a review.
 */
final class MonthlyReviewDriver {

    static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");
    static final Instant REVISED_AT = NOW.plus(Duration.ofDays(3));
    static final String PROPOSAL = "P-2025-0042";
    static final String UNIT = "U07";
    static final String COORDINATORS = "UNIT_COORDINATOR-U07";
    static final String UNION_OFFICE = "UNION_LEADER";
    /** The directory and the year's configuration as the form's names come from them; M001 is unknown. */
    static final DisplayNames NAMES = new DisplayNames() {
        @Override
        public Map<String, String> people(Collection<String> userIds) {
            return Map.of("A001", "张伟", "A002", "李娜").entrySet().stream().filter(e -> userIds.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Optional<String> unit(String unitId) {
            return UNIT.equals(unitId) ? Optional.of("综采一队") : Optional.empty();
        }

        @Override
        public Optional<String> category(int year, String categoryCode) {
            return year == 2025 && "JIDIAN".equals(categoryCode) ? Optional.of("机电运输") : Optional.empty();
        }
    };

    final RecordingCommandGateway commands = new RecordingCommandGateway();
    final StubQueryGateway queries = new StubQueryGateway();
    /** The identity store's answer: U07 has two coordinators, C001 and C002. */
    final Map<String, Set<String>> coordinators = new HashMap<>(Map.of(UNIT, Set.of("C001", "C002")));
    final MonthlyReviewBridge bridge;

    /** Until told otherwise: an expiry withdraws, and the read model stores no duplicates. */
    MonthlyReviewDriver(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        expiryAnswers(ReturnedProposalExpiry.Outcome.WITHDRAWN);
        queries.answer(FindProposalDuplicatesQuery.class, query -> Optional.of(new DuplicateCandidates(List.of())));
        Mocks.register(MonthlyReview.Bean.SCREENER_LISTENER, new ScreenerListener());
        Mocks.register(MonthlyReview.Bean.SCREENING_CANDIDATES_LISTENER, new ScreeningCandidatesListener());
        Mocks.register(MonthlyReview.Bean.SCREENING_DUPLICATES_LISTENER, new ScreeningDuplicatesListener(queries));
        Mocks.register(MonthlyReview.Bean.ESCALATE_SCREENING, new EscalateScreeningDelegate(commands, clock));
        Mocks.register(MonthlyReview.Bean.RECORD_SCREENING, new RecordScreeningDelegate(commands, clock));
        Mocks.register(MonthlyReview.Bean.EXPIRE_RETURNED, new ExpireReturnedDelegate(commands, clock));
        bridge = new MonthlyReviewBridge(engine.getRuntimeService(), unit -> coordinators.getOrDefault(unit, Set.of()),
                NAMES);
    }

    void close() {
        identityService().clearAuthentication();
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    /** What the proposal answers to the expiry of its revision window. */
    void expiryAnswers(ReturnedProposalExpiry.Outcome outcome) {
        commands.answerWith(command -> command instanceof ExpireReturnedProposalCommand expire
                ? new ReturnedProposalExpiry(outcome, outcome == ReturnedProposalExpiry.Outcome.REVISED
                ? expire.revision() + 1 : expire.revision())
                : null);
    }

    ProcessInstance submit() {
        bridge.on(submitted());
        return review();
    }

    ProcessInstance submit(List<Author> authors, String mentorId) {
        bridge.on(new ProposalSubmittedEvent(PROPOSAL, authors.get(0).workerId(), UNIT, content("皮带机张紧装置改进"),
                authors, mentorId, 2025, 3, NOW, ReviewDeadlines.defaults()));
        return review();
    }

    /** The one running review of the proposal, now the instance that {@code task()} and {@code job()} look in. */
    static ProcessInstance review() {
        ProcessInstance review = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(MonthlyReview.PROCESS_KEY).processInstanceBusinessKey(PROPOSAL).singleResult();
        assertThat(review).as("a running review of " + PROPOSAL).isNotNull();
        BpmnAwareTests.assertThat(review).isStarted();
        return review;
    }

    static long runningReviews() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(MonthlyReview.PROCESS_KEY)
                .processInstanceBusinessKey(PROPOSAL).count();
    }

    /** Completes the current task as the logged-in user, with the form's values (name, value, …). */
    static void screenAs(String userId, Object... variables) {
        identityService().setAuthenticatedUserId(userId);
        try {
            Object[] rest = new Object[variables.length - 2];
            System.arraycopy(variables, 2, rest, 0, rest.length);
            complete(task(), withVariables(variables[0].toString(), variables[1], rest));
        } finally {
            identityService().clearAuthentication();
        }
    }

    /** The task's candidates as "group:…" and "user:…", from its identity links. */
    static List<String> candidatesOf(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()))
                .map(link -> link.getGroupId() != null ? "group:" + link.getGroupId() : "user:" + link.getUserId())
                .toList();
    }

    static ProposalSubmittedEvent submitted() {
        return submitted(ReviewDeadlines.defaults());
    }

    static ProposalSubmittedEvent submitted(ReviewDeadlines deadlines) {
        return new ProposalSubmittedEvent(PROPOSAL, "A001", UNIT, content("皮带机张紧装置改进"),
                List.of(new Author("A001", 60), new Author("A002", 40)), "M001", 2025, 3, NOW, deadlines);
    }

    static ProposalRevisedEvent revised(int revision) {
        return revised(revision, ReviewDeadlines.defaults());
    }

    /** Revision {@code revision}, three days after the declaration; null deadlines as stored before they were carried. */
    static ProposalRevisedEvent revised(int revision, ReviewDeadlines deadlines) {
        return new ProposalRevisedEvent(PROPOSAL, "A001", revision, content("皮带机张紧装置改进（修订）"),
                List.of(new Author("A001", 60), new Author("A002", 40)), "M001", REVISED_AT, deadlines);
    }

    static ProposalContent content(String title) {
        return new ProposalContent(title, ProposalType.INNOVATION, "JIDIAN",
                "皮带跑偏 belt drifts", "加装自动张紧 add automatic tensioner",
                new BigDecimal("120000.50"), "减少停机伤害 fewer stoppage injuries", new BigDecimal("3500"));
    }
}
