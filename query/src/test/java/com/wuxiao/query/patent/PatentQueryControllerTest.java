package com.wuxiao.query.patent;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.patent.api.OfficeActionRecordedEvent;
import com.wuxiao.command.patent.api.PatentFiledEvent;
import com.wuxiao.command.patent.api.PatentGrantedEvent;
import com.wuxiao.command.patent.api.PatentStep;
import com.wuxiao.command.patent.api.PatentStepOverdueEvent;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.query.patent.api.PatentDetail;
import com.wuxiao.query.patent.api.PatentPage;
import com.wuxiao.query.patent.api.PatentStatus;
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

import static com.wuxiao.query.patent.PatentProjectionTest.day;
import static com.wuxiao.query.patent.PatentProjectionTest.nominated;
import static com.wuxiao.query.testing.Logins.user;
import static com.wuxiao.query.testing.Workbooks.number;
import static com.wuxiao.query.testing.Workbooks.sheetOf;
import static com.wuxiao.query.testing.Workbooks.text;
import static com.wuxiao.query.testing.Workbooks.texts;
import static com.wuxiao.query.testing.Workbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The patent endpoints over a real query bus and PostgreSQL: access, paging input, 404, and the Excel file. */
class PatentQueryControllerTest {

    private static final Authentication LEADER = user("leader", "ROLE_UNION_LEADER");
    private static final Authentication ADMIN = user("admin", "ROLE_ADMIN");

    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final PatentProjection projection = new PatentProjection(jdbc);
    private final EventFeed events = new EventFeed(projection, "PatentCase");
    private final PatentQueryController controller;

