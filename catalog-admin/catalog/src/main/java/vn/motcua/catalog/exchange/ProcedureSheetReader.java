package vn.motcua.catalog.exchange;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.motcua.catalog.exchange.ImportProblem.Quantity;
import vn.motcua.catalog.exchange.ProcedureSheetLayout.Column;
import vn.motcua.catalog.exchange.ProcedureSheetLayout.Label;
import vn.motcua.catalog.exchange.ProcedureSheetLayout.Table;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.Budget;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.NotificationChannel;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.catalog.version.SearchText;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one sheet in the layout {@link SpreadsheetImport} describes into a procedure of the
 * draft. A bad cell costs its row, never the sheet: the row is reported and left out, the rest
 * is read. Only when the procedure itself cannot exist (no name, online level or total) is it
 * left out, and its step rows are still checked so that one import reports every error.
 */
final class ProcedureSheetReader {

    private static final Pattern STEP_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    /** "8000", or with thousands separated as offices type them: "8.000", "1,500,000", "2 000". */
    private static final Pattern WHOLE_DONG = Pattern.compile("\\d+|\\d{1,3}([.,\\s]\\d{3})+");
    private static final Pattern ARROW = Pattern.compile("\\s*(→|->)\\s*");

    private final Sheet sheet;
    private final CatalogVersion draft;
    private final List<RowError> errors;
    private final Runnable rowRead;

