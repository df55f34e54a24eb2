package vn.motcua.catalog.exchange;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Workbooks typed the way an office types them, cell by cell: a String becomes a text cell, a
 * Number a numeric cell, null no cell; an empty row is not written at all, as Excel does.
 */
final class Workbooks {

    private final XSSFWorkbook workbook = new XSSFWorkbook();

    Workbooks sheet(String name, Object[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length == 0) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
        return this;
    }

    byte[] bytes() {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    /** Label rows 1-6 and the step header in row 8, as the layout recommends. */
    static Object[][] procedure(String name, String onlineLevel, Object total, Object[]... steps) {
        Object[][] rows = new Object[8 + steps.length][];
        rows[0] = row("Tên thủ tục", name);
        rows[1] = row("Mã thủ tục", null);
        rows[2] = row("Lĩnh vực", "Việc làm");
        rows[3] = row("Cấp thực hiện", "Huyện");
        rows[4] = row("Mức độ DVC", onlineLevel);
        rows[5] = row("Tổng thời gian (ngày làm việc)", total);
        rows[6] = row();
        rows[7] = row("Bước", "Đơn vị/người thực hiện", "Nội dung công việc", "Thời gian (ngày làm việc)", "Cấp");
        System.arraycopy(steps, 0, rows, 8, steps.length);
        return rows;
    }
}
