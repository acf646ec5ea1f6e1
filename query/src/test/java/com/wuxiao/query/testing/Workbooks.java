package com.wuxiao.query.testing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads an exported .xlsx back with POI, cell by cell and typed. */
public final class Workbooks {

    private Workbooks() {
    }

    /** The only sheet of a 200 response, which must be named {@code name}. */
    public static Sheet sheetOf(ResponseEntity<byte[]> response, String name) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        XSSFWorkbook workbook = workbook(response.getBody());
        assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        Sheet sheet = workbook.getSheet(name);
        assertThat(sheet).as("sheet " + name).isNotNull();
        return sheet;
    }

    public static XSSFWorkbook workbook(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    public static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell).as("cell %d of row %d", column, row.getRowNum()).isNotNull();
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    public static long number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell).as("cell %d of row %d", column, row.getRowNum()).isNotNull();
        assertThat(cell.getCellType()).as("a number, not text").isEqualTo(CellType.NUMERIC);
        double value = cell.getNumericCellValue();
        assertThat(value).isEqualTo(Math.rint(value));
        return (long) value;
    }

    public static BigDecimal decimal(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell).as("cell %d of row %d", column, row.getRowNum()).isNotNull();
        assertThat(cell.getCellType()).as("a number, not text").isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }
}
