package vn.motcua.catalog.exchange;

/**
 * Told after every row of a workbook is read, so a UI can show a progress bar for a long import.
 * The last call has {@code rowsDone == totalRows}.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (rowsDone, totalRows) -> {
    };

    void rowsDone(int rowsDone, int totalRows);
}
