package com.wuxiao.query.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A workbook of one or more sheets, each with a header row and typed cells, and the bytes of the
 * .xlsx file.
 * <p>
 * {@link XSSFWorkbook} keeps the sheet in memory: a round has at most ~500 proposals (a few hundred
 * KB), and unlike the streaming SXSSF it leaves no temporary files to clean up. Column widths are
 * fixed, not auto-sized: auto-sizing measures text with AWT fonts, which servers often lack for CJK.
 */
public final class SheetWriter {

    /** A column's header and width in characters (a CJK character counts two). */
    public record Column(String header, int width) {
    }

    private static final String INTEGER = "0";
    private static final String DECIMAL = "0.00";
    private static final String MONEY = "#,##0.00";
    private static final String PERCENT = "0.00%";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final Styles plain;
    private final Styles bold;
    private Sheet sheet;
    private int columns;
    private int nextRow;

    public SheetWriter(String sheetName, List<Column> columns) {
        this.plain = new Styles(false);
        this.bold = new Styles(true);
        this.header = workbook.createCellStyle();
        header.cloneStyleFrom(bold.text);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        start(sheetName, columns);
    }

    /**
     * Finishes the current sheet as {@link #toBytes(int)} would and goes on in a new one after it.
     *
     * @param dataRows the current sheet's data rows (see {@link #toBytes(int)})
     */
    public SheetWriter nextSheet(int dataRows, String sheetName, List<Column> columns) {
        finish(dataRows);
        start(sheetName, columns);
        return this;
    }

    private void start(String sheetName, List<Column> columns) {
        this.sheet = workbook.createSheet(sheetName);
        this.columns = columns.size();
        this.nextRow = 0;
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
    }

    /** The next data row. */
    public RowWriter row() {
        return new RowWriter(sheet.createRow(nextRow++), plain);
    }

    /** The next row in bold, e.g. totals. */
    public RowWriter boldRow() {
        return new RowWriter(sheet.createRow(nextRow++), bold);
    }

    /**
     * The file: the header row frozen, and a filter over the header and the first {@code dataRows}
     * rows (a totals row after them stays out of sorting and filtering).
     */
    public byte[] toBytes(int dataRows) {
        finish(dataRows);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    private void finish(int dataRows) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(dataRows, 1), 0, columns - 1));
    }

    /** Writes the cells of one row; an absent value leaves the cell empty. */
    public static final class RowWriter {

        private final Row row;
        private final Styles styles;

        private RowWriter(Row row, Styles styles) {
            this.row = row;
            this.styles = styles;
        }

        public RowWriter text(int column, String value) {
            if (value != null) {
                cell(column, styles.text).setCellValue(value);
            }
            return this;
        }

        public RowWriter integer(int column, Number value) {
            if (value != null) {
                cell(column, styles.integer).setCellValue(value.longValue());
            }
            return this;
        }

        /** Two decimals, e.g. scores and points. */
        public RowWriter decimal(int column, BigDecimal value) {
            if (value != null) {
                cell(column, styles.decimal).setCellValue(value.doubleValue());
            }
            return this;
        }

        /** A fraction shown as a percentage, e.g. 0.3333 as 33.33%. */
        public RowWriter percent(int column, BigDecimal fraction) {
            if (fraction != null) {
                cell(column, styles.percent).setCellValue(fraction.doubleValue());
            }
            return this;
        }

        /** CNY in yuan, shown as 1,234.56. */
        public RowWriter yuan(int column, BigDecimal value) {
            if (value != null) {
                cell(column, styles.money).setCellValue(value.doubleValue());
            }
            return this;
        }

        /** CNY from fen, shown as 1,234.56. */
        public RowWriter money(int column, long fen) {
            cell(column, styles.money).setCellValue(BigDecimal.valueOf(fen, 2).doubleValue());
            return this;
        }

        private Cell cell(int column, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(style);
            return cell;
        }
    }

    private final class Styles {

        final CellStyle text;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle money;
        final CellStyle percent;

        Styles(boolean boldFont) {
            Font font = workbook.createFont();
            font.setBold(boldFont);
            DataFormat formats = workbook.createDataFormat();
            text = style(font, null, formats);
            integer = style(font, INTEGER, formats);
            decimal = style(font, DECIMAL, formats);
            money = style(font, MONEY, formats);
            percent = style(font, PERCENT, formats);
        }

        private CellStyle style(Font font, String format, DataFormat formats) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            if (format != null) {
                style.setDataFormat(formats.getFormat(format));
            }
            return style;
        }
    }
}
