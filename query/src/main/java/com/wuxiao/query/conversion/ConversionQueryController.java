package com.wuxiao.query.conversion;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.conversion.api.ConversionDetail;
import com.wuxiao.query.conversion.api.ConversionList;
import com.wuxiao.query.conversion.api.ConversionPage;
import com.wuxiao.query.conversion.api.ConversionScope;
import com.wuxiao.query.conversion.api.ConversionStatus;
import com.wuxiao.query.conversion.api.FindConversionQuery;
import com.wuxiao.query.conversion.api.FindConversionsQuery;
import com.wuxiao.query.conversion.api.ListConversionsQuery;
import com.wuxiao.query.export.XlsxDownload;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * Read side of conversion to production (成果转化): the conversions, one with its benefit reports,
 * and the Excel export. The union office and administrators read all; a production owner reads the
 * conversions they own and those received by their unit ({@link ConversionReader}); others are refused.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Conversions (read)", description = "成果转化 / conversion to production")
public class ConversionQueryController {

    private final QueryGateway queries;
    private final ConversionWorkbook workbook;

    ConversionQueryController(QueryGateway queries, ConversionWorkbook workbook) {
        this.queries = queries;
        this.workbook = workbook;
    }

    @GetMapping("/conversions")
    @Operation(summary = "成果转化列表（最近变动在前） / conversions, most recently changed first",
            description = "All for the union office and administrators; a production owner's own and their unit's.")
    @ApiResponse(responseCode = "200", description = "one page of conversions")
    @ApiResponse(responseCode = "400", description = "page < 0, size outside 1..100, or an unknown status")
    @ApiResponse(responseCode = "403", description = "neither the union office, an administrator nor a production owner")
    public ConversionPage list(@RequestParam(required = false) ConversionStatus status,
                               @Parameter(description = "the unit the result comes from")
                               @RequestParam(required = false) String resultUnit,
                               @Parameter(description = "the production unit it was handed over to")
                               @RequestParam(required = false) String receivingUnit,
                               @Parameter(description = "the production owner following it")
                               @RequestParam(required = false) String ownerId,
                               @RequestParam(defaultValue = "0") int page,
                               @Parameter(description = "1..100")
                               @RequestParam(defaultValue = "" + FindConversionsQuery.DEFAULT_SIZE) int size,
                               @Parameter(hidden = true) Authentication authentication) {
        ConversionScope scope = ConversionReader.scopeOf(authentication);
        return ask(new FindConversionsQuery(status, blankToNull(resultUnit), blankToNull(receivingUnit),
                blankToNull(ownerId), page, size, scope), ResponseTypes.instanceOf(ConversionPage.class));
    }

    @GetMapping("/conversions/{conversionId}")
    @Operation(summary = "成果转化详情 / one conversion with its benefit reports")
    @ApiResponse(responseCode = "200", description = "the conversion")
    @ApiResponse(responseCode = "403", description = "neither the union office, an administrator nor a production owner")
    @ApiResponse(responseCode = "404", description = "no such conversion, or one the caller may not read")
    public ConversionDetail detail(@PathVariable String conversionId,
                                   @Parameter(hidden = true) Authentication authentication) {
        // One answer for "absent" and "not yours", so ids cannot be probed for existence.
        Optional<ConversionDetail> detail = ask(new FindConversionQuery(conversionId,
                ConversionReader.scopeOf(authentication)), ResponseTypes.optionalInstanceOf(ConversionDetail.class));
        return detail.orElseThrow(() -> RuleViolation.notFound("conversion-not-found"));
    }

    @GetMapping("/conversions.xlsx")
    @Operation(summary = "导出成果转化（Excel） / the conversions as an Excel file",
            description = "Sheet 成果转化: one row per conversion the caller may read and matching the filters, "
                          + "with the latest measured benefit.")
    @ApiResponse(responseCode = "200", description = "the .xlsx file",
            content = @Content(mediaType = XlsxDownload.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "neither the union office, an administrator nor a production owner")
    public ResponseEntity<byte[]> workbook(@RequestParam(required = false) ConversionStatus status,
                                           @RequestParam(required = false) String resultUnit,
                                           @RequestParam(required = false) String receivingUnit,
                                           @RequestParam(required = false) String ownerId,
                                           @Parameter(hidden = true) Authentication authentication) {
        ConversionScope scope = ConversionReader.scopeOf(authentication);
        ConversionList conversions = ask(new ListConversionsQuery(status, blankToNull(resultUnit),
                blankToNull(receivingUnit), blankToNull(ownerId), scope), ResponseTypes.instanceOf(ConversionList.class));
        return XlsxDownload.attachment(workbook.write(conversions.items()), "成果转化.xlsx", "conversions.xlsx");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private <R> R ask(Object query, ResponseType<R> responseType) {
        return Queries.ask(queries, query, responseType);
    }
}
