package com.wuxiao.infra.ui.office;

import com.wuxiao.infra.ui.AllPages;
import com.wuxiao.infra.ui.Dates;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.infra.ui.Names;
import com.wuxiao.query.catalogue.CatalogueQueryController;
import com.wuxiao.query.catalogue.api.FindResultRequestsQuery;
import com.wuxiao.query.catalogue.api.ResultRequestPage;
import com.wuxiao.query.catalogue.api.ResultRequestRow;
import com.wuxiao.query.catalogue.api.ResultRequestStatus;
import com.wuxiao.query.export.SheetWriter;
import com.wuxiao.query.export.SheetWriter.Column;
import com.wuxiao.query.export.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The result requests as the office page lists them (pending first), every one in a sheet (成果申请):
 * who asked for what, and how it was decided. Whom each caller may see is the query's rule.
 */
@RestController
class RequestExport {

    static final int MAX_ROWS = 10_000;

    private static final List<Column> COLUMNS = List.of(new Column("申请编号", 30), new Column("成果", 40),
            new Column("成果单位", 16), new Column("申请单位", 16), new Column("负责人", 12), new Column("申请说明", 40),
            new Column("状态", 8), new Column("申请时间", 17), new Column("申请人", 12), new Column("推介会", 20),
            new Column("处理人", 12), new Column("处理时间", 17), new Column("不受理原因", 30), new Column("转化编号", 28));

    private final CatalogueQueryController catalogue;
    private final NameBook nameBook;
    private final Dates dates;
    private final MessageSource messages;

    RequestExport(CatalogueQueryController catalogue, NameBook nameBook, Dates dates, MessageSource messages) {
        this.catalogue = catalogue;
        this.nameBook = nameBook;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping("/api/result-requests.xlsx")
    @Operation(summary = "导出成果申请（Excel） / the result requests as an Excel file",
            description = "The filters of GET /api/result-requests; pending first; up to 10,000.")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "neither the union office nor a production owner")
    public ResponseEntity<byte[]> workbook(@RequestParam(required = false) ResultRequestStatus status,
                                           @RequestParam(required = false) String proposalId,
                                           @Parameter(hidden = true) Authentication user) {
        List<ResultRequestRow> rows = AllPages.collect(n -> catalogue.requests(status, proposalId, n,
                FindResultRequestsQuery.MAX_SIZE, user), ResultRequestPage::items, ResultRequestPage::total, MAX_ROWS);
        Names names = nameBook.names(rows.stream().flatMap(r -> Stream.of(r.ownerId(), r.requestedBy(), r.decidedBy()))
                .filter(Objects::nonNull).distinct().toList(), List.of());
        SheetWriter sheet = new SheetWriter("成果申请", COLUMNS);
        for (ResultRequestRow r : rows) {
            sheet.row().text(0, r.requestId()).text(1, r.title()).text(2, names.unit(r.resultUnitId()))
                    .text(3, names.unit(r.unitId())).text(4, names.person(r.ownerId())).text(5, r.note())
                    .text(6, messages.getMessage("request.status." + r.status(), null, Locale.SIMPLIFIED_CHINESE))
                    .text(7, dates.time(r.requestedAt())).text(8, names.person(r.requestedBy()))
                    .text(9, r.meetingId()).text(10, names.person(r.decidedBy()))
                    .text(11, dates.time(r.decidedAt())).text(12, r.declineReason()).text(13, r.conversionId());
        }
        return XlsxDownload.attachment(sheet.toBytes(rows.size()), "成果申请.xlsx", "result-requests.xlsx");
    }
}
