package com.wuxiao.query.proposal;

import com.wuxiao.command.attachment.api.FindAttachmentQuery;
import com.wuxiao.command.attachment.api.StoredAttachment;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.web.Callers;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Downloads an attachment for whoever may read its proposal, by the same rule as
 * GET /api/proposals/{id} ({@link Viewer}), or, while it belongs to a draft, for the draft's author
 * alone; a fund claim's receipt for the claimant and the union office. Everyone else gets the 404 of a file that does not exist.
 */
@RestController
@Tag(name = "附件 Attachments")
public class AttachmentDownloadController {

    private final QueryGateway queries;
    private final ProposalReadModel proposals;

    AttachmentDownloadController(QueryGateway queries, ProposalReadModel proposals) {
        this.queries = queries;
        this.proposals = proposals;
    }

    @GetMapping("/api/attachments/{attachmentId}")
    @Operation(summary = "下载附件 / download an attachment",
            description = "Content-Type is the type detected at upload; always as a download (Content-Disposition attachment)")
    @ApiResponse(responseCode = "200", description = "the file")
    @ApiResponse(responseCode = "404", description = "no such file, or one the caller may not read")
    public ResponseEntity<byte[]> download(@PathVariable String attachmentId,
                                           @Parameter(hidden = true) Authentication authentication) {
        Callers.requireLogin(authentication);
        Optional<StoredAttachment> found = Queries.ask(queries, new FindAttachmentQuery(attachmentId),
                ResponseTypes.optionalInstanceOf(StoredAttachment.class));
        StoredAttachment file = found.filter(f -> mayRead(f, Viewer.of(authentication), authentication))
                .orElseThrow(() -> RuleViolation.notFound("attachment-not-found"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.ref().mediaType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.ref().name()))
                .header("X-Content-Type-Options", "nosniff")
                // A PDF opened in the browser's tab runs in an origin of its own, not the app's.
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    private boolean mayRead(StoredAttachment file, Viewer viewer, Authentication authentication) {
        if (file.draftId() != null) {
            return viewer.userId().equals(file.draftAuthorId());
        }
        if (file.claimId() != null) {
            return viewer.userId().equals(file.uploaderId()) || Callers.isUnionOffice(authentication);
        }
        return file.proposalId() != null && proposals.readable(file.proposalId(), viewer.scope());
    }

    /** RFC 6266 with RFC 5987's filename* for the real name, and a plain ASCII fallback for old clients. */
    static String contentDisposition(String name) {
        StringBuilder fallback = new StringBuilder();
        name.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
