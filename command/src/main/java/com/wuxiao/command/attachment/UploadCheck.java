package com.wuxiao.command.attachment;

import com.wuxiao.command.common.api.RuleViolation;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import static com.wuxiao.command.common.api.RuleViolation.both;

/**
 * The checks every upload passes before anything is stored: present, not empty, not over the size
 * limit, a name without path parts, and a type on the allow-list as detected from the content by
 * Apache Tika (the name and the client's Content-Type are never believed: an executable renamed
 * x.pdf is still an executable). DOCX and XLSX are not on the list: Tika's core alone sees only "a
 * ZIP with OOXML parts" and tells them apart (or from other ZIPs) by the name, which we do not trust.
 */
@Component
public class UploadCheck {

    /** Detected type → how the messages name it. */
    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "PDF",
            "image/jpeg", "JPEG",
            "image/png", "PNG");
    private static final String ALLOWED_NAMES = "PDF、JPEG、PNG";
    private static final String ALLOWED_NAMES_EN = "PDF, JPEG or PNG";

    private final AttachmentLimits limits;
    private final Tika tika = new Tika();

    public UploadCheck(AttachmentLimits limits) {
        this.limits = limits;
    }

    public CheckedFile check(MultipartFile file) {
        if (file == null) {
            throw RuleViolation.invalid("file-required", "file");
        }
        String name = FileNames.displayName(file.getOriginalFilename());
        if (file.isEmpty()) {
            throw RuleViolation.invalid("file-empty", "file", name);
        }
        long max = limits.maxFileSize().toBytes();
        if (file.getSize() > max) {
            throw tooLarge(name, max);
        }
        return check(name, bytesOf(file));
    }

    /** The same checks of a file the app makes itself (the demo year's receipts), by its display name. */
    public CheckedFile check(String name, byte[] content) {
        long max = limits.maxFileSize().toBytes();
        if (content.length == 0) {
            throw RuleViolation.invalid("file-empty", "file", name);
        }
        if (content.length > max) {
            throw tooLarge(name, max);
        }
        String detected = tika.detect(content);
        if (!ALLOWED.containsKey(detected)) {
            throw RuleViolation.invalid("file-type-not-allowed", "file", name,
                    both(ALLOWED_NAMES, ALLOWED_NAMES_EN), detected);
        }
        return new CheckedFile(name, detected, content, sha256(content));
    }

    private static RuleViolation tooLarge(String name, long max) {
        String limit = max % (1024 * 1024) == 0 ? max / (1024 * 1024) + " MB" : max + " bytes";
        return RuleViolation.invalid("file-too-large", "file", name, both(limit.replace("bytes", "字节"), limit));
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
