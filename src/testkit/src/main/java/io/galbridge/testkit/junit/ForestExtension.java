package io.galbridge.testkit.junit;

import io.galbridge.testkit.ForestProvider;
import io.galbridge.testkit.ForestProviders;
import io.galbridge.testkit.ForestSpec;
import io.galbridge.testkit.RunningForests;
import io.galbridge.testkit.TestForest;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Starts the forests of {@link WithForests} before a test class and stops them after it; resolves
 * {@link TestForest} and {@link RunningForests} parameters.
 */
public final class ForestExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ForestExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        WithForests config = context.getRequiredTestClass().getAnnotation(WithForests.class);
        if (config == null) {
            throw new ExtensionConfigurationException("ForestExtension needs @WithForests on the test class");
        }
        ForestProvider provider = ForestProviders.forKind(config.value());
        Optional<String> unavailable = provider.unavailableReason();
        if (unavailable.isPresent()) {
            String what = config.value() + " forests unavailable for "
                    + context.getRequiredTestClass().getName() + ": " + unavailable.get();
            if (ForestProviders.serversRequired()) {
                throw new ExtensionConfigurationException(what + " (GALBRIDGE_REQUIRE_SERVERS=1 demands them)");
            }
            announceSkip(what);
            throw new TestAbortedException(what);
        }
        RunningForests forests = provider.start(specs(config));
        // JUnit closes AutoCloseable values of the class-level store after the class
        context.getStore(NAMESPACE).put(RunningForests.class, forests);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningForests.class || (type == TestForest.class && parameter.isAnnotated(ForestRole.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        RunningForests forests = extension.getStore(NAMESPACE).get(RunningForests.class, RunningForests.class);
        if (forests == null) {
            throw new ParameterResolutionException("no forests are running for " + extension.getDisplayName());
        }
        if (parameter.getParameter().getType() == RunningForests.class) {
            return forests;
        }
        String role = parameter.findAnnotation(ForestRole.class).orElseThrow().value();
        return forests.get(role);
    }

    private static List<ForestSpec> specs(WithForests config) {
        List<ForestSpec> specs = new ArrayList<>();
        for (String pair : config.forests()) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ExtensionConfigurationException("forest '" + pair + "' must be role=dnsName");
            }
            specs.add(new ForestSpec(pair.substring(0, eq), pair.substring(eq + 1)));
        }
        return specs;
    }

    /** One loud line on the console that a JUnit report alone would hide among skips. */
    private static void announceSkip(String what) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        err.println("!!!!! SKIPPED (test server missing) !!!!! " + what);
    }
}
