package com.wuxiao.processes.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form of the appraisal is named by its constant and reads and writes only variables the process knows. */
class AppraisalFormsTest {

    static List<String> forms() {
        return constants(QuarterlyAppraisal.Form.class).stream().toList();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void formFieldsAreProcessVariables(String formId) throws Exception {
        JsonNode form;
        try (InputStream in = getClass().getResourceAsStream("/forms/" + formId + ".form")) {
            assertThat(in).as("forms/" + formId + ".form").isNotNull();
            form = new ObjectMapper().readTree(in);
        }

        assertThat(form.get("id").asText()).isEqualTo(formId);
        assertThat(form.get("components").findValuesAsText("key"))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(constants(QuarterlyAppraisal.Var.class)).contains(key));
    }

    private static Set<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(AppraisalFormsTest::value)
                .collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