    PatentQueryControllerTest() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new PatentQueries(new PatentReadModel(jdbc))).subscribe(bus);
        controller = new PatentQueryController(DefaultQueryGateway.builder().queryBus(bus).build());
    }

    @BeforeEach
    void twoCases() {
        projection.reset();
        events.publish("PAT-a", nominated("a", "ZC1", 2026, PatentType.INVENTION, day(0)));
        events.publish("PAT-a", new PatentFiledEvent("PAT-a", "a", "ZC1", PatentType.INVENTION, "CN202710001.X",
                LocalDate.parse("2027-03-02"), "leader", day(1)));
        events.publish("PAT-a", new OfficeActionRecordedEvent("PAT-a", "a", 1, LocalDate.parse("2027-04-01"),
                LocalDate.parse("2027-06-01"), "意见", "leader", day(31)));
        events.publish("PAT-a", new PatentStepOverdueEvent("PAT-a", "a", PatentStep.OFFICE_ACTION_RESPONSE,
                day(92), day(93)));
        events.publish("PAT-b", nominated("b", "JJ2", 2026, PatentType.UTILITY_MODEL, day(2)));
        events.publish("PAT-b", new PatentFiledEvent("PAT-b", "b", "JJ2", PatentType.UTILITY_MODEL, "CN202720002.Y",
                LocalDate.parse("2027-03-05"), "leader", day(4)));
        events.publish("PAT-b", new PatentGrantedEvent("PAT-b", "b", "JJ2", PatentType.UTILITY_MODEL, "ZL202720002.Y",
                LocalDate.parse("2027-09-01"), "leader", day(190)));
    }

    @Test
    void onlyTheUnionOfficeAndAdministratorsReadPatents() {
        for (Authentication other : List.of(user("w1001", "ROLE_WORKER", "ROLE_ZC1"),
                user("p1001", "ROLE_PRODUCTION_OWNER", "ROLE_ZC1"), user("r0001", "ROLE_REVIEWER"),
                user("c1001", "ROLE_UNIT_COORDINATOR", "ROLE_UNIT_COORDINATOR-ZC1"),
                user("x", "UNION_LEADER", "role_admin"))) {
            assertForbidden(() -> controller.list(null, null, null, 0, 20, other), "not-union-leader");
            assertForbidden(() -> controller.detail("PAT-a", other), "not-union-leader");
            assertForbidden(() -> controller.pipeline(null, null, other), "not-union-leader");
            assertForbidden(() -> controller.workbook(null, null, null, other), "not-union-leader");
        }
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertForbidden(() -> controller.list(null, null, null, 0, 20, anonymous), "login-required");
        assertForbidden(() -> controller.detail("PAT-a", null), "login-required");

        assertThat(controller.list(null, null, null, 0, 20, LEADER).total()).isEqualTo(2);
        assertThat(controller.list(null, null, null, 0, 20, ADMIN).total()).isEqualTo(2);
    }

    @Test
    void listFiltersAndPageBounds() {
        PatentPage granted = controller.list(PatentStatus.GRANTED, " ", 2026, 0, 20, LEADER);
        assertThat(granted.items()).singleElement().satisfies(p -> assertThat(p.patentId()).isEqualTo("PAT-b"));
        assertThat(controller.list(null, "ZC1", null, 0, 1, LEADER).items())
                .singleElement().satisfies(p -> assertThat(p.patentNumber()).isNull());

        assertThatThrownBy(() -> controller.list(null, null, null, 0, 101, LEADER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.INVALID);
                    assertThat(v.field()).isEqualTo("size");
                    assertThat(v.messageZh()).contains("每页条数");
                    assertThat(v.messageEn()).contains("size");
                });
        assertThatThrownBy(() -> controller.list(null, null, null, 0, 0, LEADER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("size"));
        assertThatThrownBy(() -> controller.list(null, null, null, -1, 20, LEADER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("page"));
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThatThrownBy(() -> controller.detail("PAT-nope", LEADER))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
                    assertThat(v.code()).isEqualTo("patent-not-found");
                });
        PatentDetail known = controller.detail("PAT-a", LEADER);
        assertThat(known.officeActions()).hasSize(1);
    }

    @Test
    void theExcelFileHasChineseHeadersAndOneRowPerCase() {
        Sheet sheet = sheetOf(controller.workbook(null, null, null, LEADER), "专利推进");

        assertThat(texts(sheet.getRow(0))).containsExactly("专利编号", "申报编号", "项目名称", "单位", "竞赛年度",
                "专利类型", "状态", "提名时间", "申请号", "申请日", "专利号", "授权日", "审查意见数", "待答复审查意见",
                "逾期步骤", "结束原因", "最后更新");
        assertThat(sheet.getLastRowNum()).isEqualTo(2);

        Row b = sheet.getRow(1);   // changed last (day 190)
        assertThat(text(b, 0)).isEqualTo("PAT-b");
        assertThat(text(b, 5)).isEqualTo("实用新型");
        assertThat(text(b, 6)).isEqualTo("已授权");
        assertThat(text(b, 10)).isEqualTo("ZL202720002.Y");
        assertThat(text(b, 11)).isEqualTo("2027-09-01");
        assertThat(number(b, 12)).isZero();
        assertThat(b.getCell(13)).as("nothing to answer").isNull();
        assertThat(b.getCell(14)).as("not overdue").isNull();

        Row a = sheet.getRow(2);
        assertThat(text(a, 0)).isEqualTo("PAT-a");
        assertThat(text(a, 1)).isEqualTo("a");
        assertThat(text(a, 2)).isEqualTo("题目a");
        assertThat(text(a, 3)).isEqualTo("ZC1");
        assertThat(number(a, 4)).isEqualTo(2026);
        assertThat(text(a, 5)).isEqualTo("发明");
        assertThat(text(a, 6)).isEqualTo("已申请");
        // nominated 2027-03-01T02:00Z = 10:00 in China
        assertThat(text(a, 7)).isEqualTo("2027-03-01 10:00");
        assertThat(text(a, 8)).isEqualTo("CN202710001.X");
        assertThat(text(a, 9)).isEqualTo("2027-03-02");
        assertThat(a.getCell(10)).isNull();
        assertThat(number(a, 12)).isEqualTo(1);
        assertThat(text(a, 13)).isEqualTo("第1次，2027-06-01 前答复");
        assertThat(text(a, 14)).isEqualTo("答复审查意见");
        // day 93 = 2027-06-02T02:00Z
        assertThat(text(a, 16)).isEqualTo("2027-06-02 10:00");

        Sheet onlyGranted = sheetOf(controller.workbook(PatentStatus.GRANTED, null, null, ADMIN), "专利推进");
        assertThat(onlyGranted.getLastRowNum()).isEqualTo(1);
    }

    @Test
    void theRoutesReachTheirHandlers() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(controller).build();

        MockHttpServletResponse xlsx = mvc.perform(get("/api/patents.xlsx").principal(LEADER)).andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("filename=\"patents.xlsx\"");
        assertThat(workbook(xlsx.getContentAsByteArray()).getSheet("专利推进")).isNotNull();

        MockHttpServletResponse pipeline = mvc.perform(get("/api/patents/pipeline").principal(LEADER))
                .andReturn().getResponse();
        assertThat(pipeline.getStatus()).isEqualTo(200);
        assertThat(pipeline.getContentAsString()).contains("\"filed\":1").contains("\"granted\":1")
                .contains("\"unitId\":\"JJ2\"");

        MockHttpServletResponse one = mvc.perform(get("/api/patents/PAT-a").principal(LEADER)).andReturn().getResponse();
        assertThat(one.getStatus()).isEqualTo(200);
        assertThat(one.getContentAsString()).contains("\"patentId\":\"PAT-a\"").contains("\"officeActions\":[");

        MockHttpServletResponse page = mvc.perform(get("/api/patents").param("status", "FILED").principal(LEADER))
                .andReturn().getResponse();
        assertThat(page.getContentAsString()).contains("\"total\":1").contains("\"size\":20");

        assertThat(mvc.perform(get("/api/patents").param("status", "LOST").principal(LEADER)).andReturn()
                .getResponse().getStatus()).as("an unknown status is bad input").isEqualTo(400);
    }

    private static void assertForbidden(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
            assertThat(v.code()).isEqualTo(code);
        });
    }
}
