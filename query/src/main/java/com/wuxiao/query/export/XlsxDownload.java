package com.wuxiao.query.export;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** An .xlsx file (or another export, such as a PDF) as an HTTP download. */
public final class XlsxDownload {

    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

    private static final String HEX = "0123456789ABCDEF";

    private XlsxDownload() {
    }

    /**
     * The file as an attachment named {@code fileName} (UTF-8, RFC 6266 / RFC 8187 {@code filename*}),
     * with {@code asciiFallback} as plain {@code filename} for clients that do not read the former.
     * Not stored by caches: the files hold people's money.
     */
    public static ResponseEntity<byte[]> attachment(byte[] body, String fileName, String asciiFallback) {
        return attachment(body, XLSX, fileName, asciiFallback);
    }

    /** The same for a file of another type. */
    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName,
                                                    String asciiFallback) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName, asciiFallback))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    static String contentDisposition(String fileName, String asciiFallback) {
        return "attachment; filename=\"" + ascii(asciiFallback) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** Only letters, digits and . _ - survive; anything else (quotes, backslashes, non-ASCII) becomes _. */
    static String ascii(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                           || c == '.' || c == '_' || c == '-';
            out.append(safe ? c : '_');
        }
        return out.toString();
    }

    /** RFC 8187 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
               || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
