package com.wuxiao.infra.ui.login;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Wuxiao's own login page, for the app and the Camunda webapps alike (Spring Security processes the form). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login/login";
    }
}
