package com.wuxiao.infra.web.idempotency;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a retried upload repeats: each part's name, file name, content type and the SHA-256 of its
 * content, in order. The parts come from the container's parsing under the app's multipart limits,
 * which the controller then reads again (the container keeps them).
 */
final class MultipartFingerprint {

    private MultipartFingerprint() {
    }

    static boolean applies(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    static byte[] of(HttpServletRequest request) throws TooLarge, Unreadable {
        StringBuilder description = new StringBuilder();
        try {
            for (Part part : request.getParts()) {
                description.append(part.getName()).append('\0')
                        .append(part.getSubmittedFileName()).append('\0')
                        .append(part.getContentType()).append('\0')
                        .append(sha256(part)).append('\n');
            }
        } catch (IllegalStateException e) {
            // Tomcat's way of saying that a part or the request is over the configured limits.
            throw new TooLarge();
        } catch (IOException | ServletException | UncheckedIOException e) {
            throw new Unreadable();
        }
        return description.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(Part part) throws IOException {
        try (InputStream in = new DigestInputStream(part.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static final class TooLarge extends Exception {
    }

    static final class Unreadable extends Exception {
    }
}
