package io.galbridge.connector.target.operation;

import io.galbridge.ad.value.GuidCodec;
import io.galbridge.connector.target.TargetSettings;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.prestage.TargetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.ConnectorObjectBuilder;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.Uid;

/** Renders target entries as ConnId objects: UID = objectGUID string, NAME = DN. Stateless. */
public final class ConnectorObjects {

    private final TargetSettings settings;

    public ConnectorObjects(TargetSettings settings) {
        this.settings = settings;
    }

    /** The UID of an entry. */
    public static Uid uid(DirectoryEntry entry) {
        return new Uid(entry.objectGuid()
                .map(GuidCodec.INSTANCE::toUid)
                .orElseThrow(() -> new ConnectorException("Entry " + entry.dn() + " has no objectGUID")));
    }

    /**
     * The object; only the requested attributes (null: the default ones) are included.
     *
     * @param requested attribute names to return, or null for every readable attribute
     */
    public ConnectorObject toObject(ObjectClass oc, DirectoryEntry e, Set<String> requested) {
        return toObject(oc, e, RequestedAttributes.of(requested));
    }

    /** {@link #toObject(ObjectClass, DirectoryEntry, Set)} with the request parsed once (per search). */
    ConnectorObject toObject(ObjectClass oc, DirectoryEntry e, RequestedAttributes requested) {
        ConnectorObjectBuilder b = new ConnectorObjectBuilder().setObjectClass(oc);
        b.setUid(uid(e));
        b.setName(e.dn());
        for (Readable r : READABLE) {
            String a = r.name();
            if (!requested.wants(a)) {
                continue;
            }
            if (a.equals(TargetAttributes.OWNERSHIP_MARK)) {
                e.string(settings.ownership().attribute()).ifPresent(v -> b.addAttribute(a, v));
            } else if (a.equals(TargetAttributes.WRITE_BACK)) {
                if (!oc.equals(TargetAttributes.GAL_CONTACT)) {
                    List<String> wb = writeBack(e);
                    if (!wb.isEmpty()) {
                        b.addAttribute(AttributeBuilder.build(a, wb));
                    }
                }
            } else if (e.has(a)) {
                if (r.binary()) {
                    b.addAttribute(AttributeBuilder.build(a, new ArrayList<Object>(e.bytesValues(a))));
                } else {
                    b.addAttribute(AttributeBuilder.build(a, new ArrayList<Object>(e.strings(a))));
                }
            }
        }
        if (oc.equals(TargetAttributes.RECIPIENT)) {
            if (requested.wants(TargetAttributes.RECIPIENT_KIND)) {
                b.addAttribute(
                        TargetAttributes.RECIPIENT_KIND,
                        TargetKind.of(e, settings.configurationNamingContext()).name());
            }
            if (requested.wants("memberOf") && e.has("memberOf")) {
                b.addAttribute(AttributeBuilder.build("memberOf", new ArrayList<Object>(e.strings("memberOf"))));
            }
        }
        return b.build();
    }

    /**
     * What pre-staging writes back to the source (spec 2.11): {@code x500:} of the object's own
     * legacyExchangeDN plus every X500 it holds, lower-case prefix, each once. The source's own
     * legacyExchangeDN may be among them; adding it to the source is harmless (GALSync's back-flow does too).
     */
    static List<String> writeBack(DirectoryEntry e) {
        List<ProxyAddress> out = new ArrayList<>();
        e.string("legacyExchangeDN")
                .map(LegacyExchangeDn::parse)
                .map(l -> new ProxyAddress("x500", l.value()))
                .ifPresent(out::add);
        for (String v : e.strings("proxyAddresses")) {
            try {
                ProxyAddress p = ProxyAddress.parse(v);
                if (p.isX500()) {
                    ProxyAddress lower = new ProxyAddress("x500", p.address());
                    if (!out.contains(lower)) {
                        out.add(lower);
                    }
                }
            } catch (IllegalArgumentException ex) {
                // a malformed foreign value is not an X500 the source needs
            }
        }
        return out.stream().map(ProxyAddress::toString).toList();
    }

    /**
     * A schema attribute that reads return, with what {@link #toObject} needs to know about it.
     *
     * @param name the schema name
     * @param binary whether its values are {@code byte[]}
     */
    private record Readable(String name, boolean binary) {}

    /** {@link TargetAttributes#all()} without the create-only attributes, in schema order. */
    private static final List<Readable> READABLE = TargetAttributes.all().stream()
            .filter(a -> !TargetAttributes.in(TargetAttributes.SOURCE_ONLY, a))
            .map(a -> new Readable(a, TargetAttributes.in(TargetAttributes.BINARY, a)))
            .toList();
}
