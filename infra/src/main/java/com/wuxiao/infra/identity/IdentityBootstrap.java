package com.wuxiao.infra.identity;

import com.wuxiao.command.identity.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * At start: the standard groups and authorizations, the ready-made Tasklist filters, and, when {@code WUXIAO_ADMIN_PASSWORD} is set
 * and no administrator exists yet, the first administrator (the only way to get one outside demo).
 */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final Organisation organisation;
    private final CamundaAuthorizations authorizations;
    private final TasklistFilters filters;
    private final String adminUser;
    private final String adminPassword;

    IdentityBootstrap(Organisation organisation, CamundaAuthorizations authorizations, TasklistFilters filters,
                      @Value("${wuxiao.bootstrap.admin-user:admin}") String adminUser,
                      @Value("${wuxiao.bootstrap.admin-password:}") String adminPassword) {
        this.organisation = organisation;
        this.authorizations = authorizations;
        this.filters = filters;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        organisation.ensureStandardGroups();
        authorizations.ensureDefaults();
        filters.ensure();
        if (!adminPassword.isBlank() && !organisation.hasMemberOf(Role.ADMIN)) {
            organisation.ensureUnit(SYSTEM_UNIT, "系统 System");
            organisation.ensureUser(new Organisation.NewUser(adminUser, "管理员", "", SYSTEM_UNIT, adminPassword,
                    List.of(Role.ADMIN), null, null, false));
            log.info("Created the first administrator '{}'", adminUser);
        }
    }

    private static final String SYSTEM_UNIT = "SYSTEM";
}
