package vn.motcua.desk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiacriticsTest {

    @Test
    void a_search_typed_without_diacritics_finds_the_vietnamese_name() {
        assertThat(Diacritics.contains("Thăm viếng mộ liệt sĩ", "tham vieng mo")).isTrue();
        assertThat(Diacritics.contains("Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "doi tuong")).isTrue();
        assertThat(Diacritics.contains("Đồng Hới", "dong hoi")).isTrue();
    }

    @Test
    void case_marks_and_repeated_spaces_do_not_matter_in_the_typed_text_either() {
        assertThat(Diacritics.contains("Thăm viếng mộ liệt sĩ", "THĂM  Viếng")).isTrue();
        assertThat(Diacritics.contains("Thăm viếng mộ liệt sĩ", "trợ cấp")).isFalse();
    }
}
