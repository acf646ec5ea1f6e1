package com.wuxiao.infra.it;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The administrator's organisation import: valid rows reach Camunda's identity store, every bad
 * row is reported with its number and reason, and importing the same files again changes no
 * user, group or membership. Units IMP1 and IMP2 and workers i…/x… belong to this test only.
 */
class OrganisationImportTest extends IntegrationTestSupport {

    /** Rows 2..12 as a spreadsheet numbers them; the header (row 1) is in Chinese, with a BOM. */
    private static final String CSV = "\uFEFF单位编码,单位名称,工号,姓,名,角色,评审角色\r\n"
            + "IMP1,导入一队,,,,,\r\n"                                  // 2 unit row: creates IMP1
            + "IMP1,,i1001,王,小明,WORKER,\r\n"                          // 3
            + "IMP1,导入一队,i1002,李,雷,WORKER;UNIT_COORDINATOR,\r\n"   // 4 coordinator of IMP1
            + "IMP1,,i1003,赵,云,评审专家,TECH_EXPERT\r\n"               // 5 role by its Chinese name
            + "NOPE9,,i1004,钱,多,WORKER,\r\n"                           // 6 unknown unit
            + "IMP1,,i1005,孙,悟空,WORKER,\r\n"                          // 7 duplicate of row 8
            + "IMP1,,i1005,孙,悟饭,WORKER,\r\n"                          // 8 duplicate of row 7
            + "IMP1,,i1006,周,瑜,WORKER、CHIEF,\r\n"                     // 9 bad role
            + "IMP1,,i1007,吴,用,REVIEWER,\r\n"                          // 10 reviewer without panel role
            + "IMP1,,i 1008,郑,和,WORKER,\r\n"                           // 11 bad work number
            + "ZC1,,w1001,张,伟,WORKER,\r\n";                            // 12 the demo worker, as stored

    @Autowired
    private IdentityService identityService;

