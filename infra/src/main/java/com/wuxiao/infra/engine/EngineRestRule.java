package com.wuxiao.infra.engine;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@link EngineRestGuard}'s table: the requests it covers and what is checked. The
 * first group of the pattern, where there is one, is the task id.
 */
record EngineRestRule(Set<String> methods, Pattern resource, Check check) {

    enum Check {
        /** Process control belongs to the process: nobody may do this through REST. */
        PROCESS_ONLY,
        /** Only the fields of the task's form; read-only fields keep their values. */
        FORM_FIELDS,
        /** A claim is for oneself. */
        CLAIM_FOR_SELF,
        /** A candidate (or the assignee) gives the task to one of its candidates, or back (none). */
        ASSIGN_TO_CANDIDATE,
        /** Only the task's assignee and candidates comment on it (Camunda checks nothing here). */
        COMMENT_AS_CANDIDATE,
        /** Running a job by hand retries a failure; it does not fire a timer early. */
        FAILED_JOB_ONLY,
        /** Whom a user belongs with is theirs and the administrator's to read, nobody else's. */
        OWN_MEMBERSHIPS
    }

    static EngineRestRule of(String methods, String resource, Check check) {
        return new EngineRestRule(Set.of(methods.split("\\|")), Pattern.compile("^" + resource + "$"), check);
    }

    /** The matcher when the request is covered, positioned on the match. */
    Optional<Matcher> match(EngineRequest request) {
        if (!methods.contains(request.method())) {
            return Optional.empty();
        }
        Matcher matcher = resource.matcher(request.resource());
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }
}
