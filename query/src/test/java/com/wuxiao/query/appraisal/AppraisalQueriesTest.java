package com.wuxiao.query.appraisal;

import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.query.appraisal.api.AppraisalRoundDetail;
import com.wuxiao.query.appraisal.api.AppraisalRoundStatus;
import com.wuxiao.query.appraisal.api.AppraisalRoundSummary;
import com.wuxiao.query.appraisal.api.FindAppraisalRoundQuery;
import com.wuxiao.query.appraisal.api.FindAppraisalRoundsQuery;
import com.wuxiao.query.appraisal.api.PanelMember;
import com.wuxiao.query.appraisal.api.RoundAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AppraisalQueriesTest {

    private static final String ROUND = "2026-Q4";

    private final AppraisalReadModel readModel = mock(AppraisalReadModel.class);
    private final AppraisalQueries queries = new AppraisalQueries(readModel);

    private static AppraisalRoundDetail round(AppraisalRoundStatus status) {
        return new AppraisalRoundDetail(ROUND, 2026, 4, status, ScoreWeights.defaults(), 3, "leader",
                Instant.parse("2026-12-01T00:00:00Z"), null, null, null, null, null, null, null, null, 0, 0,
                List.of(), List.of(), List.of());
    }

    private void given(AppraisalRoundStatus status) {
        when(readModel.round(ROUND)).thenReturn(Optional.of(round(status)));
        when(readModel.panel(ROUND)).thenReturn(List.of(new PanelMember("r0001", "JDK", PanelRole.TECH_EXPERT)));
        when(readModel.results(anyString(), anyBoolean())).thenReturn(List.of());
        when(readModel.objections(anyString(), anyBoolean())).thenReturn(List.of());
    }

    @ParameterizedTest
    @EnumSource(value = AppraisalRoundStatus.class, names = {"PUBLICITY", "FINALISED"}, mode = EnumSource.Mode.EXCLUDE)
    void thePublicSeesNothingOfARoundBeforeItsRankingIsPublished(AppraisalRoundStatus status) {
        given(status);

        assertThat(queries.handle(new FindAppraisalRoundQuery(ROUND, RoundAccess.PUBLIC))).isNull();
        assertThat(queries.handle(new FindAppraisalRoundQuery(ROUND, RoundAccess.PANEL))).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(value = AppraisalRoundStatus.class, names = {"PUBLICITY", "FINALISED"})
    void aPublishedRankingIsPublicWithoutScoresPanelOrObjections(AppraisalRoundStatus status) {
        given(status);

        AppraisalRoundDetail seen = queries.handle(new FindAppraisalRoundQuery(ROUND, RoundAccess.PUBLIC));

        assertThat(seen.status()).isEqualTo(status);
        assertThat(seen.panel()).isEmpty();
        verify(readModel).results(ROUND, false);
        verify(readModel, never()).objections(anyString(), anyBoolean());
    }

    @Test
    void reviewersSeeThePanelAndObjectionsButNoScoresNorObjectors() {
        given(AppraisalRoundStatus.RANKED);

        AppraisalRoundDetail seen = queries.handle(new FindAppraisalRoundQuery(ROUND, RoundAccess.PANEL));

        assertThat(seen.panel()).hasSize(1);
        verify(readModel).results(ROUND, false);
        verify(readModel).objections(ROUND, false);
    }

    @Test
    void theUnionOfficeSeesScoresAndObjectors() {
        given(AppraisalRoundStatus.SCORING);

        queries.handle(new FindAppraisalRoundQuery(ROUND, RoundAccess.FULL));

        verify(readModel).results(ROUND, true);
        verify(readModel).objections(ROUND, true);
    }

    @Test
    void anUnknownRoundIsNull() {
        when(readModel.round("2031-Q1")).thenReturn(Optional.empty());

        assertThat(queries.handle(new FindAppraisalRoundQuery("2031-Q1", RoundAccess.FULL))).isNull();
    }

    @Test
    void thePublicListsOnlyPublishedRounds() {
        when(readModel.rounds()).thenReturn(List.of(
                new AppraisalRoundSummary("2026-Q4", 2026, 4, AppraisalRoundStatus.SCORING, 30, null, null, null),
                new AppraisalRoundSummary("2026-Q3", 2026, 3, AppraisalRoundStatus.FINALISED, 25, null, null, null)));

        assertThat(queries.handle(new FindAppraisalRoundsQuery(RoundAccess.PUBLIC)).rounds())
                .extracting(AppraisalRoundSummary::roundId).containsExactly("2026-Q3");
        assertThat(queries.handle(new FindAppraisalRoundsQuery(RoundAccess.PANEL)).rounds()).hasSize(2);
    }
}