    @Test
    @SuppressWarnings("unchecked")
    void importsTheGoodRowsReportsTheBadOnesAndChangesNothingTheSecondTime() throws IOException {
        byte[] xlsx = xlsx();

        Map<String, Object> csvReport = importAs("admin", CSV.getBytes(StandardCharsets.UTF_8), "organisation.csv").getBody();
        assertThat(csvReport).containsEntry("imported", 4).containsEntry("unchanged", 1);
        assertThat(rejections(csvReport)).containsExactly(
                tuple(6, "unknown-unit"), tuple(7, "duplicate-worker-id"), tuple(8, "duplicate-worker-id"),
                tuple(9, "bad-role"), tuple(10, "missing-panel-role"), tuple(11, "bad-worker-id"));
        Map<String, Object> unknownUnit = ((List<Map<String, Object>>) csvReport.get("rejected")).get(0);
        assertThat((String) unknownUnit.get("reasonZh")).contains("NOPE9").contains("不存在");
        assertThat((String) unknownUnit.get("reasonEn")).contains("NOPE9").contains("does not exist");
        assertThat((String) ((List<Map<String, Object>>) csvReport.get("rejected")).get(3).get("reasonEn")).contains("CHIEF");

        Map<String, Object> xlsxReport = importAs("admin", xlsx, "organisation.xlsx").getBody();
        assertThat(xlsxReport).containsEntry("imported", 3).containsEntry("unchanged", 0);
        assertThat(rejections(xlsxReport)).containsExactly(
                tuple(5, "unknown-unit"), tuple(6, "duplicate-worker-id"), tuple(7, "duplicate-worker-id"),
                tuple(8, "bad-role"));

        // The identity store holds the valid rows, and nothing of the refused ones.
        Group unit = identityService.createGroupQuery().groupId("IMP1").singleResult();
        assertThat(unit.getName()).isEqualTo("导入一队");
        assertThat(unit.getType()).isEqualTo("UNIT");
        assertThat(identityService.createGroupQuery().groupId("IMP2").singleResult().getName()).isEqualTo("Import Two");
        User wang = identityService.createUserQuery().userId("i1001").singleResult();
        assertThat(wang.getLastName() + wang.getFirstName()).isEqualTo("王小明");
        assertThat(groupsOf("i1001")).containsExactlyInAnyOrder("IMP1", "WORKER");
        assertThat(groupsOf("i1002")).containsExactlyInAnyOrder("IMP1", "WORKER", "UNIT_COORDINATOR", "UNIT_COORDINATOR-IMP1");
        assertThat(groupsOf("i1003")).containsExactlyInAnyOrder("IMP1", "REVIEWER", "TECH_EXPERT");
        assertThat(groupsOf("20001")).as("a work number typed as a number in Excel").containsExactlyInAnyOrder("IMP2", "WORKER");
        assertThat(groupsOf("x2002")).containsExactlyInAnyOrder("IMP1", "UNION_LEADER");
        assertThat(identityService.createUserQuery().userIdIn("i1004", "i1005", "i1006", "i1007", "i 1008", "x2003", "x2004",
                "x2005").count()).isZero();

        // New accounts get an initial password, shown once, that works; none is shared.
        List<Map<String, Object>> created = (List<Map<String, Object>>) csvReport.get("created");
        assertThat(created).extracting(account -> account.get("workerId")).containsExactly("i1001", "i1002", "i1003");
        Map<String, String> passwords = created.stream().collect(Collectors.toMap(
                account -> (String) account.get("workerId"), account -> (String) account.get("initialPassword")));
        assertThat(identityService.checkPassword("i1001", passwords.get("i1001"))).isTrue();
        assertThat(passwords.values()).doesNotHaveDuplicates();

        // Again: every valid row is unchanged, the same rows are refused, and the store is as it was.
        Map<String, List<String>> before = identitySnapshot();
        Map<String, Object> csvAgain = importAs("admin", CSV.getBytes(StandardCharsets.UTF_8), "organisation.csv").getBody();
        Map<String, Object> xlsxAgain = importAs("admin", xlsx, "organisation.xlsx").getBody();
        assertThat(csvAgain).containsEntry("imported", 0).containsEntry("unchanged", 5);
        assertThat(rejections(csvAgain)).isEqualTo(rejections(csvReport));
        assertThat((List<?>) csvAgain.get("created")).isEmpty();
        assertThat(xlsxAgain).containsEntry("imported", 0).containsEntry("unchanged", 3);
        assertThat(rejections(xlsxAgain)).isEqualTo(rejections(xlsxReport));
        assertThat(identitySnapshot()).isEqualTo(before);
        assertThat(identityService.checkPassword("i1001", passwords.get("i1001"))).as("the password stays").isTrue();
    }