    private final Map<Label, Row> labelRows = new EnumMap<>(Label.class);
    /** The documents' or fees' table while its rows are read, else null. */
    private Table table;
    /** Null until the step table's header row is reached; from then on every row is a step. */
    private Map<Column, Integer> columns;
    private int lastColumn;
    /** What the label rows say, once they could be read; null when the procedure cannot exist. */
    private ProcedureDraft procedure;
    private final List<RequiredDocument> documents = new ArrayList<>();
    private final List<Fee> fees = new ArrayList<>();
    private final List<ProcedureDraft.Step> steps = new ArrayList<>();
    private final Set<String> numbers = new HashSet<>();
    /** Excel does not store empty rows: a gap in the row numbers is a blank row. */
    private int previousRow = -1;

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
        if (procedure != null) {
            draft.addProcedure(procedure.withSteps(steps));
        }
    }

    private void readAboveSteps(Row row) {
        String first = CellValues.text(row, 0);
        boolean afterBlank = row.getRowNum() > previousRow + 1;
        previousRow = row.getRowNum();
        if (table != null && afterBlank) {
            table = null;
        }
        if (table != null) {
            if (CellValues.isBlank(row, table.headers.size() - 1)) {
                table = null;
                return;
            }
            if (Table.startedBy(first) == null && !Column.isHeader(first)) {
                readTableRow(row);
                return;
            }
            table = null;
        }
        if (CellValues.isBlank(row, 0)) {
            return;
        }
        if (Column.isHeader(first)) {
            columns = columnsOf(row);
            procedure = startProcedure(columns.keySet().containsAll(Column.REQUIRED));
        } else if (Table.startedBy(first) != null) {
            table = Table.startedBy(first);
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
                error(header.getRowNum() + 1, CellValues.letter(header.getLastCellNum()), ImportProblem.NO_COLUMN, required.text);
            }
        }
        return found;
    }

    /**
     * The procedure the label rows describe, without its steps, or null when they do not describe
     * one or its steps cannot be read (then it is only checked, so its errors are reported all the same).
     */
    private ProcedureDraft startProcedure(boolean stepsReadable) {
        String name = required(Label.NAME, ImportProblem.NAME_MISSING);
        OnlineLevel onlineLevel = onlineLevel();
        BigDecimal total = total();
        String code = optional(Label.CODE);
        String field = optional(Label.FIELD);
        AdministrativeLevel handlingLevel = handlingLevel();
        Set<Channel> submission = channels(Label.SUBMISSION, Channel.class, ProcedureSheetLayout::channel, ImportProblem.CHANNEL_UNKNOWN);
        Set<Channel> result = channels(Label.RESULT, Channel.class, ProcedureSheetLayout::channel, ImportProblem.CHANNEL_UNKNOWN);
        Set<NotificationChannel> notification = channels(Label.NOTIFICATION, NotificationChannel.class,
                ProcedureSheetLayout::notification, ImportProblem.NOTIFICATION_UNKNOWN);
        if (name == null || onlineLevel == null || total == null || !stepsReadable) {
            return null;
        }
        return new ProcedureDraft(code, name, field, handlingLevel, onlineLevel, total, List.of(), submission, result,
                notification, documents, fees, optional(Label.LEGAL_BASIS));
    }

    private OnlineLevel onlineLevel() {
        String text = required(Label.ONLINE_LEVEL, ImportProblem.ONLINE_LEVEL_MISSING);
        if (text == null) {
            return null;
        }
        OnlineLevel level = ProcedureSheetLayout.onlineLevel(text);
        if (level == null) {
            valueError(Label.ONLINE_LEVEL, ImportProblem.ONLINE_LEVEL_UNKNOWN, text);
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
            BigDecimal total = days(row, 1, Quantity.TOTAL);
            if (total == null) {
                valueError(Label.TOTAL, ImportProblem.TOTAL_MISSING);
            }
            return total;
        } catch (RowProblem problem) {
            valueError(Label.TOTAL, problem.problem, problem.args);
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
            valueError(Label.HANDLING_LEVEL, ImportProblem.LEVEL_UNKNOWN, text);
        }
        return level;
    }

    /** A blank or absent row states no channel; an unknown name is reported and the others kept. */
    private <E extends Enum<E>> Set<E> channels(Label label, Class<E> type, Function<String, E> byName, ImportProblem unknown) {
        EnumSet<E> channels = EnumSet.noneOf(type);
        String text = optional(label);
        if (text != null) {
            for (String item : ProcedureSheetLayout.items(text)) {
                E channel = byName.apply(item);
                if (channel == null) {
                    valueError(label, unknown, item);
                } else {
                    channels.add(channel);
                }
            }
        }
        return channels;
    }

    private String required(Label label, ImportProblem whenBlank) {
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
        error(1, "A", ImportProblem.NO_LABEL, label.text);
    }

    private void valueError(Label label, ImportProblem problem, Object... args) {
        error(labelRows.get(label).getRowNum() + 1, "B", problem, args);
    }

    private void readTableRow(Row row) {
        try {
            if (table == Table.DOCUMENTS) {
                String name = CellValues.text(row, 0);
                if (name.isEmpty()) {
                    throw new RowProblem(0, ImportProblem.DOCUMENT_NAME_MISSING);
                }
                documents.add(new RequiredDocument(name, CellValues.text(row, 1), count(row, 2), count(row, 3),
                        CellValues.text(row, 4)));
            } else {
                String description = CellValues.text(row, 0);
                if (description.isEmpty()) {
                    throw new RowProblem(0, ImportProblem.FEE_DESCRIPTION_MISSING);
                }
                fees.add(new Fee(description, amount(row, 1), CellValues.text(row, 2)));
            }
        } catch (RowProblem problem) {
            error(row.getRowNum() + 1, CellValues.letter(problem.column), problem.problem, problem.args);
        }
    }

    private static int count(Row row, int column) throws RowProblem {
        try {
            BigDecimal n = CellValues.decimal(row, column);
            if (n == null) {
                return 0;
            }
            if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0) {
                throw new NumberFormatException();
            }
            return n.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RowProblem(column, ImportProblem.COUNT_INVALID, CellValues.text(row, column));
        }
    }

    /** Whole đồng; "Miễn phí" (or "free") is 0. Thousands separators as offices type them are accepted. */
    private static BigDecimal amount(Row row, int column) throws RowProblem {
        String text = CellValues.text(row, column);
        if (text.isEmpty()) {
            throw new RowProblem(column, ImportProblem.FEE_AMOUNT_MISSING);
        }
        String folded = SearchText.fold(text);
        if (folded.equals(SearchText.fold(ProcedureSheetLayout.FREE)) || folded.equals("free") || folded.equals("mien")) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal amount;
            if (CellValues.isNumeric(row, column)) {
                amount = CellValues.decimal(row, column);
            } else {
                String digits = text.replaceAll("(?i)\\s*(đồng|dong|vnd|đ)$", "").trim();
                if (!WHOLE_DONG.matcher(digits).matches()) {
                    throw new NumberFormatException();
                }
                amount = new BigDecimal(digits.replaceAll("[.,\\s]", ""));
            }
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0) {
                throw new NumberFormatException();
            }
            return amount.setScale(0, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RowProblem(column, ImportProblem.FEE_AMOUNT_INVALID, text);
        }
    }

    private void readStep(Row row) {
        try {
            String number = stepNumber(row);
            BigDecimal budget = days(row, columns.get(Column.BUDGET), Quantity.BUDGET);
            AdministrativeLevel level = stepLevel(row);
            String actor = blankToNull(CellValues.text(row, columns.get(Column.ACTOR)));
            String role = role(row, actor);
            String content = blankToNull(CellValues.text(row, columns.get(Column.CONTENT)));
            Integer postingColumn = columns.get(Column.POSTING);
            StepKind kind = StepKind.TASK;
            BigDecimal postingDays = null;
            if (postingColumn != null && !CellValues.text(row, postingColumn).isEmpty()) {
                kind = StepKind.POSTING;
                postingDays = postingDays(row, postingColumn);
            }
            List<StepOutcome> outcomes = outcomes(row);
            steps.add(new ProcedureDraft.Step(number, parentOf(number), actor, role, content, budget, level, kind,
                    postingDays, outcomes));
        } catch (RowProblem problem) {
            error(row.getRowNum() + 1, CellValues.letter(problem.column), problem.problem, problem.args);
        }
    }

    private String stepNumber(Row row) throws RowProblem {
        int column = columns.get(Column.NUMBER);
        if (CellValues.isDate(row, column)) {
            throw new RowProblem(column, ImportProblem.NUMBER_AS_DATE);
        }
        String number = CellValues.text(row, column);
        if (number.isEmpty()) {
            throw new RowProblem(column, ImportProblem.NUMBER_MISSING);
        }
        if (!STEP_NUMBER.matcher(number).matches()) {
            throw new RowProblem(column, ImportProblem.NUMBER_FORMAT, number);
        }
        if (numbers.contains(number)) {
            throw new RowProblem(column, ImportProblem.NUMBER_DUPLICATE, number);
        }
        numbers.add(number);
        String parent = parentOf(number);
        if (parent != null && !numbers.contains(parent)) {
            throw new RowProblem(column, ImportProblem.NO_PARENT, number, parent);
        }
        return number;
    }

    /** As decisions number them: 4.2 is a sub-step of 4. */
    private static String parentOf(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? null : number.substring(0, dot);
    }

    private static BigDecimal days(Row row, int column, Quantity what) throws RowProblem {
        BigDecimal days;
        try {
            days = CellValues.decimal(row, column);
        } catch (NumberFormatException e) {
            throw new RowProblem(column, ImportProblem.DAYS_NOT_NUMBER, what, CellValues.text(row, column));
        }
        if (days == null) {
            return null;
        }
        if (days.signum() < 0) {
            throw new RowProblem(column, ImportProblem.DAYS_NEGATIVE, what, CellValues.plain(days));
        }
        try {
            Budget.quartersOf(days);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new RowProblem(column, ImportProblem.DAYS_NOT_QUARTERS, what, CellValues.plain(days));
        }
        return days;
    }

    /** A number of working days, or the word "Niêm yết" for a posting whose duration is not given yet. */
    private static BigDecimal postingDays(Row row, int column) throws RowProblem {
        String folded = SearchText.fold(CellValues.text(row, column));
        if (folded.equals(SearchText.fold(ProcedureSheetLayout.POSTING_WITHOUT_DAYS))) {
            return null;
        }
        if (!CellValues.isNumeric(row, column) && !folded.matches("-?[0-9]+([.,][0-9]+)?")) {
            throw new RowProblem(column, ImportProblem.POSTING_INVALID, CellValues.text(row, column));
        }
        return days(row, column, Quantity.POSTING);
    }

    /** One per line: "Trả lại → 6.3: Không đủ điều kiện", "Từ chối". */
    private List<StepOutcome> outcomes(Row row) throws RowProblem {
        Integer column = columns.get(Column.OUTCOMES);
        String text = column == null ? "" : CellValues.text(row, column);
        List<StepOutcome> outcomes = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String head = colon < 0 ? line : line.substring(0, colon);
            String label = colon < 0 ? null : line.substring(colon + 1);
            String[] parts = ARROW.split(head, 2);
            OutcomeKind kind = ProcedureSheetLayout.outcome(parts[0]);
            if (kind == null) {
                throw new RowProblem(column, ImportProblem.OUTCOME_UNKNOWN, line.trim());
            }
            String target = parts.length > 1 ? parts[1].trim() : null;
            if (target != null && !STEP_NUMBER.matcher(target).matches()) {
                throw new RowProblem(column, ImportProblem.OUTCOME_TARGET_FORMAT, line.trim(), target);
            }
            outcomes.add(new StepOutcome(kind, target, label));
        }
        return outcomes;
    }

    private AdministrativeLevel stepLevel(Row row) throws RowProblem {
        Integer column = columns.get(Column.LEVEL);
        String text = column == null ? "" : CellValues.text(row, column);
        if (text.isEmpty()) {
            return null;
        }
        AdministrativeLevel level = ProcedureSheetLayout.level(text);
        if (level == null) {
            throw new RowProblem(column, ImportProblem.LEVEL_UNKNOWN, text);
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
            throw new RowProblem(column, ImportProblem.ROLE_UNKNOWN, text);
        }
        return role;
    }

    private void error(int row, String column, ImportProblem problem, Object... args) {
        errors.add(new RowError(sheet.getSheetName(), row, column, problem, args));
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The first thing wrong with a row; thrown to leave the row, so each bad row is reported once. */
    private static final class RowProblem extends Exception {
        private final int column;
        private final ImportProblem problem;
        private final Object[] args;

        RowProblem(int column, ImportProblem problem, Object... args) {
            super(problem.name(), null, false, false);
            this.column = column;
            this.problem = problem;
            this.args = args;
        }
    }
}
