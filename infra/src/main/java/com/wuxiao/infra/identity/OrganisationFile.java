package com.wuxiao.infra.identity;

import com.wuxiao.command.common.api.RuleViolation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.wuxiao.command.common.api.RuleViolation.both;
import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * The rows of an organisation file: CSV in UTF-8 (with or without BOM) or Excel .xlsx, told apart by
 * the content (an .xlsx is a ZIP archive), never by the name. The first row names the columns, in
 * Chinese or English; row numbers are those a spreadsheet shows (the header is row 1).
 */
final class OrganisationFile {

    static final int MAX_ROWS = 20_000;

    /** The columns, with their Chinese and English header names. */
    enum Column {
        UNIT_ID("单位编码", "unitId"),
        UNIT_NAME("单位名称", "unitName"),
        WORKER_ID("工号", "workerId"),
        LAST_NAME("姓", "lastName"),
        FIRST_NAME("名", "firstName"),
        ROLES("角色", "roles"),
        PANEL_ROLE("评审角色", "panelRole");

        final String zh;
        final String en;

        Column(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        static Column named(String header) {
            String name = header.strip();
            for (Column column : values()) {
                if (column.zh.equals(name) || column.en.equalsIgnoreCase(name)) {
                    return column;
                }
            }
            return null;
        }
    }

    /**
     * One data row: its number in the file, its cells by column (blank cells are "") and whether it
     * has text beyond the named columns (a shifted row, refused rather than guessed at).
     */
    record Line(int number, Map<Column, String> cells, boolean extraCells) {

        String get(Column column) {
            return cells.getOrDefault(column, "");
        }

        boolean isBlank() {
            return cells.values().stream().allMatch(String::isBlank);
        }
    }

    private OrganisationFile() {
    }

    static List<Line> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw RuleViolation.invalid("empty-file", "file");
        }
        List<List<String>> table = isZip(content) ? readXlsx(content) : readCsv(content);
        if (table.isEmpty()) {
            throw RuleViolation.invalid("empty-file", "file");
        }
        List<Column> columns = header(table.get(0));
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            Map<Column, String> byColumn = new EnumMap<>(Column.class);
            for (int c = 0; c < columns.size(); c++) {
                byColumn.put(columns.get(c), c < cells.size() ? cells.get(c).strip() : "");
            }
            boolean extra = cells.size() > columns.size()
                            && cells.subList(columns.size(), cells.size()).stream().anyMatch(cell -> !cell.isBlank());
            Line line = new Line(i + 1, byColumn, extra);
            if (!line.isBlank() || extra) {
                lines.add(line);
            }
        }
        if (lines.size() > MAX_ROWS) {
            throw RuleViolation.invalid("too-many-rows", "file", MAX_ROWS);
        }
        return lines;
    }

    private static List<Column> header(List<String> names) {
        List<Column> columns = new ArrayList<>();
        Map<Column, String> seen = new LinkedHashMap<>();
        for (String name : names) {
            Column column = Column.named(name);
            if (column == null) {
                if (name.isBlank() && columns.size() == names.size() - 1) {
                    break;  // a trailing empty header cell (a spreadsheet's last comma)
                }
                throw RuleViolation.invalid("unknown-column", "file", name.strip());
            }
            if (seen.put(column, name) != null) {
                throw RuleViolation.invalid("duplicate-column", "file", both(column.zh, column.en));
            }
            columns.add(column);
        }
        if (!seen.containsKey(Column.UNIT_ID)) {
            throw RuleViolation.invalid("missing-column", "file");
        }
        return columns;
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<List<String>> readXlsx(byte[] content) {
        DataFormatter text = new DataFormatter(Locale.ROOT);
        List<List<String>> table = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                if (table.size() > MAX_ROWS + 1) {
                    break;
                }
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        // Numbers as shown (a work number 1001, not 1001.0), formulas by their cached value.
                        cells.add(cell == null ? "" : text.formatCellValue(cell));
                    }
                }
                table.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw RuleViolation.invalid("unreadable-file", "file", term("file.xlsx"));
        }
        return trimTrailingBlankRows(table);
    }

    private static List<List<String>> readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw RuleViolation.invalid("not-utf8", "file");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return trimTrailingBlankRows(parseCsv(text));
    }

    /** RFC 4180: comma separated, fields in double quotes may hold commas, quotes ("") and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
            if (rows.size() > MAX_ROWS + 1) {
                throw RuleViolation.invalid("too-many-rows", "file", MAX_ROWS);
            }
        }
        if (quoted) {
            throw RuleViolation.invalid("unreadable-file", "file", term("file.csv-unclosed-quote"));
        }
        if (any) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> trimTrailingBlankRows(List<List<String>> table) {
        int end = table.size();
        while (end > 0 && table.get(end - 1).stream().allMatch(String::isBlank)) {
            end--;
        }
        return new ArrayList<>(table.subList(0, end));
    }
}
