package com.wuxiao.infra.it;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Multipart uploads as a browser's form sends them, and the files the attachment tests upload. */
final class Uploads {

    static final int MB = 1024 * 1024;

    /** A small but well-formed PDF. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
    /** The start of a Linux executable (ELF, x86-64). */
    static final byte[] ELF = Arrays.copyOf(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            2, 0, 0x3E, 0, 1, 0, 0, 0}, 4096);
    /** The start of a Windows executable (MZ header). */
    static final byte[] MZ = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0,
            (byte) 0xFF, (byte) 0xFF, 0, 0, (byte) 0xB8, 0}, 4096);

    private Uploads() {
    }

    /** A PDF of exactly {@code size} bytes (the header, then padding). */
    static byte[] pdfOfSize(int size) {
        return Arrays.copyOf(PDF, size);
    }

    static HttpEntity<MultiValueMap<String, Object>> form(String fileName, byte[] content, HttpHeaders extra) {
        HttpHeaders partHeaders = new HttpHeaders();
        // What the client claims is never believed; claim PDF for everything.
        partHeaders.setContentType(MediaType.APPLICATION_PDF);
        ByteArrayResource resource = new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(resource, partHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (extra != null) {
            headers.addAll(extra);
        }
        return new HttpEntity<>(body, headers);
    }

    /** A fund claim's form: one cost of the kind, text and amount (yuan) given, and a PDF receipt unless none. */
    static HttpEntity<MultiValueMap<String, Object>> claimForm(String proposalId, String amount, boolean withReceipt) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("proposalId", proposalId);
        body.add("kind", "MATERIALS");
        body.add("description", "液压缸及密封件");
        body.add("amount", amount);
        if (withReceipt) {
            body.add("receipts", form("发票.pdf", PDF, null).getBody().getFirst("file"));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }

    /** A fund claim's form with the receipts given (name → content). */
    static HttpEntity<MultiValueMap<String, Object>> claimForm(String proposalId, String amount,
                                                               Map<String, byte[]> receipts) {
        HttpEntity<MultiValueMap<String, Object>> claim = claimForm(proposalId, amount, false);
        receipts.forEach((name, content) -> claim.getBody().add("receipts", form(name, content, null).getBody()
                .getFirst("file")));
        return claim;
    }

    static HttpEntity<MultiValueMap<String, Object>> claimForm(String proposalId) {
        return claimForm(proposalId, "100", true);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static ResponseEntity<Map<String, Object>> upload(TestRestTemplate client, String path, String fileName,
                                                      byte[] content) {
        return (ResponseEntity) client.postForEntity(path, form(fileName, content, null), Map.class);
    }
}
