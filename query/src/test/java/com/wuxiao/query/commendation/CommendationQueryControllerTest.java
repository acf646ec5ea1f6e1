package com.wuxiao.query.commendation;

import com.wuxiao.command.commendation.api.CommendationConfirmedEvent;
import com.wuxiao.command.commendation.api.CommendationDraftedEvent;
import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.ResultRecommendedEvent;
import com.wuxiao.command.commendation.api.UnitScore;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.query.testing.Logins;
import com.wuxiao.query.testing.TestDatabase;
import com.wuxiao.query.testing.Workbooks;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the commendation through a real query bus over the read model on PostgreSQL. */
class CommendationQueryControllerTest {

    private static final int YEAR = 2034;   // a year no other test of this database uses
    private static final String ID = "COMM-2034";
    private static final Instant T = Instant.parse("2034-12-20T02:00:00Z");

    private final CommendationProjection projection = new CommendationProjection(TestDatabase.jdbc());
    private final AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
    private CommendationQueryController controller;
    private long sequence;

    @BeforeEach
    void setUp() {
        projection.reset();
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new CommendationQueries(new CommendationReadModel(TestDatabase.jdbc())))
                .subscribe(bus);
        controller = new CommendationQueryController(DefaultQueryGateway.builder().queryBus(bus).build(),
                new CommendationWorkbook(ids -> Map.of("w1", "张伟", "leader", "工会主席")));
        publish(new CommendationDraftedEvent(ID, YEAR,
                List.of(new CommendedWorker(1, "w1", "ZC1", new BigDecimal("30.50")),
                        new CommendedWorker(2, "w2", "JJ2", new BigDecimal("12.00"))),
                List.of(new UnitScore(1, "ZC1", new BigDecimal("0.2500"), new BigDecimal("3.0000"), 2,
                                new BigDecimal("100.00"), true),
                        new UnitScore(2, "JJ2", new BigDecimal("0.1250"), new BigDecimal("1.5000"), 0,
                                new BigDecimal("40.00"), false)), "leader", T));
    }

    @Test
    void aDraftIsTheUnionOfficesUntilConfirmed() {
        assertThatThrownBy(() -> controller.detail(YEAR, Logins.WORKER))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("commendation-not-found"));
        assertThat(controller.detail(YEAR, Logins.LEADER).status()).isEqualTo("DRAFTED");

        publish(new CommendationConfirmedEvent(ID, YEAR, "leader", T));

        assertThat(controller.detail(YEAR, Logins.WORKER).workers()).extracting(CommendedWorker::workerId)
                .containsExactly("w1", "w2");
    }

    @Test
    void standingsAndTheWorkbookOnlyForTheUnionOffice() {
        assertThatThrownBy(() -> controller.standings(YEAR, null, Logins.WORKER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("not-union-leader"));
        assertThatThrownBy(() -> controller.workbook(YEAR, Logins.WORKER)).isInstanceOf(RuleViolation.class);
        assertThat(controller.standings(YEAR, null, Logins.LEADER).year()).isEqualTo(YEAR);
    }

    @Test
    void theWorkbookHasTheThreeLists() {
        publish(new ResultRecommendedEvent(ID, YEAR, "p9", "液压支架快速换向阀", "ZC1", Grade.FIRST, "效益显著",
                "leader", T));

        XSSFWorkbook workbook = Workbooks.workbook(controller.workbook(YEAR, Logins.LEADER).getBody());

        assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
        Sheet workers = workbook.getSheet(CommendationWorkbook.WORKERS);
        assertThat(Workbooks.texts(workers.getRow(0))).containsExactly("名次", "工号", "姓名", "单位", "年度积分");
        assertThat(workers.getRow(1).getCell(2).getStringCellValue()).isEqualTo("张伟");
        assertThat(workers.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(30.5);
        assertThat(workers.getRow(2).getCell(2)).as("no name known").isNull();
        Sheet units = workbook.getSheet(CommendationWorkbook.UNITS);
        Row zc1 = units.getRow(1);
        assertThat(zc1.getCell(1).getStringCellValue()).isEqualTo("ZC1");
        assertThat(zc1.getCell(2).getNumericCellValue()).isEqualTo(0.25);
        assertThat(zc1.getCell(4).getNumericCellValue()).isEqualTo(2);
        assertThat(zc1.getCell(6).getStringCellValue()).isEqualTo("是");
        assertThat(units.getRow(2).getCell(6).getStringCellValue()).isEmpty();
        Row recommended = workbook.getSheet(CommendationWorkbook.RECOMMENDATIONS).getRow(1);
        assertThat(recommended.getCell(3).getStringCellValue()).isEqualTo(Grade.FIRST.zh());
        assertThat(recommended.getCell(5).getStringCellValue()).isEqualTo("工会主席");
        assertThat(recommended.getCell(6).getStringCellValue()).isEqualTo("2034-12-20");
    }

    private void publish(Object event) {
        try {
            adapter.handle(new GenericDomainEventMessage<>("AnnualCommendation", ID, sequence++, event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
