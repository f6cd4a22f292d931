package io.galbridge.testkit;

import java.util.ServiceLoader;

/** Finds the registered {@link ForestProvider} of a {@link ForestKind}. */
public final class ForestProviders {

    private ForestProviders() {}

    /**
     * The provider for a kind.
     *
     * @throws IllegalStateException when no provider of that kind is registered (a packaging defect)
     */
    public static ForestProvider forKind(ForestKind kind) {
        for (ForestProvider provider :
                ServiceLoader.load(ForestProvider.class, ForestProvider.class.getClassLoader())) {
            if (provider.kind() == kind) {
                return provider;
            }
        }
        throw new IllegalStateException("no ForestProvider registered for " + kind
                + " (META-INF/services/io.galbridge.testkit.ForestProvider)");
    }

    /** Whether the environment demands every server ({@code GALBRIDGE_REQUIRE_SERVERS=1}, set in CI). */
    public static boolean serversRequired() {
        return "1".equals(System.getenv("GALBRIDGE_REQUIRE_SERVERS"));
    }
}
