package com.wuxiao.query.certificate;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.query.certificate.api.Certificate;
import com.wuxiao.query.certificate.api.CertificateList;
import com.wuxiao.query.certificate.api.FindCertificateQuery;
import com.wuxiao.query.certificate.api.FindCertificatesQuery;
import com.wuxiao.query.export.XlsxDownload;
import com.wuxiao.query.web.Callers;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * Honours and their certificates (荣誉证书) as PDF: each holder downloads their own (a unit's, its
 * coordinators); the union office and administrators any, and a round's or a year's as one PDF to
 * print.
 */
@RestController
@Tag(name = "荣誉证书 Certificates", description = "获奖、创新标兵、金牌工匠、优秀组织单位证书 / honour certificates")
public class CertificateController {

    private final QueryGateway queries;
    private final String issuer;

    public CertificateController(QueryGateway queries,
                                 @Value("${wuxiao.certificates.issuer:工会委员会}") String issuer) {
        this.queries = queries;
        this.issuer = issuer;
    }

    @GetMapping("/api/certificates/mine")
    @Operation(summary = "我的荣誉 / my honours", description = "Every logged-in user.")
    public CertificateList mine(@Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        return list(new FindCertificatesQuery(authentication.getName(), null, null));
    }

    @GetMapping("/api/certificates")
    @Operation(summary = "一个评审轮次或一个年度的全部荣誉 / every honour of a round or a year",
            description = "roundId or year. For the union office and administrators.")
    @ApiResponse(responseCode = "400", description = "neither a round nor a year")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public CertificateList honours(@RequestParam(required = false) String roundId,
                                   @RequestParam(required = false) Integer year,
                                   @Parameter(hidden = true) Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.print-certificates"));
        return list(scope(roundId, year));
    }

    @GetMapping("/api/certificates.pdf")
    @Operation(summary = "一个评审轮次或一个年度的全部证书（PDF） / every certificate of a round or a year as one PDF",
            description = "One A4 landscape page each. For the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public ResponseEntity<byte[]> all(@RequestParam(required = false) String roundId,
                                      @RequestParam(required = false) Integer year,
                                      @Parameter(hidden = true) Authentication authentication) {
        Callers.requireUnionOffice(authentication, term("action.print-certificates"));
        List<Certificate> certificates = list(scope(roundId, year)).items();
        String name = roundId != null ? roundId : String.valueOf(year);
        return pdf(CertificatePdf.write(certificates, issuer), "荣誉证书-" + name + ".pdf", "certificates-" + name + ".pdf");
    }

    @GetMapping("/api/certificates/{certificateId}.pdf")
    @Operation(summary = "下载荣誉证书（PDF） / download a certificate",
            description = "Its holder (a unit's: the unit's coordinators), the union office and administrators.")
    @ApiResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "no such honour, or another's")
    public ResponseEntity<byte[]> one(@PathVariable String certificateId,
                                      @Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        Optional<Certificate> found = Queries.ask(queries, new FindCertificateQuery(certificateId),
                ResponseTypes.optionalInstanceOf(Certificate.class));
        // One answer for "absent" and "not yours", so ids cannot be probed for existence.
        Certificate certificate = found.filter(c -> mayRead(c, authentication))
                .orElseThrow(() -> RuleViolation.notFound("certificate-not-found"));
        return pdf(CertificatePdf.write(List.of(certificate), issuer), "荣誉证书-" + certificate.holderName() + ".pdf",
                "certificate.pdf");
    }

    private static boolean mayRead(Certificate certificate, Authentication authentication) {
        if (Callers.isUnionOffice(authentication)) {
            return true;
        }
        if (!certificate.heldByAUnit()) {
            return certificate.holderId().equals(authentication.getName());
        }
        String coordinators = Callers.ROLE_PREFIX + Role.coordinatorGroupOf(certificate.holderId());
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(coordinators::equals);
    }

    private static FindCertificatesQuery scope(String roundId, Integer year) {
        if (roundId != null && !roundId.isBlank()) {
            return new FindCertificatesQuery(null, roundId, null);
        }
        if (year == null) {
            throw RuleViolation.invalid("round-or-year", "year");
        }
        return new FindCertificatesQuery(null, null, year);
    }

    private CertificateList list(FindCertificatesQuery query) {
        return Queries.ask(queries, query, ResponseTypes.instanceOf(CertificateList.class));
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String fileName, String ascii) {
        return XlsxDownload.attachment(body, MediaType.APPLICATION_PDF, fileName, ascii);
    }
}
