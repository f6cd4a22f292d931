package io.galbridge.cli.run;

import org.identityconnectors.framework.common.objects.ObjectClass;

/** The connectors' object classes, by the names their schemas publish. */
public final class ObjectClassNames {

    /** The source connector's one class: every recipient of a source forest. */
    public static final ObjectClass SOURCE_RECIPIENT = new ObjectClass("recipient");
    /** The target connector's GAL contacts (replicas of source recipients). */
    public static final ObjectClass GAL_CONTACT = new ObjectClass("galContact");
    /** The target connector's pre-staged mail users. */
    public static final ObjectClass MAIL_USER = new ObjectClass("mailUser");
    /** The target connector's read-only view of every target recipient. */
    public static final ObjectClass TARGET_RECIPIENT = new ObjectClass("recipient");

    private ObjectClassNames() {}
}
