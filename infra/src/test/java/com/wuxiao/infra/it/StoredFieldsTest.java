package com.wuxiao.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the corpus test counts as a lost field (a plain unit test, no Spring context). */
class StoredFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORED = """
            {"proposalId":"p1","revision":2,"content":{"title":"截齿快换","materialCost":3500.00},
             "authors":[{"workerId":"w1001","share":70},{"workerId":"w1002","share":30}],"months":[1,10,4]}""";

    @Test
    void nothingIsLostWhenAllComesBackOrMore() throws Exception {
        assertThat(StoredFields.lost(json(STORED), json(STORED))).isEmpty();
        assertThat(StoredFields.lost(json(STORED), json(STORED.replace("\"revision\":2,",
                "\"revision\":2,\"mentorId\":\"r0002\",")))).as("a new optional field").isEmpty();
    }

    @Test
    void aRenamedRemovedOrRetypedFieldIsLost() throws Exception {
        assertThat(StoredFields.lost(json(STORED), json(STORED.replace("\"title\"", "\"name\""))))
                .containsExactly("$.content.title: stored \"截齿快换\", missing when read");
        assertThat(StoredFields.lost(json(STORED), json(STORED.replace("\"revision\":2,", ""))))
                .containsExactly("$.revision: stored 2, missing when read");
        assertThat(StoredFields.lost(json(STORED), json(STORED.replace("\"revision\":2", "\"revision\":\"2\""))))
                .containsExactly("$.revision: stored 2, read as \"2\"");
        assertThat(StoredFields.lost(json(STORED), json(STORED.replace("\"share\":30", "\"percent\":30"))))
                .containsExactly("$.authors[1].share: stored 30, missing when read");
    }

    @Test
    void anArrayMayComeBackInAnotherOrderButNotWithOtherElements() throws Exception {
        assertThat(StoredFields.lost(json(STORED), json(STORED.replace("[1,10,4]", "[1,4,10]")))).isEmpty();
        assertThat(StoredFields.lost(json(STORED), json(STORED.replace("[1,10,4]", "[1,4,11]"))))
                .containsExactly("$.months[1]: stored 10, read as 4", "$.months[2]: stored 4, read as 11");
        assertThat(StoredFields.lost(json(STORED), json(STORED.replace("[1,10,4]", "[1,10]"))))
                .containsExactly("$.months: stored [1,10,4], read as [1,10]");
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
