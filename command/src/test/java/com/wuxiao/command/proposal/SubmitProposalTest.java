package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.SubmitProposalCommand;
import com.wuxiao.command.proposal.ProposalTestData.Draft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.wuxiao.command.proposal.ProposalTestData.AUTHORS;
import static com.wuxiao.command.proposal.ProposalTestData.CONTENT;
import static com.wuxiao.command.proposal.ProposalTestData.ID;
import static com.wuxiao.command.proposal.ProposalTestData.T0;
import static com.wuxiao.command.proposal.ProposalTestData.submit;
import static com.wuxiao.command.proposal.ProposalTestData.submitted;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SubmitProposalTest extends ProposalFixtureTest {

    @Test
    void aWorkerDeclaresInTheMonthOfSubmission() {
        fixture.givenNoPriorActivity()
                .when(submit())
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted());
    }

    @Test
    void yearAndMonthAreTakenOnBeijingTime() {
        // 17:00 UTC on New Year's Eve is already 1 January 2025 in Beijing (and 2024 is not configured).
        Instant newYear = Instant.parse("2024-12-31T17:00:00Z");
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, AUTHORS, null, newYear))
                .expectEvents(new ProposalSubmittedEvent(ID, "w1", "ZC1", CONTENT, AUTHORS, null, 2025, 1, newYear, ReviewDeadlines.defaults()));
    }

    @Test
    void aMentorFromAnotherUnitMayBeNamed() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, AUTHORS, "w3", T0))
                .expectEvents(new ProposalSubmittedEvent(ID, "w1", "ZC1", CONTENT, AUTHORS, "w3", 2025, 3, T0, ReviewDeadlines.defaults()));
    }

    @Test
    void aDeclarationAnswersANeedOpenOnItsDayEvenOfAnotherUnit() {
        fixture.givenNoPriorActivity()
                .when(answering("NEED-1"))
                .expectEvents(new ProposalSubmittedEvent(ID, "w1", "ZC1", CONTENT, AUTHORS, null, 2025, 3, T0,
                        ReviewDeadlines.defaults(), List.of(), "NEED-1"));
    }

    @Test
    void aClosedNeedOrOnePastItsDeadlineTakesNoAnswer() {
        fixture.givenNoPriorActivity()
                .when(answering("NEED-2"))
                .expectException(conflict("need-not-open"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(answering("NEED-3"))
                .expectException(conflict("need-not-open"))
                .expectNoEvents();
    }

    @Test
    void anUnknownNeedIsRefusedNamingTheField() {
        fixture.givenNoPriorActivity()
                .when(answering("NEED-9"))
                .expectException(invalid("unknown-need", "needId"));
    }

    private static SubmitProposalCommand answering(String needId) {
        return new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, AUTHORS, null, T0, List.of(), needId);
    }

    @Test
    void limitsAreInclusiveAndOptionalFieldsMayBeMissing() {
        Draft draft = new Draft();
        draft.title = "标".repeat(100);
        draft.problem = "问".repeat(5000);
        draft.solution = "解".repeat(5000);
        draft.safetyBenefit = null;
        draft.economicBenefit = null;
        draft.materialCost = new BigDecimal("999999999.990"); // trailing zero: still two decimals
        ProposalContent content = draft.toContent();
        List<Author> alone = List.of(new Author("w1", 100));
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", content, alone, null, T0))
                .expectEvents(new ProposalSubmittedEvent(ID, "w1", "ZC1", content, alone, null, 2025, 3, T0, ReviewDeadlines.defaults()));
    }

    @Test
    void anUnknownSubmitterIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "nobody", "ZC1", CONTENT, AUTHORS, null, T0))
                .expectException(forbidden("unknown-user"))
                .expectNoEvents();
    }

    @Test
    void onlyWorkersSubmit() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "r1", "ZC1", CONTENT, List.of(new Author("r1", 100)), null, T0))
                .expectException(forbidden("not-worker"));
    }

    @Test
    void theYearMustBeConfigured() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, AUTHORS, null,
                        Instant.parse("2026-03-10T02:00:00Z")))
                .expectException(conflict("year-not-configured"));
    }

    @Test
    void theMonthMustBeADeclarationMonth() {
        // December is not a declaration month of the test year.
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, AUTHORS, null,
                        Instant.parse("2025-12-10T02:00:00Z")))
                .expectException(conflict("not-declaration-month"));
    }

    static Stream<Arguments> spoiledContent() {
        return Stream.of(
                spoil("no title", d -> d.title = null, "required", "title"),
                spoil("blank title", d -> d.title = "  ", "required", "title"),
                spoil("title of 101 chars", d -> d.title = "标".repeat(101), "too-long", "title"),
                spoil("no type", d -> d.type = null, "required", "type"),
                spoil("no category", d -> d.categoryCode = "", "required", "categoryCode"),
                spoil("category not of the year", d -> d.categoryCode = "NOPE", "unknown-category", "categoryCode"),
                spoil("no problem", d -> d.problem = null, "required", "problem"),
                spoil("problem of 5001 chars", d -> d.problem = "问".repeat(5001), "too-long", "problem"),
                spoil("no solution", d -> d.solution = " ", "required", "solution"),
                spoil("solution of 5001 chars", d -> d.solution = "解".repeat(5001), "too-long", "solution"),
                spoil("safety benefit of 2001 chars", d -> d.safetyBenefit = "安".repeat(2001), "too-long",
                        "expectedSafetyBenefit"),
                spoil("negative benefit", d -> d.economicBenefit = new BigDecimal("-0.01"), "negative-amount",
                        "expectedEconomicBenefit"),
                spoil("benefit in tenths of fen", d -> d.economicBenefit = new BigDecimal("10.001"),
                        "too-many-decimals", "expectedEconomicBenefit"),
                spoil("benefit of a billion", d -> d.economicBenefit = new BigDecimal("1000000000"),
                        "amount-too-large", "expectedEconomicBenefit"),
                spoil("negative cost", d -> d.materialCost = new BigDecimal("-1"), "negative-amount", "materialCost"),
                spoil("cost in tenths of fen", d -> d.materialCost = new BigDecimal("0.125"), "too-many-decimals",
                        "materialCost"),
                spoil("cost with a third decimal", d -> d.materialCost = new BigDecimal("999999999.991"),
                        "too-many-decimals", "materialCost"),
                spoil("cost of a billion", d -> d.materialCost = new BigDecimal("1000000000.00"), "amount-too-large",
                        "materialCost"));
    }

    private static Arguments spoil(String name, Consumer<Draft> spoiler, String code, String field) {
        Draft draft = new Draft();
        spoiler.accept(draft);
        return arguments(name, draft.toContent(), code, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiledContent")
    void badContentIsRefusedNamingTheField(String name, ProposalContent content, String code, String field) {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", content, AUTHORS, null, T0))
                .expectException(invalid(code, field))
                .expectNoEvents();
    }

    @Test
    void contentIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", null, AUTHORS, null, T0))
                .expectException(invalid("required", "content"));
    }

    static Stream<Arguments> badAuthors() {
        return Stream.of(
                arguments("no authors", List.of(), "required"),
                arguments("blank worker id", List.of(new Author("w1", 60), new Author(" ", 40)), "required"),
                arguments("author twice", List.of(new Author("w1", 50), new Author("w1", 50)), "duplicate-author"),
                arguments("share 0", List.of(new Author("w1", 100), new Author("w2", 0)), "share-out-of-range"),
                arguments("share 101", List.of(new Author("w1", 101)), "share-out-of-range"),
                arguments("60 + 30", List.of(new Author("w1", 60), new Author("w2", 30)), "shares-not-100"),
                arguments("60 + 50", List.of(new Author("w1", 60), new Author("w2", 50)), "shares-not-100"),
                arguments("unknown co-author", List.of(new Author("w1", 60), new Author("ghost", 40)),
                        "unknown-author"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAuthors")
    void badAuthorsAreRefused(String name, List<Author> authors, String code) {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, authors, null, T0))
                .expectException(invalid(code, "authors"));
    }

    @Test
    void authorsAreRequired() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, null, null, T0))
                .expectException(invalid("required", "authors"));
    }

    @Test
    void theMentorMustBeKnown() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, AUTHORS, "ghost", T0))
                .expectException(invalid("unknown-mentor", "mentorId"));
    }

    @Test
    void theMentorIsNotAnAuthor() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT, AUTHORS, "w2", T0))
                .expectException(invalid("mentor-is-author", "mentorId"));
    }

    @Test
    void theSubmitterMustBeAnAuthor() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "c1", "ZC1", CONTENT, AUTHORS, null, T0))
                .expectException(forbidden("submitter-not-author"));
    }

    @Test
    void theUnitIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", null, CONTENT, AUTHORS, null, T0))
                .expectException(invalid("required", "unitId"));
    }

    @Test
    void theUnitMustExist() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "XX9", CONTENT, AUTHORS, null, T0))
                .expectException(invalid("unknown-unit", "unitId"));
    }

    @Test
    void theUnitIsTheSubmittersOwn() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "JJ2", CONTENT, AUTHORS, null, T0))
                .expectException(invalid("not-own-unit", "unitId"));
    }

    @Test
    void violationsCarryBothLanguages() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposalCommand(ID, "w1", "ZC1", CONTENT,
                        List.of(new Author("w1", 60), new Author("w2", 30)), null, T0))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("作者贡献比例之和须为 100%（当前 90%） / contribution shares must sum to 100% (now 90%)");
    }
}
