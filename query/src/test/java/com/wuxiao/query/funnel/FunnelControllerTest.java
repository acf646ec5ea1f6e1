package com.wuxiao.query.funnel;

import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.conversion.api.BenefitReportedEvent;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.query.testing.Logins;
import com.wuxiao.query.testing.TestDatabase;
import com.wuxiao.query.testing.Workbooks;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The funnel's REST and Excel answers through a real query bus over the read model on PostgreSQL. */
class FunnelControllerTest {

    /** 2033-12-31 17:00 UTC is already 2034 in Beijing: the default period is 2034. */
    private static final Instant NOW = Instant.parse("2033-12-31T17:00:00Z");
    private static final Instant AWARDED = Instant.parse("2033-03-31T02:00:00Z");

    private final FunnelProjection projection = new FunnelProjection(TestDatabase.jdbc());
    private FunnelController controller;

    @BeforeEach
    void setUp() throws Exception {
        projection.reset();
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new FunnelQueries(new FunnelReadModel(TestDatabase.jdbc()))).subscribe(bus);
        controller = new FunnelController(DefaultQueryGateway.builder().queryBus(bus).build(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        adapter.handle(new GenericDomainEventMessage<>("Round", "2033-Q1", 0, new RoundFinalisedEvent("2033-Q1", 2033, 1,
                List.of(new RankedProposal("q1", "ZC1", new BigDecimal("91.00"), 1, Grade.FIRST),
                        new RankedProposal("q2", "ZC1", new BigDecimal("81.00"), 2, Grade.SECOND),
                        new RankedProposal("q3", "JJ2", new BigDecimal("71.00"), 3, Grade.THIRD)), "leader", AWARDED)));
        adapter.handle(new GenericDomainEventMessage<>("Conversion", "CONV-q1-JJ2", 1, new ResultAdoptedEvent(
                "CONV-q1-JJ2", "q1", "ZC1", "JJ2", false, AWARDED, "owner", AWARDED.plusSeconds(86_400 * 10))));
        adapter.handle(new GenericDomainEventMessage<>("Conversion", "CONV-q1-JJ2", 2, new BenefitReportedEvent(
                "CONV-q1-JJ2", "q1", "ZC1", "JJ2", 3, new BigDecimal("5000.00"), 0, new BigDecimal("40"),
                "owner", AWARDED.plusSeconds(86_400 * 110))));
    }

    @Test
    void onlyTheUnionOfficeSeesTheFunnel() {
        assertThatThrownBy(() -> controller.funnel("2033", null, null, Logins.WORKER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("not-union-leader"));
        assertThatThrownBy(() -> controller.workbook("2033", null, null, Logins.WORKER))
                .isInstanceOf(RuleViolation.class);
        assertThat(controller.funnel("2033", null, null, Logins.user("admin", "ROLE_ADMIN")).total().awarded())
                .isEqualTo(3);
    }

    @Test
    void withoutAPeriodTheCurrentBeijingYearAndABadPeriodIsRefused() {
        assertThat(controller.funnel(null, null, null, Logins.LEADER).period()).isEqualTo("2034");
        assertThatThrownBy(() -> controller.funnel("2033-13", null, null, Logins.LEADER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("invalid-period"));
    }

    @Test
    void theWorkbookHasARowPerUnitAndTheTotal() {
        ResponseEntity<byte[]> response = controller.workbook("2033", null, null, Logins.LEADER);

        Sheet sheet = Workbooks.workbook(response.getBody()).getSheet(FunnelSheet.SHEET);
        assertThat(Workbooks.texts(sheet.getRow(0))).containsExactly("单位", "申报", "通过初审", "获奖", "专利申请",
                "专利授权", "移交生产", "采纳", "推广复制", "转化率", "获奖至采纳平均天数", "效益报告数", "年节约（元）",
                "避免安全事故（起）", "节约工时（小时）");
        Row jj2 = sheet.getRow(1);
        Row zc1 = sheet.getRow(2);
        Row total = sheet.getRow(3);
        assertThat(jj2.getCell(0).getStringCellValue()).isEqualTo("JJ2");
        assertThat(jj2.getCell(3).getNumericCellValue()).isEqualTo(1);
        assertThat(jj2.getCell(9).getNumericCellValue()).isZero();
        // ZC1: 2 awarded, 1 adopted 10 days after its award, reported ¥5,000 and 40 hours
        assertThat(zc1.getCell(0).getStringCellValue()).isEqualTo("ZC1");
        assertThat(zc1.getCell(3).getNumericCellValue()).isEqualTo(2);
        assertThat(zc1.getCell(7).getNumericCellValue()).isEqualTo(1);
        assertThat(zc1.getCell(9).getNumericCellValue()).isEqualTo(0.5);
        assertThat(zc1.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        assertThat(zc1.getCell(10).getNumericCellValue()).isEqualTo(10.0);
        assertThat(zc1.getCell(12).getNumericCellValue()).isEqualTo(5000.0);
        assertThat(zc1.getCell(14).getNumericCellValue()).isEqualTo(40.0);
        // 1 adopted of 3 awarded
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo(FunnelSheet.TOTAL);
        assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(3);
        assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(0.3333);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("转化漏斗-2033.xlsx");
    }
}
