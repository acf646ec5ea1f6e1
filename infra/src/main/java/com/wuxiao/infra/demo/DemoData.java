package com.wuxiao.infra.demo;

import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.ConfigureCompetitionYearCommand;
import com.wuxiao.command.competition.api.SetUnitHeadcountsCommand;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.command.proposal.api.SubmitProposalCommand;
import com.wuxiao.infra.identity.Organisation.NewUser;
import com.wuxiao.infra.identity.Organisation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code demo} profile: a demo company (units marked 演示), a user of every role, the current
 * competition year and two declared proposals waiting for their coordinators. Safe to run again.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final List<Category> CATEGORIES = List.of(
            new Category("JJKF", "掘进开发"), new Category("JDYS", "机电运输"), new Category("TFAQ", "通风安全"),
            new Category("CMJS", "采煤技术"), new Category("DZCL", "地质测量"), new Category("XXH", "信息化"),
            new Category("GLCX", "管理创新"));

    /** Employees per demo unit, for the participation rate of the annual commendation. */
    static final Map<String, Integer> HEADCOUNTS = Map.of("ZC1", 120, "JJ2", 90, "JDK", 60, "TFQ", 80, "GH", 20);

    private final Organisation organisation;
    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final Clock clock;
    private final String password;

    DemoData(Organisation organisation, CommandGateway commandGateway, EventStore eventStore, Clock clock,
             @Value("${wuxiao.demo.password}") String password) {
        this.organisation = organisation;
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        organisation.ensureUnit("ZC1", "综采一队（演示）");
        organisation.ensureUnit("JJ2", "掘进二队（演示）");
        organisation.ensureUnit("JDK", "机电科（演示）");
        organisation.ensureUnit("TFQ", "通风区（演示）");
        organisation.ensureUnit("GH", "公司工会（演示）");

        user("w1001", "张", "伟", "ZC1", Set.of(Role.WORKER), null);
        user("w1002", "李", "娜", "ZC1", Set.of(Role.WORKER), null);
        user("w2001", "王", "强", "JJ2", Set.of(Role.WORKER), null);
        user("w3001", "刘", "洋", "JDK", Set.of(Role.WORKER), null);
        user("w3002", "陈", "静", "JDK", Set.of(Role.WORKER), null);
        user("c1001", "赵", "敏", "ZC1", Set.of(Role.WORKER, Role.UNIT_COORDINATOR), null);
        // ZC1's second coordinator: screens the unit's proposals that c1001 authors or mentors.
        user("c1002", "杨", "帆", "ZC1", Set.of(Role.WORKER, Role.UNIT_COORDINATOR), null);
        user("c2001", "孙", "丽", "JJ2", Set.of(Role.WORKER, Role.UNIT_COORDINATOR), null);
        user("c3001", "周", "杰", "JDK", Set.of(Role.WORKER, Role.UNIT_COORDINATOR), null);
        user("c4001", "吴", "芳", "TFQ", Set.of(Role.WORKER, Role.UNIT_COORDINATOR), null);
        user("r0001", "郑", "工", "JDK", Set.of(Role.REVIEWER), PanelRole.TECH_EXPERT);
        user("r0002", "冯", "师傅", "ZC1", Set.of(Role.REVIEWER), PanelRole.PRODUCTION_BACKBONE);
        user("r0003", "何", "代表", "TFQ", Set.of(Role.REVIEWER), PanelRole.UNION_REP);
        user("r0004", "钱", "高工", "JJ2", Set.of(Role.REVIEWER), PanelRole.TECH_EXPERT);
        user("r0005", "褚", "班长", "GH", Set.of(Role.REVIEWER), PanelRole.PRODUCTION_BACKBONE);
        user("r0006", "卫", "委员", "GH", Set.of(Role.REVIEWER), PanelRole.UNION_REP);
        user("leader", "工会", "主席", "GH", Set.of(Role.UNION_LEADER), null);
        user("owner", "生产", "部长", "ZC1", Set.of(Role.PRODUCTION_OWNER), null);
        user("owner2", "蒋", "队长", "JJ2", Set.of(Role.PRODUCTION_OWNER), null);
        user("owner3", "沈", "科长", "JDK", Set.of(Role.PRODUCTION_OWNER), null);
        user("owner4", "韩", "区长", "TFQ", Set.of(Role.PRODUCTION_OWNER), null);
        user("admin", "系统", "管理员", "GH", Set.of(Role.ADMIN), null);

        int year = LocalDate.now(clock.withZone(CompetitionCalendar.ZONE)).getYear();
        commandGateway.sendAndWait(new ConfigureCompetitionYearCommand(String.valueOf(year),
                YearConfig.defaults(year, CATEGORIES), "leader", clock.instant()));
        commandGateway.sendAndWait(new SetUnitHeadcountsCommand(String.valueOf(year), HEADCOUNTS, "leader",
                clock.instant()));

        proposal("demo-proposal-1", "w1001", "ZC1", List.of(new Author("w1001", 70), new Author("w1002", 30)),
                new ProposalContent("采煤机截齿快速更换工装", ProposalType.INNOVATION, "CMJS",
                        "截齿更换需两人配合、耗时长且易伤手。",
                        "设计专用卡具与液压顶出装置，一人即可在五分钟内完成更换。",
                        new BigDecimal("120000.00"), "减少更换截齿时的手部伤害", new BigDecimal("3500.00")));
        proposal("demo-proposal-2", "w1002", "ZC1", List.of(new Author("w1002", 100)),
                new ProposalContent("皮带机托辊在线监测", ProposalType.DESIGN, "JDYS",
                        "托辊损坏不易及时发现，易引发皮带跑偏和火灾隐患。",
                        "加装温度与振动传感器，数据接入调度室，异常自动报警。",
                        new BigDecimal("80000.00"), "降低皮带火灾风险", new BigDecimal("12000.00")));
        log.info("Demo data ready: log in as c1001 / w1001 / leader / admin (password of the demo profile)");
    }

    private void user(String id, String family, String given, String unit, Set<Role> roles, PanelRole panelRole) {
        organisation.ensureUser(new NewUser(id, family, given, unit, password, roles, panelRole,
                id + "@demo.wuxiao.invalid", true));
    }

    private void proposal(String id, String submitter, String unit, List<Author> authors, ProposalContent content) {
        if (eventStore.lastSequenceNumberFor(id).isEmpty()) {
            commandGateway.sendAndWait(new SubmitProposalCommand(id, submitter, unit, content, authors, null,
                    clock.instant()));
        }
    }
}
