package io.galbridge.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Selects which forest a {@link io.galbridge.testkit.TestForest} parameter receives. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ForestRole {

    /** The forest's role, e.g. {@code source} or {@code target}. */
    String value();
}
