package com.wuxiao.infra.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The authorization matrix: every endpoint of the app (and, added by the engine's owners, every
 * /engine-rest resource the webapps use) × every role × ownership, with the expected allow or deny
 * written down in {@code authorization-matrix.txt} from the product rules, not from the code.
 * <p>
 * The fixtures live in the competition year {@value #YEAR} (the {@link AdjustableClock} is there while
 * this class runs), so no other test's proposals, rounds or boards meet them. A placeholder such as
 * {@code {own}} resolves per caller ({@link Fixtures}); a body is built per caller ({@link #bodies}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends IntegrationTestSupport {

    static final int YEAR = 2021;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TABLE = "/authorization-matrix.txt";
    private static final Map<String, String> UNIT_OF = Map.of("w1001", "ZC1", "w1002", "ZC1", "c1001", "ZC1",
            "r0001", "JDK", "leader", "GH", "owner", "ZC1", "admin", "GH", "w2001", "JJ2");
    private static final String ANONYMOUS = "anonymous";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    @Autowired
    private AdjustableClock clock;
    @Autowired
    private CommandGateway commandGateway;
    @Autowired
    private TaskService taskService;
    @Autowired
    private ManagementService managementService;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Fixtures fixtures = new Fixtures();
    private final Map<String, BiFunction<String, Fixtures, Object>> bodies = new HashMap<>();
    /** "METHOD status" of the allowed cells, to show how many allowed writes really happened. */
    private final Map<String, Integer> allowedStatuses = new java.util.TreeMap<>();

    // --- fixtures ------------------------------------------------------------------------------------

    /**
     * Placeholder name → value per caller (or one value for everyone). The engine rows add theirs
     * (e.g. {@code screeningTask}, {@code failedJob}) in {@link #engineFixtures()}.
     */
    static final class Fixtures {

        private final Map<String, Map<String, String>> values = new HashMap<>();

        /** The same value for every caller. */
        Fixtures put(String name, String value) {
            values.computeIfAbsent(name, n -> new HashMap<>()).put("*", value);
            return this;
        }

        /** The value for one caller, before the one for everyone. */
        Fixtures put(String name, String caller, String value) {
            values.computeIfAbsent(name, n -> new HashMap<>()).put(caller, value);
            return this;
        }

        String resolve(String name, String caller) {
            Map<String, String> perCaller = values.get(name);
            if (perCaller == null) {
                throw new AssertionError("the table names a placeholder no fixture defines: {" + name + "}");
            }
            String value = perCaller.getOrDefault(caller, perCaller.get("*"));
            if (value == null) {
                throw new AssertionError("{" + name + "} has no value for " + caller);
            }
            return value;
        }

        String expand(String template, String caller) {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1), caller)));
            }
            return m.appendTail(out).toString();
        }
    }

    @BeforeAll
    void makeFixtures() {
        // February: an accepted proposal, awarded, nominated for a patent and handed over twice.
        clock.travelTo(shanghai(YEAR, 2, 10));
        configureYear(YEAR);
        ResponseEntity<String> headcounts = as("leader").exchange("/api/competition-years/{year}/headcounts",
                HttpMethod.PUT, new HttpEntity<>(Map.of("headcounts",
                        Map.of("ZC1", 120, "JJ2", 90, "JDK", 60, "TFQ", 80, "GH", 20))), String.class, YEAR);
        assertThat(headcounts.getStatusCode().value()).as(headcounts.getBody()).isEqualTo(204);
        String awarded = submit("w1001", body("w1001", "ZC1", "获奖成果"));
        screen("c1001", awarded, Map.of("outcome", "ACCEPT"));
        awaitProposalStatus("leader", awarded, "ACCEPTED");
        // The outcome the appraisal-outcome policy sends when a round is finalised: running a whole round
        // here would only make the fixture slower, the aggregate and its rules are the real ones.
        commandGateway.sendAndWait(new RecordAppraisalResultCommand(awarded, YEAR + "-Q1", Grade.FIRST,
                new BigDecimal("90.00"), 1, clock.instant()));
        String patent = created(as("leader").postForEntity("/api/patents",
                Map.of("proposalId", awarded, "type", "INVENTION"), Map.class), "patentId");
        String convOwn = created(as("leader").postForEntity("/api/conversions", handOver(awarded, "ZC1", "owner"),
                Map.class), "conversionId");
        String convOther = created(as("leader").postForEntity("/api/conversions", handOver(awarded, "JJ2", "owner2"),
                Map.class), "conversionId");
        String requestable = submit("w1002", body("w1002", "ZC1", "可申请成果"));
        screen("c1001", requestable, Map.of("outcome", "ACCEPT"));
        awaitProposalStatus("leader", requestable, "ACCEPTED");
        commandGateway.sendAndWait(new RecordAppraisalResultCommand(requestable, YEAR + "-Q1", Grade.SECOND,
                new BigDecimal("80.00"), 2, clock.instant()));
        String request = created(as("owner").postForEntity("/api/result-requests", Map.of("proposalId", requestable),
                Map.class), "requestId");
        String need = created(as("owner").postForEntity("/api/needs", need(), Map.class), "needId");

        // May: the proposals of the ownership columns, in the second quarter.
        clock.travelTo(shanghai(YEAR, 5, 10));
        String own = submit("w1001", body("w1001", "ZC1", "本人申报"));             // w1001 with w1002
        String ownByCoordinator = submit("c1001", body("c1001", "ZC1", "联络员本人申报"));
        String sameUnit = submit("w1002", body("w1002", "ZC1", "同单位他人申报"));
        String otherUnit = submit("w2001", body("w2001", "JJ2", "其他单位申报"));
        String withdrawable = submit("w1001", body("w1001", "ZC1", "待撤回"));
        String withdrawableByCoordinator = submit("c1001", body("c1001", "ZC1", "联络员待撤回"));
        String returned = submit("w1001", body("w1001", "ZC1", "退回修改"));
        String returnedOfCoordinator = submit("c1001", body("c1001", "ZC1", "联络员退回修改"));
        String sameUnitReturned = submit("w1002", body("w1002", "ZC1", "同单位退回"));
        String otherUnitReturned = submit("w2001", body("w2001", "JJ2", "其他单位退回"));
        String screenable = submit("w1002", body("w1002", "ZC1", "待初审"));
        String inRound = submit("w1001", body("w1001", "ZC1", "季度评审"));
        for (String id : List.of(returned, sameUnitReturned)) {
            screen("c1001", id, Map.of("outcome", "RETURN", "comment", "请补充图纸"));
        }
        // c1001 authors it, so ZC1's other coordinator screens it (no one screens their own).
        screen("c1002", returnedOfCoordinator, Map.of("outcome", "RETURN", "comment", "请补充图纸"));
        screen("c2001", otherUnitReturned, Map.of("outcome", "RETURN", "comment", "请补充图纸"));
        screen("c1001", inRound, Map.of("outcome", "ACCEPT"));
        for (String id : List.of(returned, returnedOfCoordinator, sameUnitReturned, otherUnitReturned)) {
            awaitProposalStatus("leader", id, "RETURNED");
        }
        for (String id : List.of(own, ownByCoordinator, sameUnit, otherUnit, withdrawable, withdrawableByCoordinator,
                screenable)) {
            awaitProposalStatus("leader", id, "SUBMITTED");
        }
        awaitProposalStatus("leader", inRound, "ACCEPTED");
        awaitTasksVisibleTo("c1001", screenable);
        awaitTasksVisibleTo("c2001", otherUnit);

        String round = openRound(YEAR, 2);
        ResponseEntity<String> drafted = as("leader").postForEntity("/api/commendations/{year}/draft", null,
                String.class, YEAR);
        assertThat(drafted.getStatusCode().value()).as(drafted.getBody()).isEqualTo(204);

        awaitReadable("/api/patents/" + patent);
        awaitReadable("/api/conversions/" + convOwn);
        awaitReadable("/api/conversions/" + convOther);
        awaitReadable("/api/commendations/" + YEAR);
        awaitReadable("/api/needs/" + need);
        String today = clock.instant().atZone(SHANGHAI).toLocalDate().toString();
        String meeting = created(as("leader").postForEntity("/api/promotion-meetings", Map.of("title", "矩阵推介会",
                "heldOn", today, "proposalIds", List.of(requestable), "invitedOwnerIds", List.of("owner")),
                Map.class), "meetingId");
        awaitReadable("/api/promotion-meetings/" + meeting);
        fixtures.put("requestable", requestable).put("request", request).put("need", need).put("meeting", meeting);
        ResponseEntity<String> budget = as("leader").exchange("/api/fund-budgets/{year}", HttpMethod.PUT,
                new HttpEntity<>(Map.of("budget", "50000")), String.class, YEAR);
        assertThat(budget.getStatusCode().value()).as(budget.getBody()).isEqualTo(204);
        String fundClaim = created(as("w1001").postForEntity("/api/fund-claims", Uploads.claimForm(awarded), Map.class),
                "claimId");
        awaitReadable("/api/fund-claims/" + fundClaim);
        String receipt = (String) ((List<Map<String, Object>>) as("leader").getForObject("/api/fund-claims/{id}",
                Map.class, fundClaim).get("receipts")).get(0).get("id");
        fixtures.put("fundClaim", fundClaim).put("receipt", receipt);
        // A reward as a finalised round grants it, in the command side's lookup: running a whole round here
        // would only make the fixture slower (as with the award above); the batch and its rules are real.
        jdbc.sql("""
                        INSERT INTO reward_item_lookup (item_id, round_id, year, proposal_id, proposal_unit_id, worker_id,
                            worker_unit_id, grade, amount_fen, granted_at)
                        VALUES (:id, :round, :year, :proposal, 'ZC1', 'w1001', 'ZC1', 'FIRST', 500000, now())""")
                .param("id", YEAR + "-Q1:" + awarded + ":w1001").param("round", YEAR + "-Q1").param("year", YEAR)
                .param("proposal", awarded).update();
        String batch = created(as("leader").postForEntity("/api/payouts/{year}/batches", Map.of("roundId", YEAR + "-Q1"),
                Map.class, YEAR), "batchId");
        awaitReadable("/api/payouts/" + YEAR + "/batches/" + batch);
        fixtures.put("batch", batch);
        ResponseEntity<String> craftsman = as("leader").postForEntity("/api/commendations/{year}/craftsmen",
                Map.of("workerId", "w1001", "citation", "矩阵颁奖词"), String.class, YEAR);
        assertThat(craftsman.getStatusCode().value()).as(craftsman.getBody()).isEqualTo(204);
        String certificate = "GOLDEN_CRAFTSMAN:" + YEAR + ":w1001";
        awaitReadable("/api/certificates/" + certificate + ".pdf");
        fixtures.put("certificate", certificate);

        // Drafts of w1001 (one with a file, one to declare, one to delete) and files of two proposals.
        String draft = created(as("w1001").postForEntity("/api/drafts", Map.of("title", "矩阵草稿"), Map.class), "id");
        String draftFile = uploaded("w1001", "/api/drafts/" + draft + "/attachments");
        String draftToSubmit = created(as("w1001").postForEntity("/api/drafts", body("w1001", "ZC1", "矩阵草稿提交"),
                Map.class), "id");
        String draftToDelete = created(as("w1001").postForEntity("/api/drafts", Map.of("title", "待删除草稿"), Map.class),
                "id");
        String ownFile = uploaded("w1001", "/api/proposals/" + own + "/attachments");
        String otherUnitFile = uploaded("w2001", "/api/proposals/" + otherUnit + "/attachments");
        fixtures.put("draft", draft).put("draftFile", draftFile).put("draftToSubmit", draftToSubmit)
                .put("draftToDelete", draftToDelete).put("ownFile", ownFile).put("otherUnitFile", otherUnitFile);

        fixtures.put("own", own).put("own", "c1001", ownByCoordinator)
                .put("sameUnit", sameUnit)
                .put("otherUnit", otherUnit)
                .put("ownWithdrawable", withdrawable).put("ownWithdrawable", "c1001", withdrawableByCoordinator)
                .put("ownReturned", returned).put("ownReturned", "c1001", returnedOfCoordinator)
                .put("sameUnitReturned", sameUnitReturned)
                .put("otherUnitReturned", otherUnitReturned)
                .put("screenable", screenable)
                .put("round", round).put("roundProposal", inRound)
                .put("awarded", awarded).put("patent", patent)
                .put("convOwn", convOwn).put("convOther", convOther)
                .put("commendationYear", String.valueOf(YEAR));

        bodies.put("proposal", (caller, f) -> body(caller, UNIT_OF.getOrDefault(caller, "GH"), "矩阵申报"));
        bodies.put("draft", (caller, f) -> Map.of("title", "刮板输送机链条自动张紧", "text", "液压张紧"));
        bodies.put("draftBody", (caller, f) -> Map.of("title", "矩阵草稿 " + caller));
        bodies.put("pdf", (caller, f) -> new Upload("矩阵.pdf", Uploads.PDF));
        bodies.put("accept", (caller, f) -> Map.of("outcome", "ACCEPT"));
        bodies.put("emptyQuarter", (caller, f) -> Map.of("year", YEAR, "quarter", 3));
        bodies.put("objection", (caller, f) -> Map.of("proposalId", f.resolve("roundProposal", caller),
                "reason", "评分与实际效益不符"));
        bodies.put("nominate", (caller, f) -> Map.of("proposalId", f.resolve("own", caller), "type", "INVENTION"));
        bodies.put("handOver", (caller, f) -> handOver(f.resolve("own", caller), "ZC1", "owner"));
        bodies.put("benefit", (caller, f) -> Map.of("cnySavedPerYear", 1000, "safetyIncidentsAvoided", 0,
                "hoursSaved", 10, "reason", "财务复核"));
        bodies.put("yearConfig", (caller, f) -> yearConfig());
        bodies.put("headcounts", (caller, f) -> Map.of("headcounts", Map.of("ZC1", 120)));
        bodies.put("need", (caller, f) -> need());
        bodies.put("closeNeed", (caller, f) -> Map.of("solved", true, "note", "已解决"));
        bodies.put("requestResult", (caller, f) -> Map.of("proposalId", f.resolve("requestable", caller)));
        bodies.put("declineRequest", (caller, f) -> Map.of("reason", "暂无适用工作面"));
        bodies.put("planned", (caller, f) -> handOver(f.resolve("requestable", caller), "ZC1", "owner").get("planned"));
        bodies.put("meetingBody", (caller, f) -> Map.of("title", "推介会 " + caller, "heldOn", "2099-01-01",
                "proposalIds", List.of(f.resolve("requestable", caller)), "invitedOwnerIds", List.of("owner")));
        bodies.put("interest", (caller, f) -> Map.of("interests", List.of(Map.of("ownerId", "owner",
                "proposalId", f.resolve("requestable", caller)))));
        bodies.put("budget", (caller, f) -> Map.of("budget", "60000"));
        bodies.put("fundClaim", (caller, f) -> new Upload("receipts", "发票.pdf", Uploads.PDF, Map.of(
                "proposalId", f.resolve("awarded", caller), "kind", "MATERIALS", "description", "液压缸",
                "amount", "100")));
        bodies.put("payoutBatch", (caller, f) -> Map.of("roundId", YEAR + "-Q1"));
        bodies.put("payment", (caller, f) -> Map.of("paymentReference", "YH-MATRIX", "paidOn",
                LocalDate.ofInstant(clock.instant(), SHANGHAI).toString()));
        bodies.put("cancelBatch", (caller, f) -> Map.of("reason", "矩阵撤销"));
        bodies.put("craftsman", (caller, f) -> Map.of("workerId", "w1001", "citation", "矩阵颁奖词"));
        bodies.put("feedback", (caller, f) -> Map.of("worked", "使用效果良好"));
        bodies.put("recommend", (caller, f) -> Map.of("proposalId", f.resolve("awarded", caller), "note", "推荐"));
        engineFixtures();
    }

    /**
     * The /engine-rest rows: a proposal of w1001 (with w1002) waiting for ZC1's screening, its task,
     * process instance and escalation timer, and the bodies Tasklist or a hostile client would send.
     */
    private void engineFixtures() {
        String proposal = submit("w1001", body("w1001", "ZC1", "引擎接口矩阵"));
        String task = (String) awaitTasksVisibleTo("c1001", proposal).get(0).get("id");
        String process = taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        String timer = managementService.createJobQuery().processInstanceId(process).timers().singleResult().getId();
        fixtures.put("engineProposal", proposal).put("screeningTask", task).put("screeningProcess", process)
                .put("screeningTimer", timer).put("otherUser", "w1002");
        bodies.put("claimSelf", (caller, f) -> Map.of("userId", caller));
        bodies.put("assignWorker", (caller, f) -> Map.of("userId", "w1001"));
        bodies.put("stretch", (caller, f) -> Map.of("value", "P999D", "type", "String"));
        bodies.put("foreignVariable", (caller, f) -> Map.of("variables",
                Map.of("outcome", Map.of("value", "ACCEPT"), "revisionWindow", Map.of("value", "P999D"))));
        bodies.put("comment", (caller, f) -> Map.of("message", "请补充现场照片"));
        bodies.put("withdrawMessage", (caller, f) -> Map.of("messageName", "ProposalWithdrawn",
                "businessKey", f.resolve("engineProposal", caller)));
    }

    @AfterAll
    void backToTheRealTime() {
        clock.reset();
    }

    // --- the matrix ----------------------------------------------------------------------------------

    record Line(int number, String method, String path, String body, String sees, Map<String, String> cells) {
    }

    @Test
    void everyCallerGetsWhatTheRulesSay() {
        List<Line> lines = table();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>(Map.of("A", 0, "D", 0, "S", 0, "E", 0));
        for (Line line : lines) {
            // Denied cells first: an allowed write then meets the fixture as they did.
            List<Map.Entry<String, String>> cells = new ArrayList<>(line.cells().entrySet());
            cells.sort((a, b) -> Boolean.compare(!"D".equals(a.getValue()), !"D".equals(b.getValue())));
            for (Map.Entry<String, String> cell : cells) {
                String caller = cell.getKey();
                String expected = cell.getValue();
                String problem = check(line, caller, expected);
                if (problem != null) {
                    failures.add("line " + line.number() + " " + line.method() + " " + line.path()
                                 + (line.sees().equals("-") ? "" : " sees " + line.sees())
                                 + " as " + caller + ": expected " + expected + ", " + problem);
                }
                counts.merge(expected, 1, Integer::sum);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Authorization matrix: %d lines, %d cells checked, %d allowed (A %d, S %d, E %d), %d denied%n",
                lines.size(), total, counts.get("A") + counts.get("S") + counts.get("E"), counts.get("A"),
                counts.get("S"), counts.get("E"), counts.get("D"));
        System.out.println("Authorization matrix, allowed cells by method and status: " + allowedStatuses);
        assertThat(failures).as("cells that disagree with the rules").isEmpty();
    }

    /**
     * One cell. A read that should succeed may wait a little for a projection (a write of an earlier
     * line, e.g. the confirmation); a denial must hold at once, and so must an absence (E).
     */
    private String check(Line line, String caller, String expected) {
        Answer answer = send(line, caller);
        String problem = judge(line, caller, expected, answer);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (problem != null && line.method().equals("GET") && (expected.equals("A") || expected.equals("S"))
               && System.nanoTime() < deadline) {
            sleep();
            answer = send(line, caller);
            problem = judge(line, caller, expected, answer);
        }
        if (problem == null && !expected.equals("D")) {
            allowedStatuses.merge(line.method() + " " + answer.status(), 1, Integer::sum);
        }
        return problem;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String judge(Line line, String caller, String expected, Answer answer) {
        int status = answer.status();
        String got = "got " + status + " " + abbreviate(answer.body());
        if (status >= 500) {
            return got;
        }
        // Anonymous: 401, or 403 where the CSRF filter refuses a write without credentials first.
        boolean denied = ANONYMOUS.equals(caller) ? status == 401 || status == 403 : status == 403 || status == 404;
        boolean authFailure = status == 401 || status == 403 || status == 404;
        return switch (expected) {
            case "D" -> denied ? null : got;
            case "A" -> authFailure ? got : null;
            case "S", "E" -> {
                if (status < 200 || status > 299) {
                    yield got;
                }
                boolean contains = answer.body().contains(fixtures.resolve(line.sees(), caller));
                yield contains == expected.equals("S") ? null
                        : (contains ? "the list shows " : "the list lacks ") + "{" + line.sees() + "}";
            }
            default -> throw new AssertionError("unknown cell " + expected + " on line " + line.number());
        };
    }

    record Answer(int status, String body) {
    }

    /** With the JDK's client, so that a server-sent stream is answered by its status and then closed. */
    private Answer send(Line line, String caller) {
        String path = fixtures.expand(line.path(), caller);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .timeout(Duration.ofSeconds(30))
                .header(HttpHeaders.ACCEPT, "application/json, application/problem+json, text/event-stream, */*");
        if (!ANONYMOUS.equals(caller)) {
            String credentials = caller + ":" + demoPassword();
            request.header(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (!line.body().equals("-")) {
            BiFunction<String, Fixtures, Object> builder = bodies.get(line.body());
            if (builder == null) {
                throw new AssertionError("line " + line.number() + " names an unknown body: " + line.body());
            }
            Object built = builder.apply(caller, fixtures);
            if (built instanceof Upload upload) {
                body = HttpRequest.BodyPublishers.ofByteArray(upload.multipart());
                request.header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + Upload.BOUNDARY);
            } else {
                try {
                    body = HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(built));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                request.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
            }
        }
        request.method(line.method(), body);
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                boolean stream = response.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse("")
                        .startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
                return new Answer(response.statusCode(), stream ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private List<Line> table() {
        List<String> text;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(TABLE), TABLE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> callers = null;
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String row = text.get(i).strip();
            if (row.startsWith("# METHOD")) {
                List<String> header = List.of(row.substring(1).strip().split("\\s+"));
                callers = header.subList(4, header.size());
            }
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            assertThat(callers).as("the header line (# METHOD PATH BODY SEES callers…) comes first").isNotNull();
            String[] columns = row.split("\\s+");
            assertThat(columns).as("line %d has a cell per caller", i + 1).hasSize(4 + callers.size());
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < callers.size(); c++) {
                cells.put(callers.get(c), columns[4 + c]);
            }
            boolean listCells = cells.values().stream().anyMatch(v -> v.equals("S") || v.equals("E"));
            assertThat(listCells).as("line %d: S and E need a SEES placeholder, and only they", i + 1)
                    .isEqualTo(!columns[3].equals("-"));
            lines.add(new Line(i + 1, columns[0], columns[1], columns[2], columns[3], cells));
        }
        return lines;
    }

    // --- every endpoint has a line ---------------------------------------------------------------------

    @Test
    void everyApiMappingHasALineAndEveryLineAMapping() {
        Map<String, PathPattern> endpoints = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(methods).as("%s names its HTTP method", pattern).isNotEmpty();
                methods.forEach(m -> endpoints.put(m + " " + pattern, PathPatternParser.defaultInstance.parse(pattern)));
            }
        }
        Set<String> covered = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (Line line : table()) {
            String path = line.path().split("\\?", 2)[0];
            if (!path.startsWith("/api/")) {
                continue;   // /engine-rest rows: Camunda's resources, not Spring MVC mappings
            }
            PathContainer sample = PathContainer.parsePath(PLACEHOLDER.matcher(path).replaceAll("x1"));
            endpoints.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(line.method() + " ") && e.getValue().matches(sample))
                    .min((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.getValue(), b.getValue()))
                    .ifPresentOrElse(e -> covered.add(e.getKey()),
                            () -> unknown.add("line " + line.number() + ": " + line.method() + " " + line.path()));
        }
        Set<String> missing = new TreeSet<>(endpoints.keySet());
        missing.removeAll(covered);
        assertThat(endpoints).as("the app's /api mappings were found").hasSizeGreaterThan(40);
        assertThat(missing).as("/api mappings without a line in " + TABLE).isEmpty();
        assertThat(unknown).as("lines of " + TABLE + " naming no mapping").isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static java.time.Instant shanghai(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(SHANGHAI).toInstant();
    }

    /** A need of the caller's unit (none given: the publisher's own). */
    private static Map<String, Object> need() {
        return Map.of("title", "矩阵生产需求", "problem", "主运皮带跑偏", "categoryCode", "JDYS");
    }

    /** A proposal of one author (100 %) for the unit given. */
    private static Map<String, Object> body(String author, String unit, String title) {
        Map<String, Object> body = new HashMap<>(proposalBody(title + " " + UUID.randomUUID().toString().substring(0, 8)));
        body.put("unitId", unit);
        body.put("authors", "w1001".equals(author)
                ? List.of(Map.of("workerId", "w1001", "share", 60), Map.of("workerId", "w1002", "share", 40))
                : List.of(Map.of("workerId", author, "share", 100)));
        body.put("basedOnRevision", 1);
        return body;
    }

    private Map<String, Object> handOver(String proposalId, String unit, String owner) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        return Map.of("proposalId", proposalId, "receivingUnitId", unit, "ownerId", owner,
                "planned", Map.of("trialStart", today.plusDays(10).toString(), "trialEnd", today.plusDays(40).toString(),
                        "adoptionDecision", today.plusDays(60).toString()));
    }

    /** A file in a form field ("file" unless named), with text fields before it, as a browser's form sends it. */
    record Upload(String field, String name, byte[] content, Map<String, String> fields) {

        static final String BOUNDARY = "matrix-boundary-7d1f";

        Upload(String name, byte[] content) {
            this("file", name, content, Map.of());
        }

        byte[] multipart() {
            StringBuilder texts = new StringBuilder();
            fields.forEach((key, value) -> texts.append("--").append(BOUNDARY)
                    .append("\r\nContent-Disposition: form-data; name=\"").append(key).append("\"\r\n\r\n")
                    .append(value).append("\r\n"));
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                          + name + "\"\r\nContent-Type: application/pdf\r\n\r\n";
            String tail = "\r\n--" + BOUNDARY + "--\r\n";
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.writeBytes(texts.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    private String uploaded(String user, String path) {
        ResponseEntity<Map<String, Object>> response = Uploads.upload(as(user), path, "矩阵附件.pdf", Uploads.PDF);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return (String) response.getBody().get("id");
    }

    private static String created(ResponseEntity<Map> response, String field) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return (String) response.getBody().get(field);
    }

    private void screen(String coordinator, String proposalId, Map<String, Object> decision) {
        awaitTasksVisibleTo(coordinator, proposalId);
        ResponseEntity<String> screened = as(coordinator).postForEntity("/api/screenings/{id}", decision,
                String.class, proposalId);
        assertThat(screened.getStatusCode().value()).as(screened.getBody()).isEqualTo(204);
    }

    private void awaitReadable(String path) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as("leader").getForEntity(path, String.class).getStatusCode().value() == 200);
    }

    /** The union office opens the quarter's round and the process creates it; the round's id. */
    private String openRound(int year, int quarter) {
        ResponseEntity<String> opened = as("leader").postForEntity("/api/appraisal-rounds",
                Map.of("year", year, "quarter", quarter), String.class);
        assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
        String roundId = year + "-Q" + quarter;
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(roundId).singleResult();
        for (int i = 0; instance != null && i < 100; i++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).messages().list();
            if (jobs.isEmpty()) {
                break;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        awaitReadable("/api/appraisal-rounds/" + roundId);
        return roundId;
    }

    private void configureYear(int year) {
        ResponseEntity<String> response = as("leader").exchange("/api/competition-years/{year}", HttpMethod.PUT,
                new HttpEntity<>(yearConfig()), String.class, year);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    }

    private static Map<String, Object> yearConfig() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categories", List.of(Map.of("code", "JDYS", "name", "机电运输"), Map.of("code", "CMJS", "name", "采煤技术")));
        body.put("declarationMonths", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        body.put("weights", Map.of("feasibility", 40, "benefit", 35, "promotability", 25));
        body.put("quotas", Map.of("first", 5, "second", 15, "third", 35, "meritMinScore", 60));
        // product.md's default rewards and points
        body.put("rewards", AppraisalTestSupport.rewardsTable(500_000, 300_000, 100_000, 30_000));
        body.put("points", AppraisalTestSupport.pointsTable(2, 20, 12, 6, 2));
        body.put("deadlines", Map.of("screeningEscalation", "P7D", "revisionWindow", "P14D", "publicity", "P5D"));
        body.put("commendationTopN", 10);
        return body;
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
