package vn.motcua.bench.runtime;

import vn.motcua.stack.StackEnvironment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the benchmark's clients connect: the stack's URL and account, on the bench's port and a database of its own. */
record Database(int port) {

    /** The Connector/J URL the application uses ({@link StackEnvironment#jdbcUrl}), for {@code database}. */
    String url(String database) {
        String url = StackEnvironment.jdbcUrl(port);
        return url.replace("/motcua?", "/" + database + "?");
    }

    String user() {
        return StackEnvironment.DB_USER;
    }

    String password() {
        return StackEnvironment.DB_PASSWORD;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user(), password());
    }
}
