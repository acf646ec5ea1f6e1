package com.wuxiao.query.conversion;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.ConversionMilestoneOverdueEvent;
import com.wuxiao.command.conversion.api.TrialStartedEvent;
import com.wuxiao.query.conversion.api.ConversionPage;
import com.wuxiao.query.conversion.api.ConversionScope;
import com.wuxiao.query.conversion.api.ConversionStatus;
import com.wuxiao.query.conversion.api.ConversionSummary;
import com.wuxiao.query.testing.EventFeed;
import com.wuxiao.query.testing.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.wuxiao.query.conversion.ConversionProjectionTest.adopted;
import static com.wuxiao.query.conversion.ConversionProjectionTest.day;
import static com.wuxiao.query.conversion.ConversionProjectionTest.handedOver;
import static com.wuxiao.query.conversion.ConversionProjectionTest.report;
import static com.wuxiao.query.testing.Logins.user;
import static com.wuxiao.query.testing.Workbooks.decimal;
import static com.wuxiao.query.testing.Workbooks.number;
import static com.wuxiao.query.testing.Workbooks.sheetOf;
import static com.wuxiao.query.testing.Workbooks.text;
import static com.wuxiao.query.testing.Workbooks.texts;
import static com.wuxiao.query.testing.Workbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The conversion endpoints over a real query bus and PostgreSQL: access, paging input, 404, and the Excel file. */
class ConversionQueryControllerTest {

    private static final Authentication LEADER = user("leader", "ROLE_UNION_LEADER");
    private static final Authentication ADMIN = user("admin", "ROLE_ADMIN");
    /** Owns CONV-x-JX1 and belongs to JX2, which received CONV-y-JX2 (owned by o2). */
    private static final Authentication OWNER_O1 = user("o1", "ROLE_WORKER", "ROLE_PRODUCTION_OWNER", "ROLE_JX2");
    /** o1 is in the identity store; o3 is not. */
    private static final Map<String, String> NAMES = Map.of("o1", "刘主任", "o2", "陈主任");

    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final ConversionProjection projection = new ConversionProjection(jdbc);
    private final EventFeed events = new EventFeed(projection, "Conversion");
    private final ConversionQueryController controller;

