package com.wuxiao.processes.engine;

import com.wuxiao.command.common.api.RuleViolation;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Form fields arrive as Camunda typed values (Tasklist writes Long, Double, Date) or as text (API
 * clients). Dates are days in Beijing (UTC+8: from 16:00Z on it is the next day there).
 */
class ProcessVariablesTest {

    private enum Outcome { PASS, RETURN }

    private static VariableScope scope(String name, Object value) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(name)).thenReturn(value);
        return scope;
    }

    private static void assertRefused(Runnable read, String code, String field, String shown) {
        assertThatThrownBy(read::run).as(shown)
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(code);
                    assertThat(violation.field()).isEqualTo(field);
                    assertThat(violation.messageEn()).contains(shown);
                    assertThat(violation.messageZh()).contains(shown);
                });
    }

    @Test
    void blankStringsAreAbsent() {
        assertThat(ProcessVariables.optionalString(scope("comment", "  "), "comment")).isNull();
        assertThat(ProcessVariables.optionalString(scope("comment", null), "comment")).isNull();
        assertThat(ProcessVariables.optionalString(scope("comment", " ok "), "comment")).isEqualTo(" ok ");
        assertThat(ProcessVariables.optionalString(scope("count", 3L), "count")).isEqualTo("3");
    }

    @Test
    void aVariableTheProcessSetMustBeThere() {
        assertThat(ProcessVariables.string(scope("objectionId", "o-1"), "objectionId")).isEqualTo("o-1");
        assertThatThrownBy(() -> ProcessVariables.string(scope("objectionId", null), "objectionId"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("objectionId");
    }

    @Test
    void anOptionIsAConstantsName() {
        assertThat(ProcessVariables.option(scope("outcome", " RETURN "), "outcome", Outcome.class)).isEqualTo(Outcome.RETURN);
        assertThat(ProcessVariables.option(scope("outcome", ""), "outcome", Outcome.class)).isNull();
        assertRefused(() -> ProcessVariables.option(scope("outcome", "MAYBE"), "outcome", Outcome.class),
                "unknown-form-value", "outcome", "MAYBE");
    }

    @Test
    void numbersAreTypedValuesOrText() {
        assertThat(ProcessVariables.decimal(scope("hours", 2.5d), "hours")).isEqualByComparingTo("2.5");
        assertThat(ProcessVariables.decimal(scope("hours", 12L), "hours")).isEqualByComparingTo("12");
        assertThat(ProcessVariables.decimal(scope("hours", " 1200.50 "), "hours")).isEqualTo(new BigDecimal("1200.50"));
        assertThat(ProcessVariables.decimal(scope("hours", " "), "hours")).isNull();
        assertRefused(() -> ProcessVariables.decimal(scope("hours", "many"), "hours"), "not-a-number", "hours", "many");
    }

    @Test
    void wholeNumbersAcceptWhatTasklistAndClientsSend() {
        assertThat(ProcessVariables.wholeNumber(scope("benefit", 7L), "benefit")).isEqualTo(7);
        assertThat(ProcessVariables.wholeNumber(scope("benefit", 7.0d), "benefit")).isEqualTo(7);
        assertThat(ProcessVariables.wholeNumber(scope("benefit", 7), "benefit")).isEqualTo(7);
        assertThat(ProcessVariables.wholeNumber(scope("benefit", " 7 "), "benefit")).isEqualTo(7);
        assertThat(ProcessVariables.wholeNumber(scope("benefit", null), "benefit")).isNull();
        assertThat(ProcessVariables.wholeNumber(scope("benefit", ""), "benefit", 0)).isZero();
        assertThat(ProcessVariables.wholeNumber(scope("benefit", 4L), "benefit", 0)).isEqualTo(4);
    }

    @Test
    void aFractionOrTextIsNotAWholeNumber() {
        assertRefused(() -> ProcessVariables.wholeNumber(scope("benefit", 7.5d), "benefit"),
                "not-a-whole-number", "benefit", "7.5");
        assertRefused(() -> ProcessVariables.wholeNumber(scope("benefit", "seven"), "benefit"),
                "not-a-whole-number", "benefit", "seven");
        assertRefused(() -> ProcessVariables.wholeNumber(scope("benefit", 1e12d), "benefit"),
                "not-a-whole-number", "benefit", "1.0E12");
    }

    @Test
    void aFormsPlainDateIsTakenAsIs() {
        assertThat(ProcessVariables.date(scope("filedOn", "2026-03-01"), "filedOn")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(ProcessVariables.toDate(" 2026-03-01 ", "filedOn")).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aPointInTimeIsTheDayInBeijingNotItsFirstTenCharacters() {
        // 2023-05-30 20:00 UTC is 2023-05-31 04:00 in Beijing
        assertThat(ProcessVariables.toDate("2023-05-30T20:00:00Z", "d")).isEqualTo(LocalDate.of(2023, 5, 31));
        assertThat(ProcessVariables.toDate("2023-05-30T20:00:00.000Z", "d")).isEqualTo(LocalDate.of(2023, 5, 31));
        assertThat(ProcessVariables.toDate("2023-05-30T16:00Z", "d")).isEqualTo(LocalDate.of(2023, 5, 31));
        // 2023-05-30 15:59:59 UTC is still the 30th (23:59:59 in Beijing)
        assertThat(ProcessVariables.toDate("2023-05-30T15:59:59Z", "d")).isEqualTo(LocalDate.of(2023, 5, 30));
        assertThat(ProcessVariables.toDate("2023-05-30T15:59:59.999Z", "d")).isEqualTo(LocalDate.of(2023, 5, 30));
        // 2023-05-31 01:00 in New York (-04:00) is 2023-05-31 13:00 in Beijing
        assertThat(ProcessVariables.toDate("2023-05-31T01:00:00-04:00", "d")).isEqualTo(LocalDate.of(2023, 5, 31));
        assertThat(ProcessVariables.toDate("2023-05-30T19:00:00+02:00", "d")).isEqualTo(LocalDate.of(2023, 5, 31));
        // a Beijing moment given with its own offset stays its day
        assertThat(ProcessVariables.toDate("2023-05-31T07:00:00+08:00", "d")).isEqualTo(LocalDate.of(2023, 5, 31));
        assertThat(ProcessVariables.toDate("2023-05-31T01:00:00+08:00", "d")).isEqualTo(LocalDate.of(2023, 5, 31));
    }

    @Test
    void aDateTimeWithoutOffsetIsBeijingWallTime() {
        assertThat(ProcessVariables.toDate("2023-05-30T23:30:00", "d")).isEqualTo(LocalDate.of(2023, 5, 30));
        assertThat(ProcessVariables.toDate("2023-05-30T23:30", "d")).isEqualTo(LocalDate.of(2023, 5, 30));
    }

    @Test
    void typedDatesAreTakenInBeijing() {
        Date late = Date.from(Instant.parse("2023-05-30T20:00:00Z"));
        assertThat(ProcessVariables.date(scope("filedOn", late), "filedOn")).isEqualTo(LocalDate.of(2023, 5, 31));
        assertThat(ProcessVariables.toDate(Date.from(Instant.parse("2023-05-30T15:00:00Z")), "d"))
                .isEqualTo(LocalDate.of(2023, 5, 30));
        assertThat(ProcessVariables.toDate(LocalDate.of(2023, 5, 30), "d")).isEqualTo(LocalDate.of(2023, 5, 30));
    }

    @Test
    void emptyIsAbsent() {
        assertThat(ProcessVariables.date(scope("filedOn", null), "filedOn")).isNull();
        assertThat(ProcessVariables.toDate("  ", "filedOn")).isNull();
    }

    @Test
    void anythingElseIsRefusedForItsField() {
        for (String text : new String[] {"9/10/2025", "30.05.2023", "2023-05-30X", "2023-13-01",
                "2023-05-30T25:00:00Z", "2023-05-30Tnoon", "2023-05-30T20:00:00Zoo"}) {
            assertRefused(() -> ProcessVariables.date(scope("grantedOn", text), "grantedOn"),
                    "not-a-date", "grantedOn", text);
        }
    }
}
