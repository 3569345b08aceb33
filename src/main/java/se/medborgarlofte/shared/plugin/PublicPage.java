package se.medborgarlofte.shared.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler whose answer is the same for every anonymous visitor in a language, so the public page cache
 * may keep its bytes and answer with a strong ETag (304 on a match). Only requests without parameters are kept, so a
 * visitor cannot grow the cache. The module must publish {@link PublicContentChanged} after every committed change
 * that such a page shows.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicPage {}
