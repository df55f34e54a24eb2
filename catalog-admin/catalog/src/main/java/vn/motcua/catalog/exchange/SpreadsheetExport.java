package vn.motcua.catalog.exchange;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.catalog.exchange.ProcedureSheetLayout.Column;
import vn.motcua.catalog.exchange.ProcedureSheetLayout.Label;
import vn.motcua.catalog.exchange.ProcedureSheetLayout.Table;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.catalog.version.StepDefinition;
import vn.motcua.catalog.version.StepOutcome;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a catalog version as a workbook in the layout {@link SpreadsheetImport} reads, so an
 * office can take a published catalog, correct it in Excel for the next decision and import it
 * as a draft without losing anything. Budgets are numbers (the office can sum them); step
 * numbers are text (so 1.10 stays 1.10 and never becomes a date).
 *
 * <p>The "Vai trò" column is filled only where an admin set a role other than the one the actor's
 * wording implies; left blank, the import reads the role from the actor again, so a renamed actor
 * does not keep a stale role.
 *
 * <p>Uses {@link XSSFWorkbook}, not the streaming SXSSF: SXSSF keeps a temporary file open for
 * every sheet until the workbook is written, and with a sheet per procedure a province's catalog
 * would hold one open file per procedure, while the cells of even a large catalog fit in memory.
 */
public final class SpreadsheetExport {

    /** Column widths in characters: labels and numbers, actor, content, budget, level, role, posting, outcomes. */
    private static final int[] WIDTHS = {32, 45, 80, 16, 10, 14, 16, 40};

    private SpreadsheetExport() {
    }

