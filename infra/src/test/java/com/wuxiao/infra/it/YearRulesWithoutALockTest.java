package com.wuxiao.infra.it;

import com.wuxiao.command.competition.CompetitionYear;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declarations read their year's rules without the year aggregate's lock, so a year's submissions
 * do not queue behind one another (issue 12), and a change of the rules still applies to every
 * submission after it. In 2018, a year of this test's own.
 */
class YearRulesWithoutALockTest extends AppraisalTestSupport {

    private static final int YEAR = 2018;

    /** Axon's repository of the aggregate: the one the year's own commands lock. */
    @Autowired
    @Qualifier("competitionYearRepository")
    private Repository<CompetitionYear> years;

    @Test
    void aSubmissionGoesThroughWhileTheYearsAggregateIsLocked() throws Exception {
        clock.travelTo(shanghai(YEAR, 3, 6, 9));
        configureYear(YEAR, pointsTable(2, 20, 12, 6, 2), rewardsTable(500_000, 300_000, 100_000, 30_000));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            try {
                years.load(String.valueOf(YEAR));   // holds the year's lock until the unit of work ends
                locked.countDown();
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                unitOfWork.rollback();
            }
        });
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).as("the year's lock taken").isTrue();

            CompletableFuture<String> submission = CompletableFuture.supplyAsync(
                    () -> submit("w1001", proposalBody("采区变电所无人值守远程监控")));

            assertThat(submission.get(20, TimeUnit.SECONDS)).as("submitted while the year is locked").isNotBlank();
        } finally {
            release.countDown();
            holder.get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aChangeOfTheYearsCategoriesAppliesToTheNextSubmission() {
        clock.travelTo(shanghai(YEAR, 4, 7, 9));
        configure(List.of(Map.of("code", "JDYS", "name", "机电运输")));
        Map<String, Object> ventilation = new HashMap<>(proposalBody("局部通风机双电源自动切换"));
        ventilation.put("categoryCode", "TFAQ");

        ResponseEntity<String> refused = as("w1001").postForEntity("/api/proposals", ventilation, String.class);
        assertThat(refused.getStatusCode().is4xxClientError()).as(refused.getBody()).isTrue();
        assertThat(refused.getBody()).contains("TFAQ");

        configure(List.of(Map.of("code", "JDYS", "name", "机电运输"), Map.of("code", "TFAQ", "name", "通风安全")));
        ResponseEntity<String> accepted = as("w1001").postForEntity("/api/proposals", ventilation, String.class);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(201);
    }

    private void configure(List<Map<String, String>> categories) {
        configureYear(YEAR, categories, pointsTable(2, 20, 12, 6, 2), rewardsTable(500_000, 300_000, 100_000, 30_000));
    }
}
