package com.wuxiao.processes.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.processes.proposal.ProposalSheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form of the appraisal is named by its constant and reads and writes only variables the process knows. */
class AppraisalFormsTest {

    static List<String> forms() {
        return constants(QuarterlyAppraisal.Form.class).stream().toList();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void formFieldsAreProcessVariables(String formId) throws Exception {
        JsonNode form = read(formId);

        assertThat(form.get("id").asText()).isEqualTo(formId);
        assertThat(form.get("components").findValuesAsText("key"))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(variables()).contains(key));
    }

    /** The forms of the tasks that judge a proposal show what it says, read-only, above their inputs. */
    @ParameterizedTest
    @ValueSource(strings = {QuarterlyAppraisal.Form.SCORE_PROPOSAL, QuarterlyAppraisal.Form.CONSENSUS_SCORE,
            QuarterlyAppraisal.Form.DECIDE_OBJECTION})
    void formsThatJudgeAProposalShowItsSheetReadOnlyAboveTheInputs(String formId) throws Exception {
        List<JsonNode> fields = new ArrayList<>();
        read(formId).get("components").forEach(component -> {
            if (component.has("key")) {
                fields.add(component);
            }
        });
        List<String> keys = fields.stream().map(field -> field.get("key").asText()).toList();
        int firstInput = IntStream.range(0, fields.size())
                .filter(i -> !fields.get(i).path("readonly").asBoolean() && !fields.get(i).path("disabled").asBoolean())
                .findFirst().orElseThrow();

        assertThat(keys).containsAll(ProposalSheet.SHOWN);
        for (String key : ProposalSheet.SHOWN) {
            JsonNode field = fields.get(keys.indexOf(key));
            assertThat(field.path("readonly").asBoolean()).as(formId + ": " + key + " is read-only").isTrue();
            assertThat(keys.indexOf(key)).as(formId + ": " + key + " comes before the inputs").isLessThan(firstInput);
        }
    }

    private JsonNode read(String formId) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/forms/" + formId + ".form")) {
            assertThat(in).as("forms/" + formId + ".form").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** The names the process knows: its own and the proposal sheet's, which it shares with the other processes. */
    private static Set<String> variables() {
        Set<String> names = new HashSet<>(constants(QuarterlyAppraisal.Var.class));
        names.addAll(ProposalSheet.KEYS);
        names.addAll(ProposalSheet.NAME_KEYS);
        return names;
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
