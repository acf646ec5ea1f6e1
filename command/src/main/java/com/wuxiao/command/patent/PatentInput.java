package com.wuxiao.command.patent;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.patent.api.NominatePatentCommand;

import java.time.LocalDate;
import java.util.function.Supplier;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * The checks of a patent case's input — the nomination, dates recorded from the office's letters —
 * and who records them, apart from the case's rules in {@link PatentCase} (the office's numbers
 * check themselves: {@link PatentNumber}). Each failure names its field.
 */
final class PatentInput {

    private PatentInput() {
    }

    static void unionLeader(String userId, UserDirectory users) {
        Roles.unionLeader(userId, users, term("action.promote-patents"));
    }

    /** The nominated result and type are given, and the case id is the result's ({@code expectedId}). */
    static void checkNomination(NominatePatentCommand command, String expectedId) {
        if (command.proposalId() == null || command.proposalId().isBlank()) {
            throw RuleViolation.invalid("required", "proposalId", term("field.patent-result"));
        }
        if (!expectedId.equals(command.patentId())) {
            throw RuleViolation.invalid("patent-id-mismatch", "patentId");
        }
        if (command.type() == null) {
            throw RuleViolation.invalid("required", "type", term("field.patent-type"));
        }
    }

    /** The violation is built by the caller, so its code stands at the call site where the catalogue test finds it. */
    static void notBefore(LocalDate date, LocalDate earliest, Supplier<RuleViolation> violation) {
        if (earliest != null && date.isBefore(earliest)) {
            throw violation.get();
        }
    }
}
