package vn.motcua.engine.dossier;

import vn.motcua.catalog.version.RequiredDocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The desk's completeness check against the route's required documents (thành phần hồ sơ): each
 * document is presented, or does not apply to this citizen (a conditional item such as the
 * survivorship decision "for a deceased aged 80 or more"). A document neither presented nor marked
 * not applicable is missing: acceptance waits for it and a supplement request lists it.
 */
public final class DocumentChecklist {

    public enum Mark { PRESENTED, NOT_APPLICABLE }

    private final Map<String, Mark> marks;

    private DocumentChecklist(Map<String, Mark> marks) {
        this.marks = Map.copyOf(marks);
    }

    public static DocumentChecklist empty() {
        return new DocumentChecklist(Map.of());
    }

    /** Every document of {@code documents} presented. */
    public static DocumentChecklist allPresented(List<RequiredDocument> documents) {
        DocumentChecklist checklist = empty();
        for (RequiredDocument d : documents) {
            checklist = checklist.presented(d.name());
        }
        return checklist;
    }

    public DocumentChecklist presented(String document) {
        return with(document, Mark.PRESENTED);
    }

    public DocumentChecklist notApplicable(String document) {
        return with(document, Mark.NOT_APPLICABLE);
    }

    /** The documents of {@code required} neither presented nor marked not applicable, in their order. */
    public List<String> missing(List<RequiredDocument> required) {
        return required.stream().map(RequiredDocument::name).filter(name -> !marks.containsKey(name)).toList();
    }

    public Map<String, Mark> marks() {
        return marks;
    }

    private DocumentChecklist with(String document, Mark mark) {
        Map<String, Mark> next = new LinkedHashMap<>(marks);
        next.put(document, mark);
        return new DocumentChecklist(next);
    }
}
