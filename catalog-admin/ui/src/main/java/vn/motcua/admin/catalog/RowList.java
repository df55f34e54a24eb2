package vn.motcua.admin.catalog;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one of the procedure editor's lists, in order, and where they are shown: a row added
 * here is removed by its own button, after which {@code onRemoved} runs (the editor checks the
 * procedure again, a step recounts its outcomes). Positions are 1-based, as validation names them
 * ({@code fees.2.amount}).
 */
final class RowList<R extends RemovableRow<?>> {

    private final VerticalLayout layout = new VerticalLayout();
    private final List<R> rows = new ArrayList<>();
    private final Runnable onRemoved;

    RowList(Runnable onRemoved) {
        this.onRemoved = onRemoved;
        layout.setPadding(false);
        layout.setSpacing(false);
    }

    /** Where the rows are shown. */
    VerticalLayout layout() {
        return layout;
    }

    R add(R row) {
        row.onRemove(() -> {
            remove(row);
            onRemoved.run();
        });
        rows.add(row);
        layout.add(row);
        return row;
    }

    void remove(R row) {
        rows.remove(row);
        layout.remove(row);
    }

    void clear() {
        rows.clear();
        layout.removeAll();
    }

    List<R> rows() {
        return Collections.unmodifiableList(rows);
    }

    int size() {
        return rows.size();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The row at a 1-based position, if there is one. */
    Optional<R> at(int position) {
        return position >= 1 && position <= rows.size() ? Optional.of(rows.get(position - 1)) : Optional.empty();
    }

    void setReadOnly(boolean readOnly) {
        rows.forEach(r -> r.setReadOnly(readOnly));
    }

    void clearErrors() {
        rows.forEach(RemovableRow::clearErrors);
    }
}
