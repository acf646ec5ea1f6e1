package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.competition.api.Grade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RankRoundDelegateTest {

    @Test
    void theSummaryCountsGradesThenListsTheRanking() {
        String summary = RankRoundDelegate.summary(List.of(
                new RankedProposal("P1", "U01", new BigDecimal("91.25"), 1, Grade.FIRST),
                new RankedProposal("P2", "U02", new BigDecimal("58.00"), 2, Grade.NONE)));

        assertThat(summary).isEqualTo("""
                一等奖 FIRST: 1
                二等奖 SECOND: 0
                三等奖 THIRD: 0
                优秀奖 MERIT: 0
                未获奖 NONE: 1

                1. P1 (U01) 91.25 一等奖 FIRST
                2. P2 (U02) 58.00 未获奖 NONE""");
    }

    @Test
    void aLongRankingIsCutToFitACamundaString() {
        List<RankedProposal> ranking = IntStream.rangeClosed(1, 500)
                .mapToObj(i -> new RankedProposal("3f6c1d0e-0000-4000-8000-%012d".formatted(i), "U01",
                        new BigDecimal("70.00"), i, Grade.MERIT))
                .toList();

        String summary = RankRoundDelegate.summary(ranking);

        assertThat(summary.length()).isLessThanOrEqualTo(QuarterlyAppraisal.BATCH_TEXT_MAX);
        assertThat(summary).contains("优秀奖 MERIT: 500", "1. 3f6c1d0e").containsPattern("… \\+\\d+$");
    }
}
