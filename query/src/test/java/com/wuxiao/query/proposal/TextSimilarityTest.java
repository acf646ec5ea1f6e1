package com.wuxiao.query.proposal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextSimilarityTest {

    @Test
    void identicalTextsAreFullySimilar() {
        assertThat(TextSimilarity.of("皮带机托辊快速更换装置", "皮带机托辊快速更换装置")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void nearIdenticalChineseTitlesReachTheTitleThreshold() {
        assertThat(TextSimilarity.of("煤矿井下皮带机托辊快速更换装置", "井下皮带机托辊快速更换装置的研制"))
                .isGreaterThanOrEqualTo(DuplicateDetector.TITLE_THRESHOLD);
        assertThat(TextSimilarity.of("提高综采工作面液压支架移架速度", "提升综采工作面液压支架的移架速度"))
                .isGreaterThanOrEqualTo(DuplicateDetector.TITLE_THRESHOLD);
    }

    @Test
    void unrelatedTitlesStayFarBelowTheThreshold() {
        assertThat(TextSimilarity.of("掘进工作面除尘喷雾改进", "皮带机托辊快速更换装置")).isLessThan(0.1);
        assertThat(TextSimilarity.of("皮带机托辊快速更换装置", "皮带机跑偏自动纠正装置"))
                .as("same machine, different idea")
                .isLessThan(DuplicateDetector.TITLE_THRESHOLD);
    }

    @Test
    void whitespacePunctuationWidthAndCaseAreIgnored() {
        assertThat(TextSimilarity.of("PLC控制的皮带机托辊更换装置", " ｐｌｃ 控制的“皮带机”托辊，更换装置！\n"))
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void emptyOrPunctuationOnlyTextIsSimilarToNothing() {
        assertThat(TextSimilarity.of("", "皮带机")).isZero();
        assertThat(TextSimilarity.of(null, "皮带机")).isZero();
        assertThat(TextSimilarity.of("。，！", "。，！")).isZero();
    }

    @Test
    void aSingleCharacterIsComparedAsItself() {
        assertThat(TextSimilarity.of("锤", "锤")).isCloseTo(1.0, within(1e-9));
        assertThat(TextSimilarity.of("锤", "钳")).isZero();
    }

    @Test
    void normalizeKeepsOnlyFoldedLettersAndDigits() {
        assertThat(TextSimilarity.normalize(" Ａ型１号，（改进）版! ")).isEqualTo("a型1号改进版");
    }
}
