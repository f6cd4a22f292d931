package io.galbridge.testkit.junit;

import io.galbridge.testkit.ForestKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** Gives a test class running forests of one kind; see the package documentation. */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ForestExtension.class)
public @interface WithForests {

    /** The server kind; embedded by default. */
    ForestKind value() default ForestKind.EMBEDDED;

    /**
     * The forests as {@code role=dnsName} pairs; by default {@code source=src.test} and
     * {@code target=tgt.test}.
     */
    String[] forests() default {"source=src.test", "target=tgt.test"};
}
