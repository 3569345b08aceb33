package se.medborgarlofte.shared.plugin;

/**
 * Loads a module's demo content. Declared as a bean annotated {@link DemoData}, so it exists only when demo data was
 * asked for. Loaders run once at start, before the web server opens, in {@link #order()}: the module dependency
 * order, by convention the module's Flyway range base (organisation 2, promise 10, survey 20, …). A loader must be
 * idempotent: it runs at every start and finds what an earlier start made.
 */
public interface DemoLoader {

  int order();

  void load();
}
