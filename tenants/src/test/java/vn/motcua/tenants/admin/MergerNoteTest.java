package vn.motcua.tenants.admin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A merger's note read back from the tenant's history is translated as it was when the merger ran. */
class MergerNoteTest {

    @Test
    void a_note_read_back_keeps_its_key_and_values() {
        MergerNote note = MergerNote.toDecide("OVERRIDE_DIFFERS", "step 2 of X: A or B", "Thăm viếng mộ liệt sĩ", "2",
                "Công chức A, specialist, 2.5 d");

        MergerNote back = MergerNote.readBack(true, note.keyAndArgs(), note.text());

        assertThat(back).isEqualTo(note);
        MergerNote plain = MergerNote.carried("SERVICE_DAYS_NONE", "no service days");
        assertThat(MergerNote.readBack(false, plain.keyAndArgs(), plain.text())).isEqualTo(plain);
    }

    @Test
    void an_older_line_or_one_cut_by_the_column_keeps_its_english_text_only() {
        assertThat(MergerNote.readBack(true, "OVERRIDE_DIFFERS", "step 2 of X: A or B"))
                .isEqualTo(new MergerNote(true, null, List.of(), "step 2 of X: A or B"));
        String cut = MergerNote.carried("ADOPTION_CARRIED", "text", "x".repeat(600)).keyAndArgs().substring(0, 497) + "...";
        assertThat(MergerNote.readBack(false, cut, "text").key()).isNull();
    }
}
