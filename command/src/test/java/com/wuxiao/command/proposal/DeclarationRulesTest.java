package com.wuxiao.command.proposal;

import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.proposal.api.Author;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.wuxiao.command.proposal.ProposalTestData.AUTHORS;
import static com.wuxiao.command.proposal.ProposalTestData.directory;
import static com.wuxiao.command.proposal.ProposalTestData.refused;
import static com.wuxiao.command.proposal.ProposalTestData.year2025;
import static com.wuxiao.command.proposal.ProposalTestData.years;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The declaring rules on their own; through the aggregate: SubmitProposalTest and ReviseProposalTest. */
class DeclarationRulesTest {

    private final UserDirectory users = directory();

    @Test
    void onlyAKnownWorkerDeclares() {
        assertThat(DeclarationRules.submittingWorker("w1", users).userId()).isEqualTo("w1");
        refused(() -> DeclarationRules.submittingWorker("nobody", users), forbidden("unknown-user"));
        refused(() -> DeclarationRules.submittingWorker("leader", users), forbidden("not-worker"));
    }

    @Test
    void inADeclarationMonthOfAConfiguredYear() {
        assertThat(DeclarationRules.configuredYear(2025, years()).year()).isEqualTo(2025);
        refused(() -> DeclarationRules.configuredYear(2031, years()), conflict("year-not-configured"));
        assertThatCode(() -> DeclarationRules.requireDeclarationMonth(year2025(), 3)).doesNotThrowAnyException();
        refused(() -> DeclarationRules.requireDeclarationMonth(year2025(), 12), conflict("not-declaration-month"));
    }

    @Test
    void forTheirOwnKnownUnit() {
        Actor w1 = users.find("w1").orElseThrow();
        assertThatCode(() -> DeclarationRules.requireSubmittersUnit("ZC1", w1, users)).doesNotThrowAnyException();
        refused(() -> DeclarationRules.requireSubmittersUnit(" ", w1, users), invalid("required", "unitId"));
        refused(() -> DeclarationRules.requireSubmittersUnit("XX9", w1, users), invalid("unknown-unit", "unitId"));
        refused(() -> DeclarationRules.requireSubmittersUnit("JJ2", w1, users), invalid("not-own-unit", "unitId"));
    }

    @Test
    void theSubmitterAndTheRevisorAreAmongTheAuthors() {
        assertThatCode(() -> DeclarationRules.requireSubmitterAmongAuthors(AUTHORS, "w1")).doesNotThrowAnyException();
        refused(() -> DeclarationRules.requireSubmitterAmongAuthors(AUTHORS, "w3"), forbidden("submitter-not-author"));

        List<Author> withoutW1 = List.of(new Author("w2", 100));
        assertThatCode(() -> DeclarationRules.requireAuthorsKept(AUTHORS, "w1", "w2")).doesNotThrowAnyException();
        refused(() -> DeclarationRules.requireAuthorsKept(withoutW1, "w1", "w2"),
                invalid("submitter-not-author", "authors"));
        refused(() -> DeclarationRules.requireAuthorsKept(AUTHORS, "w1", "w3"), forbidden("revisor-not-author"));
    }

    @Test
    void onlyAnAuthorActsOnTheProposal() {
        assertThatCode(() -> DeclarationRules.requireAuthor(AUTHORS, "w2")).doesNotThrowAnyException();
        refused(() -> DeclarationRules.requireAuthor(AUTHORS, "w3"), forbidden("not-author"));
        refused(() -> DeclarationRules.requireAuthor(AUTHORS, null), forbidden("not-author"));
    }
}
