package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.Roles;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;

import java.util.List;
import java.util.Objects;

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
            throw RuleViolation.forbidden("not-worker", "只有职工可以申报", "only workers can submit proposals");
        }
        return submitter;
    }

    static YearConfig configuredYear(int year, CompetitionYears years) {
        return years.require(year);
    }

    static void requireDeclarationMonth(YearConfig year, int month) {
        if (!year.declarationMonths().contains(month)) {
            throw RuleViolation.conflict("not-declaration-month",
                    year.year() + " 年 " + month + " 月不是申报月份",
                    month + "/" + year.year() + " is not a declaration month");
        }
    }

    /** A worker declares for the unit they belong to (its coordinator screens the proposal). */
    static void requireSubmittersUnit(String unitId, Actor submitter, UserDirectory users) {
        if (unitId == null || unitId.isBlank()) {
            throw RuleViolation.invalid("required", "unitId", "单位不能为空", "unit is required");
        }
        if (!users.unitExists(unitId)) {
            throw RuleViolation.invalid("unknown-unit", "unitId", "单位 " + unitId + " 不存在",
                    "unit " + unitId + " is unknown");
        }
        if (!unitId.equals(submitter.unitId())) {
            throw RuleViolation.invalid("not-own-unit", "unitId",
                    "只能以本人所在单位申报", "a proposal is declared for the submitter's own unit");
        }
    }

    /** Only an author revises, withdraws or adds files. */
    static void requireAuthor(List<Author> authors, String actorId) {
        if (actorId == null || !among(authors, actorId)) {
            throw RuleViolation.forbidden("not-author", "只有作者可以进行此操作", "only an author can do this");
        }
    }

    /** Who declares is one of the authors. */
    static void requireSubmitterAmongAuthors(List<Author> authors, String submitterId) {
        if (!among(authors, submitterId)) {
            throw RuleViolation.forbidden("submitter-not-author",
                    "申报人必须是作者之一", "the submitter must be one of the authors");
        }
    }

    /** A revision keeps the submitter (whose unit screens it) and the revisor among the authors. */
    static void requireAuthorsKept(List<Author> authors, String submitterId, String revisorId) {
        if (!among(authors, submitterId)) {
            throw RuleViolation.invalid("submitter-not-author", "authors",
                    "申报人必须仍是作者之一", "the submitter must remain one of the authors");
        }
        if (!among(authors, revisorId)) {
            throw RuleViolation.forbidden("revisor-not-author",
                    "修改人必须仍是作者之一", "the revisor must remain one of the authors");
        }
    }

    private static boolean among(List<Author> authors, String userId) {
        return authors.stream().anyMatch(author -> Objects.equals(author.workerId(), userId));
    }
}
