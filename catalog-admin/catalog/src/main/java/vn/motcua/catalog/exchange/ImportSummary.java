package vn.motcua.catalog.exchange;

import java.util.List;

/**
 * What an import did to the draft: procedures added, procedures revised in place (same national
 * code, or same name when there is none), procedures removed (only when the import replaces the
 * whole draft), and the names of procedures the file held twice (the later one won).
 */
public record ImportSummary(int added, int replaced, int removed, List<String> repeated) {

    public ImportSummary {
        repeated = List.copyOf(repeated);
    }
}
