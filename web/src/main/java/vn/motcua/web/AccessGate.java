package vn.motcua.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Paragraph;
import vn.motcua.tenants.access.Caller;

import java.util.Arrays;

/**
 * The one gate a screen puts before its content: a caller whose roles do not allow the screen sees
 * one line saying so ({@code #access-refused}) instead of it, and the screen builds nothing and
 * asks its services nothing. The services refuse such a caller anyway; the gate spares them the
 * call and the user a stack of empty panels. Used at the top of a view's constructor:
 * {@code if (!AccessGate.admits(this, caller, "admin.forbidden", Role.CATALOG_ADMIN)) return;}
 */
public final class AccessGate {

    public static final String REFUSED_ID = "access-refused";

    private AccessGate() {
    }

    /** Whether the caller holds one of {@code roles}; if not, {@code view} shows the text of {@code refusal}. */
    public static <V extends Component & HasComponents> boolean admits(V view, Caller caller, String refusal, String... roles) {
        return admits(view, Arrays.stream(roles).anyMatch(caller::hasRole), refusal);
    }

    /** For a screen whose rule is more than a role: {@code allowed} says whether the caller may see it. */
    public static <V extends Component & HasComponents> boolean admits(V view, boolean allowed, String refusal) {
        if (!allowed) {
            Paragraph refused = new Paragraph(view.getTranslation(refusal));
            refused.setId(REFUSED_ID);
            view.add(refused);
        }
        return allowed;
    }
}
