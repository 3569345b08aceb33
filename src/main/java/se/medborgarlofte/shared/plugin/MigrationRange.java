package se.medborgarlofte.shared.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Flyway versions a module owns, declared on its {@code package-info}. Its SQL migrations live in
 * {@code db/migration/<module>/}, its Java migrations in its own packages; {@code MigrationRangeTests} checks that
 * every migration is in its module's range, so two modules can never take the same number.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface MigrationRange {

  /** Inclusive ranges as pairs: {@code {10, 19}}, or {@code {1, 1, 3, 3}} for a module with two. */
  int[] value();
}