    ConversionQueryControllerTest() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new ConversionQueries(new ConversionReadModel(jdbc))).subscribe(bus);
        controller = new ConversionQueryController(DefaultQueryGateway.builder().queryBus(bus).build(),
                new ConversionWorkbook(ids -> {
                    assertThat(ids).doesNotHaveDuplicates();
                    return ids.stream().filter(NAMES::containsKey)
                            .collect(Collectors.toMap(id -> id, NAMES::get));
                }));
    }

    @BeforeEach
    void threeConversions() {
        projection.reset();
        events.publish("CONV-x-JX1", handedOver("x", "ZC1", "JX1", "o1", day(0)));
        events.publish("CONV-x-JX1", new TrialStartedEvent("CONV-x-JX1", "x", LocalDate.parse("2027-06-02"), "o1",
                day(23)));
        events.publish("CONV-x-JX1", adopted("x", "ZC1", "JX1", false, day(100)));
        events.skip("CONV-x-JX1");
        events.publish("CONV-x-JX1", report("x", "ZC1", "JX1", 3, "123456.78", 2, "88.5", day(195)));
        events.publish("CONV-y-JX2", handedOver("y", "JJ2", "JX2", "o2", day(1)));
        events.publish("CONV-y-JX2", new ConversionMilestoneOverdueEvent("CONV-y-JX2", "y", "JX2", "o2",
                ConversionMilestone.TRIAL_START, LocalDate.parse("2027-06-01"), day(23)));
        events.publish("CONV-z-JX3", handedOver("z", "JJ2", "JX3", "o3", day(2)));
    }

    @Test
    void theReadersScopeFollowsTheRoles() {
        assertThat(ConversionReader.scopeOf(LEADER)).isEqualTo(ConversionScope.everything());
        assertThat(ConversionReader.scopeOf(ADMIN)).isEqualTo(ConversionScope.everything());
        assertThat(ConversionReader.scopeOf(user("o5", "ROLE_PRODUCTION_OWNER", "ROLE_WORKER", "ROLE_JX1",
                "ROLE_UNIT_COORDINATOR", "ROLE_UNIT_COORDINATOR-ZC1", "ROLE_TECH_EXPERT", "ROLE_REVIEWER",
                "ROLE_camunda-admin", "JX9")))
                .as("only unit groups count as the owner's units")
                .isEqualTo(ConversionScope.of("o5", Set.of("JX1")));

        for (Authentication other : List.of(user("w1001", "ROLE_WORKER", "ROLE_JX1"), user("r0001", "ROLE_REVIEWER"),
                user("c1001", "ROLE_UNIT_COORDINATOR", "ROLE_UNIT_COORDINATOR-JX1"),
                user("x", "PRODUCTION_OWNER", "role_union_leader"))) {
            assertForbidden(() -> controller.list(null, null, null, null, 0, 20, other), "not-conversion-reader");
            assertForbidden(() -> controller.detail("CONV-x-JX1", other), "not-conversion-reader");
            assertForbidden(() -> controller.workbook(null, null, null, null, other), "not-conversion-reader");
        }
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertForbidden(() -> controller.list(null, null, null, null, 0, 20, anonymous), "login-required");
        assertForbidden(() -> controller.detail("CONV-x-JX1", null), "login-required");
    }

    @Test
    void anOwnerListsTheirOwnAndTheirUnitsConversions() {
        ConversionPage mine = controller.list(null, null, null, null, 0, 20, OWNER_O1);
        assertThat(mine.items()).extracting(ConversionSummary::conversionId).containsExactly("CONV-x-JX1", "CONV-y-JX2");
        assertThat(mine.total()).isEqualTo(2);
        assertThat(controller.list(null, null, null, null, 0, 20, LEADER).total()).isEqualTo(3);
        assertThat(controller.list(ConversionStatus.HANDED_OVER, " ", "JX2", "", 0, 20, OWNER_O1).items())
                .extracting(ConversionSummary::conversionId).containsExactly("CONV-y-JX2");

        assertThat(controller.detail("CONV-y-JX2", OWNER_O1).ownerId()).as("received by the owner's unit")
                .isEqualTo("o2");
        assertThatThrownBy(() -> controller.detail("CONV-z-JX3", OWNER_O1))
                .as("exists, but not theirs: as unknown")
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
                    assertThat(v.code()).isEqualTo("conversion-not-found");
                });
        assertThatThrownBy(() -> controller.detail("CONV-nope", LEADER))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
    }

    @Test
    void pageBoundsAreBadInput() {
        assertThatThrownBy(() -> controller.list(null, null, null, null, 0, 101, LEADER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.INVALID);
                    assertThat(v.field()).isEqualTo("size");
                    assertThat(v.messageZh()).contains("每页条数");
                    assertThat(v.messageEn()).contains("size");
                });
        assertThatThrownBy(() -> controller.list(null, null, null, null, -1, 20, LEADER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("page"));
    }

    @Test
    void theExcelFileHasChineseHeadersAndTheLatestBenefit() {
        Sheet sheet = sheetOf(controller.workbook(null, null, null, null, LEADER), "成果转化");

        assertThat(texts(sheet.getRow(0))).containsExactly("转化编号", "申报编号", "项目名称", "成果单位", "接收单位",
                "负责人工号", "负责人", "计划开始试用", "计划结束试用", "计划采纳决定", "开始试用日", "结束试用日", "状态",
                "推广复制", "采纳时间", "未采纳原因", "效益报告（采纳后月数）", "年节约（元）", "避免安全事故（起）",
                "节约工时（小时/年）", "逾期节点", "最后更新");
        // last change: x day 195, y day 23, z day 2
        assertThat(sheet.getLastRowNum()).isEqualTo(3);
        Row x = sheet.getRow(1);
        assertThat(text(x, 0)).isEqualTo("CONV-x-JX1");
        assertThat(text(x, 1)).isEqualTo("x");
        assertThat(text(x, 2)).isEqualTo("成果x");
        assertThat(text(x, 3)).isEqualTo("ZC1");
        assertThat(text(x, 4)).isEqualTo("JX1");
        assertThat(text(x, 5)).isEqualTo("o1");
        assertThat(text(x, 6)).isEqualTo("刘主任");
        assertThat(text(x, 7)).isEqualTo("2027-06-01");
        assertThat(text(x, 8)).isEqualTo("2027-08-31");
        assertThat(text(x, 9)).isEqualTo("2027-09-15");
        assertThat(text(x, 10)).isEqualTo("2027-06-02");
        assertThat(x.getCell(11)).isNull();
        assertThat(text(x, 12)).isEqualTo("已采纳");
        assertThat(text(x, 13)).isEqualTo("否");
        // day 100 = 2027-08-18T01:00Z = 09:00 in China
        assertThat(text(x, 14)).isEqualTo("2027-08-18 09:00");
        assertThat(number(x, 16)).isEqualTo(3);
        assertThat(decimal(x, 17)).isEqualByComparingTo("123456.78");
        assertThat(x.getCell(17).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(number(x, 18)).isEqualTo(2);
        assertThat(decimal(x, 19)).isEqualByComparingTo("88.50");
        assertThat(x.getCell(20)).isNull();

        Row y = sheet.getRow(2);
        assertThat(text(y, 0)).isEqualTo("CONV-y-JX2");
        assertThat(text(y, 6)).isEqualTo("陈主任");
        assertThat(text(y, 12)).isEqualTo("已移交");
        assertThat(y.getCell(13)).as("not adopted").isNull();
        assertThat(y.getCell(16)).as("no benefit yet").isNull();
        assertThat(text(y, 20)).isEqualTo("开始试用");

        Row z = sheet.getRow(3);
        assertThat(text(z, 5)).isEqualTo("o3");
        assertThat(z.getCell(6)).as("not in the identity store").isNull();

        Sheet owners = sheetOf(controller.workbook(null, null, null, null, OWNER_O1), "成果转化");
        assertThat(owners.getLastRowNum()).as("only what the owner may read").isEqualTo(2);
    }

    @Test
    void theRoutesReachTheirHandlers() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(controller).build();

        MockHttpServletResponse xlsx = mvc.perform(get("/api/conversions.xlsx").principal(LEADER))
                .andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("filename=\"conversions.xlsx\"");
        assertThat(workbook(xlsx.getContentAsByteArray()).getSheet("成果转化")).isNotNull();

        MockHttpServletResponse one = mvc.perform(get("/api/conversions/CONV-x-JX1").principal(LEADER))
                .andReturn().getResponse();
        assertThat(one.getStatus()).isEqualTo(200);
        assertThat(one.getContentAsString()).contains("\"conversionId\":\"CONV-x-JX1\"")
                .contains("\"monthsAfterAdoption\":3");

        MockHttpServletResponse page = mvc.perform(get("/api/conversions").param("receivingUnit", "JX3")
                .principal(LEADER)).andReturn().getResponse();
        assertThat(page.getContentAsString()).contains("\"total\":1").contains("CONV-z-JX3");

        assertThat(mvc.perform(get("/api/conversions").param("status", "DONE").principal(LEADER)).andReturn()
                .getResponse().getStatus()).as("an unknown status is bad input").isEqualTo(400);
    }

    private static void assertForbidden(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
            assertThat(v.code()).isEqualTo(code);
        });
    }
}
