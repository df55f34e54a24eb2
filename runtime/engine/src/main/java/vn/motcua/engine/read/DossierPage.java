package vn.motcua.engine.read;

import java.util.List;

/** One page of a dossier list and how many match in all. */
public record DossierPage(long total, int offset, int limit, List<DossierSummary> items) {
}
