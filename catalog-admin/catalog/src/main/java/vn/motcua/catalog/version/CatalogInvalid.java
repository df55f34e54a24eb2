package vn.motcua.catalog.version;

import java.util.List;

/** Publishing was refused: the version breaks the rules listed. */
public class CatalogInvalid extends RuntimeException {

    private final List<CatalogProblem> problems;

    public CatalogInvalid(List<CatalogProblem> problems) {
        super(problems.size() + " problem(s) prevent publishing: " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
