package com.wuxiao.command.patent;

import com.wuxiao.command.common.ResultPoints;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.command.proposal.AwardedResults;
import com.wuxiao.command.proposal.api.AwardedResult;

import java.time.LocalDate;
import java.util.List;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * The points a patent earns its result's authors (product.md §4), by the points table of the
 * result's competition year, split by share. Points earned on a date count from its first moment in
 * Beijing, so its month and year are theirs. Looked up before the case's event is applied: a result
 * no longer awarded, or a year without configuration, refuses the command.
 */
final class PatentPoints {

    private final AwardedResult result;
    private final PointsTable table;

    private PatentPoints(AwardedResult result, PointsTable table) {
        this.result = result;
        this.table = table;
    }

    static PatentPoints of(String proposalId, int competitionYear, AwardedResults results, CompetitionYears years) {
        AwardedResult result = results.find(proposalId).orElseThrow(() -> RuleViolation.conflict("not-awarded",
                term("action.earn-patent-points")));
        PointsTable table = years.require(competitionYear).points();
        return new PatentPoints(result, table);
    }

    List<PointsEarnedEvent> filed(String patentId, LocalDate filedOn, UserDirectory users) {
        return ResultPoints.split(patentId, result, PointsReason.PATENT_FILED, table.patentFiled(), users,
                filedOn.atStartOfDay(CompetitionCalendar.ZONE).toInstant());
    }

    List<PointsEarnedEvent> granted(String patentId, PatentType type, LocalDate grantedOn, UserDirectory users) {
        int points = switch (type) {
            case INVENTION -> table.inventionGranted();
            case UTILITY_MODEL -> table.utilityModelGranted();
            case DESIGN -> table.designGranted();
        };
        return ResultPoints.split(patentId, result, PointsReason.PATENT_GRANTED, points, users,
                grantedOn.atStartOfDay(CompetitionCalendar.ZONE).toInstant());
    }
}
