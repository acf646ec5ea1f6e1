package com.wuxiao.query.proposal;

import com.wuxiao.query.proposal.api.ProposalScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTest {

    @ParameterizedTest
    @ValueSource(strings = {"ROLE_UNION_LEADER", "ROLE_REVIEWER", "ROLE_ADMIN"})
    void unionOfficeReviewersAndAdministratorsSeeEverything(String role) {
        Viewer viewer = Viewer.of("u1", List.of("ROLE_WORKER", role, "ROLE_GH"));

        assertThat(viewer.seesAll()).isTrue();
        assertThat(viewer.scope()).isEqualTo(ProposalScope.everything());
    }

    @Test
    void aCoordinatorSeesTheUnitsOfTheirCoordinatorGroupsAndTheirOwn() {
        Viewer viewer = Viewer.of("c1001", List.of("ROLE_WORKER", "ROLE_UNIT_COORDINATOR",
                "ROLE_UNIT_COORDINATOR-ZC1", "ROLE_UNIT_COORDINATOR-JJ2", "ROLE_ZC1"));

        assertThat(viewer.seesAll()).isFalse();
        assertThat(viewer.coordinatedUnits()).containsExactlyInAnyOrder("ZC1", "JJ2");
        assertThat(viewer.scope()).isEqualTo(ProposalScope.of("c1001", Set.of("ZC1", "JJ2")));
    }

    @Test
    void theUnitGroupAloneGrantsNoUnit() {
        // Membership of unit ZC1 (group "ZC1") makes a worker of ZC1, not a reader of its proposals.
        Viewer viewer = Viewer.of("w1001", List.of("ROLE_WORKER", "ROLE_ZC1"));

        assertThat(viewer.seesAll()).isFalse();
        assertThat(viewer.coordinatedUnits()).isEmpty();
        assertThat(viewer.scope()).isEqualTo(ProposalScope.own("w1001"));
    }

    @Test
    void theCoordinatorRoleWithoutAUnitGroupGrantsNoUnit() {
        Viewer viewer = Viewer.of("c9", List.of("ROLE_UNIT_COORDINATOR", "ROLE_UNIT_COORDINATOR-"));

        assertThat(viewer.coordinatedUnits()).isEmpty();
        assertThat(viewer.scope()).isEqualTo(ProposalScope.own("c9"));
    }

    @Test
    void groupNamesWithoutTheRolePrefixOrInOtherCaseDoNotCount() {
        Viewer viewer = Viewer.of("x", List.of("UNION_LEADER", "role_admin", "UNIT_COORDINATOR-ZC1",
                "ROLE_UNION_LEADER_DEPUTY", "ROLE_PRODUCTION_OWNER"));

        assertThat(viewer.seesAll()).isFalse();
        assertThat(viewer.coordinatedUnits()).isEmpty();
    }

    @Test
    void aProductionOwnerAlsoReadsEveryAwardedResult() {
        Viewer viewer = Viewer.of("owner", List.of("ROLE_WORKER", "ROLE_PRODUCTION_OWNER", "ROLE_ZC1"));

        assertThat(viewer.seesAll()).isFalse();
        assertThat(viewer.scope()).isEqualTo(new ProposalScope(false, "owner", Set.of(), true));
        assertThat(Viewer.of("w1", List.of("ROLE_WORKER")).scope().awardedResults()).isFalse();
    }

    @Test
    void noAuthoritiesMeansOnlyOwnProposals() {
        assertThat(Viewer.of("w2001", List.of()).scope()).isEqualTo(ProposalScope.own("w2001"));
    }

    @Test
    void builtFromAnAuthenticationsNameAndAuthorities() {
        var authentication = UsernamePasswordAuthenticationToken.authenticated("c2001", null,
                AuthorityUtils.createAuthorityList("ROLE_WORKER", "ROLE_UNIT_COORDINATOR-JJ2"));

        assertThat(Viewer.of(authentication)).isEqualTo(new Viewer("c2001", false, Set.of("JJ2"), false));
    }
}
