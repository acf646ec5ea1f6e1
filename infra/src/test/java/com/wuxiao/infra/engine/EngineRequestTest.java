package com.wuxiao.infra.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both mounts of Camunda's REST API, with or without the engine's name, lead to the same resource. */
class EngineRequestTest {

    @Test
    void everyMountNamesTheSameResource() {
        for (String path : new String[]{"/engine-rest/task/42/complete", "/engine-rest/engine/default/task/42/complete",
                "/camunda/api/engine/engine/default/task/42/complete", "/engine-rest//task/42//complete/"}) {
            assertThat(EngineRequest.of("post", path)).as(path)
                    .contains(new EngineRequest("POST", "/task/42/complete"));
        }
    }

    @Test
    void otherPathsAreNoEngineRequests() {
        assertThat(EngineRequest.of("GET", "/api/proposals")).isEmpty();
        assertThat(EngineRequest.of("GET", "/engine-restless/task")).isEmpty();
        assertThat(EngineRequest.of("GET", "/camunda/api/cockpit/plugin")).isEmpty();
        assertThat(EngineRequest.of("GET", "/engine-rest")).contains(new EngineRequest("GET", "/"));
    }
}
