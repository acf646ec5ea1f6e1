package com.wuxiao.command.conversion;

import com.wuxiao.command.conversion.api.CorrectBenefitReportCommand;
import com.wuxiao.command.conversion.api.HandOverResultCommand;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The endpoint only turns the request into the command: the logged-in user hands over, at the clock's time. */
class ConversionCommandControllerTest {

    private static final Instant NOW = Instant.parse("2025-08-01T02:00:00Z");
    private static final Principal LEADER = () -> "L1";

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new ConversionCommandController(gateway, Clock.fixed(NOW, ZoneOffset.UTC))).build();

    @Test
    void aHandoverAnswersWithTheConversionsIdAndLocation() throws Exception {
        mvc.perform(post("/api/conversions").principal(LEADER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"proposalId": "P1", "receivingUnitId": "JJ2", "ownerId": "O1",
                         "planned": {"trialStart": "2025-08-10", "trialEnd": "2025-09-30", "adoptionDecision": "2025-10-15"}}
                        """))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/conversions/CONV-P1-JJ2"))
                .andExpect(jsonPath("$.conversionId").value("CONV-P1-JJ2"));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new HandOverResultCommand("CONV-P1-JJ2", "P1", "JJ2", "O1",
                new PlannedMilestones(LocalDate.parse("2025-08-10"), LocalDate.parse("2025-09-30"),
                        LocalDate.parse("2025-10-15")), "L1", NOW));
    }

    @Test
    void aBodyWithoutPlannedDatesIsRefusedBeforeAnyCommand() throws Exception {
        mvc.perform(post("/api/conversions").principal(LEADER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"proposalId": "P1", "receivingUnitId": "JJ2", "ownerId": "O1",
                         "planned": {"trialStart": "2025-08-10", "trialEnd": null, "adoptionDecision": "2025-10-15"}}
                        """))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/conversions").principal(LEADER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"proposalId": "P1", "receivingUnitId": " ", "ownerId": "O1"}
                        """))
                .andExpect(status().isBadRequest());
        verify(gateway, never()).sendAndWait(any());
    }

    @Test
    void aCorrectionOfABenefitReportBecomesTheCommand() throws Exception {
        mvc.perform(put("/api/conversions/CONV-P1-JJ2/benefit-reports/12").principal(LEADER)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"cnySavedPerYear": 9800.5, "safetyIncidentsAvoided": 2, "hoursSaved": 120, "reason": "财务复核后更正"}
                        """))
                .andExpect(status().isNoContent());

        verify(gateway).sendAndWait(new CorrectBenefitReportCommand("CONV-P1-JJ2", 12, new BigDecimal("9800.5"), 2,
                new BigDecimal("120"), "财务复核后更正", "L1", NOW));
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedBeforeAnyCommand() throws Exception {
        mvc.perform(put("/api/conversions/CONV-P1-JJ2/benefit-reports/3").principal(LEADER)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"cnySavedPerYear": 1, "safetyIncidentsAvoided": 0, "hoursSaved": 0}
                        """))
                .andExpect(status().isBadRequest());
        verify(gateway, never()).sendAndWait(any());
    }
}
