package vn.motcua.catalog.exchange;

import vn.motcua.catalog.version.CatalogVersion;

import java.util.List;

/**
 * What an import produced: a draft holding everything that could be read, and every cell that
 * could not. An import never stops at the first bad row, so one round of corrections fixes the
 * whole workbook.
 */
public record ImportResult(CatalogVersion draft, List<RowError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean isClean() {
        return errors.isEmpty();
    }
}
