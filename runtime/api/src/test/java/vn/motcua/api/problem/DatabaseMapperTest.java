package vn.motcua.api.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLDataException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches the API from the database is answered for what it is: a value the database refuses is
 * a 400 naming its column, a key it refuses a 409 that says so, the rest a 500.
 */
class DatabaseMapperTest {

    @Test
    void a_value_too_long_for_its_column_is_a_400_naming_the_column() {
        SQLException tooLong = new SQLDataException("Data too long for column 'reason' at row 1", "22001", 1406);
        Response response = ProblemMappers.DatabaseMapper.answer(new PersistenceException("flush failed", new RuntimeException(tooLong)));

        assertThat(response.getStatus()).isEqualTo(400);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.errors()).containsKey("reason");
        assertThat(problem.errors().get("reason")).contains("Data too long");
    }

    @Test
    void a_key_the_database_refuses_is_a_409_that_says_so() {
        SQLException duplicate = new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry 'x' for key 'uq_tenant_calendar'", "23000", 1062);
        Response response = ProblemMappers.DatabaseMapper.answer(new PersistenceException(duplicate));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).detail()).contains("conflicts with what is stored").doesNotContain("someone else");
    }

    @Test
    void any_other_database_failure_is_the_servers_500() {
        SQLException gone = new SQLException("Communications link failure", "08S01");
        Response response = ProblemMappers.DatabaseMapper.answer(new PersistenceException(gone));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).errors()).isNull();
    }
}
