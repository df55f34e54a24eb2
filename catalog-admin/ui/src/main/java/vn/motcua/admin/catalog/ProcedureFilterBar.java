package vn.motcua.admin.catalog;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.ProcedureFilter;

import java.util.Collection;

/**
 * The filters every procedure grid offers — the field (lĩnh vực), the handling level and the
 * online level — and its diacritic-blind search box, which a view places itself (in its toolbar
 * or beside the filters). Ids are {@code <prefix>filter-field} etc., as the browser tests use them.
 */
public class ProcedureFilterBar extends Composite<HorizontalLayout> {

    final TextField search = new TextField();
    private final ComboBox<String> field = new ComboBox<>();
    private final Select<AdministrativeLevel> level = new Select<>();
    private final Select<OnlineLevel> onlineLevel = new Select<>();

    public ProcedureFilterBar(String searchId, String idPrefix, Collection<String> fields) {
        search.setId(searchId);
        search.setPlaceholder(getTranslation("procedure.search"));
        search.setTooltipText(getTranslation("procedure.search-hint"));
        search.setAriaLabel(getTranslation("procedure.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(24em, 100%)");
        field.setId(idPrefix + "filter-field");
        field.setPlaceholder(getTranslation("filter.field"));
        field.setItems(fields);
        field.setClearButtonVisible(true);
        field.setWidth("min(20em, 100%)");
        level.setId(idPrefix + "filter-level");
        level.setItems(AdministrativeLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("filter.any-level"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("filter.any-level") : getTranslation("level." + l.name()));
        level.setWidth("12em");
        onlineLevel.setId(idPrefix + "filter-online-level");
        onlineLevel.setItems(OnlineLevel.values());
        onlineLevel.setEmptySelectionAllowed(true);
        onlineLevel.setEmptySelectionCaption(getTranslation("filter.any-online-level"));
        onlineLevel.setItemLabelGenerator(l -> l == null ? getTranslation("filter.any-online-level")
                : getTranslation("online-level." + l.name()));
        onlineLevel.setWidth("14em");
        getContent().add(field, level, onlineLevel);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setWrap(true);
    }

    /** The search box, which the view places itself. */
    public TextField search() {
        return search;
    }

    /** Runs {@code refresh} whenever the search or a filter changes. */
    public void onChange(Runnable refresh) {
        search.addValueChangeListener(e -> refresh.run());
        field.addValueChangeListener(e -> refresh.run());
        level.addValueChangeListener(e -> refresh.run());
        onlineLevel.addValueChangeListener(e -> refresh.run());
    }

    /** Whether the search or a filter narrows the grid now. */
    public boolean isNarrowing() {
        return !search.getValue().isBlank() || field.getValue() != null || level.getValue() != null || onlineLevel.getValue() != null;
    }

    public void setFields(Collection<String> fields) {
        field.setItems(fields);
    }

    public ProcedureFilter filter(Long serviceDayId) {
        return new ProcedureFilter(search.getValue(), field.getValue(), level.getValue(), onlineLevel.getValue(), serviceDayId);
    }
}
