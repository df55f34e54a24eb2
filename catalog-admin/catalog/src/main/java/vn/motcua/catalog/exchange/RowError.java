package vn.motcua.catalog.exchange;

/**
 * A cell of an imported workbook that could not be read, addressed the way Excel shows it (sheet
 * tab, row 1-based, column letter) so the person who filled it in can find it and fix it.
 */
public record RowError(String sheet, int row, String column, String message) {

    /** The cell reference as Excel's name box shows it, e.g. {@code D12}. */
    public String cell() {
        return column + row;
    }

    @Override
    public String toString() {
        return "'" + sheet + "'!" + cell() + ": " + message;
    }
}
