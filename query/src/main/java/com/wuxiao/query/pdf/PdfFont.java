package com.wuxiao.query.pdf;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font of the PDFs: WenQuanYi Micro Hei (文泉驿微米黑, Apache License 2.0, see
 * {@code fonts/LICENSE-wqy-microhei.txt}; Chinese with Latin, digits and punctuation), shipped in the
 * jar so that nothing is fetched at run time. Read once; each document embeds only the glyphs it uses,
 * so a certificate stays small.
 */
public final class PdfFont {

    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    /** The collection's proportional face (the other is its monospaced one). */
    static final String FACE = "WenQuanYiMicroHei";
    private static final byte[] BYTES = read();

    private PdfFont() {
    }

    /** The font for one document; the collection is parsed for each, as its fonts are not shared. */
    public static PDType0Font load(PDDocument document) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(BYTES));
        TrueTypeFont face = collection.getFontByName(FACE);
        if (face == null) {
            throw new IllegalStateException("the PDF font " + RESOURCE + " has no face " + FACE);
        }
        return PDType0Font.load(document, face, true);
    }

    private static byte[] read() {
        try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the PDF font " + RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PDF font", e);
        }
    }
}
