package vn.motcua.tenants.problem;

import java.util.List;

/**
 * One rule the input breaks, pinned to the field it concerns: what {@link InvalidInput} carries,
 * whatever the module. The API answers {@link #field()} → {@link #message()} (English); a screen
 * shows the text of {@link #messageKey()} filled with {@link #args()} in its user's language next to
 * the field it binds to the same {@link #field()} — one key for both, so what the API names is what
 * the form marks.
 */
public interface BrokenRule {

    /**
     * Where the problem is, as the request body and the form address it: {@code name},
     * {@code sessions.1}, {@code fees.2.amount}, {@code steps.4.2.outcomes.1.target}.
     */
    String field();

    /** The translation of the text, e.g. {@code calendar.problem.NO_SESSION}; null when there is only {@link #message()}. */
    String messageKey();

    /** What fills the translated text, in its order ({@code {0}}, {@code {1}}…). */
    List<Object> args();

    /** The English text, for the API and logs. */
    String message();
}
