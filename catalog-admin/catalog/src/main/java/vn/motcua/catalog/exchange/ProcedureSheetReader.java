package vn.motcua.catalog.exchange;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.motcua.catalog.ActorRoles;
import vn.motcua.catalog.AdministrativeLevel;
import vn.motcua.catalog.Budget;
import vn.motcua.catalog.CatalogVersion;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.exchange.ProcedureSheetLayout.Column;
import vn.motcua.catalog.exchange.ProcedureSheetLayout.Label;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one sheet in the layout {@link SpreadsheetImport} describes into a procedure of the
 * draft. A bad cell costs its row, never the sheet: the row is reported and left out, the rest
 * is read. Only when the procedure itself cannot exist (no name, online level or total) is it
 * left out, and its step rows are still checked so that one import reports every error.
 */
final class ProcedureSheetReader {

    private static final Pattern STEP_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final String LEVELS = "Tỉnh, Huyện or Xã";
    private static final String ONLINE_LEVELS = "Toàn trình, Một phần or Không";

    private final Sheet sheet;
    private final CatalogVersion draft;
    private final List<RowError> errors;
    private final Runnable rowRead;

    private final Map<Label, Row> labelRows = new EnumMap<>(Label.class);
    /** Null until the step table's header row is reached; from then on every row is a step. */
    private Map<Column, Integer> columns;
    private int lastColumn;
    private Procedure procedure;
    private final Set<String> numbers = new HashSet<>();

    ProcedureSheetReader(Sheet sheet, CatalogVersion draft, List<RowError> errors, Runnable rowRead) {
        this.sheet = sheet;
        this.draft = draft;
        this.errors = errors;
        this.rowRead = rowRead;
    }

    void read() {
        for (Row row : sheet) {
            if (columns == null) {
                readAboveSteps(row);
            } else if (columns.keySet().containsAll(Column.REQUIRED) && !CellValues.isBlank(row, lastColumn)) {
                readStep(row);
            }
            rowRead.run();
        }
        boolean isProcedureSheet = !labelRows.isEmpty();
        if (columns == null && isProcedureSheet) {
            procedure = startProcedure(true);
        }
    }

    private void readAboveSteps(Row row) {
        String first = CellValues.text(row, 0);
        if (Column.isHeader(first)) {
            columns = columnsOf(row);
            procedure = startProcedure(columns.keySet().containsAll(Column.REQUIRED));
        } else {
            Label label = Label.of(first);
            if (label != null) {
                labelRows.putIfAbsent(label, row);
            }
        }
    }

