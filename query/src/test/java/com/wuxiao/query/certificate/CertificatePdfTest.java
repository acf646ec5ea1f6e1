package com.wuxiao.query.certificate;

import com.wuxiao.query.certificate.api.Certificate;
import com.wuxiao.query.certificate.api.HonourKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import com.wuxiao.query.pdf.PdfFont;
import com.wuxiao.query.pdf.PdfText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificates rendered and parsed back with PDFBox: the holder's name and the honour, in Chinese. */
class CertificatePdfTest {

    private static final Certificate AWARD = new Certificate("AWARD:2026-Q1:p-1:w1001", HonourKind.AWARD, 2026,
            "w1001", "王建国", "综采一队", "2026-Q1", "p-1", "采煤机截齿快速更换工装", "FIRST", null,
            LocalDate.of(2026, 4, 20));
    private static final Certificate STAR = new Certificate("INNOVATION_STAR:2026:w1002", HonourKind.INNOVATION_STAR,
            2026, "w1002", "李秀英", "综采一队", null, null, null, null, null, LocalDate.of(2026, 12, 28));
    private static final Certificate CRAFTSMAN = new Certificate("GOLDEN_CRAFTSMAN:2026:w3001",
            HonourKind.GOLDEN_CRAFTSMAN, 2026, "w3001", "赵鑫淼", "机电科", null, null, null, null,
            "扎根机电一线二十年，主持完成技术革新十二项，带出徒弟三十余名。", LocalDate.of(2026, 12, 30));
    private static final Certificate UNIT = new Certificate("EXCELLENT_UNIT:2026:JJ2", HonourKind.EXCELLENT_UNIT, 2026,
            "JJ2", "掘进二队", "掘进二队", null, null, null, null, null, LocalDate.of(2026, 12, 28));

    @Test
    void anAwardCertificateNamesItsHolderResultAndGradeInChinese() throws IOException {
        String text = text(CertificatePdf.write(List.of(AWARD), "某某煤业公司工会委员会"));
        assertThat(text).contains("荣 誉 证 书", "王建国 同志：", "《采煤机截齿快速更换工装》", "2026 年第 1 季度",
                "荣获一等奖", "某某煤业公司工会委员会", "2026 年 4 月 20 日", "AWARD:2026-Q1:p-1:w1001");
    }

    @Test
    void eachHonourSaysWhatItIs() throws IOException {
        List<String> pages = pages(CertificatePdf.write(List.of(STAR, CRAFTSMAN, UNIT), "工会委员会"));
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).contains("李秀英 同志：", "被评为“创新标兵”");
        assertThat(pages.get(1)).contains("赵鑫淼 同志：", "“金牌工匠”荣誉称号", "带出徒弟三十余名");
        assertThat(pages.get(2)).contains("掘进二队：", "被评为“优秀组织单位”").doesNotContain("同志");
    }

    @Test
    void theFontIsEmbeddedAndOnlyItsUsedGlyphs() throws IOException {
        byte[] pdf = CertificatePdf.write(List.of(AWARD), "工会委员会");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
        assertThat(pdf.length).as("a subset, not the 4 MB font").isLessThan(200_000);
    }

    @Test
    void aLongParagraphWrapsWithinTheLine() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfText text = new PdfText(null, PdfFont.load(document), 800);
            List<String> lines = text.wrap("字".repeat(100), 18, 180);
            // 18 pt Chinese characters are 18 pt wide: ten to a line of 180 pt
            assertThat(lines).hasSize(10).allSatisfy(line -> assertThat(line).hasSize(10));
        }
    }

    /** The text with the wrapped lines joined again. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\n", "");
        }
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).replace("\n", ""));
            }
            return pages;
        }
    }
}
