package se.medborgarlofte.crimestats;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import se.medborgarlofte.shared.plugin.DemoData;
import se.medborgarlofte.shared.plugin.DemoLoader;

/**
 * Demo figures for Båstad (1278), Höganäs (1284) and Skåne (12): invented, imported as examples so every page that
 * shows them says so. The same file every start, so its hash makes a second start a no-op.
 */
@Component
@DemoData
class CrimeStatisticsDemo implements DemoLoader {

  /** Invented counts: total reported crime and residential burglary, years 2014–2015 and quarters of 2015–2016. */
  static final String FILE = """
      status;period;area_code;crime_type;count;rate_per_100k
      slutlig;2014;1278;TOTAL;1 310;..
      slutlig;2015;1278;TOTAL;1 254;..
      slutlig;2014;1278;RESIDENTIAL_BURGLARY;63;..
      slutlig;2015;1278;RESIDENTIAL_BURGLARY;68;..
      slutlig;2015Q1;1278;RESIDENTIAL_BURGLARY;20;..
      slutlig;2015Q2;1278;RESIDENTIAL_BURGLARY;16;..
      slutlig;2015Q3;1278;RESIDENTIAL_BURGLARY;15;..
      slutlig;2015Q4;1278;RESIDENTIAL_BURGLARY;17;..
      preliminär;2016Q1;1278;RESIDENTIAL_BURGLARY;14;..
      preliminär;2016Q2;1278;RESIDENTIAL_BURGLARY;15;..
      preliminär;2016Q3;1278;RESIDENTIAL_BURGLARY;13;..
      slutlig;2014;1284;TOTAL;1 702;..
      slutlig;2015;1284;TOTAL;1 655;..
      slutlig;2014;1284;RESIDENTIAL_BURGLARY;71;..
      slutlig;2015;1284;RESIDENTIAL_BURGLARY;77;..
      slutlig;2015;12;TOTAL;..;..
      slutlig;2014;12;TOTAL;187 430;13 720,5
      """;

  private final CrimeStatisticsImport importer;

  CrimeStatisticsDemo(CrimeStatisticsImport importer) {
    this.importer = importer;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public void load() {
    importer.importExamples("demo-brottsstatistik.csv", new ByteArrayResource(FILE.getBytes(StandardCharsets.UTF_8)));
  }
}
