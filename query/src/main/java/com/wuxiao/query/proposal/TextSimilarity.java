package com.wuxiao.query.proposal;

import org.apache.commons.text.similarity.CosineSimilarity;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Similarity of two texts in [0, 1] as the cosine of their character-bigram counts.
 * <p>
 * Chinese has no spaces between words, so word tokens do not work; overlapping bigrams of
 * letters and digits capture word order well enough and need no dictionary. Whitespace,
 * punctuation and full-width/half-width differences are ignored, Latin letters compared
 * case-insensitively.
 */
final class TextSimilarity {

    private static final CosineSimilarity COSINE = new CosineSimilarity();

    private TextSimilarity() {
    }

    static double of(String a, String b) {
        return of(bigrams(a), bigrams(b));
    }

    /** For comparing one text against many: tokenize it once with {@link #bigrams}. */
    static double of(Map<CharSequence, Integer> a, Map<CharSequence, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return COSINE.cosineSimilarity(a, b);
    }

    /** Counts of overlapping character bigrams; a one-character text counts as its single character. */
    static Map<CharSequence, Integer> bigrams(String text) {
        int[] chars = normalize(text).codePoints().toArray();
        Map<CharSequence, Integer> counts = new HashMap<>();
        if (chars.length == 1) {
            counts.put(new String(chars, 0, 1), 1);
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            counts.merge(new String(chars, i, 2), 1, Integer::sum);
        }
        return counts;
    }

    /** Only letters (including CJK) and digits, NFKC-folded and lower-case. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
