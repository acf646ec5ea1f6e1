package com.wuxiao.command.patent;

import com.wuxiao.command.patent.api.NominatePatentCommand;
import com.wuxiao.command.patent.api.PatentType;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The endpoint only turns the request into the command: user from the login, time from the clock. */
class PatentCommandControllerTest {

    private static final Instant NOW = Instant.parse("2025-09-01T02:00:00Z");

    private final CommandGateway gateway = mock(CommandGateway.class);
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(
                new PatentCommandController(gateway, Clock.fixed(NOW, ZoneOffset.UTC))).build();
    }

    @Test
    void nominationAnswersWithTheCase() throws Exception {
        mvc.perform(post("/api/patents").principal(() -> "leader")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"proposalId\":\"p-1\",\"type\":\"UTILITY_MODEL\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/patents/PAT-p-1"))
                .andExpect(jsonPath("$.patentId").value("PAT-p-1"));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isEqualTo(
                new NominatePatentCommand("PAT-p-1", "p-1", PatentType.UTILITY_MODEL, "leader", NOW));
    }

    @Test
    void aMissingTypeIsRefusedBeforeAnyCommand() throws Exception {
        mvc.perform(post("/api/patents").principal(() -> "leader")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"proposalId\":\"p-1\"}"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(gateway);
    }
}