    @Test
    void onlyTheAdministratorMayImport() {
        byte[] file = "单位编码,单位名称\nIMPW,职工的单位\n".getBytes(StandardCharsets.UTF_8);
        for (String nonAdmin : List.of("w1001", "c1001", "leader")) {
            assertThat(importAs(nonAdmin, file, "units.csv").getStatusCode().value()).as(nonAdmin).isEqualTo(403);
            assertThat(as(nonAdmin).getForEntity("/admin/organisation", String.class).getStatusCode().value())
                    .as(nonAdmin).isEqualTo(403);
        }
        assertThat(identityService.createGroupQuery().groupId("IMPW").count()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileThatCannotBeReadIsRefusedAsAWhole() {
        ResponseEntity<Map> gbk = importAs("admin", "单位编码,单位名称\nIMPG,国标码\n".getBytes(Charset.forName("GBK")), "gbk.csv");
        assertThat(gbk.getStatusCode().value()).isEqualTo(400);
        assertThat(gbk.getBody()).containsEntry("type", "urn:wuxiao:problem:not-utf8");
        ResponseEntity<Map> unknownColumn = importAs("admin", "单位编码,部门\nIMPG,国标码\n".getBytes(StandardCharsets.UTF_8), "x.csv");
        assertThat(unknownColumn.getStatusCode().value()).isEqualTo(400);
        assertThat((String) unknownColumn.getBody().get("messageZh")).contains("部门");
        assertThat(identityService.createGroupQuery().groupId("IMPG").count()).isZero();
    }

    @Test
    void thePageImportsAndReportsInTheUsersLanguage() throws IOException {
        String page = as("admin").getForObject("/admin/organisation", String.class);
        assertThat(page).contains("导入单位、职工和角色").contains("没有工号的行是“单位行”").contains("enctype=\"multipart/form-data\"");

        byte[] file = "unitId,unitName,workerId,lastName,firstName,roles,panelRole\nIMP3,页面三队,,,,,\nIMP3,,p3001,林,冲,WORKER;ADMINISTRATOR,\n"
                .getBytes(StandardCharsets.UTF_8);
        String chinese = post("/admin/organisation", file);
        assertThat(chinese).contains("未知的角色「ADMINISTRATOR」").containsPattern("id=\"imported\">1<");
        String english = post("/admin/organisation?lang=en", file);
        assertThat(english).contains("unknown role &quot;ADMINISTRATOR&quot;").containsPattern("id=\"unchanged\">1<");

        String template = new String(new ClassPathResource("templates/admin/organisation.html").getInputStream()
                .readAllBytes(), StandardCharsets.UTF_8);
        Matcher text = Pattern.compile(">([^<]*)<").matcher(template);
        while (text.find()) {
            assertThat(text.group(1).codePoints().noneMatch(Character::isLetter))
                    .as("text written into the template: " + text.group(1).strip()).isTrue();
        }
    }

    private String post(String path, byte[] file) {
        return as("admin").postForObject(path, multipart(file, "page.csv"), String.class);
    }

    private ResponseEntity<Map> importAs(String userId, byte[] file, String name) {
        return as(userId).postForEntity("/api/organisation/import", multipart(file, name), Map.class);
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(byte[] content, String name) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }

    @SuppressWarnings("unchecked")
    private static List<org.assertj.core.groups.Tuple> rejections(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("rejected")).stream()
                .map(row -> tuple(row.get("row"), row.get("code"))).toList();
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /** Every user (with password hash), group and membership, as the tables hold them. */
    private Map<String, List<String>> identitySnapshot() {
        return Map.of(
                "users", jdbc.sql("select id_ || '|' || coalesce(first_, '') || '|' || coalesce(last_, '') || '|' "
                                  + "|| coalesce(email_, '') || '|' || coalesce(pwd_, '') || '|' || coalesce(salt_, '') "
                                  + "from act_id_user order by id_").query(String.class).list(),
                "groups", jdbc.sql("select id_ || '|' || coalesce(name_, '') || '|' || coalesce(type_, '') "
                                   + "from act_id_group order by id_").query(String.class).list(),
                "memberships", jdbc.sql("select user_id_ || '|' || group_id_ from act_id_membership "
                                        + "order by user_id_, group_id_").query(String.class).list());
    }

    /** The Excel file: English headers, a work number typed as a number, rows 2..8. */
    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("organisation");
            row(sheet, 0, "unitId", "unitName", "workerId", "lastName", "firstName", "roles", "panelRole");
            row(sheet, 1, "IMP2", "Import Two");                            // 2 unit row
            row(sheet, 2, "IMP2", "", null, "Smith", "Anna", "WORKER");     // 3 work number 20001 as a number
            sheet.getRow(2).createCell(2).setCellValue(20001);
            row(sheet, 3, "IMP1", "", "x2002", "Lee", "Bo", "UNION_LEADER"); // 4 unit from the CSV import
            row(sheet, 4, "IMPX", "", "x2003", "Kim", "Jo", "WORKER");       // 5 unknown unit
            row(sheet, 5, "IMP2", "", "x2004", "Ng", "Al", "WORKER");        // 6 duplicate
            row(sheet, 6, "IMP2", "", "x2004", "Ng", "Bea", "WORKER");       // 7 duplicate
            row(sheet, 7, "IMP2", "", "x2005", "Wu", "Cy", "MANAGER");       // 8 bad role
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }
}
