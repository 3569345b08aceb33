package se.medborgarlofte.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The zero-setup database keeps what it acknowledged across a restart, also when the app runs as root. */
class EmbeddedDatabaseIntegrationTests {

  final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

  @Test
  void committedDataSurvivesAStopAndAStart() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-restart-");
    try (EmbeddedPostgres first = configuration.embeddedPostgres(dir.toString(), 0);
        HikariDataSource ds = (HikariDataSource) configuration.dataSource(first)) {
      JdbcClient jdbc = JdbcClient.create(ds);
      jdbc.sql("create table kept (v text)").update();
      jdbc.sql("insert into kept values ('Medborgarlöfte åäö')").update();
      assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
    }
    assertThat(dir.resolve("postgres/PG_VERSION")).exists();
    try (EmbeddedPostgres second = configuration.embeddedPostgres(dir.toString(), 0);
        HikariDataSource ds = (HikariDataSource) configuration.dataSource(second)) {
      assertThat(JdbcClient.create(ds).sql("select v from kept").query(String.class).single())
          .isEqualTo("Medborgarlöfte åäö");
    }
  }
}
