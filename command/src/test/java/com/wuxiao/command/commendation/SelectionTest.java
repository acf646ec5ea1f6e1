package com.wuxiao.command.commendation;

import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.UnitScore;
import com.wuxiao.command.commendation.api.UnitStanding;
import com.wuxiao.command.commendation.api.WorkerStanding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The numbers are worked out by hand from product.md's rules in each test's comment. */
class SelectionTest {

    private static WorkerStanding worker(String id, String points) {
        return new WorkerStanding(id, "ZC1", new BigDecimal(points));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theTopNWorkersWithEveryoneTiedWithTheNth() {
        // top 3: 30, 25, then 20 and 20 share rank 3; 10 is fifth; 0 points are not ranked
        List<CommendedWorker> named = Selection.workers(List.of(worker("E", "10.00"), worker("C", "20.00"),
                worker("A", "30.00"), worker("F", "0.00"), worker("D", "20.00"), worker("B", "25.50")), 3);

        assertThat(named).containsExactly(
                new CommendedWorker(1, "A", "ZC1", d("30.00")),
                new CommendedWorker(2, "B", "ZC1", d("25.50")),
                new CommendedWorker(3, "C", "ZC1", d("20.00")),
                new CommendedWorker(3, "D", "ZC1", d("20.00")));
    }

    @Test
    void unitsByTheComposite() {
        // U1: rate 20/100 = 0.2, 5 awards per 100, 2 adoptions; U2: 0.3, 4, 0; U3: 0.05, 2, 1.
        // best rate 0.3, best awards per 100 = 5, most adoptions 2:
        // U1 = 40×0.2/0.3 + 40×5/5 + 20×2/2 = 26.666… + 40 + 20 = 86.67
        // U2 = 40 + 40×4/5 + 0 = 72.00
        // U3 = 40×0.05/0.3 + 40×2/5 + 20×1/2 = 6.666… + 16 + 10 = 32.67
        // ⌈0.10 × 3⌉ = 1 unit commended
        List<UnitScore> scores = Selection.units(List.of(new UnitStanding("U2", 50, 15, 2, 0),
                new UnitStanding("U3", 200, 10, 4, 1), new UnitStanding("U1", 100, 20, 5, 2)));

        assertThat(scores).containsExactly(
                new UnitScore(1, "U1", d("0.2000"), d("5.0000"), 2, d("86.67"), true),
                new UnitScore(2, "U2", d("0.3000"), d("4.0000"), 0, d("72.00"), false),
                new UnitScore(3, "U3", d("0.0500"), d("2.0000"), 1, d("32.67"), false));
    }

    @Test
    void unitsTiedAtTheBoundaryAreAllCommendedAndATermWhoseBestIsZeroCountsZero() {
        // no adoptions anywhere: that term counts 0. U1 = U2 = 40×0.1/0.1 + 40×1/1 = 80.00; U3 = 40×0.05/0.1 = 20.00
        List<UnitScore> scores = Selection.units(List.of(new UnitStanding("U1", 100, 10, 1, 0),
                new UnitStanding("U2", 100, 10, 1, 0), new UnitStanding("U3", 100, 5, 0, 0)));

        assertThat(scores).extracting(UnitScore::unitId, UnitScore::rank, UnitScore::composite, UnitScore::commended)
                .containsExactly(
                        tuple("U1", 1, d("80.00"), true),
                        tuple("U2", 1, d("80.00"), true),
                        tuple("U3", 3, d("20.00"), false));
    }

    @Test
    void elevenUnitsCommendTwoAndNobodyWithoutAnything() {
        // ⌈0.10 × 11⌉ = 2; units with composite 0 are never commended
        List<UnitStanding> standings = new ArrayList<>();
        standings.add(new UnitStanding("A", 10, 5, 1, 1));
        standings.add(new UnitStanding("B", 10, 4, 1, 1));
        for (int i = 0; i < 9; i++) {
            standings.add(new UnitStanding("Z" + i, 10, 0, 0, 0));
        }
        List<UnitScore> scores = Selection.units(standings);

        assertThat(scores.stream().filter(UnitScore::commended).map(UnitScore::unitId)).containsExactly("A", "B");
        assertThat(Selection.units(List.of(new UnitStanding("Z", 10, 0, 0, 0))))
                .singleElement().satisfies(score -> assertThat(score.commended()).isFalse());
    }
}
