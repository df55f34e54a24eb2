package vn.motcua.catalog.version;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * One item of a procedure's dossier (thành phần hồ sơ) as decisions list them: what it is, the
 * form or template it is made on, how many originals and copies, and a note such as "bản
 * chứng thực điện tử" or "khi người từ trần từ 80 tuổi".
 *
 * @param form the form or template it follows ("Mẫu số 04, Nghị định 20/2021/NĐ-CP"), or null
 */
public record RequiredDocument(@Size(max = 1000) String name, @Size(max = 500) String form,
                               @Min(0) @Max(99) int originals, @Min(0) @Max(99) int copies, @Size(max = 1000) String note) {

    public RequiredDocument {
        name = Text.trimToNull(name);
        form = Text.trimToNull(form);
        note = Text.trimToNull(note);
    }
}
