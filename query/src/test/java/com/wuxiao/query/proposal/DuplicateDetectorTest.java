package com.wuxiao.query.proposal;

import com.wuxiao.query.proposal.api.DuplicateCandidate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateDetectorTest {

    private static final String PROBLEM = "井下皮带机托辊损坏后需停机人工更换，两人作业耗时约四十分钟，影响生产且存在挤伤风险。";
    private static final String SOLUTION = "设计一种杠杆式托辊快速更换装置，利用支架顶起皮带，单人五分钟即可完成更换，无需停机拆卸。";

    @Test
    void aCopiedProposalWithARewordedTitleIsFlaggedByItsText() {
        EarlierProposal copy = new EarlierProposal("p-1", "托辊更换工具", PROBLEM, SOLUTION);

        List<DuplicateCandidate> found = DuplicateDetector.detect("皮带机托辊快速更换装置",
                DuplicateDetector.textOf(PROBLEM, SOLUTION), List.of(copy));

        assertThat(found).containsExactly(new DuplicateCandidate("p-1", "托辊更换工具", 100));
    }

    @Test
    void aNearIdenticalTitleIsFlaggedEvenWithDifferentText() {
        EarlierProposal earlier = new EarlierProposal("p-1", "煤矿井下皮带机托辊快速更换装置", "另一种问题描述", "另一种做法");

        List<DuplicateCandidate> found = DuplicateDetector.detect("井下皮带机托辊快速更换装置的研制",
                DuplicateDetector.textOf(PROBLEM, SOLUTION), List.of(earlier));

        assertThat(found).extracting(DuplicateCandidate::proposalId).containsExactly("p-1");
        assertThat(found.get(0).similarityPercent()).isBetween(60, 99);
    }

    @Test
    void unrelatedProposalsAreNotFlagged() {
        EarlierProposal unrelated = new EarlierProposal("p-2", "掘进工作面除尘喷雾改进",
                "掘进机截割时粉尘浓度高，现有喷雾覆盖不足，作业人员视线差。",
                "在截割头两侧加装高压雾化喷嘴并与截割电机联动，割煤即喷雾，停机即停喷。");

        assertThat(DuplicateDetector.detect("皮带机托辊快速更换装置", DuplicateDetector.textOf(PROBLEM, SOLUTION),
                List.of(unrelated))).isEmpty();
    }

    @Test
    void returnsAtMostFiveBestFirst() {
        List<EarlierProposal> earlier = IntStream.range(0, 8)
                .mapToObj(i -> new EarlierProposal("p-" + i, "皮带机托辊快速更换装置" + "改进型号".substring(0, i % 5),
                        null, null))
                .toList();

        List<DuplicateCandidate> found = DuplicateDetector.detect("皮带机托辊快速更换装置", "", earlier);

        assertThat(found).hasSize(DuplicateDetector.MAX_CANDIDATES);
        assertThat(found).extracting(DuplicateCandidate::similarityPercent).isSortedAccordingTo((a, b) -> b - a);
        assertThat(found.get(0).similarityPercent()).isEqualTo(100);
        assertThat(found).extracting(DuplicateCandidate::proposalId).startsWith("p-0", "p-5");
    }

    @Test
    void similarityPercentIsTheRoundedBestOfTitleAndText() {
        EarlierProposal earlier = new EarlierProposal("p-1", "皮带机托辊快速更换装置", PROBLEM, "完全不同的解决办法");

        DuplicateCandidate found = DuplicateDetector.detect("皮带机托辊快速更换装置",
                DuplicateDetector.textOf(PROBLEM, SOLUTION), List.of(earlier)).get(0);

        assertThat(found.similarityPercent()).isEqualTo(100);
    }
}
