package io.galbridge.connector.target.operation;

import io.galbridge.connector.target.TargetAdConnector;
import io.galbridge.connector.target.TargetOperationOptions;
import java.util.EnumSet;
import org.identityconnectors.framework.common.objects.AttributeInfo;
import org.identityconnectors.framework.common.objects.AttributeInfoBuilder;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.ObjectClassInfoBuilder;
import org.identityconnectors.framework.common.objects.Schema;
import org.identityconnectors.framework.common.objects.SchemaBuilder;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.spi.operations.CreateOp;
import org.identityconnectors.framework.spi.operations.DeleteOp;
import org.identityconnectors.framework.spi.operations.SyncOp;
import org.identityconnectors.framework.spi.operations.UpdateDeltaOp;

/**
 * The connector's schema: galContact and mailUser (writable), recipient (read-only). __UID__ is the objectGUID
 * string, __NAME__ the DN (chosen by the naming policy on create; a given __NAME__ is ignored). Create declares the
 * operation option {@link TargetOperationOptions#REPLICA_ABSENT}. Stateless.
 */
public final class TargetSchema {

    private TargetSchema() {}

    /** Builds the schema. */
    public static Schema build() {
        SchemaBuilder b = new SchemaBuilder(TargetAdConnector.class);
        b.defineObjectClass(writable(TargetAttributes.GAL_CONTACT));
        b.defineObjectClass(writable(TargetAttributes.MAIL_USER));
        ObjectClassInfoBuilder recipient =
                new ObjectClassInfoBuilder().setType(TargetAttributes.RECIPIENT.getObjectClassValue());
        recipient.addAttributeInfo(readOnly(Name.NAME, String.class, false));
        recipient.addAttributeInfo(readOnly(Uid.NAME, String.class, false));
        for (String a : TargetAttributes.all()) {
            if (!TargetAttributes.in(TargetAttributes.SOURCE_ONLY, a) && !a.equals(TargetAttributes.WRITE_BACK)) {
                recipient.addAttributeInfo(readOnly(a, type(a), TargetAttributes.in(TargetAttributes.MULTI, a)));
            }
        }
        recipient.addAttributeInfo(readOnly(TargetAttributes.RECIPIENT_KIND, String.class, false));
        recipient.addAttributeInfo(readOnly("memberOf", String.class, true));
        b.defineObjectClass(recipient.build());
        for (Class<? extends org.identityconnectors.framework.spi.operations.SPIOperation> op :
                java.util.List.of(CreateOp.class, UpdateDeltaOp.class, DeleteOp.class)) {
            b.removeSupportedObjectClass(op, recipient.build());
        }
        b.removeSupportedObjectClass(SyncOp.class, recipient.build());
        b.removeSupportedObjectClass(SyncOp.class, writable(TargetAttributes.GAL_CONTACT));
        b.defineOperationOption(TargetOperationOptions.replicaAbsentInfo(), CreateOp.class);
        return b.build();
    }

    private static org.identityconnectors.framework.common.objects.ObjectClassInfo writable(ObjectClass oc) {
        ObjectClassInfoBuilder c = new ObjectClassInfoBuilder().setType(oc.getObjectClassValue());
        c.addAttributeInfo(new AttributeInfoBuilder(Name.NAME, String.class)
                .setRequired(false)
                .setUpdateable(false)
                .build());
        c.addAttributeInfo(readOnly(Uid.NAME, String.class, false));
        for (String a : TargetAttributes.all()) {
            boolean multi = TargetAttributes.in(TargetAttributes.MULTI, a);
            if (TargetAttributes.in(TargetAttributes.READ_ONLY, a)) {
                c.addAttributeInfo(readOnly(a, type(a), multi));
                continue;
            }
            boolean sourceOnly = TargetAttributes.in(TargetAttributes.SOURCE_ONLY, a);
            AttributeInfoBuilder ab = new AttributeInfoBuilder(a, type(a))
                    .setMultiValued(multi)
                    .setRequired(a.equals(TargetAttributes.SOURCE_DN) || a.equals(TargetAttributes.SOURCE_GUID))
                    .setCreateable(true)
                    .setReadable(!sourceOnly)
                    .setReturnedByDefault(!sourceOnly)
                    .setUpdateable(!sourceOnly && TargetAttributes.in(TargetAttributes.updateable(), a));
            c.addAttributeInfo(ab.build());
        }
        return c.build();
    }

    private static AttributeInfo readOnly(String name, Class<?> type, boolean multi) {
        return new AttributeInfoBuilder(name, type)
                .setMultiValued(multi)
                .setCreateable(false)
                .setUpdateable(false)
                .setFlags(EnumSet.of(AttributeInfo.Flags.NOT_CREATABLE, AttributeInfo.Flags.NOT_UPDATEABLE))
                .build();
    }

    private static Class<?> type(String attribute) {
        return TargetAttributes.in(TargetAttributes.BINARY, attribute) ? byte[].class : String.class;
    }
}
