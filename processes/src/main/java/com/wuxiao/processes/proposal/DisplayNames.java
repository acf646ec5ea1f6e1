package com.wuxiao.processes.proposal;

import com.wuxiao.command.identity.api.Actor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names for task forms, which would otherwise show codes: people and units live in the identity
 * store, category names in the year's configuration; infra implements this port over both.
 */
public interface DisplayNames {

    /** Display names of the known user ids; unknown ones are absent. */
    Map<String, String> people(Collection<String> userIds);

    Optional<String> unit(String unitId);

    /** The name the year's configuration gives the category. */
    Optional<String> category(int year, String categoryCode);

    /** Everyone the union office may name to a panel (the REVIEWER role), by user id; none if unknown. */
    default List<Actor> reviewers() {
        return List.of();
    }

    /** Names nothing: forms show the codes (tests that do not look at names). */
    DisplayNames NONE = new DisplayNames() {
        @Override
        public Map<String, String> people(Collection<String> userIds) {
            return Map.of();
        }

        @Override
        public Optional<String> unit(String unitId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> category(int year, String categoryCode) {
            return Optional.empty();
        }
    };
}
