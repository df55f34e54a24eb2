package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every command in every status, at both stages: allowed with the right next status, or refused
 * with a message naming the status and what it allows. The expected table is written out here on
 * its own, not read from the class under test.
 */
class LifecycleTest {

    /**
     * Columns: the status (and stage: R before acceptance, H after), as the portal codes them.
     * A cell is the next status's portal code, "-" when refused.
     */
    private static final String[] COLUMNS = {"1R", "2H", "3", "4H", "5R", "5H", "6H", "7", "8", "9H", "10"};
    private static final String TABLE = """
            command                       1R 2H 3  4H 5R 5H 6H 7  8  9H 10
            RECEIVE                       -  -  -  -  -  -  -  -  -  -  -
            ACCEPT                        2  -  -  -  -  -  -  -  -  -  -
            REQUEST_SUPPLEMENT            5  5  -  5  -  -  -  -  -  -  -
            RESUME_ON_SUPPLEMENT          -  -  -  -  1  4  -  -  -  -  -
            REQUEST_FINANCIAL_OBLIGATION  -  6  -  6  -  -  -  -  -  -  -
            CONFIRM_FINANCIAL_OBLIGATION  -  -  -  -  -  -  4  -  -  -  -
            REFUSE                        3  9  -  9  3  -  -  -  -  -  -
            CLAIM                         1  4  -  4  -  -  -  -  -  -  -
            ASSIGN                        1  4  -  4  -  -  -  -  -  -  -
            COMPLETE_STEP                 -  4  -  4  -  -  -  -  -  -  -
            RETURN_TO_STEP                -  -  -  4  -  -  -  -  -  -  -
            TRANSFER                      -  4  -  4  -  -  -  -  -  -  -
            START_POSTING                 -  4  -  4  -  -  -  -  -  -  -
            RECORD_COMPLAINT              -  4  -  4  -  -  -  -  -  -  -
            END_POSTING                   -  4  -  4  -  -  -  -  -  -  -
            WITHDRAW                      7  7  -  7  7  7  7  -  -  -  -
            STOP                          -  8  -  8  -  8  8  -  -  -  -
            RESOLVE                       -  9  -  9  -  -  -  -  -  -  -
            RETURN_RESULT                 -  -  -  -  -  -  -  -  -  10 -
            """;

    @Test
    void every_command_in_every_status_and_stage_is_allowed_or_refused_as_the_table_says() {
        Map<Command, Map<String, String>> expected = expectedTable();
        assertThat(expected.keySet()).containsExactlyInAnyOrder(Command.values());
        int checked = 0;
        for (Command command : Command.values()) {
            for (DossierStatus status : DossierStatus.values()) {
                for (Stage stage : Stage.values()) {
                    String cell = expected.get(command).getOrDefault(column(status, stage), "-");
                    if (cell.equals("-")) {
                        assertRefused(command, status, stage);
                    } else {
                        assertThat(Lifecycle.next(command, status, stage))
                                .as("%s in %s at %s", command, status, stage)
                                .contains(DossierStatus.ofPortalCode(Integer.parseInt(cell)));
                        assertThat(Lifecycle.require("D", command, status, stage))
                                .isEqualTo(DossierStatus.ofPortalCode(Integer.parseInt(cell)));
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(Command.values().length * DossierStatus.values().length * Stage.values().length);
    }

    @Test
    void the_allowed_commands_of_a_status_are_those_of_its_column_in_command_order() {
        Map<Command, Map<String, String>> expected = expectedTable();
        for (String column : COLUMNS) {
            List<Command> allowed = new ArrayList<>();
            for (Command command : Command.values()) {
                if (!expected.get(command).get(column).equals("-")) {
                    allowed.add(command);
                }
            }
            DossierStatus status = DossierStatus.ofPortalCode(Integer.parseInt(column.replaceAll("[RH]", "")));
            Stage stage = column.endsWith("R") ? Stage.RECEPTION : Stage.HANDLING;
            assertThat(Lifecycle.allowed(status, stage)).as(column).containsExactlyElementsOf(allowed);
        }
    }

    @Test
    void a_final_status_allows_nothing_and_every_other_status_allows_something() {
        for (DossierStatus status : DossierStatus.values()) {
            boolean anything = !Lifecycle.allowed(status, Stage.RECEPTION).isEmpty()
                    || !Lifecycle.allowed(status, Stage.HANDLING).isEmpty();
            assertThat(anything).as(status.name()).isEqualTo(!status.isFinal());
        }
    }

    @Test
    void the_refusal_names_the_status_in_both_languages_and_what_is_allowed() {
        assertThatThrownBy(() -> Lifecycle.require("000.00.23.H50-260504-0001", Command.COMPLETE_STEP,
                DossierStatus.AWAITING_SUPPLEMENT, Stage.HANDLING))
                .isInstanceOf(CommandNotAllowed.class)
                .isInstanceOf(vn.motcua.tenants.problem.Conflict.class)
                .hasMessage("dossier 000.00.23.H50-260504-0001 is AWAITING_SUPPLEMENT (Chờ bổ sung hồ sơ):"
                        + " COMPLETE_STEP is not allowed; allowed: RESUME_ON_SUPPLEMENT, WITHDRAW, STOP");
        assertThatThrownBy(() -> Lifecycle.require("X", Command.WITHDRAW, DossierStatus.RESULT_RETURNED, Stage.HANDLING))
                .hasMessageEndingWith("WITHDRAW is not allowed; allowed: none");
    }

    @Test
    void the_ten_statuses_are_the_portals_ten_codes() {
        assertThat(DossierStatus.values()).extracting(DossierStatus::portalCode).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThatThrownBy(() -> DossierStatus.ofPortalCode(11)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(Command command, DossierStatus status, Stage stage) {
        assertThat(Lifecycle.next(command, status, stage)).as("%s in %s at %s", command, status, stage).isEmpty();
        try {
            Lifecycle.require("D-1", command, status, stage);
            fail(command + " in " + status + " at " + stage + " was allowed");
        } catch (CommandNotAllowed e) {
            assertThat(e.command()).isEqualTo(command);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.allowed()).isEqualTo(Lifecycle.allowed(status, stage));
            assertThat(e.getMessage()).startsWith("dossier D-1 is " + status + " (" + status.vietnameseName() + "): "
                    + command + " is not allowed; allowed: ");
            e.allowed().forEach(a -> assertThat(e.getMessage()).contains(a.name()));
        }
    }

    private static String column(DossierStatus status, Stage stage) {
        String code = Integer.toString(status.portalCode());
        for (String column : COLUMNS) {
            if (column.equals(code) || column.equals(code + (stage == Stage.RECEPTION ? "R" : "H"))) {
                return column;
            }
        }
        return "none";
    }

    private static Map<Command, Map<String, String>> expectedTable() {
        Map<Command, Map<String, String>> table = new EnumMap<>(Command.class);
        List<String> lines = TABLE.lines().skip(1).toList();
        for (String line : lines) {
            String[] cells = line.trim().split("\\s+");
            assertThat(cells).as(line).hasSize(COLUMNS.length + 1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.length; i++) {
                row.put(COLUMNS[i], cells[i + 1]);
            }
            table.put(Command.valueOf(cells[0]), row);
        }
        return table;
    }
}