    public static void write(CatalogVersion version, OutputStream out) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            DecisionSheet.write(workbook, version, styles.bold, styles.wrapped);
            List<Procedure> procedures = version.procedures();
            for (int i = 0; i < procedures.size(); i++) {
                Procedure procedure = procedures.get(i);
                Sheet sheet = workbook.createSheet(sheetName(i + 1, procedure));
                for (int c = 0; c < WIDTHS.length; c++) {
                    sheet.setColumnWidth(c, WIDTHS[c] * 256);
                }
                writeProcedure(sheet, procedure, styles);
            }
            workbook.write(out);
        }
    }

    private static void writeProcedure(Sheet sheet, Procedure procedure, Styles styles) {
        label(sheet, 0, Label.NAME, procedure.name(), styles);
        label(sheet, 1, Label.CODE, procedure.nationalCode(), styles);
        label(sheet, 2, Label.FIELD, procedure.field(), styles);
        label(sheet, 3, Label.HANDLING_LEVEL, ProcedureSheetLayout.levelText(procedure.handlingLevel()), styles);
        label(sheet, 4, Label.ONLINE_LEVEL, ProcedureSheetLayout.onlineLevelText(procedure.onlineLevel()), styles);
        Row total = label(sheet, 5, Label.TOTAL, null, styles);
        total.createCell(1).setCellValue(procedure.totalDays().doubleValue());
        label(sheet, 6, Label.SUBMISSION, ProcedureSheetLayout.channelsText(procedure.submissionChannels()), styles);
        label(sheet, 7, Label.RESULT, ProcedureSheetLayout.channelsText(procedure.resultChannels()), styles);
        label(sheet, 8, Label.NOTIFICATION, ProcedureSheetLayout.notificationsText(procedure.notificationChannels()), styles);
        label(sheet, 9, Label.LEGAL_BASIS, procedure.legalBasis(), styles);

        int r = header(sheet, 11, Table.DOCUMENTS.headers, styles);
        for (RequiredDocument d : procedure.documents()) {
            Row row = sheet.createRow(r++);
            text(row, 0, d.name(), styles.wrapped);
            text(row, 1, d.form(), styles.wrapped);
            row.createCell(2).setCellValue(d.originals());
            row.createCell(3).setCellValue(d.copies());
            text(row, 4, d.note(), styles.wrapped);
        }
        r = header(sheet, r + 1, Table.FEES.headers, styles);
        for (Fee f : procedure.fees()) {
            Row row = sheet.createRow(r++);
            text(row, 0, f.description(), styles.wrapped);
            if (f.isFree()) {
                text(row, 1, ProcedureSheetLayout.FREE, styles.top);
            } else {
                row.createCell(1).setCellValue(f.amountVnd().doubleValue());
                row.getCell(1).setCellStyle(styles.money);
            }
            text(row, 2, f.legalBasis(), styles.wrapped);
        }
        r = header(sheet, r + 1, Arrays.stream(Column.values()).map(c -> c.text).toList(), styles);
        for (StepDefinition step : procedure.steps()) {
            writeStep(sheet.createRow(r++), step, styles);
        }
    }

    /** Writes a table's header row at {@code r} and returns the row below it. */
    private static int header(Sheet sheet, int r, List<String> headers, Styles styles) {
        Row header = sheet.createRow(r);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
            header.getCell(c).setCellStyle(styles.bold);
        }
        return r + 1;
    }

    private static Row label(Sheet sheet, int r, Label label, String value, Styles styles) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label.text);
        row.getCell(0).setCellStyle(styles.bold);
        text(row, 1, value, styles.wrapped);
        return row;
    }

    private static void writeStep(Row row, StepDefinition step, Styles styles) {
        text(row, Column.NUMBER.ordinal(), step.number(), styles.textNumber);
        text(row, Column.ACTOR.ordinal(), step.actorUnit(), styles.wrapped);
        text(row, Column.CONTENT.ordinal(), step.content(), styles.wrapped);
        BigDecimal budget = step.budgetDays();
        if (budget != null) {
            row.createCell(Column.BUDGET.ordinal()).setCellValue(budget.doubleValue());
            row.getCell(Column.BUDGET.ordinal()).setCellStyle(styles.top);
        }
        text(row, Column.LEVEL.ordinal(), ProcedureSheetLayout.levelText(step.level()), styles.top);
        if (step.actorRole() != null && !step.actorRole().equals(ActorRoles.roleOf(step.actorUnit()))) {
            text(row, Column.ROLE.ordinal(), ProcedureSheetLayout.roleText(step.actorRole()), styles.top);
        }
        if (step.isPosting()) {
            if (step.postingDays() == null) {
                text(row, Column.POSTING.ordinal(), ProcedureSheetLayout.POSTING_WITHOUT_DAYS, styles.top);
            } else {
                row.createCell(Column.POSTING.ordinal()).setCellValue(step.postingDays().doubleValue());
                row.getCell(Column.POSTING.ordinal()).setCellStyle(styles.top);
            }
        }
        if (!step.outcomes().isEmpty()) {
            text(row, Column.OUTCOMES.ordinal(), step.outcomes().stream().map(SpreadsheetExport::outcome)
                    .collect(Collectors.joining("\n")), styles.wrapped);
        }
    }

    /** "Trả lại → 6.3: Không đủ điều kiện", as the import reads it. */
    private static String outcome(StepOutcome o) {
        return ProcedureSheetLayout.outcomeText(o.kind()) + (o.targetStep() == null ? "" : " → " + o.targetStep())
                + (o.label() == null ? "" : ": " + o.label());
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }

    /**
     * "3. Công nhận hộ nghèo, hộ cận n": numbered, so tabs are unique and keep the catalog's order
     * within Excel's 31 characters; Excel refuses a name ending in an apostrophe.
     */
    private static String sheetName(int position, Procedure procedure) {
        String safe = WorkbookUtil.createSafeSheetName(position + ". " + procedure.name());
        return safe.strip().replaceAll("'+$", "").strip();
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle top;
        final CellStyle wrapped;
        final CellStyle textNumber;
        final CellStyle money;

        Styles(Workbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            bold.setWrapText(true);
            top = workbook.createCellStyle();
            top.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped.setWrapText(true);
            textNumber = workbook.createCellStyle();
            textNumber.setVerticalAlignment(VerticalAlignment.TOP);
            textNumber.setDataFormat(workbook.createDataFormat().getFormat("@"));
            money = workbook.createCellStyle();
            money.setVerticalAlignment(VerticalAlignment.TOP);
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }
    }
}
