package vn.motcua.admin.tenants;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.motcua.admin.WorkingDaysFormat;
import vn.motcua.tenants.admin.AdminLogin;
import vn.motcua.tenants.admin.FirstAdmin;
import vn.motcua.tenants.admin.Merger;
import vn.motcua.tenants.admin.MergerNote;
import vn.motcua.tenants.admin.MergerOutcome;
import vn.motcua.tenants.admin.NewTenant;
import vn.motcua.tenants.admin.TenantAdministration;
import vn.motcua.tenants.admin.TenantRule;
import vn.motcua.tenants.admin.TenantRuleBroken;
import vn.motcua.tenants.admin.TenantView;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.Conflict;
import vn.motcua.tenants.problem.NotFound;
import vn.motcua.tenants.problem.ProvisioningFailed;
import vn.motcua.tenants.tree.TenantKind;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The dialogs of the tenant tree: each shows a broken rule next to its field, in the admin's language. */
final class TenantDialogs {

    private TenantDialogs() {
    }

    /** A dialog whose fields are named as the rules name them ({@link TenantRule#field()}). */
    abstract static class TenantDialog extends Dialog {
        final Map<String, HasValidation> fields = new LinkedHashMap<>();
        final Div error = new Div();
        final Runnable done;

        TenantDialog(String titleKey, Runnable done) {
            this.done = done;
            setHeaderTitle(getTranslation(titleKey));
            error.setId("tenant-dialog-error");
            error.addClassNames(LumoUtility.TextColor.ERROR);
            setWidth("36em");
        }

        <T extends HasValidation> T field(String name, T component) {
            fields.put(name, component);
            return component;
        }

