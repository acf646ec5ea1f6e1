package com.wuxiao.query.proposal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Similarity of two texts in [0, 1] as the cosine of their character-bigram counts.
 * <p>
 * Chinese has no spaces between words, so word tokens do not work; overlapping bigrams of
 * letters and digits capture word order well enough and need no dictionary. Whitespace,
 * punctuation and full-width/half-width differences are ignored, Latin letters compared
 * case-insensitively.
 * <p>
 * A declaration is compared with up to thousands of others, each of them once per declaration
 * (profiled: tokenising them again every time was most of the duplicate detection's time), so the
 * counts of recent texts are kept ({@link #bigrams}), as sorted arrays: a cosine is then one merge
 * of two arrays, with no hashing and no allocation.
 */
final class TextSimilarity {

    /** Bigrams (roughly characters) kept in all: a few tens of MB, several thousand texts. */
    private static final long CACHED_BIGRAMS = 2_000_000;
    private static final Cache<String, Bigrams> CACHE = Caffeine.newBuilder()
            .maximumWeight(CACHED_BIGRAMS)
            .weigher((String text, Bigrams bigrams) -> text.length() + bigrams.size())
            .build();

    private TextSimilarity() {
    }

    static double of(String a, String b) {
        return of(bigrams(a), bigrams(b));
    }

    /** For comparing one text against many: tokenize it once with {@link #bigrams}. */
    static double of(Bigrams a, Bigrams b) {
        return a.cosine(b);
    }

    /** The bigram counts of a text, from the cache when it was seen lately. */
    static Bigrams bigrams(String text) {
        return text == null ? Bigrams.NONE : CACHE.get(text, Bigrams::of);
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

    /**
     * Counts of overlapping character bigrams, each bigram packed in a long (two code points of 21
     * bits), sorted; a one-character text counts as its single character. Immutable.
     */
    static final class Bigrams {

        static final Bigrams NONE = new Bigrams(new long[0], new int[0]);
        /** Marks a single character, which never equals a packed pair of code points. */
        private static final long SINGLE = 1L << 62;

        private final long[] keys;
        private final int[] counts;
        /** Sum of the squared counts: exact, as are the dot products, so the cosine does not depend on order. */
        private final long squares;

        private Bigrams(long[] keys, int[] counts) {
            this.keys = keys;
            this.counts = counts;
            long sum = 0;
            for (int count : counts) {
                sum += (long) count * count;
            }
            this.squares = sum;
        }

        static Bigrams of(String text) {
            int[] chars = normalize(text).codePoints().toArray();
            if (chars.length == 1) {
                return new Bigrams(new long[] {SINGLE | chars[0]}, new int[] {1});
            }
            if (chars.length == 0) {
                return NONE;
            }
            long[] pairs = new long[chars.length - 1];
            for (int i = 0; i + 1 < chars.length; i++) {
                pairs[i] = ((long) chars[i] << 21) | chars[i + 1];
            }
            Arrays.sort(pairs);
            long[] keys = new long[pairs.length];
            int[] counts = new int[pairs.length];
            int distinct = 0;
            for (int i = 0; i < pairs.length; i++) {
                if (distinct > 0 && keys[distinct - 1] == pairs[i]) {
                    counts[distinct - 1]++;
                } else {
                    keys[distinct] = pairs[i];
                    counts[distinct++] = 1;
                }
            }
            return new Bigrams(Arrays.copyOf(keys, distinct), Arrays.copyOf(counts, distinct));
        }

        /** Distinct bigrams. */
        int size() {
            return keys.length;
        }

        double cosine(Bigrams other) {
            if (squares == 0 || other.squares == 0) {
                return 0;
            }
            long dot = 0;
            for (int i = 0, j = 0; i < keys.length && j < other.keys.length; ) {
                if (keys[i] == other.keys[j]) {
                    dot += (long) counts[i++] * other.counts[j++];
                } else if (keys[i] < other.keys[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot / (Math.sqrt(squares) * Math.sqrt(other.squares));
        }
    }
}
