package io.dateline.sink;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh PostgreSQL schema for one test class, on the server named by {@code DATELINE_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}): created before the class, dropped after it,
 * so classes never see each other's rows. When the server cannot be reached every test of the class is skipped,
 * saying why.
 */
public final class PostgresSchemaExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSchemaExtension.class);

    private static final String BASE_URL = setting("DATELINE_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = setting("DATELINE_TEST_POSTGRES_USER", "postgres");
    private static final String PASSWORD = setting("DATELINE_TEST_POSTGRES_PASSWORD", "");

    private final String schema = "sink_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);
    private boolean created;
    private String unreachable;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(BASE_URL, USER, PASSWORD)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            created = true;
        } catch (SQLException e) {
            unreachable = "PostgreSQL at " + BASE_URL + " (user " + USER + ") is not reachable, skipping "
                    + context.getDisplayName() + ": " + e.getMessage();
            LOG.warn(unreachable);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (unreachable != null) {
            Assumptions.abort(unreachable);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (!created) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(BASE_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** The JDBC URL of the schema: the server's URL with {@code currentSchema} set. */
    public String url() {
        return BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Host of the server. */
    public String host() {
        return server().getHost();
    }

    /** Port of the server. */
    public int port() {
        return server().getPort() < 0 ? 5432 : server().getPort();
    }

    /** The JDBC URL of the schema through another local port, e.g. a {@link TcpProxy}'s. */
    public String urlThrough(int localPort) {
        return url().replaceFirst("//[^/]+/", "//127.0.0.1:" + localPort + "/");
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    /** A plain connection to the schema, for assertions. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    private static URI server() {
        return URI.create(BASE_URL.substring("jdbc:".length()));
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
