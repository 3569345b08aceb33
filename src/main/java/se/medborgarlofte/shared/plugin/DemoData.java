package se.medborgarlofte.shared.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * The one place the demo switch is read: a bean with this annotation exists only when
 * {@code MEDBORGARLOFTE_DEMO_DATA=true} ({@code medborgarlofte.demo-data}). Off by default, so a production start never
 * gets demo accounts with a published password.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnProperty(name = "medborgarlofte.demo-data", havingValue = "true")
public @interface DemoData {}
