package io.galbridge.testkit.embedded;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedDeleteRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyDNRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The requests clients send an embedded forest, recorded while a test asks for them: searches, adds, modifies,
 * renames and deletes as they arrive over the listener, before the AD stand-ins see them (binds and extended
 * operations are not recorded). Lets a test assert how many round trips of each kind an operation makes — a
 * behaviour, not a timing. Records nothing unless a {@link Recording} is open, so a long-running forest keeps no
 * history. One recording at a time per forest; thread-safe.
 */
public final class RequestLog {

    /** What kind of request arrived. */
    public enum Kind {
        SEARCH,
        ADD,
        MODIFY,
        MODIFY_DN,
        DELETE
    }

    /**
     * One request.
     *
     * @param kind the operation
     * @param dn the entry's DN, or the search base ({@code ""} for the root DSE)
     * @param scope the search scope; null for other operations
     * @param filter the search filter's string form; null for other operations
     */
    public record Request(Kind kind, String dn, SearchScope scope, String filter) {}

    /** The requests since {@link #record()}; closing it stops recording. */
    public final class Recording implements AutoCloseable {

        private final List<Request> requests = new ArrayList<>();

        private Recording() {}

        /** A copy of the requests recorded so far, in arrival order. */
        public List<Request> requests() {
            synchronized (requests) {
                return List.copyOf(requests);
            }
        }

        /** The recorded searches, root DSE reads excluded (connection set-up and pool health checks make them). */
        public List<Request> searches() {
            return requests().stream()
                    .filter(r -> r.kind() == Kind.SEARCH && !r.dn().isEmpty())
                    .toList();
        }

        private void add(Request request) {
            synchronized (requests) {
                requests.add(request);
            }
        }

        @Override
        public void close() {
            active.compareAndSet(this, null);
        }
    }

    private final AtomicReference<Recording> active = new AtomicReference<>();

    RequestLog() {}

    /**
     * Starts recording.
     *
     * @throws IllegalStateException if a recording is already open on this forest
     */
    public Recording record() {
        Recording recording = new Recording();
        if (!active.compareAndSet(null, recording)) {
            throw new IllegalStateException("a recording of this forest's requests is already open");
        }
        return recording;
    }

    /** The interceptor that feeds this log; the launcher installs it first. */
    InMemoryOperationInterceptor interceptor() {
        return new InMemoryOperationInterceptor() {
            @Override
            public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
                var r = request.getRequest();
                log(new Request(
                        Kind.SEARCH, r.getBaseDN(), r.getScope(), r.getFilter().toString()));
            }

            @Override
            public void processAddRequest(InMemoryInterceptedAddRequest request) {
                log(new Request(Kind.ADD, request.getRequest().getDN(), null, null));
            }

            @Override
            public void processModifyRequest(InMemoryInterceptedModifyRequest request) {
                log(new Request(Kind.MODIFY, request.getRequest().getDN(), null, null));
            }

            @Override
            public void processModifyDNRequest(InMemoryInterceptedModifyDNRequest request) {
                log(new Request(Kind.MODIFY_DN, request.getRequest().getDN(), null, null));
            }

            @Override
            public void processDeleteRequest(InMemoryInterceptedDeleteRequest request) {
                log(new Request(Kind.DELETE, request.getRequest().getDN(), null, null));
            }
        };
    }

    private void log(Request request) {
        Recording recording = active.get();
        if (recording != null) {
            recording.add(request);
        }
    }
}
