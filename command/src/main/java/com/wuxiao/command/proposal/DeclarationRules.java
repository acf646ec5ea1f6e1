package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.need.PublishedNeeds;
import com.wuxiao.command.need.api.PublishedNeed;
import com.wuxiao.command.proposal.api.Author;

import java.time.LocalDate;

import java.util.List;
import java.util.Objects;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * Who declares a {@link Proposal}, for which unit and when, and who among its authors acts on it:
 * beside {@link SubmissionRules}, which checks what they fill in.
 */
final class DeclarationRules {

    private DeclarationRules() {
    }

    static Actor submittingWorker(String submitterId, UserDirectory users) {
        Actor submitter = Roles.known(submitterId, users);
        if (!submitter.has(Role.WORKER)) {
            throw RuleViolation.forbidden("not-worker");
        }
        return submitter;
    }

    static YearConfig configuredYear(int year, CompetitionYears years) {
        return years.require(year);
    }

    static void requireDeclarationMonth(YearConfig year, int month) {
        if (!year.declarationMonths().contains(month)) {
            throw RuleViolation.conflict("not-declaration-month", month, year.year());
        }
    }

    /** A worker declares for the unit they belong to (its coordinator screens the proposal). */
    static void requireSubmittersUnit(String unitId, Actor submitter, UserDirectory users) {
        if (unitId == null || unitId.isBlank()) {
            throw RuleViolation.invalid("required", "unitId", term("field.unit"));
        }
        if (!users.unitExists(unitId)) {
            throw RuleViolation.invalid("unknown-unit", "unitId", unitId);
        }
        if (!unitId.equals(submitter.unitId())) {
            throw RuleViolation.invalid("not-own-unit", "unitId");
        }
    }

    /** A declaration answering a need answers one that exists and is open on the day of declaration. */
    static void requireAnswerableNeed(String needId, LocalDate day, PublishedNeeds needs) {
        if (needId == null) {
            return;
        }
        PublishedNeed need = needs.find(needId)
                .orElseThrow(() -> RuleViolation.invalid("unknown-need", "needId", needId));
        if (!need.answerableOn(day)) {
            throw RuleViolation.conflict("need-not-open", need.title());
        }
    }

    /** Only an author revises, withdraws or adds files. */
    static void requireAuthor(List<Author> authors, String actorId) {
        if (actorId == null || !among(authors, actorId)) {
            throw RuleViolation.forbidden("not-author");
        }
    }

    /** Who declares is one of the authors. */
    static void requireSubmitterAmongAuthors(List<Author> authors, String submitterId) {
        if (!among(authors, submitterId)) {
            throw RuleViolation.forbidden("submitter-not-author");
        }
    }

    /** A revision keeps the submitter (whose unit screens it) and the revisor among the authors. */
    static void requireAuthorsKept(List<Author> authors, String submitterId, String revisorId) {
        if (!among(authors, submitterId)) {
            throw RuleViolation.invalid("submitter-not-author", "authors");
        }
        if (!among(authors, revisorId)) {
            throw RuleViolation.forbidden("revisor-not-author");
        }
    }

    private static boolean among(List<Author> authors, String userId) {
        return authors.stream().anyMatch(author -> Objects.equals(author.workerId(), userId));
    }
}
