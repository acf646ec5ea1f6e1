package com.wuxiao.infra.identity;

import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.infra.identity.OrganisationFile.Column;
import com.wuxiao.infra.identity.OrganisationFile.Line;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The administrator's import of units, workers and their roles from a file ({@link OrganisationFile}),
 * through {@link Organisation}. The rules, also shown on the import page:
 * <ul>
 *   <li>a row without a work number is a <em>unit row</em>: it creates the unit (and the group of its
 *   coordinators) if it is new; a unit that exists with another name is refused, not renamed;</li>
 *   <li>a worker row needs a unit that exists or that a unit row of the same file creates;</li>
 *   <li>the import adds, never removes: an existing worker gets the file's missing roles; names, unit
 *   and panel role of an existing worker are never changed (a difference is refused, to be decided
 *   in Camunda Admin), nor is a password;</li>
 *   <li>a new worker gets a random initial password, shown once in the report (files carry no
 *   passwords), which the administrator hands over;</li>
 *   <li>a work number twice in one file refuses every such row: the import cannot tell which is meant.</li>
 * </ul>
 * The valid rows are written in one transaction, so an import is applied whole or not at all;
 * importing the same file again finds every row unchanged.
 */
@Service
public class OrganisationImport {

    private static final Logger log = LoggerFactory.getLogger(OrganisationImport.class);
    /** Camunda's whitelist of ids (application.yml); a unit id also prefixes its coordinators' group (64 chars). */
    private static final Pattern WORKER_ID = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Pattern UNIT_ID = Pattern.compile("[a-zA-Z0-9_-]{1,40}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；、]");
    private static final int MAX_NAME = 100;

    private final Organisation organisation;
    private final IdentityService identityService;
    private final InitialPasswords passwords = new InitialPasswords();

    OrganisationImport(Organisation organisation, IdentityService identityService) {
        this.organisation = organisation;
        this.identityService = identityService;
    }

    /** What became of the file's rows. {@code created} holds the initial passwords, shown once. */
    public record Report(int imported, int unchanged, List<Rejection> rejected, List<NewAccount> created) {
    }

    /** A refused row: {@code code} names the reason (message key {@code orgimport.reason.<code>}, {@code args} its values). */
    public record Rejection(int row, String unitId, String workerId, String code, List<String> args) {
    }

    /** A worker created by the import, with the initial password nobody else has seen. */
    public record NewAccount(int row, String workerId, String name, String initialPassword) {
    }

    /** A worker row that passed the checks of the file alone. */
    private record WorkerRow(Line line, String workerId, String unitId, String unitName, String lastName,
                             String firstName, Set<Role> roles, PanelRole panelRole) {
    }

    @Transactional
    public Report importFile(byte[] content, String importedBy) {
        List<Line> lines = OrganisationFile.read(content);
        Map<Integer, Rejection> rejected = new LinkedHashMap<>();
        List<Line> unitLines = new ArrayList<>();
        List<WorkerRow> workerRows = new ArrayList<>();
        for (Line line : lines) {
            if (line.get(Column.WORKER_ID).isEmpty()) {
                checkUnitRow(line).ifPresentOrElse(r -> rejected.put(line.number(), r), () -> unitLines.add(line));
            } else {
                parseWorkerRow(line, rejected).ifPresent(workerRows::add);
            }
        }
        refuseDuplicates(lines, Column.WORKER_ID, "duplicate-worker-id", rejected);
        refuseDuplicates(unitLines, Column.UNIT_ID, "duplicate-unit-row", rejected);
        workerRows.removeIf(row -> rejected.containsKey(row.line().number()));
        unitLines.removeIf(line -> rejected.containsKey(line.number()));

        int imported = 0;
        int unchanged = 0;
        Map<String, String> unitNames = new HashMap<>();
        for (Line line : unitLines) {
            String unitId = line.get(Column.UNIT_ID);
            String name = line.get(Column.UNIT_NAME);
            Group existing = identityService.createGroupQuery().groupId(unitId).singleResult();
            if (existing != null && !GroupTypes.UNIT.equals(existing.getType())) {
                rejected.put(line.number(), rejection(line, "reserved-unit-id", unitId));
            } else if (existing != null && !name.equals(existing.getName())) {
                rejected.put(line.number(), rejection(line, "unit-name-differs", unitId, existing.getName()));
            } else {
                boolean complete = existing != null
                        && identityService.createGroupQuery().groupId(Role.coordinatorGroupOf(unitId)).count() == 1;
                organisation.ensureUnit(unitId, name);
                unitNames.put(unitId, name);
                if (complete) {
                    unchanged++;
                } else {
                    imported++;
                }
            }
        }

        List<NewAccount> created = new ArrayList<>();
        for (WorkerRow row : workerRows) {
            String unitName = unitNames.computeIfAbsent(row.unitId(), this::storedUnitName);
            if (unitName == null) {
                rejected.put(row.line().number(), rejection(row.line(), "unknown-unit", row.unitId()));
                continue;
            }
            if (!row.unitName().isEmpty() && !row.unitName().equals(unitName)) {
                rejected.put(row.line().number(), rejection(row.line(), "unit-name-mismatch", row.unitId(), unitName));
                continue;
            }
            User user = identityService.createUserQuery().userId(row.workerId()).singleResult();
            if (user == null) {
                String password = passwords.next();
                organisation.ensureUser(new Organisation.NewUser(row.workerId(), row.lastName(), row.firstName(),
                        row.unitId(), password, row.roles(), row.panelRole(), null, false));
                created.add(new NewAccount(row.line().number(), row.workerId(), row.lastName() + row.firstName(), password));
                imported++;
                continue;
            }
            Optional<Rejection> conflict = conflictWithStored(row, user);
            if (conflict.isPresent()) {
                rejected.put(row.line().number(), conflict.get());
            } else if (storedGroups(row.workerId()).containsAll(wantedGroups(row))) {
                unchanged++;
            } else {
                organisation.ensureUser(new Organisation.NewUser(row.workerId(), row.lastName(), row.firstName(),
                        row.unitId(), null, row.roles(), row.panelRole(), null, false));
                imported++;
            }
        }
        List<Rejection> refusals = rejected.values().stream()
                .sorted((a, b) -> Integer.compare(a.row(), b.row())).toList();
        log.info("Organisation import by {}: {} rows imported, {} unchanged, {} rejected",
                importedBy, imported, unchanged, refusals.size());
        return new Report(imported, unchanged, refusals, created);
    }

