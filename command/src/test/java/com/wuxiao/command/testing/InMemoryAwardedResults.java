package com.wuxiao.command.testing;

import com.wuxiao.command.proposal.AwardedResults;
import com.wuxiao.command.proposal.api.AwardedResult;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Awarded results for fixture tests of aggregates that build on them. */
public final class InMemoryAwardedResults implements AwardedResults {

    private final Map<String, AwardedResult> results = new HashMap<>();

    public InMemoryAwardedResults with(AwardedResult result) {
        results.put(result.proposalId(), result);
        return this;
    }

    @Override
    public Optional<AwardedResult> find(String proposalId) {
        return Optional.ofNullable(results.get(proposalId));
    }
}
