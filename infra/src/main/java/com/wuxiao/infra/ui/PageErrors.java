package com.wuxiao.infra.ui;

import com.wuxiao.command.common.api.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.util.Locale;

/**
 * A page whose data the API refuses (not found, not yours) answers with a page in the user's
 * language, not with the API's problem document. Only for the pages' controllers.
 */
@ControllerAdvice(basePackages = "com.wuxiao.infra.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(RuleViolation.class)
    String refused(RuleViolation violation, HttpServletResponse response, Model model) {
        response.setStatus(switch (violation.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case INVALID -> 400;
        });
        boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("message", english ? violation.messageEn() : violation.messageZh());
        return "error/page";
    }
}
