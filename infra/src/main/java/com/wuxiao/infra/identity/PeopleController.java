package com.wuxiao.infra.identity;

import com.wuxiao.command.common.api.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Finding people by work number or name, e.g. to name co-authors and a mentor: names and units
 * only, never e-mail addresses or other memberships, which Camunda's user API would show (it is
 * closed to everyone but the administrator and the user themself). Any logged-in user may search.
 */
@RestController
@RequestMapping("/api/people")
@Tag(name = "人员 People", description = "按工号或姓名查找人员 / find people by work number or name")
public class PeopleController {

    static final int MAX_SIZE = 50;
    static final int MAX_QUERY = 50;

    private final JdbcClient jdbc;

    public PeopleController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    @Operation(summary = "查找人员 / find people",
            description = "q 匹配工号或姓名的一部分 / q matches part of the work number or the name")
    @ApiResponse(responseCode = "200", description = "one page of people, by work number")
    @ApiResponse(responseCode = "400", description = "q longer than 50, page < 0 or size outside 1..50")
    public PeoplePage find(@Parameter(description = "part of the work number or name") @RequestParam(defaultValue = "") String q,
                           @Parameter(description = "only this unit") @RequestParam(required = false) String unitId,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        if (q.length() > MAX_QUERY) {
            throw RuleViolation.invalid("query-too-long", "q");
        }
        if (hasControlCharacter(q) || unitId != null && hasControlCharacter(unitId)) {
            throw RuleViolation.invalid("invalid-text", unitId != null && hasControlCharacter(unitId) ? "unitId" : "q");
        }
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw RuleViolation.invalid("bad-page", page < 0 ? "page" : "size", 50);
        }
        String pattern = "%" + escapeLike(q.strip()) + "%";
        String unit = unitId == null || unitId.isBlank() ? null : unitId;
        long total = jdbc.sql(FROM_PEOPLE.replace("%s", "count(*)"))
                .param("pattern", pattern).param("unit", unit).query(Long.class).single();
        List<PersonSummary> items = jdbc.sql(FROM_PEOPLE.replace("%s", "u.id_, u.last_, u.first_, unit.id_ as unit_id, unit.name_ as unit_name")
                                             + " order by u.id_ limit :size offset :offset")
                .param("pattern", pattern).param("unit", unit).param("size", size).param("offset", (long) page * size)
                .query((rs, row) -> new PersonSummary(rs.getString("id_"),
                        displayName(rs.getString("id_"), rs.getString("last_"), rs.getString("first_")),
                        rs.getString("unit_id"), rs.getString("unit_name")))
                .list();
        return new PeoplePage(items, page, size, total);
    }

    /** Users with the unit they belong to (a group of type UNIT); the name as a Chinese name reads. */
    private static final String FROM_PEOPLE = """
            select %s from act_id_user u
            left join lateral (
                select g.id_, g.name_ from act_id_membership m join act_id_group g on g.id_ = m.group_id_
                where m.user_id_ = u.id_ and g.type_ = 'UNIT' order by g.id_ limit 1) unit on true
            where (u.id_ ilike :pattern escape '\\' or coalesce(u.last_, '') || coalesce(u.first_, '') ilike :pattern escape '\\')
              and (cast(:unit as varchar) is null or unit.id_ = :unit)""";

    /** PostgreSQL refuses NUL in text; no name or unit has any control character. */
    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String displayName(String id, String last, String first) {
        String name = (last == null ? "" : last) + (first == null ? "" : first);
        return name.isBlank() ? id : name;
    }
}
