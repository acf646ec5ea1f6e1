package com.wuxiao.query.appraisal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.appraisal.api.FindAppraisalRoundQuery;
import com.wuxiao.query.appraisal.api.FindRoundProgressQuery;
import com.wuxiao.query.appraisal.api.RoundAccess;
import com.wuxiao.query.appraisal.export.AppraisalWorkbooks;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static com.wuxiao.query.testing.Logins.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class AppraisalQueryControllerTest {

    private final QueryGateway gateway = mock(QueryGateway.class);
    private final AppraisalQueryController controller = new AppraisalQueryController(gateway,
            new AppraisalWorkbooks(ids -> Map.of()));

    @Test
    void accessFollowsTheRoles() {
        assertThat(AppraisalQueryController.accessOf(user("leader", "ROLE_UNION_LEADER"))).isEqualTo(RoundAccess.FULL);
        assertThat(AppraisalQueryController.accessOf(user("admin", "ROLE_ADMIN"))).isEqualTo(RoundAccess.FULL);
        assertThat(AppraisalQueryController.accessOf(user("r0001", "ROLE_REVIEWER", "ROLE_JDK")))
                .isEqualTo(RoundAccess.PANEL);
        assertThat(AppraisalQueryController.accessOf(user("c1001", "ROLE_WORKER", "ROLE_UNIT_COORDINATOR",
                "ROLE_UNIT_COORDINATOR-ZC1"))).isEqualTo(RoundAccess.PUBLIC);
        assertThat(AppraisalQueryController.accessOf(user("x", "UNION_LEADER", "role_admin")))
                .as("only exact ROLE_ authorities count").isEqualTo(RoundAccess.PUBLIC);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRoundTheCallerMayNotReadYetIsNotFound() {
        when(gateway.query(any(FindAppraisalRoundQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.empty()));

        assertThatThrownBy(() -> controller.detail("2026-Q4", user("w1001", "ROLE_WORKER")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
                    assertThat(v.code()).isEqualTo("round-not-found");
                });
        verify(gateway).query(eq(new FindAppraisalRoundQuery("2026-Q4", RoundAccess.PUBLIC)), any(ResponseType.class));
    }

    @Test
    void progressIsForTheUnionOfficeOnly() {
        assertThatThrownBy(() -> controller.progress("2026-Q4", user("r0001", "ROLE_REVIEWER")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));
        assertThatThrownBy(() -> controller.progress("2026-Q4", user("w1001", "ROLE_WORKER")))
                .isInstanceOf(RuleViolation.class);
        verifyNoInteractions(gateway);
    }

    @Test
    @SuppressWarnings("unchecked")
    void progressOfAnUnknownRoundIsNotFound() {
        when(gateway.query(any(FindRoundProgressQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.empty()));

        assertThatThrownBy(() -> controller.progress("2031-Q1", user("leader", "ROLE_UNION_LEADER")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
    }

    @Test
    void withoutALoginNothingIsAsked() {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        for (Authentication nobody : new Authentication[] {null, anonymous}) {
            assertThatThrownBy(() -> controller.detail("2026-Q4", nobody))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("login-required"));
            assertThatThrownBy(() -> controller.list(nobody)).isInstanceOf(RuleViolation.class);
        }
        verifyNoInteractions(gateway);
    }
}
