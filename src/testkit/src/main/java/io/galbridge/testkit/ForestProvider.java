package io.galbridge.testkit;

import java.util.List;
import java.util.Optional;

/**
 * Starts test forests of one {@link ForestKind}. Implementations are registered in
 * {@code META-INF/services/io.galbridge.testkit.ForestProvider} and found by {@link ForestProviders}.
 *
 * <p>Every process a provider starts binds to loopback addresses only and is stopped by
 * {@link RunningForests#close()}. Implementations are stateless apart from caches under the build directory.
 */
public interface ForestProvider {

    /** The kind of server this provider runs. */
    ForestKind kind();

    /**
     * Whether this provider can run on this machine.
     *
     * @return empty when it can; otherwise one line naming what is missing and how to install it,
     *     e.g. {@code "samba-tool not found: apt-get install -y samba ldb-tools"}
     */
    Optional<String> unavailableReason();

    /**
     * Starts one forest per spec, side by side.
     *
     * @param specs the forests to start; roles and DNS names unique; never empty
     * @return the running forests, in the order of {@code specs}; the caller closes them
     * @throws Exception when a server cannot be started; the message names the forest and the reason,
     *     and anything already started has been stopped
     */
    RunningForests start(List<ForestSpec> specs) throws Exception;
}
