package com.wuxiao.query.proposal;

import org.apache.commons.text.similarity.CosineSimilarity;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

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

    /**
     * The packed, sorted counts give the cosine commons-text computes over a map of bigram strings
     * built here, on random texts of a small alphabet (so that bigrams repeat and overlap), a
     * character outside the BMP and one-character texts included.
     */
    @Test
    void theCosineEqualsAnIndependentOneOverBigramStrings() {
        String alphabet = "皮带机托辊装置更换A1b𠀀";
        int[] letters = alphabet.codePoints().toArray();
        Random random = new Random(20251207);
        CosineSimilarity oracle = new CosineSimilarity();
        for (int pair = 0; pair < 2_000; pair++) {
            String a = randomText(random, letters);
            String b = random.nextInt(10) == 0 ? a : randomText(random, letters);
            Map<CharSequence, Integer> left = bigramStrings(a);
            Map<CharSequence, Integer> right = bigramStrings(b);
            double expected = left.isEmpty() || right.isEmpty() ? 0 : oracle.cosineSimilarity(left, right);
            assertThat(TextSimilarity.of(a, b)).as("%s / %s", a, b).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void aTextReadAgainGivesTheSameCounts() {
        String text = "井下皮带机托辊快速更换装置的研制";
        assertThat(TextSimilarity.bigrams(new String(text.toCharArray())))
                .isSameAs(TextSimilarity.bigrams(new String(text.toCharArray())));
    }

    private static String randomText(Random random, int[] letters) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(letters[random.nextInt(letters.length)]);
        }
        return text.toString();
    }

    private static Map<CharSequence, Integer> bigramStrings(String text) {
        int[] chars = text.toLowerCase(java.util.Locale.ROOT).codePoints().toArray();
        Map<CharSequence, Integer> counts = new HashMap<>();
        if (chars.length == 1) {
            counts.put(new String(chars, 0, 1), 1);
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            counts.merge(new String(chars, i, 2), 1, Integer::sum);
        }
        return counts;
    }
}
