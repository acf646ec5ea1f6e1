package com.wuxiao.infra.ui.inbox;

import com.wuxiao.infra.ui.PageLinks;
import com.wuxiao.query.inbox.InboxController;
import com.wuxiao.query.inbox.api.InboxPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The inbox page and the unread badge of every page's header, from the inbox API. */
@Controller
class InboxPages {

    private final InboxController inbox;

    InboxPages(InboxController inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String page(@RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) Integer size, Authentication user, Model model) {
        InboxPage notifications = inbox.inbox(Math.max(page, 0), PageLinks.size(size), false, user);
        model.addAttribute("notifications", notifications);
        return "inbox/inbox";
    }

    /** The badge's text: the unread count, or nothing when there is none (htmx swaps it in). */
    @GetMapping(value = "/inbox/unread", produces = "text/plain;charset=UTF-8")
    @ResponseBody
    String unread(Authentication user) {
        long count = inbox.unreadCount(user).count();
        return count == 0 ? "" : String.valueOf(count);
    }

    @PostMapping("/inbox/read-all")
    String readAll(Authentication user) {
        ResponseEntity<Void> ignored = inbox.markAllRead(user);
        return "redirect:/inbox";
    }
}
