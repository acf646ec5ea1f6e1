package com.wuxiao.query.inbox.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One notification of the caller's inbox.
 *
 * @param messageKey {@code inbox.kind.<kind>}: the text with placeholders {0}.. in each language
 * @param args       the message arguments in order, codes as they are (e.g. FIRST)
 * @param params     the same arguments by name (see {@link InboxKind})
 * @param text       the message in the caller's language, codes spelled out (filled in by the API)
 */
public record InboxItem(UUID id,
                        InboxKind kind,
                        String messageKey,
                        String proposalId,
                        String proposalTitle,
                        List<String> args,
                        Map<String, String> params,
                        String text,
                        Instant occurredAt,
                        boolean read) {

    public InboxItem withText(String text) {
        return new InboxItem(id, kind, messageKey, proposalId, proposalTitle, args, params, text, occurredAt, read);
    }
}
