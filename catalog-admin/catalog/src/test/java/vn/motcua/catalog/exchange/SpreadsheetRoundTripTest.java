package vn.motcua.catalog.exchange;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.CatalogValidation;
import vn.motcua.catalog.version.CatalogVersion;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetRoundTripTest {

    @Test
    void decision_71_comes_back_from_its_workbook_unchanged() {
        CatalogVersion reference = Catalogs.quangTri();

        ImportResult result = Catalogs.imported(Catalogs.xlsx(reference));

        assertThat(result.errors()).isEmpty();
        assertThat(CatalogDifferences.between(reference, result.draft())).isEmpty();
    }

    @Test
    void the_imported_decision_71_is_ready_to_publish() {
        ImportResult result = Catalogs.imported(Catalogs.xlsx(Catalogs.quangTri()));

        assertThat(result.draft().tenantId()).isEqualTo(Catalogs.TENANT);
        assertThat(result.draft().isPublished()).isFalse();
        assertThat(CatalogValidation.check(result.draft())).isEmpty();
    }

    @Test
    void odd_text_missing_values_role_overrides_and_step_1_10_survive() {
        CatalogVersion edge = Catalogs.edgeCases();

        ImportResult result = Catalogs.imported(Catalogs.xlsx(edge));

        assertThat(result.errors()).isEmpty();
        assertThat(CatalogDifferences.between(edge, result.draft())).isEmpty();
    }

    @Test
    void a_sheet_per_procedure_in_the_decisions_layout_with_vietnamese_text() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Catalogs.xlsx(Catalogs.quangTri())))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            Sheet decision = workbook.getSheetAt(0);
            assertThat(decision.getSheetName()).isEqualTo("Quyết định");
            assertThat(decision.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Số quyết định");
            assertThat(decision.getRow(1).getCell(1).getStringCellValue()).isEqualTo("71/QĐ-UBND");
            assertThat(decision.getRow(4).getCell(1).getStringCellValue()).isEqualTo("4324/QĐ-UBND, 2236/QĐ-UBND, 2179/QĐ-UBND");
            assertThat(workbook.getSheetName(1)).isEqualTo("1. Thăm viếng mộ liệt sĩ");
            Sheet allowance = workbook.getSheetAt(2);
            assertThat(allowance.getSheetName()).hasSizeLessThanOrEqualTo(31).startsWith("2. Thực hiện, điều chỉnh");

            assertThat(allowance.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên thủ tục");
            assertThat(allowance.getRow(0).getCell(1).getStringCellValue()).startsWith("Thực hiện, điều chỉnh, thôi hưởng");
            assertThat(allowance.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Toàn trình");
            assertThat(allowance.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(22);
            assertThat(allowance.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Trực tuyến, Trực tiếp, Bưu chính công ích");
            assertThat(allowance.getRow(8).getCell(1).getStringCellValue()).isEqualTo("Thư điện tử, Zalo, SMS");
            assertThat(allowance.getRow(11).getCell(0).getStringCellValue()).isEqualTo("Thành phần hồ sơ");
            // its three documents, one row each under the table's header
            assertThat(allowance.getRow(12).getCell(0).getStringCellValue()).isEqualTo("Tờ khai đề nghị trợ cấp xã hội hàng tháng");
            assertThat(allowance.getRow(14).getCell(3).getNumericCellValue()).as("a certified copy").isEqualTo(1);
            assertThat(allowance.getRow(16).getCell(0).getStringCellValue()).isEqualTo("Phí, lệ phí");
            Row header = allowance.getRow(18);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đơn vị/người thực hiện");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Niêm yết (ngày làm việc)");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Kết quả xử lý");

            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(allowance.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(allowance.getColumnWidth(2)).isGreaterThan(allowance.getColumnWidth(0)).isGreaterThan(20 * 256);

            var subStep = allowance.getRow(21);
            assertThat(subStep.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(subStep.getCell(0).getStringCellValue()).isEqualTo("1.1");
            assertThat(subStep.getCell(3).getNumericCellValue()).isEqualTo(0.5);
            assertThat(subStep.getCell(4).getStringCellValue()).isEqualTo("Xã");
            assertThat(allowance.getRow(19).getCell(3)).as("the citizen's step is not counted").isNull();
        }
    }
}
