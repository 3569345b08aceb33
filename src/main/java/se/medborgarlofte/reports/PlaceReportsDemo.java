package se.medborgarlofte.reports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.DemoUsers;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.plugin.DemoData;
import se.medborgarlofte.shared.plugin.DemoLoader;

/**
 * Invented reports in Båstad (1278), around the station and along road 115, marked as examples wherever they show,
 * so the map, the hotspots and the moderation queue have something to show. Loaded once: a second start finds them.
 */
@Component
@DemoData
class PlaceReportsDemo implements DemoLoader {

  /** category, latitude, longitude, description; published by Båstad's demo coordinator. */
  static final Object[][] PUBLISHED = {
      {"speeding", 56.4279, 12.8498, "Bilar kör fort på Köpmansgatan förbi stationen."},
      {"speeding", 56.4281, 12.8503, "Fortkörning vid övergångsstället mot stationen."},
      {"speeding", 56.4276, 12.8510, "Mopeder i hög fart på stationsvägen."},
      {"speeding", 56.4284, 12.8494, "Höga hastigheter på kvällarna vid pendelparkeringen."},
      {"speeding", 56.4273, 12.8500, "Barn går över vägen här, bilarna håller inte 30."},
      {"feels-unsafe", 56.4270, 12.8489, "Gångtunneln under spåret känns otrygg när det är mörkt."},
      {"feels-unsafe", 56.4272, 12.8484, "Otryggt att vänta på sista tåget."},
      {"feels-unsafe", 56.4268, 12.8492, "Grupper samlas vid tunneln på helgnätter."},
      {"reckless-driving", 56.4301, 12.8800, "Omkörningar i kurvan på väg 115."},
      {"reckless-driving", 56.4303, 12.8812, "Bilar kör om på heldragen linje på 115."},
      {"reckless-driving", 56.4299, 12.8790, "Vårdslös körning vid avfarten från 115."},
      {"reckless-driving", 56.4305, 12.8805, "Lastbilar i hög fart förbi busshållplatsen på 115."},
      {"poor-lighting", 56.4310, 12.9000, "Busshållplatsen vid 115 saknar belysning."},
      {"littering", 56.4380, 12.6700, "Skräp vid hamnen i Torekov efter helgerna."}};

  private final PlaceReports reports;
  private final DemoUsers users;
  private final JdbcClient jdbc;

  PlaceReportsDemo(PlaceReports reports, DemoUsers users, JdbcClient jdbc) {
    this.reports = reports;
    this.users = users;
    this.jdbc = jdbc;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public void load() {
    if (jdbc.sql("select count(*) from reports_place_report where example and municipality_code = '1278'")
        .query(Long.class).single() > 0) {
      return;
    }
    Member coordinator = users.get(DemoUsers.COORDINATOR_BASTAD);
    long last = 0;
    for (Object[] r : PUBLISHED) {
      last = reports.submitExample(new NewPlaceReport("1278", (String) r[0], (String) r[3], null, (Double) r[1],
          (Double) r[2], null, null, null, null, "DEMO"));
      reports.moderate(coordinator, last, "PUBLISH", null, null);
    }
    reports.changeStatus(coordinator, last, "CLOSED", "Städat av kommunen (exempel).");
    reports.submitExample(new NewPlaceReport("1278", "vandalism", "Klotter på stationshuset (väntar på granskning).",
        "NIGHT", 56.4277, 12.8495, null, null, null, null, "DEMO"));
  }
}
