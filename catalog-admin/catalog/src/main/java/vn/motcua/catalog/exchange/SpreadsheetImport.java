package vn.motcua.catalog.exchange;

import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.catalog.version.CatalogVersion;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a decision's appendix, as a provincial office keeps it in Excel, into a draft catalog
 * version.
 *
 * <p>The layout is one sheet per procedure, because that is how an office copies an appendix
 * table by table and how it hands one procedure to the person who knows it; tabs may be named
 * freely and are read in order. A sheet holds, from the top:
 * <pre>
 *   A                                B
 *   Tên thủ tục                      Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng …
 *   Mã thủ tục                       1.001776.000.00.00.H50        (may be blank)
 *   Lĩnh vực                         Lao động, Thương binh và Xã hội
 *   Cấp thực hiện                    Tỉnh | Huyện | Xã               (may be blank)
 *   Mức độ DVC                       Toàn trình | Một phần | Không
 *   Tổng thời gian (ngày làm việc)   22
 *   Hình thức nộp hồ sơ              Trực tuyến, Trực tiếp, Bưu chính công ích   (may be blank)
 *   Hình thức nhận kết quả           Trực tuyến, Bưu chính công ích              (may be blank)
 *   Hình thức nhận thông báo         Thư điện tử, Zalo, SMS                      (may be blank)
 *   Căn cứ pháp lý                   Nghị định 20/2021/NĐ-CP …                   (may be blank)
 *
 *   Thành phần hồ sơ | Mẫu đơn, tờ khai | Bản chính | Bản sao | Ghi chú
 *   Tờ khai …        | Mẫu số 04, …     | 1         | 0       |
 *
 *   Phí, lệ phí      | Mức thu (đồng)   | Căn cứ pháp lý
 *   Lệ phí …         | 8.000 | Miễn phí | Thông tư …
 *
 *   Bước | Đơn vị/người thực hiện | Nội dung công việc | Thời gian (ngày làm việc) | Cấp | Vai trò | Niêm yết (ngày làm việc) | Kết quả xử lý
 *   0    | Công dân               | Nộp hồ sơ          |                           |     |         |                          |
 *   1    |                        | Xem xét hồ sơ      | 7                         | Xã  |         |                          |
 *   1.1  | Công chức … TN&amp;TKQ     | Tiếp nhận …        | 0,5                       | Xã  |         |                          | Tiếp tục
 *                                                                                                                          Yêu cầu bổ sung
 *   2    | Công chức …            | Niêm yết công khai | 2                         | Xã  |         | 2                        |
 *   4.2  | Chuyên viên …          | Thẩm định          | 5                         | Huyện |       |                          | Tiếp tục: Đủ điều kiện
 *                                                                                                                          Trả lại → 6.3: Không đủ điều kiện
 * </pre>
 * Label rows may come in any order and other rows above the table (a title, a note) are ignored;
 * labels and values are compared without case or diacritics. The documents' and fees' tables start
 * at the row whose column A says their title and end at a blank row; a fee's amount is whole đồng
 * (thousands separated or not) or "Miễn phí". The step table starts at the row whose column A says
 * "Bước"; its columns are found by their headers, and all but the first four may be left out:
 * "Cấp" (the step's level, blank = none), "Vai trò" (blank = read from the actor by
 * {@link vn.motcua.catalog.exchange.ActorRoles}), "Niêm yết" (a public posting's working days, or the word
 * "Niêm yết" while they are not known; blank = a task) and "Kết quả xử lý" (the step's outcomes,
 * one per line, "Tiếp tục | Trả lại | Yêu cầu bổ sung | Từ chối [→ step] [: label]"). A step
 * numbered 4.2 is a sub-step of step 4, which must come above it. A blank budget means the step is
 * not counted (the citizen submitting or collecting); budgets are working days in quarter days,
 * with a decimal point or a decimal comma. A sheet with neither label rows nor a step table
 * (instructions, lookup lists) is skipped; a cover sheet "Quyết định" ({@link DecisionSheet})
 * states the catalog's decision.
 *
 * <p>Reading does not stop at a bad cell: the row is reported as a {@link RowError} and left
 * out, and the rest is read. A procedure whose name, online level or total cannot be read is left
 * out, its step rows still checked, so one import reports every error.
 * The whole workbook is loaded into memory ({@link XSSFWorkbook}), which suits appendix-sized
 * files; callers limit the upload size.
 */
public final class SpreadsheetImport {

    private SpreadsheetImport() {
    }

    public static ImportResult read(String tenantId, String title, InputStream xlsx) throws IOException {
        return read(tenantId, title, xlsx, ImportProgress.NONE);
    }

    /**
     * @throws IOException when the stream cannot be read or is not an .xlsx workbook (an old .xls,
     *                     a CSV, an empty upload)
     */
    public static ImportResult read(String tenantId, String title, InputStream xlsx, ImportProgress progress)
            throws IOException {
        try (Workbook workbook = open(xlsx)) {
            Map<DecisionSheet.Label, String> decision = null;
            int total = 0;
            for (Sheet sheet : workbook) {
                total += sheet.getPhysicalNumberOfRows();
                if (decision == null) {
                    decision = DecisionSheet.read(sheet);
                }
            }
            String statedTitle = decision == null ? null : decision.get(DecisionSheet.Label.TITLE);
            CatalogVersion draft = new CatalogVersion(tenantId,
                    statedTitle == null || statedTitle.isBlank() ? title : statedTitle.trim());
            if (decision != null) {
                try {
                    DecisionSheet.describe(draft, decision);
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new IOException("the year on sheet '" + DecisionSheet.NAME + "' is not a year", e);
                }
            }
            List<RowError> errors = new ArrayList<>();
            int totalRows = total;
            int[] done = {0};
            progress.rowsDone(0, totalRows);
            for (Sheet sheet : workbook) {
                new ProcedureSheetReader(sheet, draft, errors, () -> progress.rowsDone(++done[0], totalRows)).read();
            }
            return new ImportResult(draft, errors);
        }
    }

    private static Workbook open(InputStream xlsx) throws IOException {
        try {
            return new XSSFWorkbook(xlsx);
        } catch (UnsupportedFileFormatException | EmptyFileException | POIXMLException e) {
            throw new IOException("not an .xlsx workbook: " + e.getMessage(), e);
        }
    }
}
