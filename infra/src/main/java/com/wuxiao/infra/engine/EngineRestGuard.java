package com.wuxiao.infra.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wuxiao.infra.engine.EngineRestRule.Check;
import com.wuxiao.infra.web.BufferedBodyRequest;
import com.wuxiao.infra.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import static com.wuxiao.infra.engine.EngineRestRule.of;

/**
 * What Camunda's authorization cannot say, for both mounts of its REST API (API clients and the
 * webapps): process variables and process control belong to the process, a completion carries
 * only its form's fields, a task stays with its candidates, and a timer fires at its time. Runs
 * after Spring Security (the caller is known) and before Camunda's own authentication filter, so
 * its look-ups see every task.
 */
class EngineRestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineRestGuard.class);
    private static final String ID = "([^/]+)";

    /** First match wins; requests no line covers are left to Camunda's authorization. */
    static final List<EngineRestRule> RULES = List.of(
            of("POST", "/task/" + ID + "/(?:complete|submit-form)", Check.FORM_FIELDS),
            of("POST", "/task/" + ID + "/claim", Check.CLAIM_FOR_SELF),
            of("POST", "/task/" + ID + "/(?:assignee|unclaim)", Check.ASSIGN_TO_CANDIDATE),
            of("POST", "/task/" + ID + "/comment/create", Check.COMMENT_AS_CANDIDATE),
            of("POST", "/job/" + ID + "/execute", Check.FAILED_JOB_ONLY),
            of("GET", "/(?:group|group/count|user|user/count|identity/groups)", Check.OWN_MEMBERSHIPS),
            // Variables, at any scope, in any form.
            of("POST|PUT|DELETE", "/task/[^/]+/(?:variables|localVariables)(?:/.*)?", Check.PROCESS_ONLY),
            of("POST|PUT|DELETE", "/process-instance/[^/]+/variables(?:/.*)?", Check.PROCESS_ONLY),
            of("POST|PUT|DELETE", "/execution/[^/]+/localVariables(?:/.*)?", Check.PROCESS_ONLY),
            of("POST", "/process-instance/variables-async", Check.PROCESS_ONLY),
            // Moving a process on: messages, signals, conditions, starts, token moves, timers' dates.
            of("POST", "/(?:message|signal|condition)(?:/.*)?", Check.PROCESS_ONLY),
            of("POST", "/execution/[^/]+/(?:signal|messageSubscriptions/.+)", Check.PROCESS_ONLY),
            of("POST", "/process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(?:start|submit-form|restart|restart-async)", Check.PROCESS_ONLY),
            of("POST", "/process-instance/[^/]+/(?:modification|modification-async)", Check.PROCESS_ONLY),
            of("POST", "/modification/(?:execute|executeAsync)", Check.PROCESS_ONLY),
            of("PUT|POST", "/job/[^/]+/duedate(?:/.*)?", Check.PROCESS_ONLY),
            // A deleted or suspended timer is a deadline that never comes.
            of("DELETE", "/job/[^/]+", Check.PROCESS_ONLY),
            of("PUT|POST", "/(?:job|job-definition|process-instance|process-definition)(?:/[^/]+)*/suspended(?:-async)?", Check.PROCESS_ONLY),
            of("POST", "/external-task(?:/.*)?", Check.PROCESS_ONLY),
            of("PUT", "/external-task(?:/.*)?", Check.PROCESS_ONLY),
            // A task's shape and who holds it: set by the process only.
            of("POST", "/task/create", Check.PROCESS_ONLY),
            of("PUT|DELETE", "/task/[^/]+", Check.PROCESS_ONLY),
            of("POST", "/task/[^/]+/(?:delegate|resolve|bpmnError|bpmnEscalation|identity-links|identity-links/delete|attachment/create)", Check.PROCESS_ONLY),
            of("PUT|DELETE", "/task/[^/]+/(?:comment|attachment)(?:/.*)?", Check.PROCESS_ONLY),
            of("PUT|DELETE", "/process-instance/[^/]+/comment(?:/.*)?", Check.PROCESS_ONLY));

    private final TaskFacts tasks;
    private final ManagementService managementService;
    private final ObjectMapper json;

    EngineRestGuard(TaskFacts tasks, ManagementService managementService, ObjectMapper json) {
        this.tasks = tasks;
        this.managementService = managementService;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The decoded, normalised path Jersey routes on (not the raw URI, where "compl%65te" or a path
        // parameter would slip past the rules).
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        Optional<EngineRequest> engineRequest = EngineRequest.of(request.getMethod(), path);
        if (engineRequest.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        for (EngineRestRule rule : RULES) {
            Optional<Matcher> match = rule.match(engineRequest.get());
            if (match.isPresent()) {
                BufferedBodyRequest buffered;
                try {
                    buffered = BufferedBodyRequest.of(request);
                } catch (BufferedBodyRequest.BodyTooLarge tooLarge) {
                    write(response, Problems.ofStatus(HttpStatus.PAYLOAD_TOO_LARGE));
                    return;
                }
                apply(rule.check(), match.get(), buffered, response, chain);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void apply(Check check, Matcher match, BufferedBodyRequest request, HttpServletResponse response,
                       FilterChain chain) throws IOException, ServletException {
        String user = Optional.ofNullable(request.getUserPrincipal()).map(Principal::getName).orElse(null);
        if (check == Check.PROCESS_ONLY) {
            deny(response, request, "process-control", "流程变量与流程推进只由流程本身操作",
                    "process variables and process control belong to the process itself");
            return;
        }
        if (check == Check.OWN_MEMBERSHIPS) {
            String asked = firstNonNull(request.getParameter("member"), request.getParameter("memberOfGroup"),
                    request.getParameter("userId"));
            if (asked != null && !asked.equals(user) && !tasks.isAdministrator(user)) {
                deny(response, request, "memberships-of-others", "只能查看自己所属的组",
                        "only one's own group memberships can be read");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (check == Check.FAILED_JOB_ONLY) {
            Job job = managementService.createJobQuery().jobId(match.group(1)).singleResult();
            if (job != null && job.getExceptionMessage() == null) {
                deny(response, request, "job-not-failed", "只能手动重试失败的作业，定时器按时触发",
                        "only a failed job can be run by hand; timers fire at their time");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Optional<Task> task = tasks.task(match.group(1));
        if (task.isEmpty()) {
            chain.doFilter(request, response); // Camunda answers for a task that does not exist
            return;
        }
        JsonNode body = json(request.body());
        switch (check) {
            case FORM_FIELDS -> {
                Optional<String> refused = keepFormFields(task.get(), body);
                if (refused.isPresent()) {
                    deny(response, request, "task-variable-not-in-form", "「" + refused.get() + "」不是本任务表单的字段",
                            "'" + refused.get() + "' is not a field of this task's form");
                    return;
                }
                request.replaceBody(json.writeValueAsBytes(body));
            }
            case CLAIM_FOR_SELF -> {
                if (user == null || !user.equals(body.path("userId").asText(null))) {
                    deny(response, request, "claim-for-self", "只能为自己认领任务", "a task can be claimed only for oneself");
                    return;
                }
            }
            case ASSIGN_TO_CANDIDATE -> {
                String assignee = body.path("userId").asText(null);
                if (!tasks.isCandidateOrAssignee(task.get(), user)) {
                    deny(response, request, "not-a-task-candidate", "只有任务的办理人和候选人可以转交任务",
                            "only the task's assignee and candidates may hand it on");
                    return;
                }
                if (assignee != null && !tasks.isCandidateOrAssignee(task.get(), assignee)) {
                    deny(response, request, "assignee-not-candidate", "任务只能交给其候选人",
                            "a task can be given only to one of its candidates");
                    return;
                }
            }
            case COMMENT_AS_CANDIDATE -> {
                if (!tasks.isCandidateOrAssignee(task.get(), user)) {
                    deny(response, request, "not-a-task-candidate", "只有任务的办理人和候选人可以评论",
                            "only the task's assignee and candidates may comment on it");
                    return;
                }
            }
            default -> throw new IllegalStateException("unhandled check " + check);
        }
        chain.doFilter(request, response);
    }

    /**
     * Drops the form's read-only fields (Tasklist sends them back as shown; they are the process's
     * values, not the user's) and names the first variable that is no field of the form.
     */
    private Optional<String> keepFormFields(Task task, JsonNode body) {
        if (!(body.get("variables") instanceof ObjectNode variables)) {
            return Optional.empty();
        }
        Map<String, TaskFacts.Field> fields = tasks.formFields(task);
        List<String> readOnly = new ArrayList<>();
        for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            TaskFacts.Field field = fields.get(name);
            if (field == null) {
                return Optional.of(name);
            }
            if (field.readOnly()) {
                readOnly.add(name);
            }
        }
        variables.remove(readOnly);
        return Optional.empty();
    }

    /** An empty or malformed body reads as missing: Camunda answers for it. */
    private JsonNode json(byte[] body) {
        try {
            return body.length == 0 ? MissingNode.getInstance() : json.readTree(body);
        } catch (IOException malformed) {
            return MissingNode.getInstance();
        }
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private void deny(HttpServletResponse response, HttpServletRequest request, String code, String zh, String en)
            throws IOException {
        log.warn("Refused {} {} for {}: {}", request.getMethod(), request.getRequestURI(),
                Optional.ofNullable(request.getUserPrincipal()).map(Principal::getName).orElse("anonymous"), code);
        write(response, Problems.of(HttpStatus.FORBIDDEN, code, zh, en));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
