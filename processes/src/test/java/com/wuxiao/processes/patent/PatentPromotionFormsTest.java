package com.wuxiao.processes.patent;

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

/** Every form of patent promotion is named by its constant, shows the case, and reads and writes only known variables. */
class PatentPromotionFormsTest {

    static List<String> forms() {
        return constants(PatentPromotion.Form.class).stream().sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void formFieldsAreProcessVariablesAndTheCaseIsShownReadOnly(String formId) throws Exception {
        JsonNode form;
        try (InputStream in = getClass().getResourceAsStream("/forms/" + formId + ".form")) {
            assertThat(in).as("forms/" + formId + ".form").isNotNull();
            form = new ObjectMapper().readTree(in);
        }

        assertThat(form.get("id").asText()).isEqualTo(formId);
        List<String> keys = form.get("components").findValuesAsText("key");
        assertThat(keys).isNotEmpty()
                .allSatisfy(key -> assertThat(constants(PatentPromotion.Var.class)).contains(key))
                .contains(PatentPromotion.Var.TITLE, PatentPromotion.Var.TYPE_LABEL, PatentPromotion.Var.ABANDON_REASON);
        form.get("components").forEach(component -> {
            if (PatentPromotion.Var.TITLE.equals(component.path("key").asText())) {
                assertThat(component.path("readonly").asBoolean()).isTrue();
            }
        });
    }

    private static Set<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(PatentPromotionFormsTest::value)
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
