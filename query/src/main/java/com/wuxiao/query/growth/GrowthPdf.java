package com.wuxiao.query.growth;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.query.certificate.api.Certificate;
import com.wuxiao.query.growth.api.GrowthProposal;
import com.wuxiao.query.growth.api.GrowthRecord;
import com.wuxiao.query.growth.api.GrowthYear;
import com.wuxiao.query.pdf.PdfFont;
import com.wuxiao.query.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Growth records (职工创新成长档案) as PDF, A4 portrait: per worker the figures of each year, the
 * honours and the proposals, pages added as the lines need them; several workers one after another,
 * each from a new page.
 */
final class GrowthPdf {

    private static final float TOP = PDRectangle.A4.getHeight() - 60;
    private static final float BOTTOM = 60;
    private static final float LEFT = 50;
    private static final float[] COLUMNS = {50, 95, 135, 185, 230, 300, 360, 420, 480};

    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream content;
    private PdfText text;
    private float y;

    private GrowthPdf(PDDocument document) throws IOException {
        this.document = document;
        this.font = PdfFont.load(document);
    }

    static byte[] write(List<GrowthRecord> records, String unitName) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("职工创新成长档案");
            GrowthPdf pdf = new GrowthPdf(document);
            for (GrowthRecord record : records) {
                pdf.record(record, unitName);
            }
            if (records.isEmpty()) {
                pdf.newPage();
                pdf.line("（无记录）", 12, LEFT, Color.GRAY);
            }
            pdf.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the growth records", e);
        }
    }

    private void record(GrowthRecord r, String unitName) throws IOException {
        newPage();
        text.centred("职工创新成长档案", 22, y, new Color(0xB7, 0x1C, 0x1C));
        y -= 36;
        line("姓名 " + r.name() + "　　工号 " + r.workerId() + (unitName == null ? "" : "　　单位 " + unitName), 12, LEFT,
                Color.BLACK);
        y -= 8;
        line("一、历年成绩", 14, LEFT, Color.BLACK);
        row(Color.DARK_GRAY, "年度", "申报", "初审通过", "获奖", "一/二/三/优", "专利申请", "专利授权", "转化采纳", "积分");
        for (GrowthYear g : r.years()) {
            row(Color.BLACK, String.valueOf(g.year()), String.valueOf(g.declared()), String.valueOf(g.accepted()),
                    String.valueOf(g.awarded()), g.first() + "/" + g.second() + "/" + g.third() + "/" + g.merit(),
                    String.valueOf(g.patentsFiled()), String.valueOf(g.patentsGranted()), String.valueOf(g.adoptions()),
                    g.points().toPlainString());
        }
        y -= 8;
        line("二、荣誉", 14, LEFT, Color.BLACK);
        if (r.honours().isEmpty()) {
            line("（无）", 11, LEFT + 16, Color.GRAY);
        }
        for (Certificate c : r.honours()) {
            line(c.year() + " 年　" + honour(c), 11, LEFT + 16, Color.BLACK);
        }
        y -= 8;
        line("三、申报成果", 14, LEFT, Color.BLACK);
        if (r.proposals().isEmpty()) {
            line("（无）", 11, LEFT + 16, Color.GRAY);
        }
        for (GrowthProposal p : r.proposals()) {
            line(p.year() + " 年　《" + p.title() + "》　" + status(p) + "　贡献 " + p.share() + "%", 11, LEFT + 16,
                    Color.BLACK);
        }
    }

    static String honour(Certificate c) {
        return switch (c.kind()) {
            case AWARD -> c.roundId() + "《" + c.title() + "》" + Grade.valueOf(c.grade()).zh();
            case INNOVATION_STAR, GOLDEN_CRAFTSMAN, EXCELLENT_UNIT -> c.kind().zh();
        };
    }

    private static String status(GrowthProposal p) {
        String status = ProposalStatus.valueOf(p.status()).zh();
        return p.grade() == null || "NONE".equals(p.grade()) ? status : status + "（" + Grade.valueOf(p.grade()).zh() + "）";
    }

    private void row(Color color, String... cells) throws IOException {
        room(16);
        for (int i = 0; i < cells.length; i++) {
            text.left(cells[i], 10, COLUMNS[i], y, color);
        }
        y -= 16;
    }

    private void line(String value, float size, float x, Color color) throws IOException {
        for (String part : text.wrap(value, size, PDRectangle.A4.getWidth() - x - LEFT)) {
            room(size + 6);
            text.left(part, size, x, y, color);
            y -= size + 6;
        }
    }

    private void room(float needed) throws IOException {
        if (y - needed < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        text = new PdfText(content, font, PDRectangle.A4.getWidth());
        y = TOP;
    }

    private void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