    private Optional<Rejection> checkUnitRow(Line line) {
        String unitId = line.get(Column.UNIT_ID);
        Optional<Rejection> common = checkCommon(line, unitId);
        if (common.isPresent()) {
            return common;
        }
        if (!line.get(Column.LAST_NAME).isEmpty() || !line.get(Column.FIRST_NAME).isEmpty()
            || !line.get(Column.ROLES).isEmpty() || !line.get(Column.PANEL_ROLE).isEmpty()) {
            return Optional.of(rejection(line, "missing-worker-id"));
        }
        String name = line.get(Column.UNIT_NAME);
        if (name.isEmpty()) {
            return Optional.of(rejection(line, "missing-unit-name", unitId));
        }
        if (name.length() > MAX_NAME) {
            return Optional.of(rejection(line, "name-too-long", String.valueOf(MAX_NAME)));
        }
        return Optional.empty();
    }

    private Optional<WorkerRow> parseWorkerRow(Line line, Map<Integer, Rejection> rejected) {
        String unitId = line.get(Column.UNIT_ID);
        String workerId = line.get(Column.WORKER_ID);
        Optional<Rejection> refusal = checkCommon(line, unitId);
        if (refusal.isEmpty() && !WORKER_ID.matcher(workerId).matches()) {
            refusal = Optional.of(rejection(line, "bad-worker-id", workerId));
        }
        String lastName = line.get(Column.LAST_NAME);
        String firstName = line.get(Column.FIRST_NAME);
        if (refusal.isEmpty() && lastName.isEmpty()) {
            refusal = Optional.of(rejection(line, "missing-last-name"));
        }
        if (refusal.isEmpty() && (lastName.length() > MAX_NAME || firstName.length() > MAX_NAME)) {
            refusal = Optional.of(rejection(line, "name-too-long", String.valueOf(MAX_NAME)));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (refusal.isEmpty()) {
            List<String> names = LIST_SEPARATOR.splitAsStream(line.get(Column.ROLES)).map(String::strip)
                    .filter(name -> !name.isEmpty()).toList();
            if (names.isEmpty()) {
                refusal = Optional.of(rejection(line, "missing-roles"));
            }
            for (String name : names) {
                Optional<Role> role = roleNamed(name);
                if (role.isEmpty()) {
                    refusal = Optional.of(rejection(line, "bad-role", name));
                    break;
                }
                roles.add(role.get());
            }
        }
        PanelRole panelRole = null;
        String panelName = line.get(Column.PANEL_ROLE);
        if (refusal.isEmpty()) {
            if (!panelName.isEmpty()) {
                panelRole = panelRoleNamed(panelName).orElse(null);
                if (panelRole == null) {
                    refusal = Optional.of(rejection(line, "bad-panel-role", panelName));
                } else if (!roles.contains(Role.REVIEWER)) {
                    refusal = Optional.of(rejection(line, "panel-role-without-reviewer", panelName));
                }
            } else if (roles.contains(Role.REVIEWER)) {
                refusal = Optional.of(rejection(line, "missing-panel-role"));
            }
        }
        if (refusal.isPresent()) {
            rejected.put(line.number(), refusal.get());
            return Optional.empty();
        }
        return Optional.of(new WorkerRow(line, workerId, unitId, line.get(Column.UNIT_NAME), lastName, firstName,
                roles, panelRole));
    }

    private Optional<Rejection> checkCommon(Line line, String unitId) {
        if (line.extraCells()) {
            return Optional.of(rejection(line, "extra-cells"));
        }
        if (line.cells().values().stream().anyMatch(OrganisationImport::hasControlCharacter)) {
            return Optional.of(rejection(line, "invalid-text"));
        }
        if (unitId.isEmpty()) {
            return Optional.of(rejection(line, "missing-unit-id"));
        }
        if (!UNIT_ID.matcher(unitId).matches()) {
            return Optional.of(rejection(line, "bad-unit-id", unitId));
        }
        if (isReserved(unitId)) {
            return Optional.of(rejection(line, "reserved-unit-id", unitId));
        }
        return Optional.empty();
    }

    /** Every row sharing a value with another row is refused, naming all the rows. */
    private static void refuseDuplicates(List<Line> lines, Column column, String code, Map<Integer, Rejection> rejected) {
        Map<String, List<Line>> byValue = lines.stream().filter(line -> !line.get(column).isEmpty())
                .collect(Collectors.groupingBy(line -> line.get(column), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Line>> entry : byValue.entrySet()) {
            if (entry.getValue().size() > 1) {
                String rows = entry.getValue().stream().map(line -> String.valueOf(line.number()))
                        .collect(Collectors.joining(", "));
                for (Line line : entry.getValue()) {
                    rejected.put(line.number(), rejection(line, code, entry.getKey(), rows));
                }
            }
        }
    }

    private Optional<Rejection> conflictWithStored(WorkerRow row, User user) {
        String storedLast = Objects.toString(user.getLastName(), "");
        String storedFirst = Objects.toString(user.getFirstName(), "");
        if (!storedLast.equals(row.lastName()) || !storedFirst.equals(row.firstName())) {
            return Optional.of(rejection(row.line(), "name-differs", row.workerId(), storedLast + storedFirst));
        }
        List<Group> groups = identityService.createGroupQuery().groupMember(row.workerId()).list();
        for (Group group : groups) {
            if (GroupTypes.UNIT.equals(group.getType()) && !group.getId().equals(row.unitId())) {
                return Optional.of(rejection(row.line(), "other-unit", row.workerId(), group.getId()));
            }
            if (GroupTypes.PANEL.equals(group.getType()) && row.panelRole() != null
                && !group.getId().equals(row.panelRole().name())) {
                return Optional.of(rejection(row.line(), "other-panel-role", row.workerId(), group.getId()));
            }
        }
        return Optional.empty();
    }

    /** The memberships {@link Organisation#ensureUser} gives for the row. */
    private static Set<String> wantedGroups(WorkerRow row) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(row.unitId());
        for (Role role : row.roles()) {
            groups.add(role.name());
            if (role == Role.UNIT_COORDINATOR) {
                groups.add(Role.coordinatorGroupOf(row.unitId()));
            }
            if (role == Role.ADMIN) {
                groups.add(GroupTypes.CAMUNDA_ADMIN);
            }
        }
        if (row.panelRole() != null) {
            groups.add(row.panelRole().name());
        }
        return groups;
    }

    private Set<String> storedGroups(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
    }

    private String storedUnitName(String unitId) {
        Group unit = identityService.createGroupQuery().groupId(unitId).groupType(GroupTypes.UNIT).singleResult();
        return unit == null ? null : unit.getName();
    }

    private static Optional<Role> roleNamed(String name) {
        return Arrays.stream(Role.values())
                .filter(role -> role.name().equalsIgnoreCase(name) || role.zh().equals(name)).findFirst();
    }

    private static Optional<PanelRole> panelRoleNamed(String name) {
        return Arrays.stream(PanelRole.values())
                .filter(role -> role.name().equalsIgnoreCase(name) || role.zh().equals(name)).findFirst();
    }

    /** Ids of the standard groups and the prefix of coordinators' groups cannot be units. */
    private static boolean isReserved(String unitId) {
        String upper = unitId.toUpperCase(Locale.ROOT);
        return Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(upper))
               || Arrays.stream(PanelRole.values()).anyMatch(role -> role.name().equals(upper))
               || upper.startsWith(Role.UNIT_COORDINATOR.name() + "-")
               || unitId.equalsIgnoreCase(GroupTypes.CAMUNDA_ADMIN);
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static Rejection rejection(Line line, String code, String... args) {
        return new Rejection(line.number(), line.get(Column.UNIT_ID), line.get(Column.WORKER_ID), code, List.of(args));
    }
}
