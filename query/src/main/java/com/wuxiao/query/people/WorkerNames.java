package com.wuxiao.query.people;

import java.util.Collection;
import java.util.Map;

/**
 * Display names of workers, for exports and lists that show people by name. Names live in the
 * identity store, which the query module cannot see; infra implements this port over it.
 */
public interface WorkerNames {

    /**
     * The display name of each known user id; unknown ids (and null or blank ones) are simply absent
     * from the answer, so a caller shows the id or nothing instead.
     */
    Map<String, String> namesOf(Collection<String> userIds);
}
