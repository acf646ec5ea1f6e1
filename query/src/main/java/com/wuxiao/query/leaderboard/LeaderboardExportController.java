package com.wuxiao.query.leaderboard;

import com.wuxiao.query.export.XlsxDownload;
import com.wuxiao.query.leaderboard.api.LeaderboardPage;
import com.wuxiao.query.leaderboard.api.LeaderboardRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** A whole leaderboard of a period as an Excel file: the same rows as {@code GET /api/leaderboards/{kind}}. */
@RestController
@Tag(name = "Leaderboards")
public class LeaderboardExportController {

    private static final int PAGE = 100;

    private final LeaderboardController boards;

    public LeaderboardExportController(LeaderboardController boards) {
        this.boards = boards;
    }

    @GetMapping("/api/leaderboards/{kind}.xlsx")
    @Operation(summary = "导出排行榜（Excel） / a whole leaderboard as an Excel file",
            description = "Every row of the board; reward money only for the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> workbook(@PathVariable String kind,
                                           @Parameter(description = "2026-11, 2026-Q4 or 2026")
                                           @RequestParam(required = false) String period,
                                           @Parameter(description = LeaderboardController.AS_OF_DESCRIPTION)
                                           @RequestParam(required = false) String asOf,
                                           @Parameter(hidden = true) Authentication authentication) {
        List<LeaderboardRow> rows = new ArrayList<>();
        LeaderboardPage page;
        int number = 0;
        do {
            page = boards.board(kind, period, number++, PAGE, asOf, authentication);
            rows.addAll(page.rows());
        } while ((long) number * PAGE < page.total());
        boolean withRewards = rows.stream().anyMatch(row -> row.rewardFen() != null);
        byte[] sheet = LeaderboardSheet.write(page.kind(), rows, withRewards);
        return XlsxDownload.attachment(sheet, page.kind().zh() + "-" + page.period() + ".xlsx",
                page.kind().path() + "-" + page.period() + ".xlsx");
    }
}
