package vn.motcua.catalog.exchange;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A cell of an imported workbook that could not be read, addressed the way Excel shows it (sheet
 * tab, row 1-based, column letter) so the person who filled it in can find it and fix it.
 * {@code problem} and {@code args} let a UI say it in the admin's language.
 */
public record RowError(String sheet, int row, String column, ImportProblem problem, List<Object> args) {

    public RowError {
        Objects.requireNonNull(problem, "problem");
        args = List.copyOf(args);
    }

    RowError(String sheet, int row, String column, ImportProblem problem, Object... args) {
        this(sheet, row, column, problem, List.of(args));
    }

    /** The English text. */
    public String message() {
        return new MessageFormat(problem.pattern(), Locale.ROOT).format(args.toArray());
    }

    /** The cell reference as Excel's name box shows it, e.g. {@code D12}. */
    public String cell() {
        return column + row;
    }

    @Override
    public String toString() {
        return "'" + sheet + "'!" + cell() + ": " + message();
    }
}
