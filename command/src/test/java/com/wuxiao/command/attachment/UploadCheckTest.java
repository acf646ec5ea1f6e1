package com.wuxiao.command.attachment;

import com.wuxiao.command.common.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The upload checks on their own: type from the content by Tika, size, emptiness and names. */
class UploadCheckTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1,
            1, 0, 0, 1, 0, 1, 0, 0};
    static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0};
    static final byte[] MZ = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    private final UploadCheck check = new UploadCheck(new AttachmentLimits(5, DataSize.ofKilobytes(1)));

    @Test
    void pdfJpegAndPngAreDetectedFromTheirBytesWhateverTheName() {
        assertThat(check.check(file("drawing.png", PDF)).mediaType()).isEqualTo("application/pdf");
        assertThat(check.check(file("photo", JPEG)).mediaType()).isEqualTo("image/jpeg");
        assertThat(check.check(file("scan.pdf", PNG)).mediaType()).isEqualTo("image/png");
    }

    @Test
    void renamedExecutablesAreRefused() {
        assertThat(code(() -> check.check(file("x.pdf", ELF)))).isEqualTo("file-type-not-allowed");
        assertThat(code(() -> check.check(file("x.pdf", MZ)))).isEqualTo("file-type-not-allowed");
        assertThat(code(() -> check.check(file("notes.png", "just text".getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo("file-type-not-allowed");
    }

    @Test
    void theLimitIsInclusive() {
        byte[] atLimit = Arrays.copyOf(PDF, 1024);
        assertThat(check.check(file("a.pdf", atLimit)).size()).isEqualTo(1024);
        assertThat(code(() -> check.check(file("a.pdf", Arrays.copyOf(PDF, 1025))))).isEqualTo("file-too-large");
    }

    @Test
    void emptyAndMissingFilesAreRefused() {
        assertThat(code(() -> check.check(file("a.pdf", new byte[0])))).isEqualTo("file-empty");
        assertThat(code(() -> check.check(null))).isEqualTo("file-required");
    }

    @Test
    void theHashIsTheContentsSha256() {
        // SHA-256 of "abc" (FIPS 180-2 example)
        assertThat(UploadCheck.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(check.check(file("a.pdf", PDF)).sha256()).isEqualTo(UploadCheck.sha256(PDF));
    }

    @Test
    void pathTraversalNamesAreRefused() {
        for (String name : new String[] {"../../etc/passwd", "..\\x.pdf", "/etc/passwd", "a/b.pdf", "C:\\x.pdf", ".."}) {
            assertThat(code(() -> FileNames.displayName(name))).as(name).isEqualTo("file-name-has-path");
        }
    }

    @Test
    void namesKeepOnlyWhatDisplaysSafely() {
        assertThat(FileNames.displayName("图纸\u0000\u202E.pdf")).isEqualTo("图纸.pdf");
        assertThat(FileNames.displayName("  a..b.pdf ")).isEqualTo("a..b.pdf");
        assertThat(FileNames.displayName("\u0007")).isEqualTo(FileNames.UNNAMED);
        assertThat(FileNames.displayName(null)).isEqualTo(FileNames.UNNAMED);
        String capped = FileNames.displayName("长".repeat(300) + ".pdf");
        assertThat(capped).endsWith(".pdf").hasSize(FileNames.MAX_LENGTH);
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/pdf", content);
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation violation) {
            assertThat(violation.messageZh()).isNotBlank();
            assertThat(violation.messageEn()).isNotBlank();
            return violation.code();
        }
        throw new AssertionError("no violation");
    }
}