    private Map<Column, Integer> columnsOf(Row header) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            Column column = Column.of(CellValues.text(header, c));
            if (column != null && found.putIfAbsent(column, c) == null) {
                lastColumn = Math.max(lastColumn, c);
            }
        }
        for (Column required : Column.REQUIRED) {
            if (!found.containsKey(required)) {
                error(header.getRowNum() + 1, CellValues.letter(header.getLastCellNum()),
                        "the step table has no column '" + required.text + "'");
            }
        }
        return found;
    }

    /**
     * The procedure the label rows describe, or null when they do not describe one or its steps
     * cannot be read (then it is only checked, so its errors are reported all the same).
     */
    private Procedure startProcedure(boolean stepsReadable) {
        String name = required(Label.NAME, "the procedure name is missing");
        OnlineLevel onlineLevel = onlineLevel();
        BigDecimal total = total();
        String code = optional(Label.CODE);
        String field = optional(Label.FIELD);
        AdministrativeLevel handlingLevel = handlingLevel();
        if (name == null || onlineLevel == null || total == null || !stepsReadable) {
            return null;
        }
        return draft.addProcedure(code, name, field, handlingLevel, onlineLevel, total);
    }

    private OnlineLevel onlineLevel() {
        String text = required(Label.ONLINE_LEVEL, "the online level is missing: " + ONLINE_LEVELS);
        if (text == null) {
            return null;
        }
        OnlineLevel level = ProcedureSheetLayout.onlineLevel(text);
        if (level == null) {
            valueError(Label.ONLINE_LEVEL, "unknown online level '" + text + "': " + ONLINE_LEVELS);
        }
        return level;
    }

    private BigDecimal total() {
        Row row = labelRows.get(Label.TOTAL);
        if (row == null) {
            missingLabel(Label.TOTAL);
            return null;
        }
        try {
            BigDecimal total = days(row, 1, "total");
            if (total == null) {
                valueError(Label.TOTAL, "the total working days are missing");
            }
            return total;
        } catch (RowProblem problem) {
            valueError(Label.TOTAL, problem.getMessage());
            return null;
        }
    }

    private AdministrativeLevel handlingLevel() {
        String text = optional(Label.HANDLING_LEVEL);
        if (text == null) {
            return null;
        }
        AdministrativeLevel level = ProcedureSheetLayout.level(text);
        if (level == null) {
            valueError(Label.HANDLING_LEVEL, "unknown level '" + text + "': " + LEVELS);
        }
        return level;
    }

    private String required(Label label, String whenBlank) {
        if (!labelRows.containsKey(label)) {
            missingLabel(label);
            return null;
        }
        String value = optional(label);
        if (value == null) {
            valueError(label, whenBlank);
        }
        return value;
    }

    private String optional(Label label) {
        String value = CellValues.text(labelRows.get(label), 1);
        return value.isEmpty() ? null : value;
    }

    private void missingLabel(Label label) {
        error(1, "A", "no '" + label.text + "' row above the step table");
    }

    private void valueError(Label label, String message) {
        error(labelRows.get(label).getRowNum() + 1, "B", message);
    }

    private void readStep(Row row) {
        try {
            String number = stepNumber(row);
            BigDecimal budget = days(row, columns.get(Column.BUDGET), "budget");
            AdministrativeLevel level = stepLevel(row);
            String actor = blankToNull(CellValues.text(row, columns.get(Column.ACTOR)));
            String role = role(row, actor);
            String content = blankToNull(CellValues.text(row, columns.get(Column.CONTENT)));
            if (procedure != null) {
                procedure.addStep(number, parentOf(number), actor, role, content, budget, level);
            }
        } catch (RowProblem problem) {
            error(row.getRowNum() + 1, CellValues.letter(problem.column), problem.getMessage());
        }
    }

    private String stepNumber(Row row) throws RowProblem {
        int column = columns.get(Column.NUMBER);
        if (CellValues.isDate(row, column)) {
            throw new RowProblem(column, "Excel took the step number for a date: format the column as Text and type it again");
        }
        String number = CellValues.text(row, column);
        if (number.isEmpty()) {
            throw new RowProblem(column, "the step number is missing");
        }
        if (!STEP_NUMBER.matcher(number).matches()) {
            throw new RowProblem(column, "step number '" + number + "' is not like 1 or 1.2");
        }
        if (numbers.contains(number)) {
            throw new RowProblem(column, "step " + number + " appears twice");
        }
        numbers.add(number);
        String parent = parentOf(number);
        if (parent != null && !numbers.contains(parent)) {
            throw new RowProblem(column, "sub-step " + number + " has no step " + parent + " above it");
        }
        return number;
    }

    /** As decisions number them: 4.2 is a sub-step of 4. */
    private static String parentOf(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? null : number.substring(0, dot);
    }

    private static BigDecimal days(Row row, int column, String what) throws RowProblem {
        BigDecimal days;
        try {
            days = CellValues.decimal(row, column);
        } catch (NumberFormatException e) {
            throw new RowProblem(column, what + " '" + CellValues.text(row, column) + "' is not a number of working days");
        }
        if (days == null) {
            return null;
        }
        if (days.signum() < 0) {
            throw new RowProblem(column, what + " " + CellValues.plain(days) + " is negative");
        }
        try {
            Budget.quartersOf(days);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new RowProblem(column, what + " " + CellValues.plain(days) + " is not a multiple of a quarter day");
        }
        return days;
    }

    private AdministrativeLevel stepLevel(Row row) throws RowProblem {
        Integer column = columns.get(Column.LEVEL);
        String text = column == null ? "" : CellValues.text(row, column);
        if (text.isEmpty()) {
            return null;
        }
        AdministrativeLevel level = ProcedureSheetLayout.level(text);
        if (level == null) {
            throw new RowProblem(column, "unknown level '" + text + "': " + LEVELS);
        }
        return level;
    }

    /** The role column overrides what {@link ActorRoles} reads out of the actor; blank leaves it to the actor. */
    private String role(Row row, String actor) throws RowProblem {
        Integer column = columns.get(Column.ROLE);
        String text = column == null ? "" : CellValues.text(row, column);
        if (text.isEmpty()) {
            return ActorRoles.roleOf(actor);
        }
        String role = ProcedureSheetLayout.role(text);
        if (role == null) {
            throw new RowProblem(column, "unknown role '" + text + "': Tiếp nhận, Chuyên viên, Lãnh đạo or Công dân");
        }
        return role;
    }

    private void error(int row, String column, String message) {
        errors.add(new RowError(sheet.getSheetName(), row, column, message));
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The first thing wrong with a row; thrown to leave the row, so each bad row is reported once. */
    private static final class RowProblem extends Exception {
        private final int column;

        RowProblem(int column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }
}
