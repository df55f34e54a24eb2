package vn.motcua.catalog.exchange;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.SearchText;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's cover sheet "Quyết định": what the catalog as a whole says of its decision —
 * title, number, year, issuer, the decisions it replaces, the online portal — label in column A,
 * value in column B, so a catalog keeps them through Excel. A workbook without it imports with
 * none of them, as an appendix copied from a decision does.
 */
final class DecisionSheet {

    static final String NAME = "Quyết định";

    enum Label {
        TITLE("Tên danh mục"),
        DECISION("Số quyết định"),
        YEAR("Năm ban hành"),
        ISSUER("Cơ quan ban hành"),
        REPLACES("Thay thế các quyết định"),
        PORTAL("Cổng dịch vụ công");

        final String text;

        Label(String text) {
            this.text = text;
        }

        static Label of(String cellText) {
            String folded = SearchText.fold(cellText).replaceAll("[:.]$", "");
            return Arrays.stream(values()).filter(l -> folded.equals(SearchText.fold(l.text))).findFirst().orElse(null);
        }
    }

    private DecisionSheet() {
    }

    static void write(Workbook workbook, CatalogVersion version, CellStyle bold, CellStyle wrapped) {
        Sheet sheet = workbook.createSheet(NAME);
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        Object[] values = {version.title(), version.decisionNumber(), version.decisionYear(), version.issuer(),
                version.replaces().isEmpty() ? null : String.join(", ", version.replaces()), version.portalUrl()};
        for (Label label : Label.values()) {
            Row row = sheet.createRow(label.ordinal());
            row.createCell(0).setCellValue(label.text);
            row.getCell(0).setCellStyle(bold);
            Object value = values[label.ordinal()];
            if (value instanceof Integer year) {
                row.createCell(1).setCellValue(year);
            } else if (value != null) {
                Cell cell = row.createCell(1);
                cell.setCellValue(value.toString());
                cell.setCellStyle(wrapped);
            }
        }
    }

    /** The cover sheet's values, or null when {@code sheet} is not one. */
    static Map<Label, String> read(Sheet sheet) {
        Map<Label, String> values = new EnumMap<>(Label.class);
        for (Row row : sheet) {
            Label label = Label.of(CellValues.text(row, 0));
            if (label != null) {
                values.putIfAbsent(label, CellValues.text(row, 1));
            }
        }
        return values.containsKey(Label.DECISION) || values.containsKey(Label.TITLE) ? values : null;
    }

    /** States the cover sheet's values on the draft read from the rest of the workbook. */
    static void describe(CatalogVersion draft, Map<Label, String> values) {
        String year = blankToNull(values.get(Label.YEAR));
        // decision numbers hold slashes ("4324/QĐ-UBND"): only commas, semicolons and lines separate them
        List<String> replaces = Arrays.stream(values.getOrDefault(Label.REPLACES, "").split("[,;\\n]"))
                .map(String::trim).filter(r -> !r.isEmpty()).toList();
        draft.describe(blankToNull(values.get(Label.DECISION)),
                year == null ? null : new BigDecimal(year.replace(',', '.')).intValueExact(), replaces,
                blankToNull(values.get(Label.ISSUER)), blankToNull(values.get(Label.PORTAL)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
