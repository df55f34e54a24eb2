package vn.motcua.catalog.exchange;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

import java.math.BigDecimal;

/**
 * What a person meant by a cell, whatever Excel made of it: a step number typed as 1.1 arrives
 * as the number 1.1, a budget typed as "0,5" on a machine with an English locale arrives as
 * text, a total may be a formula. Reads the cached result of formulas, so no formula evaluator
 * (and none of its failure modes) is involved.
 */
final class CellValues {

    private CellValues() {
    }

    /** The cell's text, trimmed; numbers in plain decimal notation ("4", "1.1"); "" for blank or absent cells. */
    static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().trim();
            case NUMERIC -> plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    /**
     * The cell as a decimal number, accepting a decimal comma in text; null when blank.
     *
     * @throws NumberFormatException when the cell holds text that is not a number
     */
    static BigDecimal decimal(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell != null && isNumeric(cell)) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String text = text(row, column);
        return text.isEmpty() ? null : new BigDecimal(text.replace(',', '.').replace(" ", ""));
    }

    /** True when Excel turned what was typed into a date (1.1 typed under a locale that reads it as 1 January). */
    static boolean isDate(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell != null && isNumeric(cell) && DateUtil.isCellDateFormatted(cell);
    }

    static boolean isBlank(Row row, int lastColumn) {
        for (int column = 0; column <= lastColumn; column++) {
            if (!text(row, column).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    static boolean isNumeric(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell != null && isNumeric(cell);
    }

    private static boolean isNumeric(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC;
    }
}
