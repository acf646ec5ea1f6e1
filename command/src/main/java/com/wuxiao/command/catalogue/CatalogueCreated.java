package com.wuxiao.command.catalogue;

import java.util.List;

/** Answers of the catalogue's endpoints: the id made (also in the Location header), or the ids of several. */
public final class CatalogueCreated {

    private CatalogueCreated() {
    }

    public record Request(String requestId) {
    }

    public record Meeting(String meetingId) {
    }

    public record Handover(String conversionId) {
    }

    public record Requests(List<String> requestIds) {
    }
}
