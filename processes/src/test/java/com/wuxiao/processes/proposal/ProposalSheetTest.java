package com.wuxiao.processes.proposal;

import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.proposal.api.ProposalDetail;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalSheetTest {

    private static final ProposalContent CONTENT = new ProposalContent("皮带机张紧装置改进", ProposalType.DESIGN,
            "JIDIAN", "张紧力不足", "液压张紧", new BigDecimal("1.20E+5"), "减少断带", new BigDecimal("3500.00"));
    private static final List<Author> AUTHORS = List.of(new Author("A001", 70), new Author("A002", 30));

    @Test
    void aRevisionBecomesStringsWithoutTheUnit() {
        Map<String, Object> sheet = ProposalSheet.variables(CONTENT, AUTHORS, null);

        assertThat(sheet)
                .containsEntry(ProposalSheet.TITLE, "皮带机张紧装置改进")
                .containsEntry(ProposalSheet.TYPE_LABEL, "DESIGN 小设计")
                .containsEntry(ProposalSheet.CATEGORY_CODE, "JIDIAN")
                .containsEntry(ProposalSheet.AUTHORS_TEXT, "A001 (70%), A002 (30%)")
                .containsEntry(ProposalSheet.MENTOR_ID, null)
                .containsEntry(ProposalSheet.PROBLEM, "张紧力不足")
                .containsEntry(ProposalSheet.SOLUTION, "液压张紧")
                .containsEntry(ProposalSheet.EXPECTED_ECONOMIC_BENEFIT, "120000")
                .containsEntry(ProposalSheet.EXPECTED_SAFETY_BENEFIT, "减少断带")
                .containsEntry(ProposalSheet.MATERIAL_COST, "3500.00")
                .doesNotContainKey(ProposalSheet.UNIT_ID);
    }

    @Test
    void theReadModelsViewFillsEveryKeyUnitIncluded() {
        Map<String, Object> sheet = ProposalSheet.variables(detail("问".repeat(6000)));

        assertThat(sheet).containsOnlyKeys(ProposalSheet.KEYS)
                .containsEntry(ProposalSheet.UNIT_ID, "U07")
                .containsEntry(ProposalSheet.MENTOR_ID, "M001")
                .containsEntry(ProposalSheet.TYPE_LABEL, "DESIGN 小设计");
        assertThat((String) sheet.get(ProposalSheet.PROBLEM)).as("cut to a Camunda string")
                .hasSize(ProposalSheet.MAX_TEXT).endsWith("…");
    }

    @Test
    void anUnknownProposalHasEveryKeyAndAPlaceholderTitle() {
        Map<String, Object> sheet = ProposalSheet.unavailable();

        assertThat(sheet).containsOnlyKeys(ProposalSheet.KEYS)
                .containsEntry(ProposalSheet.TITLE, ProposalSheet.UNAVAILABLE_TITLE)
                .containsEntry(ProposalSheet.PROBLEM, null);
    }

    private static ProposalDetail detail(String problem) {
        return new ProposalDetail("P1", CONTENT.title(), CONTENT.type(), CONTENT.categoryCode(), "U07", "A001",
                "M001", 2025, 3, ProposalStatus.ACCEPTED, 1, false, null, null, problem, CONTENT.solution(),
                CONTENT.expectedEconomicBenefit(), CONTENT.expectedSafetyBenefit(), CONTENT.materialCost(),
                Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-02T00:00:00Z"), AUTHORS, List.of(),
                List.of());
    }
}
