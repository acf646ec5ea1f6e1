package com.wuxiao.command.competition;

import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.YearConfig;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class YearConfigRequestValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static YearConfigRequest request(List<YearConfigRequest.CategoryRequest> categories, Set<Integer> months) {
        YearConfig d = YearConfig.defaults(2025, List.of(new Category("JDYS", "机电运输")));
        return new YearConfigRequest(categories, months, d.weights(), d.quotas(), d.rewards(), d.points(),
                d.deadlines(), d.commendationTopN());
    }

    @Test
    void aWellFormedBodyBecomesTheYearsConfiguration() {
        YearConfigRequest body = request(List.of(new YearConfigRequest.CategoryRequest("JDYS", "机电运输")), Set.of(1, 2));
        assertThat(validator.validate(body)).isEmpty();
        YearConfig config = body.toConfig(2025);
        assertThat(config.year()).isEqualTo(2025);
        assertThat(config.hasCategory("JDYS")).isTrue();
        assertThat(config.declarationMonths()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void malformedPartsAreNamed() {
        YearConfigRequest body = request(List.of(new YearConfigRequest.CategoryRequest(" ", "机电运输")), Set.of(13));
        assertThat(validator.validate(body)).extracting(v -> v.getPropertyPath().toString())
                .anyMatch(path -> path.startsWith("categories[0].code"))
                .anyMatch(path -> path.startsWith("declarationMonths"));
    }

    @Test
    void categoryCodesArePlainAndNamesShort() {
        YearConfigRequest body = request(List.of(new YearConfigRequest.CategoryRequest("JDYS\u200B", "机电运输"),
                new YearConfigRequest.CategoryRequest("jdys", "机电运输"),
                new YearConfigRequest.CategoryRequest("TFAQ", "通".repeat(51))), Set.of(1));
        assertThat(validator.validate(body)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("categories[0].code", "categories[1].code", "categories[2].name");
    }
}
