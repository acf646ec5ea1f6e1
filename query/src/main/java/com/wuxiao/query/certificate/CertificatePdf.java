package com.wuxiao.query.certificate;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.query.certificate.api.Certificate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import com.wuxiao.query.pdf.PdfFont;
import com.wuxiao.query.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Honour certificates (荣誉证书) as PDF, one A4 landscape page each, the Chinese text in the embedded
 * CJK font ({@link PdfFont}, only the glyphs used). A list makes one document, page by page, for
 * printing a round's or a year's at once.
 */
final class CertificatePdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final Color RED = new Color(0xB7, 0x1C, 0x1C);
    private static final Color GOLD = new Color(0xC9, 0xA2, 0x27);
    private static final float MARGIN = 36;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * 110;

    private CertificatePdf() {
    }

    static byte[] write(List<Certificate> certificates, String issuer) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PdfFont.load(document);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("荣誉证书");
            info.setCreator("Wuxiao 五小");
            for (Certificate certificate : certificates) {
                page(document, font, certificate, issuer);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the certificates", e);
        }
    }

    private static void page(PDDocument document, PDType0Font font, Certificate c, String issuer) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            frame(content);
            PdfText text = new PdfText(content, font, PAGE.getWidth());
            text.centred("荣 誉 证 书", 46, PAGE.getHeight() - 130, RED);
            float y = PAGE.getHeight() - 200;
            text.left(salutation(c), 20, 110, y, Color.BLACK);
            y = text.paragraph("　　" + body(c), 18, 110, y - 40, TEXT_WIDTH, 30, Color.BLACK);
            if (c.citation() != null) {
                y = text.paragraph("　　" + c.citation(), 16, 110, y - 10, TEXT_WIDTH, 26, Color.DARK_GRAY);
            }
            text.left("　　特发此证，以资鼓励。", 18, 110, y - 10, Color.BLACK);
            text.right(issuer, 18, PAGE.getWidth() - 120, 150, Color.BLACK);
            text.right(chineseDate(c.issuedOn()), 16, PAGE.getWidth() - 120, 122, Color.BLACK);
            text.left("证书编号 No. " + c.certificateId(), 8, 60, 52, Color.GRAY);
        }
    }

    private static void frame(PDPageContentStream content) throws IOException {
        content.setStrokingColor(GOLD);
        content.setLineWidth(6);
        content.addRect(MARGIN, MARGIN, PAGE.getWidth() - 2 * MARGIN, PAGE.getHeight() - 2 * MARGIN);
        content.stroke();
        content.setStrokingColor(RED);
        content.setLineWidth(1.5f);
        content.addRect(MARGIN + 10, MARGIN + 10, PAGE.getWidth() - 2 * MARGIN - 20, PAGE.getHeight() - 2 * MARGIN - 20);
        content.stroke();
    }

    static String salutation(Certificate c) {
        return c.heldByAUnit() ? c.holderName() + "：" : c.holderName() + " 同志：";
    }

    static String body(Certificate c) {
        return switch (c.kind()) {
            case AWARD -> "您（们）的“五小”创新成果《" + c.title() + "》在 " + c.year() + " 年第 "
                    + c.roundId().substring(c.roundId().length() - 1) + " 季度评审中荣获" + Grade.valueOf(c.grade()).zh()
                    + "。";
            case INNOVATION_STAR -> "在 " + c.year() + " 年度“五小”创新竞赛中成绩突出，被评为“创新标兵”。";
            case GOLDEN_CRAFTSMAN -> "被授予 " + c.year() + " 年度“金牌工匠”荣誉称号。";
            case EXCELLENT_UNIT -> "在 " + c.year() + " 年度“五小”创新竞赛中组织有力、成效显著，被评为“优秀组织单位”。";
        };
    }

    private static String chineseDate(LocalDate day) {
        return day == null ? "" : day.getYear() + " 年 " + day.getMonthValue() + " 月 " + day.getDayOfMonth() + " 日";
    }
}
