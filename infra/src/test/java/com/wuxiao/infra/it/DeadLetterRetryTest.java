package com.wuxiao.infra.it;

import com.wuxiao.infra.events.DeadLetterRetry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection that cannot handle an event parks it in its dead-letter queue and goes on; once the
 * cause is gone, the retry handles it and nothing is lost. The cause here: the funnel's table of
 * accepted proposals is missing for a moment.
 */
class DeadLetterRetryTest extends AppraisalTestSupport {

    private static final String GROUP = "funnel-projection";

    @Autowired
    DeadLetterRetry retry;

    @Test
    void aParkedEventIsHandledOnRetryOnceTheCauseIsGone() {
        String proposalId = submit("w1001", proposalBody("风门自动闭锁装置"));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("funnel_proposal", proposalId) == 1);
        jdbc.sql("ALTER TABLE funnel_accepted RENAME TO funnel_accepted_away").update();
        try {
            accept("c1001", proposalId);
            await().atMost(Duration.ofSeconds(20)).until(() -> parked(proposalId) == 1);
            assertThat(retry.retry(GROUP)).as("still failing: stays parked").isZero();
            assertThat(parked(proposalId)).isEqualTo(1);
        } finally {
            jdbc.sql("ALTER TABLE funnel_accepted_away RENAME TO funnel_accepted").update();
        }

        assertThat(retry.retry(GROUP)).isEqualTo(1);

        assertThat(parked(proposalId)).isZero();
        assertThat(count("funnel_accepted", proposalId)).isEqualTo(1);
    }

    private long parked(String proposalId) {
        return jdbc.sql("SELECT count(*) FROM deadletterentry WHERE processinggroup = :group AND aggregateidentifier = :id")
                .param("group", GROUP).param("id", proposalId).query(Long.class).single();
    }

    private long count(String table, String proposalId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE proposal_id = :id")
                .param("id", proposalId).query(Long.class).single();
    }
}
