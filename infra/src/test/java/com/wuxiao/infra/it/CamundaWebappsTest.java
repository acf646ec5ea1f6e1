package com.wuxiao.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's webapps as the app serves them: Tasklist, Cockpit, Admin and the welcome page (profile, password)
 * in Chinese by default with English available, no end-of-life banner, and the ready-made filters of
 * each role, readable by that role only, listing that role's tasks.
 */
class CamundaWebappsTest extends IntegrationTestSupport {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    /** Labels that may stay as they are: empty, symbols, IDs, product names, formats, literals. */
    private static final Pattern NOTHING_TO_TRANSLATE = Pattern.compile(
            "[^A-Za-z]*|(?:[^A-Za-z]*\\b(?:Camunda|Optimize|ID|null|undefined|CSV|JSON|YYYY-MM-DDTHH|mm|ss)\\b)+[^A-Za-z]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private FilterService filterService;

    @Autowired
    private AuthorizationService authorizationService;

    @Test
    void tasklistCockpitAdminAndTheWelcomePageSpeakChineseFirst() throws IOException {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            String config = get("/camunda/app/" + app + "/scripts/config.js");
            Matcher available = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(config);
            assertThat(available.find()).as(app + " config.js names its locales").isTrue();
            assertThat(available.group(1).replaceAll("[\\s']", "").split(",")).as(app).containsExactly("zh", "en");
            assertThat(config).as(app).containsPattern("fallbackLocale:\\s*'zh'");

            JsonNode zh = JSON.readTree(get("/camunda/app/" + app + "/locales/zh.json"));
            JsonNode en = JSON.readTree(get("/camunda/app/" + app + "/locales/en.json").replace("\uFEFF", ""));
            assertThat(keys(zh, "")).as(app + ": zh.json has en.json's keys, no more, no fewer").isEqualTo(keys(en, ""));
            List<String> untranslated = new ArrayList<>();
            List<String> notChinese = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> labels = en.get("labels").fields(); labels.hasNext(); ) {
                Map.Entry<String, JsonNode> label = labels.next();
                String english = label.getValue().asText();
                String chinese = zh.get("labels").get(label.getKey()).asText();
                if (label.getKey().equals("BANNER_CE_EOL_TEXT")) {
                    continue; // left empty on purpose, see noEndOfLifeBannerInFrontOfTheUsers
                }
                if (english.equals("s")) {
                    // An English plural suffix ("instance" + "s") has no Chinese counterpart.
                    assertThat(chinese).as(app + " " + label.getKey()).isEmpty();
                    continue;
                }
                assertThat(placeholders(chinese)).as(app + " " + label.getKey() + ": the English label's {{placeholders}}")
                        .isEqualTo(placeholders(english));
                assertThat(htmlTags(chinese)).as(app + " " + label.getKey() + ": the English label's HTML tags")
                        .isEqualTo(htmlTags(english));
                if (chinese.isEmpty() != english.isEmpty()) {
                    untranslated.add(label.getKey());
                }
                if (!CHINESE.matcher(chinese).find() && !NOTHING_TO_TRANSLATE.matcher(english.replaceAll(PLACEHOLDER.pattern(), "")).matches()) {
                    notChinese.add(label.getKey() + "=" + chinese);
                }
            }
            assertThat(untranslated).as(app + ": labels left empty").isEmpty();
            assertThat(notChinese).as(app + ": labels without Chinese though their English has words to translate").isEmpty();
            assertThat(zh.get("labels").get("PAGE_LOGIN_PASSWORD").asText()).as(app).isEqualTo("密码");
        }
        JsonNode cockpit = JSON.readTree(get("/camunda/app/cockpit/locales/zh.json")).get("labels");
        assertThat(cockpit.get("COCKPIT_PROCESSES").asText()).isEqualTo("流程");
        assertThat(cockpit.get("DASHBOARD_PROCESS_DEFINITIONS").asText()).isEqualTo("流程定义");
        assertThat(cockpit.get("COCKPIT_BATCHES").asText()).isEqualTo("批处理");
        JsonNode admin = JSON.readTree(get("/camunda/app/admin/locales/zh.json")).get("labels");
        assertThat(admin.get("USERS_USERS").asText()).isEqualTo("用户");
        assertThat(admin.get("AUTHORIZATION_AUTHORIZATIONS").asText()).isEqualTo("授权");
        assertThat(admin.get("TENANTS_TENANTS").asText()).isEqualTo("租户");
    }

    @Test
    void noFirstVisitBoxPointingToCamundasWelcomePage() {
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            assertThat(get("/camunda/app/" + app + "/scripts/config.js")).as(app).containsPattern("disableWelcomeMessage:\\s*true");
        }
    }

    @Test
    void noEndOfLifeBannerInFrontOfTheUsers() throws IOException {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            String styles = get("/camunda/app/" + app + "/styles/user-styles.css");
            assertThat(styles.replaceAll("/\\*.*?\\*/", "").replaceAll("\\s", ""))
                    .as(app).contains(".ce-eol-banner{display:none!important;}");
        }
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            assertThat(JSON.readTree(get("/camunda/app/" + app + "/locales/zh.json")).get("labels").get("BANNER_CE_EOL_TEXT").asText())
                    .as(app).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachRoleFindsItsReadyMadeFilterAndTheCoordinatorsListsTheirUnitsScreenings() {
        Map<String, String> roleOf = Map.of("本单位初审", "UNIT_COORDINATOR", "我的评分任务", "REVIEWER",
                "我的转化任务", "PRODUCTION_OWNER", "工会办公室待办", "UNION_LEADER");
        Map<String, String> filterIds = new HashMap<>();
        roleOf.forEach((name, role) -> {
            List<Filter> filters = filterService.createFilterQuery().filterName(name).list();
            assertThat(filters).as(name + " exists once").hasSize(1);
            filterIds.put(name, filters.get(0).getId());
            List<Authorization> reads = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                    .resourceId(filters.get(0).getId()).list();
            assertThat(reads).as(name).singleElement().satisfies(read -> {
                assertThat(read.getGroupId()).isEqualTo(role);
                assertThat(read.isPermissionGranted(Permissions.READ)).isTrue();
            });
        });
        assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER).resourceId(Authorization.ANY).count())
                .as("no filter readable by everyone but Camunda's all-tasks filter").isZero();

        assertThat(filterNames("c1001")).contains("本单位初审", "所有任务 All tasks").doesNotContain("我的评分任务", "我的转化任务", "工会办公室待办");
        assertThat(filterNames("r0001")).contains("我的评分任务").doesNotContain("本单位初审", "我的转化任务");
        assertThat(filterNames("owner")).contains("我的转化任务").doesNotContain("本单位初审", "我的评分任务");
        assertThat(filterNames("leader")).contains("工会办公室待办").doesNotContain("本单位初审");
        assertThat(filterNames("w1001")).containsExactly("所有任务 All tasks");

        String ownUnit = submit("w1001", proposalBody("本单位过滤器测试"));
        Map<String, Object> otherUnitBody = new HashMap<>(proposalBody("外单位过滤器测试"));
        otherUnitBody.put("unitId", "JJ2");
        otherUnitBody.put("authors", List.of(Map.of("workerId", "w2001", "share", 100)));
        String otherUnit = submit("w2001", otherUnitBody);
        String ownTask = (String) awaitTasksVisibleTo("c1001", ownUnit).get(0).get("id");
        String otherTask = (String) awaitTasksVisibleTo("c2001", otherUnit).get(0).get("id");

        List<Map<String, Object>> listed = as("c1001").getForObject("/engine-rest/filter/{id}/list?maxResults=1000",
                List.class, filterIds.get("本单位初审"));
        assertThat(listed).extracting(task -> task.get("id")).contains(ownTask).doesNotContain(otherTask);
        assertThat(listed).extracting(task -> task.get("taskDefinitionKey")).isSubsetOf("screenProposal", "screenProposalEscalated");
        List<Map<String, Object>> ofJj2 = as("c2001").getForObject("/engine-rest/filter/{id}/list?maxResults=1000",
                List.class, filterIds.get("本单位初审"));
        assertThat(ofJj2).extracting(task -> task.get("id")).contains(otherTask).doesNotContain(ownTask);
        assertThat(as("c1001").getForEntity("/engine-rest/filter/{id}/list", String.class, filterIds.get("我的评分任务"))
                .getStatusCode().value()).as("another role's filter").isIn(403, 404);
    }

    @SuppressWarnings("unchecked")
    private List<String> filterNames(String userId) {
        List<Map<String, Object>> filters = as(userId).getForObject("/engine-rest/filter", List.class);
        return filters.stream().map(filter -> (String) filter.get("name")).toList();
    }

    private String get(String path) {
        ResponseEntity<String> response = as("c1001").getForEntity(path, String.class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return response.getBody();
    }

    private static Set<String> keys(JsonNode node, String prefix) {
        Set<String> keys = new TreeSet<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                keys.add(prefix + field.getKey());
                keys.addAll(keys(field.getValue(), prefix + field.getKey() + "."));
            });
        }
        return keys;
    }

    private static List<String> htmlTags(String text) {
        List<String> tags = new ArrayList<>();
        Matcher matcher = HTML_TAG.matcher(text);
        while (matcher.find()) {
            tags.add(matcher.group());
        }
        tags.sort(null);
        return tags;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
