package se.medborgarlofte.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rounds and their areas as rows. */
@Repository
class RoundRepository {

  private static final String SELECT = """
      select id, template_id, municipality_code, title, opens_on, closes_on, mode, status, minimum_cell_size, example
      from survey_round""";

  private record Row(long id, long templateId, String municipalityCode, String title, LocalDate opensOn,
      LocalDate closesOn, String mode, String status, int minimumCellSize, boolean example) {}

  private final JdbcClient jdbc;

  RoundRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<SurveyRound> find(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(Row.class).optional().map(this::toRound);
  }

  /** A kommun's rounds, latest period first. */
  List<SurveyRound> in(String municipalityCode) {
    return jdbc.sql(SELECT + " where municipality_code = ? order by closes_on desc, id desc")
        .param(municipalityCode).query(Row.class).list().stream().map(this::toRound).toList();
  }

  /** Every round, latest first; the admin list filters by what the member may edit. */
  List<SurveyRound> all() {
    return jdbc.sql(SELECT + " order by closes_on desc, id desc limit 1000").query(Row.class).list().stream()
        .map(this::toRound).toList();
  }

  long insert(SurveyRound r) {
    long id = jdbc.sql("""
        insert into survey_round (template_id, municipality_code, title, opens_on, closes_on, mode, status,
                                  minimum_cell_size, example)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(r.templateId(), r.municipalityCode(), r.title(), r.opensOn(), r.closesOn(), r.mode().name(),
            r.status().name(), r.minimumCellSize(), r.example())
        .query(Long.class).single();
    for (RoundArea a : r.areas()) {
      jdbc.sql("insert into survey_round_area (round_id, code, name, place_id) values (?, ?, ?, ?)")
          .params(id, a.code(), a.name(), a.placeId()).update();
    }
    return id;
  }

  void setStatus(long id, RoundStatus status) {
    jdbc.sql("update survey_round set status = ? where id = ?").params(status.name(), id).update();
  }

  /** What only served while the round was open and could link an answer to a person: codes and retry keys. */
  void forgetLinks(long id) {
    jdbc.sql("delete from survey_invitation where round_id = ?").param(id).update();
    jdbc.sql("delete from survey_submission where round_id = ?").param(id).update();
  }

  long responseCount(long id) {
    return jdbc.sql("select count(*) from survey_response where round_id = ?").param(id).query(Long.class).single();
  }

  private SurveyRound toRound(Row r) {
    List<RoundArea> areas = jdbc.sql("select code, name, place_id from survey_round_area where round_id = ? "
        + "order by name").param(r.id()).query(RoundArea.class).list();
    return new SurveyRound(r.id(), r.templateId(), r.municipalityCode(), r.title(), r.opensOn(), r.closesOn(),
        RoundMode.valueOf(r.mode()), RoundStatus.valueOf(r.status()), r.minimumCellSize(), r.example(), areas);
  }
}
