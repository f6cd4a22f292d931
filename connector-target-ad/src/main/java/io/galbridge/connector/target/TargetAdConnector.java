package io.galbridge.connector.target;

import com.unboundid.ldap.sdk.Filter;
import io.galbridge.ad.connection.AbstractAdConfiguration;
import io.galbridge.ad.value.UidNormalizer;
import io.galbridge.connector.target.directory.LdapNameAvailability;
import io.galbridge.connector.target.directory.TargetDirectory;
import io.galbridge.connector.target.operation.ConnectionTest;
import io.galbridge.connector.target.operation.DeleteOperation;
import io.galbridge.connector.target.operation.GalContactCreation;
import io.galbridge.connector.target.operation.MailUserCreation;
import io.galbridge.connector.target.operation.MailboxArrivalSync;
import io.galbridge.connector.target.operation.OwnedObjects;
import io.galbridge.connector.target.operation.SearchOperation;
import io.galbridge.connector.target.operation.StepListener;
import io.galbridge.connector.target.operation.TargetAttributes;
import io.galbridge.connector.target.operation.TargetFilterTranslator;
import io.galbridge.connector.target.operation.TargetSchema;
import io.galbridge.connector.target.operation.UpdateDeltaOperation;
import java.util.Set;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeDelta;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.OperationOptions;
import org.identityconnectors.framework.common.objects.ResultsHandler;
import org.identityconnectors.framework.common.objects.Schema;
import org.identityconnectors.framework.common.objects.SyncResultsHandler;
import org.identityconnectors.framework.common.objects.SyncToken;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.FilterTranslator;
import org.identityconnectors.framework.spi.AttributeNormalizer;
import org.identityconnectors.framework.spi.Configuration;
import org.identityconnectors.framework.spi.ConnectorClass;
import org.identityconnectors.framework.spi.PoolableConnector;
import org.identityconnectors.framework.spi.operations.CreateOp;
import org.identityconnectors.framework.spi.operations.DeleteOp;
import org.identityconnectors.framework.spi.operations.SchemaOp;
import org.identityconnectors.framework.spi.operations.SearchOp;
import org.identityconnectors.framework.spi.operations.SyncOp;
import org.identityconnectors.framework.spi.operations.TestOp;
import org.identityconnectors.framework.spi.operations.UpdateDeltaOp;

/**
 * The ConnId connector for the target forest: GAL contacts, pre-staged mail users and the crash-safe
 * contact-to-mail-user conversion, applying galbridge's Exchange rules itself (decision 0001). A thin facade:
 * each operation is one class in {@code io.galbridge.connector.target.operation}. One instance serves one
 * thread at a time (ConnId pools instances); no static mutable state.
 *
 * <p>UIDs are normalised to lower case ({@link AttributeNormalizer}, {@link UidNormalizer}), so a host may pass a
 * GUID in any case. Create refuses any attribute that is
 * neither {@code __NAME__} nor a createable attribute of the object class, before it touches the directory. A
 * {@code galContact} create honours the operation option {@link TargetOperationOptions#REPLICA_ABSENT}.
 */
@ConnectorClass(
        configurationClass = TargetAdConfiguration.class,
        displayNameKey = "connector.display",
        messageCatalogPaths = {"io/galbridge/connector/target/Messages", AbstractAdConfiguration.MESSAGE_CATALOG})
public class TargetAdConnector
        implements PoolableConnector,
                SchemaOp,
                CreateOp,
                UpdateDeltaOp,
                DeleteOp,
                SearchOp<Filter>,
                SyncOp,
                TestOp,
                AttributeNormalizer {

    private final StepListener stepListener;
    private TargetAdConfiguration configuration;
    private TargetDirectory directory;
    /** Built at the first contact create and kept: holds the GAL-sync rules, derived once from the settings. */
    private GalContactCreation galContacts;

    /** The production connector. */
    public TargetAdConnector() {
        this(StepListener.NONE);
    }

    /** A connector whose contact conversions report each step to {@code stepListener} (tests). */
    TargetAdConnector(StepListener stepListener) {
        this.stepListener = stepListener;
    }

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public void init(Configuration cfg) {
        this.configuration = (TargetAdConfiguration) cfg;
        this.directory = TargetDirectory.open(configuration.settings());
        this.galContacts = null;
    }

    @Override
    public void dispose() {
        if (directory != null) {
            directory.close();
            directory = null;
            galContacts = null;
        }
    }

    /**
     * Checks local state only ({@link TargetDirectory#checkAlive()}), without a server round trip; ConnId calls it
     * on every borrow. A server that is really gone fails the next operation with {@code
     * ConnectionFailedException}.
     *
     * @throws org.identityconnectors.framework.common.exceptions.ConnectionFailedException if the connector has
     *     been disposed or its pools closed
     */
    @Override
    public void checkAlive() {
        if (directory == null) {
            throw new org.identityconnectors.framework.common.exceptions.ConnectionFailedException(
                    "the target connector has been disposed");
        }
        directory.checkAlive();
    }

    @Override
    public Schema schema() {
        return TargetSchema.build();
    }

    @Override
    public Uid create(ObjectClass oc, Set<Attribute> attributes, OperationOptions options) {
        if (oc.equals(TargetAttributes.GAL_CONTACT)) {
            if (galContacts == null) {
                galContacts = new GalContactCreation(directory); // one thread at a time uses an instance
            }
            return galContacts.create(attributes, TargetOperationOptions.replicaAbsent(options));
        }
        if (oc.equals(TargetAttributes.MAIL_USER)) {
            return new MailUserCreation(directory, new LdapNameAvailability(directory), stepListener)
                    .create(attributes);
        }
        throw new ConnectorException("Create is not supported for " + oc + "; use galContact or mailUser");
    }

    @Override
    public Set<AttributeDelta> updateDelta(
            ObjectClass oc, Uid uid, Set<AttributeDelta> deltas, OperationOptions options) {
        writable(oc, "Update");
        return new UpdateDeltaOperation(directory, new OwnedObjects(directory.settings())).update(oc, uid, deltas);
    }

    @Override
    public void delete(ObjectClass oc, Uid uid, OperationOptions options) {
        writable(oc, "Delete");
        new DeleteOperation(directory, new OwnedObjects(directory.settings())).delete(oc, uid);
    }

    @Override
    public FilterTranslator<Filter> createFilterTranslator(ObjectClass oc, OperationOptions options) {
        return new TargetFilterTranslator();
    }

    @Override
    public void executeQuery(ObjectClass oc, Filter query, ResultsHandler handler, OperationOptions options) {
        new SearchOperation(directory).search(oc, query, handler, options);
    }

    @Override
    public void sync(ObjectClass oc, SyncToken token, SyncResultsHandler handler, OperationOptions options) {
        new MailboxArrivalSync(directory).sync(oc, token, handler, options);
    }

    @Override
    public SyncToken getLatestSyncToken(ObjectClass oc) {
        return new MailboxArrivalSync(directory).latest();
    }

    @Override
    public void test() {
        new ConnectionTest(directory).test();
    }

    @Override
    public Attribute normalizeAttribute(ObjectClass oc, Attribute attribute) {
        return UidNormalizer.normalize(attribute);
    }

    private static void writable(ObjectClass oc, String what) {
        if (!oc.equals(TargetAttributes.GAL_CONTACT) && !oc.equals(TargetAttributes.MAIL_USER)) {
            throw new ConnectorException(what + " is not supported for " + oc + "; use galContact or mailUser");
        }
    }
}
