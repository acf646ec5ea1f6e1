package com.wuxiao.infra.identity;

import com.wuxiao.command.common.api.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import static com.wuxiao.command.common.api.RuleViolation.term;

/** The organisation import for scripts (the page /admin/organisation does the same); ADMIN only (security configuration). */
@RestController
@RequestMapping("/api/organisation")
@Tag(name = "组织导入 Organisation import", description = "从 CSV 或 Excel 导入单位、职工和角色 / import units, workers and roles")
public class OrganisationImportController {

    private final OrganisationImport organisationImport;
    private final MessageSource messages;

    OrganisationImportController(OrganisationImport organisationImport, MessageSource messages) {
        this.organisationImport = organisationImport;
        this.messages = messages;
    }

    /** A refused row with its reason in Chinese and English (and both together, as problem documents put it). */
    public record RejectedRow(int row, String unitId, String workerId, String code, String reason, String reasonZh,
                              String reasonEn) {
    }

    public record ImportResult(int imported, int unchanged, List<RejectedRow> rejected,
                               List<OrganisationImport.NewAccount> created) {
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入组织 / import the organisation",
            description = "multipart 字段 file：CSV（UTF-8）或 .xlsx；有效行导入，无效行逐行报告；再次导入不改变任何内容 / "
                          + "multipart field file: CSV (UTF-8) or .xlsx; valid rows are imported, each refused row reported; "
                          + "importing again changes nothing")
    @ApiResponse(responseCode = "200", description = "the report; created holds the new accounts' initial passwords, shown once")
    @ApiResponse(responseCode = "400", description = "the file as a whole is unreadable (not UTF-8, unknown column, ...)")
    @ApiResponse(responseCode = "403", description = "not an administrator")
    public ImportResult importFile(@RequestParam("file") MultipartFile file, Authentication authentication) {
        OrganisationImport.Report report = organisationImport.importFile(bytesOf(file), authentication.getName());
        List<RejectedRow> rejected = report.rejected().stream().map(r -> {
            String zh = reason(r, Locale.SIMPLIFIED_CHINESE);
            String en = reason(r, Locale.ENGLISH);
            return new RejectedRow(r.row(), r.unitId(), r.workerId(), r.code(), zh + " / " + en, zh, en);
        }).toList();
        return new ImportResult(report.imported(), report.unchanged(), rejected, report.created());
    }

    private String reason(OrganisationImport.Rejection rejection, Locale locale) {
        return messages.getMessage("orgimport.reason." + rejection.code(), rejection.args().toArray(), locale);
    }

    static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw RuleViolation.invalid("unreadable-file", "file", term("file.uploaded"));
        }
    }
}
