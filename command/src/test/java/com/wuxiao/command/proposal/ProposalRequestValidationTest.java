package com.wuxiao.command.proposal;

import com.wuxiao.command.proposal.api.ProposalType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The request bodies refuse malformed input before a command is sent, with bilingual messages. */
class ProposalRequestValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static ProposalRequest submit(String title, BigDecimal cost, List<AuthorRequest> authors) {
        return new ProposalRequest(title, ProposalType.INNOVATION, "JDYS", "ZC1", "问题", "方案",
                new BigDecimal("50000"), null, cost, authors, null, null, null);
    }

    private static Map<String, String> violations(Object body, Class<?>... groups) {
        return validator.validate(body, groups).stream().collect(Collectors.toMap(
                v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a + "; " + b));
    }

    @Test
    void aWellFormedBodyPasses() {
        assertThat(violations(submit("链条自动张紧装置", new BigDecimal("2000.50"),
                List.of(new AuthorRequest("w1", 60), new AuthorRequest("w2", 40))))).isEmpty();
    }

    @Test
    void titleIsRequiredAndLimitedToTheAggregatesLimit() {
        List<AuthorRequest> alone = List.of(new AuthorRequest("w1", 100));
        assertThat(violations(submit(" ", null, alone))).containsEntry("title", "标题不能为空 / title is required");
        assertThat(violations(submit("长".repeat(101), null, alone)))
                .containsEntry("title", "标题不能超过 100 个字符 / title must be at most 100 characters");
        assertThat(violations(submit("长".repeat(100), null, alone))).isEmpty();
    }

    @Test
    void amountsHaveAtMostTwoDecimalsAndAreNotNegative() {
        List<AuthorRequest> alone = List.of(new AuthorRequest("w1", 100));
        assertThat(violations(submit("标题", new BigDecimal("0.125"), alone))).containsKey("materialCost");
        assertThat(violations(submit("标题", new BigDecimal("-1"), alone))).containsKey("materialCost");
        assertThat(violations(submit("标题", new BigDecimal("1000000000"), alone))).containsKey("materialCost");
        assertThat(violations(submit("标题", new BigDecimal("999999999.99"), alone))).isEmpty();
    }

    @Test
    void authorsAreCheckedOneByOne() {
        assertThat(violations(submit("标题", null, List.of()))).containsKey("authors");
        assertThat(violations(submit("标题", null, List.of(new AuthorRequest("", 0), new AuthorRequest("w2", 101)))))
                .containsKeys("authors[0].workerId", "authors[0].share", "authors[1].share");
    }

    @Test
    void aRevisionNamesTheRevisionItEdits() {
        ProposalRequest revision = new ProposalRequest("标题", ProposalType.DESIGN, "JDYS", null, "问题",
                "方案", null, null, null, List.of(new AuthorRequest("w1", 100)), null, null, null);
        assertThat(violations(revision, Default.class, ProposalRequest.Revision.class))
                .containsOnlyKeys("basedOnRevision");
        assertThat(violations(revision)).as("a declaration names no revision").isEmpty();
    }
}
