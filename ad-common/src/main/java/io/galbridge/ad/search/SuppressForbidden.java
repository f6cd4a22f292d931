package io.galbridge.ad.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts the annotated class from the build's forbidden-API check (forbiddenapis matches any annotation
 * named {@code SuppressForbidden}). The project bans {@code Filter.create(String)} so that no filter is ever
 * assembled from strings; {@link AdminFilter} carries this annotation because parsing the administrator's
 * configured filter is its whole job. Use it nowhere else without review, and always say why in {@link
 * #reason()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {

    /** Why the forbidden API is needed here. */
    String reason();
}
