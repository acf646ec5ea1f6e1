package com.wuxiao.query.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of text on a PDF page: left, right or centred, and paragraphs wrapped at any character (as
 * Chinese wraps; a Latin word longer than the line is cut too). Coordinates are PDF points from the
 * bottom left.
 */
public final class PdfText {

    private final PDPageContentStream content;
    private final PDType0Font font;
    private final float pageWidth;

    public PdfText(PDPageContentStream content, PDType0Font font, float pageWidth) {
        this.content = content;
        this.font = font;
        this.pageWidth = pageWidth;
    }

    public void left(String text, float size, float x, float y, Color color) throws IOException {
        show(text, size, x, y, color);
    }

    public void right(String text, float size, float rightEdge, float y, Color color) throws IOException {
        show(text, size, rightEdge - width(text, size), y, color);
    }

    public void centred(String text, float size, float y, Color color) throws IOException {
        show(text, size, (pageWidth - width(text, size)) / 2, y, color);
    }

    /** Writes the text wrapped to {@code maxWidth}; the baseline of its last line. */
    public float paragraph(String text, float size, float x, float y, float maxWidth, float leading, Color color)
            throws IOException {
        float baseline = y;
        List<String> lines = wrap(text, size, maxWidth);
        for (int i = 0; i < lines.size(); i++) {
            baseline = y - i * leading;
            show(lines.get(i), size, x, baseline, color);
        }
        return baseline - leading;
    }

    public List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int next = text.offsetByCodePoints(i, 1);
            String candidate = line + text.substring(i, next);
            if (line.length() > 0 && width(candidate, size) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(text, i, next);
            i = next;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    public float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private void show(String text, float size, float x, float y, Color color) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
