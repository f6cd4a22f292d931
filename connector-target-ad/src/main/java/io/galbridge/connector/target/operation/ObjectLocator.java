package io.galbridge.connector.target.operation;

import io.galbridge.ad.value.GuidCodec;
import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.ExchangeGuid;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.Uid;

/** Finds the entry behind a UID (binary objectGUID equality), or throws {@link UnknownUidException}. */
final class ObjectLocator {

    private ObjectLocator() {}

    static DirectoryEntry require(TargetDirectory directory, ObjectClass oc, Uid uid) {
        ExchangeGuid guid;
        try {
            guid = GuidCodec.INSTANCE.parseUid(uid.getUidValue());
        } catch (RuntimeException e) {
            throw new UnknownUidException(uid, oc);
        }
        return directory.readByGuid(guid).orElseThrow(() -> new UnknownUidException(uid, oc));
    }
}
