package com.wuxiao.infra.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers {@link AuditWithOperationLog} (application.yml names it as the history level) and
 * raises a database that was created at AUDIT to it: Camunda refuses to start when the configured
 * level and the stored one differ, and moving up from AUDIT loses nothing.
 */
@Configuration(proxyBeanMethods = false)
class EngineHistoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EngineHistoryConfiguration.class);

    @Bean
    ProcessEnginePlugin auditWithOperationLogPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null
                        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
                custom.add(new AuditWithOperationLog());
                configuration.setCustomHistoryLevels(custom);
            }

            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                if (AuditWithOperationLog.NAME.equals(configuration.getHistory())) {
                    raiseFromAudit(new JdbcTemplate(configuration.getDataSource()));
                }
            }
        };
    }

    /** Runs before the engine checks the stored level; a fresh database has no property table yet. */
    private static void raiseFromAudit(JdbcTemplate jdbc) {
        Boolean tableExists = jdbc.queryForObject("select to_regclass('act_ge_property') is not null", Boolean.class);
        if (Boolean.TRUE.equals(tableExists)) {
            int raised = jdbc.update("update act_ge_property set value_ = ? where name_ = 'historyLevel' and value_ = ?",
                    String.valueOf(AuditWithOperationLog.ID), String.valueOf(HistoryLevel.HISTORY_LEVEL_AUDIT.getId()));
            if (raised > 0) {
                log.info("Camunda history level raised from audit to {} (adds the user operation log)",
                        AuditWithOperationLog.NAME);
            }
        }
    }
}
