package com.wuxiao.infra.ui.catalogue;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.infra.ui.AllPages;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.infra.ui.Names;
import com.wuxiao.query.catalogue.CatalogueQueryController;
import com.wuxiao.query.catalogue.api.CatalogueEntry;
import com.wuxiao.query.catalogue.api.CataloguePage;
import com.wuxiao.query.catalogue.api.SearchCatalogueQuery;
import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.export.SheetWriter.Column;
import com.wuxiao.query.export.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The results catalogue as the search found it, every matching result in one sheet (成果库), with
 * the names of categories and units: what a union office or a production owner works on in Excel.
 */
@RestController
class CatalogueExport {

    /** A bound on one file; a bigger catalogue is narrowed by its filters. */
    static final int MAX_ROWS = 10_000;

    private static final List<Column> COLUMNS = List.of(new Column("申报编号", 18), new Column("项目名称", 40),
            new Column("类型", 8), new Column("专业类别", 14), new Column("单位", 16), new Column("年度", 6),
            new Column("评审轮次", 10), new Column("等级", 8), new Column("最终得分", 9), new Column("专利申请", 9),
            new Column("专利授权", 9), new Column("采纳次数", 9), new Column("年节约（元）", 14), new Column("摘要", 60));

    private final CatalogueQueryController catalogue;
    private final NameBook nameBook;

    CatalogueExport(CatalogueQueryController catalogue, NameBook nameBook) {
        this.catalogue = catalogue;
        this.nameBook = nameBook;
    }

    @GetMapping("/api/catalogue.xlsx")
    @Operation(summary = "导出成果库检索结果（Excel） / the catalogue search as an Excel file",
            description = "The filters of GET /api/catalogue; every matching result, newest award first, up to 10,000.")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "text over 50 characters")
    public ResponseEntity<byte[]> workbook(@Parameter(description = "words of the title, problem or solution")
                                           @RequestParam(required = false) String text,
                                           @RequestParam(required = false) String categoryCode,
                                           @RequestParam(required = false) ProposalType type,
                                           @RequestParam(required = false) String unitId,
                                           @RequestParam(required = false) Integer year,
                                           @Parameter(hidden = true) Authentication user) {
        List<CatalogueEntry> rows = AllPages.collect(n -> catalogue.search(text, categoryCode, type, unitId, year, n,
                SearchCatalogueQuery.MAX_SIZE, user), CataloguePage::items, CataloguePage::total, MAX_ROWS);
        Names names = nameBook.names(List.of(), rows.stream().map(CatalogueEntry::competitionYear).distinct().toList());
        return XlsxDownload.attachment(write(rows, names), "成果库.xlsx", "catalogue.xlsx");
    }

    static byte[] write(List<CatalogueEntry> entries, Names names) {
        SheetWriter sheet = new SheetWriter("成果库", COLUMNS);
        for (CatalogueEntry e : entries) {
            sheet.row().text(0, e.proposalId()).text(1, e.title()).text(2, ProposalType.valueOf(e.type()).zh())
                    .text(3, names.category(e.categoryCode())).text(4, names.unit(e.unitId()))
                    .integer(5, e.competitionYear()).text(6, e.roundId()).text(7, Grade.valueOf(e.grade()).zh())
                    .decimal(8, e.finalScore()).integer(9, e.patents()).integer(10, e.grantedPatents())
                    .integer(11, e.adoptions()).yuan(12, e.cnySavedPerYear()).text(13, e.summary());
        }
        return sheet.toBytes(entries.size());
    }
}
