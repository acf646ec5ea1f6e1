package com.wuxiao.command.need;

import com.wuxiao.command.need.api.PublishedNeed;

import java.util.Optional;

/**
 * Port for a declaration answering a need: the need as its aggregate says. Injected as a handler
 * parameter like the user directory.
 */
public interface PublishedNeeds {

    /** Empty if no need has this id. */
    Optional<PublishedNeed> find(String needId);
}
