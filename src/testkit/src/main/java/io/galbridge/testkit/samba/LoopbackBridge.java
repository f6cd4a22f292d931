package io.galbridge.testkit.samba;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A socat process on the host's 127.0.0.1 that forwards each connection to a port inside a
 * {@link NetworkNamespace} (through {@code ip netns exec ... socat STDIO TCP:127.0.0.1:port}). The host port
 * is a free ephemeral port chosen at start, so several builds can run on one machine.
 *
 * @param hostPort the port on the host's 127.0.0.1
 * @param targetPort the port inside the namespace
 * @param process the socat process group
 */
record LoopbackBridge(int hostPort, int targetPort, ProcessGroup process) {

    private static final int ATTEMPTS = 5;
    private static final Duration LISTEN_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Starts a bridge on a free port. A port taken by someone else between choosing and binding it is
     * retried with another port.
     *
     * @param name what the bridge serves, for messages, e.g. {@code LDAPS of source}
     * @param logDirectory where socat's log goes
     * @throws IOException when socat does not listen after several attempts; the message quotes its log
     */
    static LoopbackBridge start(
            HostTools tools, NetworkNamespace namespace, int targetPort, String name, Path logDirectory)
            throws IOException, InterruptedException {
        String lastLog = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int hostPort = freeLoopbackPort();
            Path log = logDirectory.resolve("socat-" + targetPort + "-" + attempt + ".log");
            String inside = String.join(" ", namespace.exec(tools)) + " " + tools.socat() + " STDIO TCP\\:127.0.0.1\\:"
                    + targetPort;
            ProcessGroup process = ProcessGroup.start(
                    "socat bridge for " + name,
                    tools.setsid(),
                    List.of(
                            tools.socat().toString(),
                            "-d",
                            "-d",
                            "TCP-LISTEN:" + hostPort + ",bind=127.0.0.1,reuseaddr,fork",
                            "EXEC:" + inside),
                    log);
            if (awaitListening(process, log)) {
                return new LoopbackBridge(hostPort, targetPort, process);
            }
            lastLog = process.logTail(5);
            process.stop(tools.kill());
        }
        throw new IOException("socat bridge for " + name + " did not listen on 127.0.0.1 after " + ATTEMPTS
                + " attempts; last log:\n" + lastLog);
    }

    private static boolean awaitListening(ProcessGroup process, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(LISTEN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            // socat -d -d logs "listening on AF=2 127.0.0.1:PORT" once bound
            if (Files.exists(log)
                    && Files.readString(log, StandardCharsets.ISO_8859_1).contains("listening on")) {
                return process.isAlive();
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
