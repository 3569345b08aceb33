package se.medborgarlofte.shared.web;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import se.medborgarlofte.shared.plugin.DemoLoader;

/**
 * Runs the modules' demo loaders (there are none unless demo data was asked for, see
 * {@link se.medborgarlofte.shared.plugin.DemoData}) in module dependency order. Before the web server opens, not in an
 * ApplicationRunner (which runs after health already says UP), so nobody sees a half-loaded demo.
 */
@Component
class DemoDataLoaders implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoaders.class);

  private final List<DemoLoader> loaders;

  DemoDataLoaders(List<DemoLoader> loaders) {
    this.loaders = loaders.stream().sorted(Comparator.comparingInt(DemoLoader::order)).toList();
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (DemoLoader loader : loaders) {
      long started = System.nanoTime();
      loader.load();
      log.info("Demo data: {} done in {} ms", loader.getClass().getSimpleName(),
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  List<DemoLoader> loaders() {
    return loaders;
  }
}
