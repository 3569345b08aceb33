package se.medborgarlofte.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static se.medborgarlofte.support.Matrix.all;

import java.util.List;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.Matrix.Row;

/** The public shell: open to everyone. */
public class PortalMatrixRows implements Matrix.Rows {

  @Override
  public List<Row> rows(Matrix m) {
    return List.of(
        new Row("GET /", () -> get("/"), all(200)),
        new Row("GET /kommuner/{code}", () -> get("/kommuner/1278"), all(200)),
        new Row("GET /lan/{code}", () -> get("/lan/12"), all(200)),
        new Row("GET /karta", () -> get("/karta"), all(200)),
        new Row("GET /om", () -> get("/om"), all(200)),
        new Row("GET /403", () -> get("/403"), all(403)));
  }
}
