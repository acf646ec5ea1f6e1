package com.wuxiao.processes.proposal;

import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.query.proposal.api.ProposalDetail;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a proposal says, as read-only variables of a task form (screening, scoring, re-review,
 * objection). All are strings: Tasklist writes form fields back on completion, and strings survive
 * that unchanged. Every process that shows the sheet uses these constants directly (its own
 * constants class does not repeat them), so one form layout reads the same in every process.
 */
public final class ProposalSheet {

    public static final String TITLE = "title";
    public static final String TYPE_LABEL = "typeLabel";
    public static final String CATEGORY_CODE = "categoryCode";
    /** The proposal's unit; only {@link #variables(ProposalDetail)} sets it (the monthly review sets its own). */
    public static final String UNIT_ID = "unitId";
    public static final String AUTHORS_TEXT = "authorsText";
    public static final String MENTOR_ID = "mentorId";
    public static final String PROBLEM = "problem";
    public static final String SOLUTION = "solution";
    public static final String EXPECTED_ECONOMIC_BENEFIT = "expectedEconomicBenefit";
    public static final String EXPECTED_SAFETY_BENEFIT = "expectedSafetyBenefit";
    public static final String MATERIAL_COST = "materialCost";

    /** The names beside the codes ({@link #names}): "采煤技术 CMJS", "综采一队 ZC1", "张伟 w1001 (60%)". */
    public static final String CATEGORY_NAME = "categoryName";
    public static final String UNIT_NAME = "unitName";
    public static final String AUTHORS_NAMES = "authorsNames";
    public static final String MENTOR_NAME = "mentorName";
    public static final List<String> NAME_KEYS = List.of(CATEGORY_NAME, UNIT_NAME, AUTHORS_NAMES, MENTOR_NAME);
    /** What a form shows of the sheet: names where {@link #KEYS} has codes (the codes stay variables, for routing). */
    public static final List<String> SHOWN = List.of(TITLE, TYPE_LABEL, CATEGORY_NAME, UNIT_NAME, AUTHORS_NAMES,
            MENTOR_NAME, PROBLEM, SOLUTION, EXPECTED_ECONOMIC_BENEFIT, EXPECTED_SAFETY_BENEFIT, MATERIAL_COST);

    /** Every name {@link #variables(ProposalDetail)} and {@link #unavailable()} set. */
    public static final List<String> KEYS = List.of(TITLE, TYPE_LABEL, CATEGORY_CODE, UNIT_ID, AUTHORS_TEXT,
            MENTOR_ID, PROBLEM, SOLUTION, EXPECTED_ECONOMIC_BENEFIT, EXPECTED_SAFETY_BENEFIT, MATERIAL_COST);

    /** Every name a sheet may set: {@link #KEYS} and {@link #NAME_KEYS}. */
    private static final Set<String> ALL_KEYS = Stream.concat(KEYS.stream(), NAME_KEYS.stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Camunda keeps string variables in a varchar(4000) column. */
    public static final int MAX_TEXT = 4000;
    /** The title shown when the read model does not know the proposal (yet). */
    public static final String UNAVAILABLE_TITLE = "（申报详情暂不可用 / details not available yet）";

    private ProposalSheet() {
    }

    /** Whether a variable of this name, set on a task, is a sheet: a copy of the read model for the form. */
    public static boolean isSheetVariable(String name) {
        return ALL_KEYS.contains(name);
    }

    /** Display variables of one revision, without the unit; values may be null (e.g. no mentor). */
    public static Map<String, Object> variables(ProposalContent content, List<Author> authors, String mentorId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(TITLE, text(content.title()));
        variables.put(TYPE_LABEL, content.type() == null ? null : content.type().name() + " " + content.type().zh());
        variables.put(CATEGORY_CODE, content.categoryCode());
        variables.put(AUTHORS_TEXT, authorsText(authors));
        variables.put(MENTOR_ID, mentorId);
        variables.put(PROBLEM, text(content.problem()));
        variables.put(SOLUTION, text(content.solution()));
        variables.put(EXPECTED_ECONOMIC_BENEFIT, amount(content.expectedEconomicBenefit()));
        variables.put(EXPECTED_SAFETY_BENEFIT, text(content.expectedSafetyBenefit()));
        variables.put(MATERIAL_COST, amount(content.materialCost()));
        return variables;
    }

    /** Display variables of the proposal as the read model knows it, unit included: every key of {@link #KEYS}. */
    public static Map<String, Object> variables(ProposalDetail detail) {
        Map<String, Object> variables = variables(new ProposalContent(detail.title(), detail.type(),
                detail.categoryCode(), detail.problem(), detail.solution(), detail.expectedEconomicBenefit(),
                detail.expectedSafetyBenefit(), detail.materialCost()), detail.authors(), detail.mentorId());
        variables.put(UNIT_ID, detail.unitId());
        return variables;
    }

    /** Every key of {@link #KEYS}, all null but a title saying the details are not available yet. */
    public static Map<String, Object> unavailable() {
        Map<String, Object> variables = new HashMap<>();
        KEYS.forEach(key -> variables.put(key, null));
        variables.put(TITLE, UNAVAILABLE_TITLE);
        return variables;
    }

    /**
     * The display names of a revision's category, unit, authors and mentor, each with its code so
     * a name shared by two people stays unambiguous; the code alone where no name is known.
     */
    public static Map<String, Object> names(DisplayNames names, int year, String categoryCode, String unitId,
                                            List<Author> authors, String mentorId) {
        List<String> people = new java.util.ArrayList<>();
        if (authors != null) {
            authors.forEach(author -> people.add(author.workerId()));
        }
        if (mentorId != null) {
            people.add(mentorId);
        }
        Map<String, String> byId = names.people(people);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CATEGORY_NAME, categoryCode == null ? null
                : named(names.category(year, categoryCode).orElse(null), categoryCode));
        variables.put(UNIT_NAME, unitId == null ? null : named(names.unit(unitId).orElse(null), unitId));
        variables.put(AUTHORS_NAMES, authors == null ? null : text(authors.stream()
                .map(author -> named(byId.get(author.workerId()), author.workerId()) + " (" + author.share() + "%)")
                .collect(Collectors.joining(", "))));
        variables.put(MENTOR_NAME, mentorId == null ? null : named(byId.get(mentorId), mentorId));
        return variables;
    }

    /** "综采一队 ZC1": the name beside the code, or the code alone when no name is known. */
    public static String named(String name, String code) {
        return name == null || name.isBlank() ? code : name + " " + code;
    }

    /** "A001 (60%), A002 (40%)" in the authors' order. */
    public static String authorsText(List<Author> authors) {
        if (authors == null) {
            return null;
        }
        return text(authors.stream()
                .map(author -> author.workerId() + " (" + author.share() + "%)")
                .collect(Collectors.joining(", ")));
    }

    /** The text as it fits a Camunda string variable: cut with an ellipsis beyond {@link #MAX_TEXT}. */
    public static String text(String value) {
        if (value == null || value.length() <= MAX_TEXT) {
            return value;
        }
        return value.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
