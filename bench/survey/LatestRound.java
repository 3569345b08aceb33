import java.sql.DriverManager;
import java.sql.ResultSet;

/** Prints the id of the latest closed round (the indicators round), for bench/survey/run.sh. */
public class LatestRound {
  public static void main(String[] args) throws Exception {
    try (var c = DriverManager.getConnection(args[0], "postgres", "postgres")) {
      ResultSet rs = c.createStatement().executeQuery("select max(id) from survey_round where status = 'CLOSED'");
      rs.next();
      System.out.println(rs.getLong(1));
    }
  }
}
