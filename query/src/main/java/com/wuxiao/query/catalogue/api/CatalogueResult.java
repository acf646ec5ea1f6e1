package com.wuxiao.query.catalogue.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A result's page in the catalogue: its text, files, patents, adoptions with benefit, and feedback. */
public record CatalogueResult(CatalogueEntry entry,
                              String problem,
                              String solution,
                              BigDecimal expectedEconomicBenefit,
                              String expectedSafetyBenefit,
                              List<String> authorIds,
                              List<Attachment> attachments,
                              List<Patent> patents,
                              List<Adoption> conversions,
                              List<Feedback> feedback) {

    public CatalogueResult {
        authorIds = List.copyOf(authorIds);
        attachments = List.copyOf(attachments);
        patents = List.copyOf(patents);
        conversions = List.copyOf(conversions);
        feedback = List.copyOf(feedback);
    }

    public record Attachment(String attachmentId, String name, String mediaType, long size) {
    }

    /** @param number the patent number once granted, else the application number, else null */
    public record Patent(String patentId, String type, String status, String number, LocalDate grantedOn) {
    }

    /** A conversion to a unit, with its latest benefit report's figures (null before one). */
    public record Adoption(String conversionId, String receivingUnitId, String status, Instant adoptedAt,
                           BigDecimal cnySavedPerYear, Integer safetyIncidentsAvoided, BigDecimal hoursSaved) {
    }

    public record Feedback(String receivingUnitId, String worked, String changed, String givenBy, Instant givenAt) {
    }
}
