package com.wuxiao.command.patent.api;

import java.time.Instant;

/** The application documents are ready to file. */
public record PatentApplicationPreparedEvent(String patentId,
                                             String proposalId,
                                             String agency,
                                             String note,
                                             String preparedBy,
                                             Instant preparedAt) {
}
