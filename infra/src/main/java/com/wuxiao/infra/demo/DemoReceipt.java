package com.wuxiao.infra.demo;

import com.wuxiao.command.fund.api.ClaimItem;
import com.wuxiao.query.pdf.PdfFont;
import com.wuxiao.query.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A demo fund claim's receipt (收据): a small PDF of its costs, so the union office has something to open. */
final class DemoReceipt {

    private DemoReceipt() {
    }

    static byte[] of(DemoProgramme.Claim claim, LocalDate day) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle size = new PDRectangle(420, 300);
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfText text = new PdfText(content, PdfFont.load(document), size.getWidth());
                text.centred("收  据", 20, 260, Color.BLACK);
                text.left("No. " + claim.claimId(), 9, 30, 235, Color.DARK_GRAY);
                text.right(day.toString(), 9, 390, 235, Color.DARK_GRAY);
                float y = 205;
                for (ClaimItem item : claim.items()) {
                    text.left(item.kind().zh() + "：" + item.description(), 11, 30, y, Color.BLACK);
                    text.right("¥" + yuan(item.amountFen()), 11, 390, y, Color.BLACK);
                    y -= 24;
                }
                text.right("合计 ¥" + yuan(claim.totalFen()), 12, 390, y - 6, Color.BLACK);
                text.left("（演示数据）", 9, 30, 30, Color.GRAY);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the demo receipt could not be written", e);
        }
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