        void footer(String confirmId, Runnable action) {
            Button confirm = new Button(getTranslation("tenant.confirm"), e -> attempt(action));
            confirm.setId(confirmId);
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("publish.cancel"), e -> close()), confirm);
        }

        private void attempt(Runnable action) {
            fields.values().forEach(f -> f.setInvalid(false));
            error.setText("");
            try {
                action.run();
            } catch (TenantRuleBroken broken) {
                for (TenantRule rule : broken.rules()) {
                    HasValidation f = fields.get(rule.field());
                    String message = getTranslation("tenant.rule." + rule.name());
                    if (f != null && !f.isInvalid()) {
                        f.setErrorMessage(message);
                        f.setInvalid(true);
                    } else if (f == null) {
                        error.setText(message);
                    }
                }
            } catch (vn.motcua.tenants.problem.InvalidInput invalid) {
                // the unit code's format or uniqueness, next to its field
                String field = invalid.fieldErrors().keySet().stream().findFirst().orElse("");
                HasValidation f = fields.get(field);
                if (f != null) {
                    f.setErrorMessage(invalid.fieldErrors().get(field));
                    f.setInvalid(true);
                } else {
                    error.setText(getTranslation("tenant.refused", invalid.getMessage()));
                }
            } catch (Conflict | AccessDenied | NotFound e) {
                error.setText(getTranslation("tenant.refused", e.getMessage()));
            } catch (ProvisioningFailed e) {
                error.setText(getTranslation("tenant.provisioning-failed", e.getMessage()));
            }
        }
    }

    static final class Create extends TenantDialog {
        Create(TenantAdministration tenants, String parentId, Runnable done) {
            super("tenant.create", done);
            TextField id = field("id", new TextField(getTranslation("tenant.id")));
            id.setId("new-tenant-id");
            id.setHelperText(getTranslation("tenant.id-help"));
            TextField name = field("name", new TextField(getTranslation("tenant.name")));
            name.setId("new-tenant-name");
            Select<TenantKind> kind = field("kind", new Select<>());
            kind.setLabel(getTranslation("tenant.kind"));
            kind.setId("new-tenant-kind");
            kind.setItems(TenantKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("tenant.kind." + k.name()));
            kind.setValue(parentId == null ? TenantKind.PROVINCE : TenantKind.COMMUNE);
            TextField parent = field("parentId", new TextField(getTranslation("tenant.parent")));
            parent.setValue(parentId == null ? "" : parentId);
            parent.setReadOnly(true);
            TextField username = field("firstAdmin.username", new TextField(getTranslation("tenant.admin-username")));
            username.setId("new-admin-username");
            EmailField email = field("firstAdmin.email", new EmailField(getTranslation("tenant.admin-email")));
            email.setId("new-admin-email");
            TextField lastName = field("firstAdmin.lastName", new TextField(getTranslation("tenant.admin-last-name")));
            lastName.setId("new-admin-last-name");
            TextField firstName = field("firstAdmin.firstName", new TextField(getTranslation("tenant.admin-first-name")));
            firstName.setId("new-admin-first-name");
            add(new FormLayout(id, name, kind, parent), new Paragraph(getTranslation("tenant.admin")),
                    new FormLayout(username, email, lastName, firstName), error);
            footer("tenant-create-confirm", () -> {
                TenantAdministration.Created created = tenants.create(new NewTenant(id.getValue(), name.getValue(), kind.getValue(),
                        parentId, new FirstAdmin(username.getValue(), email.getValue(), firstName.getValue(), lastName.getValue())));
                close();
                done.run();
                new AdminShown(created.tenant(), created.firstAdmin()).open();
            });
        }
    }

    /** The first admin's login, and the temporary password, shown once after creation. */
    static final class AdminShown extends Dialog {
        AdminShown(TenantView tenant, AdminLogin login) {
            setId("tenant-created");
            setHeaderTitle(getTranslation("tenant.created", tenant.name()));
            Span user = new Span(login.username());
            user.setId("created-admin-username");
            add(new Paragraph(getTranslation("tenant.created-login")), user);
            if (login.temporaryPassword() != null) {
                Span password = new Span(login.temporaryPassword());
                password.setId("created-admin-password");
                password.addClassNames(LumoUtility.FontWeight.BOLD);
                add(new Paragraph(getTranslation("tenant.created-password")), password,
                        new Paragraph(getTranslation("tenant.created-password-once")));
            } else {
                add(new Paragraph(getTranslation("tenant.created-no-password")));
            }
            Button ok = new Button(getTranslation("tenant.close"), e -> close());
            ok.setId("tenant-created-close");
            getFooter().add(ok);
        }
    }

    static final class Rename extends TenantDialog {
        Rename(TenantAdministration tenants, TenantView tenant, Runnable done) {
            super("tenant.rename", done);
            TextField name = field("name", new TextField(getTranslation("tenant.name")));
            name.setId("rename-name");
            name.setValue(tenant.name());
            name.setWidthFull();
            add(name, error);
            footer("tenant-rename-confirm", () -> {
                tenants.rename(tenant.id(), name.getValue(), tenant.version());
                close();
                done.run();
            });
        }
    }

    /** The unit's electronic identification code, which opens its dossier codes. */
    static final class UnitCode extends TenantDialog {
        UnitCode(TenantAdministration tenants, TenantView tenant, Runnable done) {
            super("tenant.unit-code", done);
            TextField code = field("unitCode", new TextField(getTranslation("tenant.unit-code")));
            code.setId("unit-code");
            code.setValue(tenant.unitCode() == null ? "" : tenant.unitCode());
            code.setHelperText(getTranslation("tenant.unit-code-help"));
            code.setWidthFull();
            add(code, error);
            footer("tenant-unit-code-confirm", () -> {
                tenants.setUnitCode(tenant.id(), code.getValue(), tenant.version());
                close();
                done.run();
            });
        }
    }

    static final class Move extends TenantDialog {
        Move(TenantAdministration tenants, TenantView tenant, List<TenantView> visible, Runnable done) {
            super("tenant.move", done);
            ComboBox<TenantView> parent = field("parentId", new ComboBox<>(getTranslation("tenant.new-parent")));
            parent.setId("move-parent");
            parent.setItems(visible.stream().filter(t -> !t.merged() && !t.id().equals(tenant.id()) && !t.kind().isCommuneLevel()).toList());
            parent.setItemLabelGenerator(t -> t.name() + " (" + t.id() + ")");
            parent.setWidthFull();
            add(new Paragraph(tenant.name()), parent, error);
            footer("tenant-move-confirm", () -> {
                tenants.move(tenant.id(), parent.getValue() == null ? null : parent.getValue().id(), tenant.version());
                close();
                done.run();
            });
        }
    }

    static final class Merge extends TenantDialog {
        Merge(TenantAdministration tenants, List<TenantView> visible, TenantView selected, Runnable done) {
            super("tenant.merge", done);
            List<TenantView> communes = visible.stream().filter(t -> t.kind().isCommuneLevel() && !t.merged()).toList();
            MultiSelectComboBox<TenantView> merging = field("merging", new MultiSelectComboBox<>(getTranslation("tenant.merging")));
            merging.setId("merge-units");
            merging.setItems(communes);
            merging.setItemLabelGenerator(t -> t.name() + " (" + t.id() + ")");
            if (selected != null && communes.contains(selected)) {
                merging.setValue(Set.of(selected));
            }
            merging.setWidthFull();
            TextField into = field("id", new TextField(getTranslation("tenant.merge-into")));
            into.setId("merge-into");
            into.setHelperText(getTranslation("tenant.merge-into-help"));
            TextField name = field("name", new TextField(getTranslation("tenant.name")));
            name.setId("merge-name");
            Select<TenantKind> kind = field("kind", new Select<>());
            kind.setLabel(getTranslation("tenant.kind"));
            kind.setId("merge-kind");
            kind.setItems(Arrays.stream(TenantKind.values()).filter(TenantKind::isCommuneLevel).toList());
            kind.setItemLabelGenerator(k -> getTranslation("tenant.kind." + k.name()));
            kind.setValue(TenantKind.COMMUNE);
            add(merging, new FormLayout(into, name, kind), error);
            footer("tenant-merge-confirm", () -> {
                MergerOutcome outcome = tenants.merge(new Merger(merging.getValue().stream().map(TenantView::id).toList(),
                        into.getValue(), name.getValue(), kind.getValue(), null));
                close();
                done.run();
                new MergeShown(outcome).open();
            });
        }
    }

    /** What a merger carried over to the unit, and what it left for the unit's admin to decide. */
    static final class MergeShown extends Dialog {
        MergeShown(MergerOutcome outcome) {
            setId("merge-outcome");
            setHeaderTitle(getTranslation("merger.outcome", outcome.tenant().name()));
            setWidth("44em");
            add(section("merge-carried", "merger.carried", outcome.carried()),
                    section("merge-to-decide", "merger.to-decide", outcome.toDecide()));
            Button ok = new Button(getTranslation("tenant.close"), e -> close());
            ok.setId("merge-outcome-close");
            getFooter().add(ok);
        }

        private Div section(String id, String titleKey, List<MergerNote> notes) {
            Div section = new Div();
            section.setId(id);
            Span title = new Span(getTranslation(titleKey));
            title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            section.add(title);
            if (notes.isEmpty()) {
                section.add(new Paragraph(getTranslation("merger.nothing")));
            }
            notes.forEach(n -> section.add(new Paragraph(text(n))));
            return section;
        }

        /** The note in the admin's language; one read back from the history has only its English line. */
        private String text(MergerNote note) {
            if (note.key() == null) {
                return note.text();
            }
            boolean setting = note.key().startsWith("OVERRIDE_");
            Object[] args = note.args().stream().map(a -> setting ? setting(a) : value(a)).toArray();
            return getTranslation("merger.note." + note.key(), args);
        }

        private String value(String arg) {
            return Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.name().equals(arg)) ? getTranslation("weekday." + arg) : arg;
        }

        /**
         * A step's local setting as the catalog notes it, "Công chức X, specialist, 2.5 d" (see
         * MergerCarryOver), in the admin's language: the role named, the days written as the screen writes them.
         */
        private String setting(String arg) {
            String roles = SETTING_ROLE.matcher(arg).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    getTranslation("role." + m.group(1))));
            return SETTING_DAYS.matcher(roles).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(getTranslation("adoption.days",
                    WorkingDaysFormat.format(new java.math.BigDecimal(m.group(1)), getLocale()))));
        }

        private static final java.util.regex.Pattern SETTING_ROLE = java.util.regex.Pattern.compile("\\b(reception|specialist|leader)\\b");
        private static final java.util.regex.Pattern SETTING_DAYS = java.util.regex.Pattern.compile("\\b(\\d+(?:\\.\\d+)?) d\\b");
    }
}
