package com.wuxiao.command.testing;

import com.wuxiao.command.need.PublishedNeeds;
import com.wuxiao.command.need.api.PublishedNeed;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Production needs for fixture tests of declarations that answer them. */
public final class InMemoryPublishedNeeds implements PublishedNeeds {

    private final Map<String, PublishedNeed> needs = new HashMap<>();

    public InMemoryPublishedNeeds with(PublishedNeed need) {
        needs.put(need.needId(), need);
        return this;
    }

    @Override
    public Optional<PublishedNeed> find(String needId) {
        return Optional.ofNullable(needs.get(needId));
    }
}
