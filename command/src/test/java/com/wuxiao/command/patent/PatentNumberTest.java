package com.wuxiao.command.patent;

import com.wuxiao.command.common.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The office's numbers check their own format: 8 or 12 digits, optional dot, check digit or X. */
class PatentNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"202510123456.7", "CN202510123456.7", "cn202510123456X", "20251012.3", "03123456.X"})
    void applicationNumbersOfTheOfficesForms(String number) {
        assertThat(PatentNumber.application(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZL202510123456.7", "zl202510123456.x", "202510123456.7"})
    void grantedNumbersWithOrWithoutZl(String number) {
        assertThat(PatentNumber.granted(number).value()).isEqualTo(number);
    }

    @Test
    void blanksAroundAreDropped() {
        assertThat(PatentNumber.application("  202510123456.7 ").value()).isEqualTo("202510123456.7");
    }

    /** 10 digits is neither form; ZL is not an application's prefix, CN not a patent's; a letter inside. */
    @ParameterizedTest
    @ValueSource(strings = {"2025101234.5", "ZL202510123456.7", "2025A0123456.7", "202510123456.77"})
    void otherShapesAreNotApplicationNumbers(String number) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, () -> PatentNumber.application(number));
        assertThat(violation.code()).isEqualTo("invalid-number");
        assertThat(violation.field()).isEqualTo("applicationNumber");
        assertThat(violation.messageEn()).contains("202510123456.7");
    }

    @Test
    void aCnPrefixIsNoPatentNumber() {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class,
                () -> PatentNumber.granted("CN202510123456.7"));
        assertThat(violation.code()).isEqualTo("invalid-number");
        assertThat(violation.field()).isEqualTo("patentNumber");
    }

    @Test
    void aMissingNumberIsRequired() {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, () -> PatentNumber.granted(" "));
        assertThat(violation.code()).isEqualTo("required");
        assertThat(violation.field()).isEqualTo("patentNumber");
    }
}
