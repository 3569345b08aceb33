package se.medborgarlofte.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.medborgarlofte.support.Matrix.adminOnly;
import static se.medborgarlofte.support.Matrix.all;

import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.Matrix.Row;

/** The problem taxonomy: public to read, admins extend it. */
public class SharedMatrixRows implements Matrix.Rows {

  @Override
  public List<Row> rows(Matrix m) {
    return List.of(
        new Row("GET /api/v1/problem-categories", () -> get("/api/v1/problem-categories"), all(200)),
        new Row("POST /api/v1/problem-categories", a -> post("/api/v1/problem-categories")
            .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code() + "\",\"labelSv\":\"Matris\","
                + "\"labelEn\":\"Matrix\"}"), adminOnly(401, 201)),
        new Row("GET /admin/kategorier", () -> get("/admin/kategorier"), adminOnly(302, 200)),
        new Row("POST /admin/kategorier", a -> post("/admin/kategorier").param("code", code())
            .param("labelSv", "Matris").param("labelEn", "Matrix"), adminOnly(302, 302)));
  }

  private static String code() {
    return "MATRIX_" + Matrix.unique().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
