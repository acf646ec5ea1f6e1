package com.wuxiao.query.inbox;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.inbox.api.CountUnreadQuery;
import com.wuxiao.query.inbox.api.FindInboxQuery;
import com.wuxiao.query.inbox.api.InboxItem;
import com.wuxiao.query.inbox.api.InboxKind;
import com.wuxiao.query.inbox.api.InboxPage;
import com.wuxiao.query.inbox.api.UnreadCount;
import com.wuxiao.query.web.Callers;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The logged-in user's inbox. Everyone sees only their own notifications; the texts come in the
 * caller's language (the pages' language switch, else Chinese).
 */
@RestController
@RequestMapping("/api/inbox")
@Tag(name = "消息 Inbox", description = "与我有关的状态变化 / status changes that concern me")
public class InboxController {

    private final QueryGateway queries;
    private final InboxReadModel readModel;
    private final MessageSource messages;
    private final Clock clock;

    public InboxController(QueryGateway queries, InboxReadModel readModel, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.readModel = readModel;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "我的消息 / my notifications, newest first")
    @ApiResponse(responseCode = "200", description = "one page")
    @ApiResponse(responseCode = "400", description = "bad page or size")
    public InboxPage inbox(@RequestParam(defaultValue = "0") int page,
                           @Parameter(description = "1..100")
                           @RequestParam(defaultValue = "" + FindInboxQuery.DEFAULT_SIZE) int size,
                           @RequestParam(defaultValue = "false") boolean unreadOnly,
                           @Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        InboxPage found = Queries.ask(queries, new FindInboxQuery(authentication.getName(), unreadOnly, page, size),
                ResponseTypes.instanceOf(InboxPage.class));
        Locale locale = LocaleContextHolder.getLocale();
        List<InboxItem> items = found.items().stream().map(item -> item.withText(text(item, locale))).toList();
        return new InboxPage(items, found.page(), found.size(), found.total(), found.unread());
    }

    @GetMapping("/unread-count")
    @Operation(summary = "未读消息数 / how many of my notifications are unread")
    public UnreadCount unreadCount(@Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        return Queries.ask(queries, new CountUnreadQuery(authentication.getName()),
                ResponseTypes.instanceOf(UnreadCount.class));
    }

    @PostMapping("/{id}/read")
    @Transactional
    @Operation(summary = "标为已读 / mark one of my notifications read")
    @ApiResponse(responseCode = "204", description = "read (also if it was already)")
    @ApiResponse(responseCode = "404", description = "not one of my notifications")
    public ResponseEntity<Void> markRead(@PathVariable String id,
                                         @Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        if (!readModel.markRead(authentication.getName(), uuid(id), clock.instant())) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    @Transactional
    @Operation(summary = "全部标为已读 / mark all my notifications read")
    @ApiResponse(responseCode = "204", description = "all read")
    public ResponseEntity<Void> markAllRead(@Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        readModel.markAllRead(authentication.getName(), clock.instant());
        return ResponseEntity.noContent().build();
    }

    /** The kind's message with code arguments (grades, reasons, patent types) spelled out. */
    private String text(InboxItem item, Locale locale) {
        List<InboxKind.Param> params = item.kind().params();
        Object[] args = new Object[item.args().size()];
        for (int i = 0; i < args.length; i++) {
            String value = item.args().get(i);
            String codes = i < params.size() ? params.get(i).codes() : null;
            args[i] = codes == null || value.isEmpty() ? value
                    : messages.getMessage(codes + value, null, value, locale);
        }
        return messages.getMessage(item.messageKey(), args, item.messageKey(), locale);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static RuleViolation notFound() {
        return RuleViolation.notFound("notification-not-found");
    }
}
