package se.medborgarlofte.example;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.medborgarlofte.support.Matrix.all;

import java.util.List;
import org.springframework.http.MediaType;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.Matrix.Row;

/** The example module's rows: a public page, a public read, and a write for the kommun's own staff. */
public class ExampleMatrixRows implements Matrix.Rows {

  @Override
  public List<Row> rows(Matrix m) {
    return List.of(
        new Row("GET /exempel", () -> get("/exempel"), all(200)),
        new Row("GET /exempel.atom", () -> get("/exempel.atom"), all(200)),
        new Row("GET /api/v1/example/municipalities/{code}/tips", () -> get("/api/v1/example/municipalities/1278/tips"),
            all(200)),
        new Row("POST /api/v1/example/municipalities/{code}/tips", a -> post(
            "/api/v1/example/municipalities/1278/tips").contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\":\"Matris " + Matrix.unique() + "\"}"),
            all(403).but("anonymous", 401).but("coordinator", 201).but("admin", 201)));
  }
}
