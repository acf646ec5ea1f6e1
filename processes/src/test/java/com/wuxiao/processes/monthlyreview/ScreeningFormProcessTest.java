package com.wuxiao.processes.monthlyreview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalLimits;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Var;
import com.wuxiao.processes.proposal.ProposalSheet;
import com.wuxiao.processes.testing.TestEngine;
import com.wuxiao.query.proposal.api.DuplicateCandidate;
import com.wuxiao.query.proposal.api.DuplicateCandidates;
import com.wuxiao.query.proposal.api.FindProposalDuplicatesQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.COORDINATORS;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.NOW;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.PROPOSAL;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.UNIT;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.revised;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.screenAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/** What the screening form shows: the proposal's sheet from the bridge, its duplicates once claimed. */
@Deployment(resources = {"bpmn/monthly-review.bpmn", "forms/screen-proposal.form"})
class ScreeningFormProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TestEngine.engine())
            .build();

    private static final DuplicateCandidates TWO = new DuplicateCandidates(List.of(
            new DuplicateCandidate("P-2024-0100", "皮带机自动张紧装置", 82),
            new DuplicateCandidate("P-2024-0007", "张紧装置改进", 61)));

    private MonthlyReviewDriver review;

    @BeforeEach
    void setUp() {
        review = new MonthlyReviewDriver(extension.getProcessEngine());
    }

    @AfterEach
    void tearDown() {
        review.close();
    }

    @Test
    void bridgeGivesTheFormWhatItShowsAndAsksTheReadSideNothing() {
        ProcessInstance instance = review.submit();

        assertThat(instance).hasBusinessKey(PROPOSAL).variables()
                .containsEntry(Var.PROPOSAL_ID, PROPOSAL)
                .containsEntry(ProposalSheet.UNIT_ID, UNIT)
                .containsEntry(Var.CANDIDATE_GROUPS, COORDINATORS)
                .containsEntry(Var.CANDIDATE_USERS, "")
                .containsEntry(Var.REVISION, 1)
                .containsEntry(Var.SCREENING_ESCALATION, "P7D")
                .containsEntry(Var.REVISION_WINDOW, "P14D")
                .containsEntry(ProposalSheet.TITLE, "皮带机张紧装置改进")
                .containsEntry(ProposalSheet.TYPE_LABEL, "INNOVATION 小革新")
                .containsEntry(ProposalSheet.CATEGORY_CODE, "JIDIAN")
                .containsEntry(ProposalSheet.AUTHORS_TEXT, "A001 (60%), A002 (40%)")
                .containsEntry(ProposalSheet.MENTOR_ID, "M001")
                .containsEntry(ProposalSheet.CATEGORY_NAME, "机电运输 JIDIAN")
                .containsEntry(ProposalSheet.UNIT_NAME, "综采一队 U07")
                .containsEntry(ProposalSheet.AUTHORS_NAMES, "张伟 A001 (60%), 李娜 A002 (40%)")
                .containsEntry(ProposalSheet.MENTOR_NAME, "M001")
                .containsEntry(ProposalSheet.EXPECTED_ECONOMIC_BENEFIT, "120000.50")
                .containsEntry(ProposalSheet.MATERIAL_COST, "3500")
                .containsEntry(Var.DUPLICATES_TEXT, ScreeningSheet.DUPLICATES_ON_CLAIM);
        assertThat(review.queries.queries(Object.class)).as("the bridge runs in the processor's transaction").isEmpty();
        assertThat(formService().getTaskFormData(task().getId()).getCamundaFormRef().getKey())
                .isEqualTo(MonthlyReview.FORM_KEY);
    }

    @Test
    void claimingTheTaskShowsTheStoredDuplicates() {
        review.queries.answer(FindProposalDuplicatesQuery.class, query -> Optional.of(TWO));
        ProcessInstance instance = review.submit();

        taskService().claim(task().getId(), "C001");

        assertThat(instance).variables().containsEntry(Var.DUPLICATES_TEXT,
                "P-2024-0100 《皮带机自动张紧装置》 相似度 similarity 82%\n"
                        + "P-2024-0007 《张紧装置改进》 相似度 similarity 61%");
        assertThat(review.queries.queries(FindProposalDuplicatesQuery.class))
                .containsExactly(new FindProposalDuplicatesQuery(PROPOSAL, 1));
    }

    @Test
    void noDuplicatesSaysSo() {
        ProcessInstance instance = review.submit();

        taskService().claim(task().getId(), "C001");

        assertThat(instance).variables().containsEntry(Var.DUPLICATES_TEXT, "无 / none");
    }

    @Test
    void aClaimBeforeTheReadModelHasTheRevisionSaysSoRatherThanNone() {
        review.queries.answer(FindProposalDuplicatesQuery.class, query -> Optional.empty());
        ProcessInstance instance = review.submit();

        taskService().claim(task().getId(), "C001");

        assertThat(instance).variables().containsEntry(Var.DUPLICATES_TEXT, ScreeningSheet.DUPLICATES_NOT_READY);
    }

    @Test
    void aFailingReadNeitherFailsTheClaimNorChangesTheText() {
        review.queries.answer(FindProposalDuplicatesQuery.class, query -> {
            throw new IllegalStateException("query side down");
        });
        ProcessInstance instance = review.submit();

        taskService().claim(task().getId(), "C001");

        assertThat(task()).isAssignedTo("C001");
        assertThat(instance).variables().containsEntry(Var.DUPLICATES_TEXT, ScreeningSheet.DUPLICATES_ON_CLAIM);
    }

    @Test
    void aRevisionsTaskReadsTheRevisionsCandidates() {
        review.queries.answer(FindProposalDuplicatesQuery.class, query -> Optional.of(TWO));
        ProcessInstance instance = review.submit();
        taskService().claim(task().getId(), "C001");
        screenAs("C001", "outcome", "RETURN", "comment", "请补充图纸 add drawings");

        review.bridge.on(revised(2));
        assertThat(instance).variables().containsEntry(Var.DUPLICATES_TEXT, ScreeningSheet.DUPLICATES_ON_CLAIM);
        review.queries.answer(FindProposalDuplicatesQuery.class, query -> Optional.of(new DuplicateCandidates(List.of())));
        taskService().claim(task().getId(), "C002");

        assertThat(instance).variables().containsEntry(Var.DUPLICATES_TEXT, "无 / none");
        assertThat(review.queries.queries(FindProposalDuplicatesQuery.class)).last()
                .isEqualTo(new FindProposalDuplicatesQuery(PROPOSAL, 2));
    }

    @Test
    void deployedFormCarriesTheDecisionFields() throws Exception {
        review.submit();

        JsonNode form;
        try (InputStream in = formService().getDeployedTaskForm(task().getId())) {
            form = new ObjectMapper().readTree(in);
        }
        assertThat(form.get("id").asText()).isEqualTo(MonthlyReview.FORM_KEY);
        Set<String> keys = form.get("components").findValuesAsText("key").stream().collect(Collectors.toSet());
        assertThat(keys).contains(Var.OUTCOME, Var.COMMENT, Var.REJECTION_REASON, ProposalSheet.TITLE,
                ProposalSheet.TYPE_LABEL, ProposalSheet.CATEGORY_NAME, ProposalSheet.UNIT_NAME,
                ProposalSheet.AUTHORS_NAMES, ProposalSheet.MENTOR_NAME, ProposalSheet.PROBLEM, ProposalSheet.SOLUTION,
                ProposalSheet.EXPECTED_ECONOMIC_BENEFIT, ProposalSheet.EXPECTED_SAFETY_BENEFIT,
                ProposalSheet.MATERIAL_COST, Var.DUPLICATES_TEXT, Var.LAST_COMMENT);
        assertThat(form.get("components").findValuesAsText("text")).as("a link to the proposal's page in the app")
                .anyMatch(text -> text.contains("](/proposals/{{proposalId}})"));
    }

    @Test
    void textsLongerThanCamundaStringsAreCutForDisplay() {
        String problem = "问".repeat(ProposalLimits.PROBLEM_MAX);
        ProposalContent content = new ProposalContent("长文本 long text", ProposalType.DESIGN, "JIDIAN", problem,
                "方案 solution", null, null, null);
        review.bridge.on(new ProposalSubmittedEvent(PROPOSAL, "A001", UNIT, content, List.of(new Author("A001", 100)),
                null, 2025, 3, NOW, ReviewDeadlines.defaults()));

        ProcessInstance instance = MonthlyReviewDriver.review();
        String shown = (String) runtimeService().getVariable(instance.getId(), ProposalSheet.PROBLEM);
        assertThat(shown).hasSize(ScreeningSheet.MAX_TEXT).endsWith("…");
    }
}
