package com.wuxiao.query.proposal;

import com.wuxiao.query.proposal.api.DuplicateCandidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Flags earlier proposals whose title or text (problem + solution) closely match a proposal's,
 * by {@link TextSimilarity}. Which proposals count as earlier is the caller's choice.
 */
final class DuplicateDetector {

    /**
     * Titles are short, so a re-worded title of the same idea ("…装置" vs "…装置的研制") shares
     * most bigrams while two different ideas from the same field share only a few domain words
     * ("皮带机", "装置"), which stays well below 0.6.
     */
    static final double TITLE_THRESHOLD = 0.6;
    /**
     * Lower than for titles because a re-use of an idea usually rewrites part of the text, but not
     * lower: problem and solution texts of one field share domain vocabulary (皮带机, 工作面, 更换),
     * and at 0.5 half of the bigram weight must coincide, i.e. copied or lightly edited paragraphs.
     */
    static final double TEXT_THRESHOLD = 0.5;
    /** Enough to show a submitter or screener what to look at, few enough to read. */
    static final int MAX_CANDIDATES = 5;

    private DuplicateDetector() {
    }

    /** The best {@value #MAX_CANDIDATES} matches among {@code earlier}, best first. */
    static List<DuplicateCandidate> detect(String title, String text, Collection<EarlierProposal> earlier) {
        return matches(title, text, earlier).stream()
                .limit(MAX_CANDIDATES)
                .map(match -> candidate(match.proposal().id(), match.proposal().title(), match.similarity()))
                .toList();
    }

    /**
     * Every proposal among {@code others} whose title or text closely matches, best first (equal
     * similarities by id). The similarity is symmetric, so {@code others} may be earlier or later ones.
     */
    static List<Match> matches(String title, String text, Collection<EarlierProposal> others) {
        TextSimilarity.Bigrams titleBigrams = TextSimilarity.bigrams(title);
        TextSimilarity.Bigrams textBigrams = TextSimilarity.bigrams(text);
        List<Match> matches = new ArrayList<>();
        for (EarlierProposal other : others) {
            double titleSimilarity = TextSimilarity.of(titleBigrams, TextSimilarity.bigrams(other.title()));
            double textSimilarity = TextSimilarity.of(textBigrams, TextSimilarity.bigrams(other.text()));
            if (titleSimilarity >= TITLE_THRESHOLD || textSimilarity >= TEXT_THRESHOLD) {
                matches.add(new Match(other, Math.max(titleSimilarity, textSimilarity)));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed()
                .thenComparing(match -> match.proposal().id()));
        return matches;
    }

    /** As shown: the similarity in whole percent. */
    static DuplicateCandidate candidate(String proposalId, String title, double similarity) {
        return new DuplicateCandidate(proposalId, title, (int) Math.round(similarity * 100));
    }

    /** The text compared besides the title. */
    static String textOf(String problem, String solution) {
        return (problem == null ? "" : problem) + "\n" + (solution == null ? "" : solution);
    }

    /** @param similarity in [0, 1]: the better of the title's and the text's */
    record Match(EarlierProposal proposal, double similarity) {
    }
}
