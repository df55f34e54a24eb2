package vn.motcua.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import vn.motcua.tenants.problem.BrokenRule;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.web.FieldErrors;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one way a screen shows a service's {@link InvalidInput}: each {@link BrokenRule} next to the
 * field bound to its {@link BrokenRule#field() key} — the key the API's problem+json names it by —
 * in the user's language; the first problem of a field wins. A form binds its fixed fields by key
 * and may add a finder for the keys of rows that come and go ({@code fees.2.amount}); what finds no
 * field on screen is handed back for the form to show elsewhere (a line above the buttons, a list).
 */
public final class FieldErrors {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final List<Function<String, Optional<? extends HasValidation>>> finders = new ArrayList<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    /** Shows the problems of {@code field} on {@code component}; returns the component. */
    public <T extends HasValidation> T bind(String field, T component) {
        fields.put(field, component);
        return component;
    }

    /** Looks up fields whose keys are made while the form grows, e.g. a list's rows. */
    public FieldErrors bind(Function<String, Optional<? extends HasValidation>> finder) {
        finders.add(finder);
        return this;
    }

    /** The field a problem of {@code key} is shown on, if it is on screen. */
    public Optional<HasValidation> fieldOf(String key) {
        HasValidation bound = fields.get(key);
        if (bound != null) {
            return Optional.of(bound);
        }
        for (Function<String, Optional<? extends HasValidation>> finder : finders) {
            Optional<? extends HasValidation> found = finder.apply(key);
            if (found.isPresent()) {
                return Optional.of(found.get());
            }
        }
        return Optional.empty();
    }

    /** Clears the errors of the fields bound by key (a finder's rows clear their own). */
    public void clear() {
        fields.values().forEach(FieldErrors::clear);
    }

    /** Shows each problem next to its field; returns those without a field on screen, in order. */
    public List<BrokenRule> show(Collection<? extends BrokenRule> problems) {
        List<BrokenRule> elsewhere = new ArrayList<>();
        for (BrokenRule problem : problems) {
            fieldOf(problem.field()).ifPresentOrElse(f -> error(f, text(owner, problem)), () -> elsewhere.add(problem));
        }
        return elsewhere;
    }

    public List<BrokenRule> show(InvalidInput invalid) {
        return show(invalid.problems());
    }

    /** The problem's text in the owner's language: its translation filled with its arguments, else its English message. */
    public static String text(Component owner, BrokenRule problem) {
        Locale locale = owner.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(Locale.getDefault());
        return text(problem, locale, owner::getTranslation);
    }

    /**
     * The problem's text in {@code locale}: numbers of days with the language's decimal mark
     * ({@link WorkingDaysFormat}), dates as dd/MM/yyyy, weekdays by their name ({@code weekday.MONDAY}), everything else as written, so the translation's pattern formats
     * no number on its own (a step "4" stays "4", a year "2026" is not "2.026").
     */
    static String text(BrokenRule problem, Locale locale, BiFunction<String, Object[], String> translate) {
        if (problem.messageKey() == null) {
            return problem.message();
        }
        Object[] args = problem.args().stream()
                .map(a -> a instanceof BigDecimal days ? WorkingDaysFormat.format(days, locale)
                        : a instanceof LocalDate day ? DAY.format(day)
                        : a instanceof DayOfWeek weekday ? translate.apply("weekday." + weekday.name(), new Object[0])
                        : String.valueOf(a))
                .toArray();
        return translate.apply(problem.messageKey(), args);
    }

    /** Shows {@code text} as the field's error, keeping the first one when several concern it. */
    public static void error(HasValidation field, String text) {
        if (!field.isInvalid()) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
    }

    public static void clear(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
