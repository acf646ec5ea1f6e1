package com.wuxiao.query.proposal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.proposal.api.DuplicateCandidates;
import com.wuxiao.query.proposal.api.FindDuplicateCandidatesQuery;
import com.wuxiao.query.proposal.api.FindProposalQuery;
import com.wuxiao.query.proposal.api.FindProposalsQuery;
import com.wuxiao.query.proposal.api.ProposalPage;
import com.wuxiao.query.proposal.api.ProposalScope;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static com.wuxiao.query.testing.Logins.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class ProposalQueryControllerTest {

    private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");

    private final QueryGateway gateway = mock(QueryGateway.class);
    private final ProposalQueryController controller =
            new ProposalQueryController(gateway, Clock.fixed(NOW, ZoneOffset.UTC));

    private static final Authentication WORKER = user("w2001", "ROLE_WORKER", "ROLE_JJ2");

    @Test
    void aPageLargerThanTheMaximumIsBadInput() {
        assertThatThrownBy(() -> controller.list(null, null, null, null, null, null, null, 0, 101, WORKER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.INVALID);
                    assertThat(v.field()).isEqualTo("size");
                });
        assertThatThrownBy(() -> controller.list(null, null, null, null, null, null, null, -1, 20, WORKER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("page"));
        verifyNoInteractions(gateway);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnknownProposalIsNotFound() {
        when(gateway.query(eq(new FindProposalQuery("nope", ProposalScope.own("w2001"))), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.empty()));

        assertThatThrownBy(() -> controller.detail("nope", null, WORKER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
                    assertThat(v.code()).isEqualTo("proposal-not-found");
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void mineAsksForTheLoggedInWorkersProposalsAsAuthor() {
        ProposalPage page = new ProposalPage(List.of(), 1, 10, 0);
        when(gateway.query(any(FindProposalsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(page));

        assertThat(controller.mine(() -> "W0042", 1, 10)).isSameAs(page);

        ArgumentCaptor<FindProposalsQuery> asked = ArgumentCaptor.forClass(FindProposalsQuery.class);
        verify(gateway).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(FindProposalsQuery.byAuthor("W0042", 1, 10));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftIsComparedWithEverythingSubmittedUntilNow() {
        DuplicateCandidates none = new DuplicateCandidates(List.of());
        when(gateway.query(any(FindDuplicateCandidatesQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(none));

        controller.duplicates("皮带机托辊快速更换装置", "");

        verify(gateway).query(eq(new FindDuplicateCandidatesQuery(null, "皮带机托辊快速更换装置", "", NOW)),
                any(ResponseType.class));
    }

    @Test
    void anEmptyDraftHasNoCandidatesWithoutAsking() {
        assertThat(controller.duplicates(" ", "").candidates()).isEmpty();
        verifyNoInteractions(gateway);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailedQueryRethrowsItsCause() {
        RuleViolation cause = RuleViolation.invalid("invalid-page", "size");
        when(gateway.query(any(FindProposalsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(cause));

        assertThatThrownBy(() -> controller.list(null, null, null, null, null, null, null, 0, 20, WORKER))
                .isSameAs(cause);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListIsAskedWithTheCallersScopeBesideTheFilters() {
        when(gateway.query(any(FindProposalsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new ProposalPage(List.of(), 0, 20, 0)));

        controller.list("ZC1", 2025, 3, null, null, "JDYS", null, 0, 20,
                user("c2001", "ROLE_WORKER", "ROLE_UNIT_COORDINATOR", "ROLE_UNIT_COORDINATOR-JJ2"));
        controller.list(null, null, null, null, null, null, null, 0, 20, user("leader", "ROLE_UNION_LEADER"));

        ArgumentCaptor<FindProposalsQuery> asked = ArgumentCaptor.forClass(FindProposalsQuery.class);
        verify(gateway, times(2)).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getAllValues().get(0)).isEqualTo(new FindProposalsQuery("ZC1", 2025, 3, null, null, "JDYS",
                null, 0, 20, ProposalScope.of("c2001", Set.of("JJ2"))));
        assertThat(asked.getAllValues().get(1).scope()).isEqualTo(ProposalScope.everything());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDetailIsAskedWithTheCallersScope() {
        when(gateway.query(any(FindProposalQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.empty()));

        assertThatThrownBy(() -> controller.detail("P1", null, user("r0001", "ROLE_REVIEWER", "ROLE_TECH_EXPERT")))
                .isInstanceOf(RuleViolation.class);

        verify(gateway).query(eq(new FindProposalQuery("P1", ProposalScope.everything())), any(ResponseType.class));
    }

    @Test
    void withoutALoginNothingIsAsked() {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        for (Authentication nobody : new Authentication[] {null, anonymous}) {
            assertThatThrownBy(() -> controller.detail("P1", null, nobody))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));
            assertThatThrownBy(() -> controller.list(null, null, null, null, null, null, null, 0, 20, nobody))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.code()).isEqualTo("login-required"));
        }
        verifyNoInteractions(gateway);
    }
}
