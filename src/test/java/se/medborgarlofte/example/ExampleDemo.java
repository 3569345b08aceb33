package se.medborgarlofte.example;

import org.springframework.stereotype.Component;
import se.medborgarlofte.shared.plugin.DemoData;
import se.medborgarlofte.shared.plugin.DemoLoader;

/** The example module's demo content: one tip for Båstad. */
@Component
@DemoData
class ExampleDemo implements DemoLoader {

  static final String TIP = "Demotips: gångtunneln vid stationen behöver bättre belysning.";

  private final Tips tips;

  ExampleDemo(Tips tips) {
    this.tips = tips;
  }

  @Override
  public int order() {
    return 90;
  }

  @Override
  public void load() {
    tips.addAsSystem("1278", TIP);
  }
}
