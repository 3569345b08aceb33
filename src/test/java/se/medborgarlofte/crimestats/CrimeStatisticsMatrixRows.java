package se.medborgarlofte.crimestats;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static se.medborgarlofte.support.Matrix.adminOnly;
import static se.medborgarlofte.support.Matrix.all;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.Matrix.Row;

/**
 * Crime statistics: figures, comparisons and crime types are public; only admins import (national data); the import
 * history, which names who imported, is for admins and analysts.
 */
public class CrimeStatisticsMatrixRows implements Matrix.Rows {

  @Override
  public List<Row> rows(Matrix m) {
    long importId = m.bean(CrimeStatisticsImport.class).importExamples("matrix.csv", new ByteArrayResource(
        ("status,period,area_code,crime_type,count,note\nFINAL,1991,SE,TOTAL,1,matrix " + Matrix.unique() + "\n")
            .getBytes(StandardCharsets.UTF_8))).importId();
    return List.of(
        new Row("POST /api/v1/crime-statistics/imports", a -> post("/api/v1/crime-statistics/imports")
            .contentType("text/csv").content("status,period,area_code,crime_type,count,note\nFINAL,1990,SE,TOTAL,1,"
                + Matrix.unique() + "\n"),
            all(403).but("anonymous", 401).but("admin", 201)),
        new Row("GET /api/v1/crime-statistics/imports/{importId}",
            () -> get("/api/v1/crime-statistics/imports/" + importId),
            all(403).but("anonymous", 401).but("analyst", 200).but("admin", 200)),
        new Row("GET /api/v1/crime-statistics", () -> get("/api/v1/crime-statistics").param("area", "1278"),
            all(200)),
        new Row("GET /api/v1/crime-statistics/comparison", () -> get("/api/v1/crime-statistics/comparison")
            .param("area", "1278").param("crimeType", "TOTAL").param("year", "2016").param("throughQuarter", "3"),
            all(200)),
        new Row("GET /api/v1/crime-statistics/trend", () -> get("/api/v1/crime-statistics/trend")
            .param("area", "1278").param("crimeType", "TOTAL").param("years", "3"), all(200)),
        new Row("GET /api/v1/crime-types", () -> get("/api/v1/crime-types"), all(200)),
        new Row("GET /kommuner/{code}/brottsstatistik.csv", () -> get("/kommuner/1278/brottsstatistik.csv"),
            all(200)),
        new Row("GET /admin/brottsstatistik", () -> get("/admin/brottsstatistik"), adminOnly(302, 200)),
        new Row("GET /admin/brottsstatistik/importer/{id}",
            () -> get("/admin/brottsstatistik/importer/" + importId), adminOnly(302, 200)),
        new Row("POST /admin/brottsstatistik/import", a -> multipart("/admin/brottsstatistik/import")
            .file(new MockMultipartFile("file", "matrix.csv", "text/csv",
                ("status,period,area_code,crime_type,count,note\nFINAL,1989,SE,TOTAL,1," + Matrix.unique() + "\n")
                    .getBytes(StandardCharsets.UTF_8))), adminOnly(302, 302)),
        new Row("POST /admin/brottsstatistik/brottstyper", a -> post("/admin/brottsstatistik/brottstyper")
            .param("code", "MATRIX_FORM_" + Matrix.unique().toUpperCase()).param("nameSv", "Formulär " + Matrix.unique())
            .param("nameEn", "Form " + Matrix.unique()).param("problemCategory", "THEFT"), adminOnly(302, 302)),
        new Row("POST /admin/brottsstatistik/brottstyper/{code}", () -> post("/admin/brottsstatistik/brottstyper/FRAUD")
            .param("problemCategory", "FRAUD"), adminOnly(302, 302)),
        new Row("POST /api/v1/crime-types", a -> post("/api/v1/crime-types")
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(
                "{\"code\":\"MATRIX_" + Matrix.unique().toUpperCase() + "\",\"nameSv\":\"Matris " + Matrix.unique()
                    + "\",\"nameEn\":\"Matrix " + Matrix.unique() + "\",\"problemCategory\":\"THEFT\"}"),
            all(403).but("anonymous", 401).but("admin", 201)));
  }
}
