package se.medborgarlofte.admin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static se.medborgarlofte.support.Matrix.adminOnly;
import static se.medborgarlofte.support.Matrix.signedIn;

import java.util.List;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.Matrix.Row;

/** The workspace shell: the start page for every member, the audit log for admins. */
public class AdminMatrixRows implements Matrix.Rows {

  @Override
  public List<Row> rows(Matrix m) {
    return List.of(
        new Row("GET /admin", () -> get("/admin"), signedIn(302, 200)),
        new Row("GET /admin/granskning", () -> get("/admin/granskning"), adminOnly(302, 200)));
  }
}
