package io.galbridge.connector.source;

import com.unboundid.ldap.sdk.Filter;
import io.galbridge.ad.connection.AbstractAdConfiguration;
import io.galbridge.ad.connection.AdConnectionPool;
import io.galbridge.ad.value.UidNormalizer;
import io.galbridge.connector.source.check.ConnectionCheck;
import io.galbridge.connector.source.schema.RecipientSchema;
import io.galbridge.connector.source.search.ConnIdFilterTranslator;
import io.galbridge.connector.source.search.RecipientObjectMapper;
import io.galbridge.connector.source.search.RecipientSearch;
import io.galbridge.connector.source.sync.RecipientSync;
import io.galbridge.connector.source.update.DirectoryFeatures;
import io.galbridge.connector.source.update.WriteBack;
import io.galbridge.mapping.recipient.RecipientClassifier;
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
import org.identityconnectors.framework.spi.operations.SchemaOp;
import org.identityconnectors.framework.spi.operations.SearchOp;
import org.identityconnectors.framework.spi.operations.SyncOp;
import org.identityconnectors.framework.spi.operations.TestOp;
import org.identityconnectors.framework.spi.operations.UpdateDeltaOp;

/**
 * The source-forest connector: reads every recipient of an AD forest (object class {@code recipient}),
 * follows its changes, and makes the few write-backs a migration needs. A thin facade: each operation is
 * one class ({@link RecipientSearch}, {@link RecipientSync}, {@link WriteBack}, {@link ConnectionCheck},
 * {@link RecipientSchema}).
 *
 * <p>UIDs are normalised to lower case ({@link AttributeNormalizer}, {@link UidNormalizer}), so a host may pass a GUID in any case.
 * ConnId pools instances; one instance serves one thread at a time. No static mutable state.
 */
@ConnectorClass(
        displayNameKey = "connector.display",
        configurationClass = SourceAdConfiguration.class,
        messageCatalogPaths = {"io/galbridge/connector/source/Messages", AbstractAdConfiguration.MESSAGE_CATALOG})
public final class SourceAdConnector
        implements PoolableConnector, SchemaOp, SearchOp<Filter>, SyncOp, TestOp, UpdateDeltaOp, AttributeNormalizer {

    private SourceAdConfiguration configuration;
    private SourceSettings settings;
    private AdConnectionPool pool;
    private RecipientSchema schema;
    private RecipientObjectMapper mapper;
    /** The write-backs, made on the first write-back of this instance (after reading the root DSE's features). */
    private WriteBack writeBack;

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public void init(Configuration config) {
        this.configuration = (SourceAdConfiguration) config;
        this.settings = configuration.toSettings();
        this.schema = RecipientSchema.standard();
        this.mapper = new RecipientObjectMapper(schema, new RecipientClassifier(settings.classifierContext()));
        this.pool = AdConnectionPool.open(settings.endpoint());
    }

    @Override
    public void dispose() {
        if (pool != null) {
            pool.close();
            pool = null;
            writeBack = null;
        }
    }

    /**
     * Checks local state only ({@link AdConnectionPool#checkAlive()}: the pool is open), without a server round
     * trip; ConnId calls it on every borrow. A dead connection is replaced by the pool on the next operation, and
     * a server that is really gone fails that operation with {@code ConnectionFailedException}.
     *
     * @throws org.identityconnectors.framework.common.exceptions.ConnectionFailedException if the connector has
     *     been disposed or its pool closed
     */
    @Override
    public void checkAlive() {
        if (pool == null) {
            throw new org.identityconnectors.framework.common.exceptions.ConnectionFailedException(
                    "the source connector has been disposed");
        }
        pool.checkAlive();
    }

    @Override
    public Schema schema() {
        return schema.connIdSchema(SourceAdConnector.class);
    }

    @Override
    public void test() {
        new ConnectionCheck(pool, settings).run();
    }

    @Override
    public FilterTranslator<Filter> createFilterTranslator(ObjectClass objectClass, OperationOptions options) {
        requireRecipient(objectClass);
        return new ConnIdFilterTranslator(schema);
    }

    @Override
    public void executeQuery(ObjectClass objectClass, Filter query, ResultsHandler handler, OperationOptions options) {
        requireRecipient(objectClass);
        new RecipientSearch(pool, settings, mapper, schema).execute(query, handler, options);
    }

    @Override
    public SyncToken getLatestSyncToken(ObjectClass objectClass) {
        requireRecipient(objectClass);
        return sync().latestToken();
    }

    @Override
    public void sync(ObjectClass objectClass, SyncToken token, SyncResultsHandler handler, OperationOptions options) {
        requireRecipient(objectClass);
        sync().sync(token, handler);
    }

    @Override
    public Set<AttributeDelta> updateDelta(
            ObjectClass objectClass, Uid uid, Set<AttributeDelta> modifications, OperationOptions options) {
        requireRecipient(objectClass);
        if (writeBack == null) {
            writeBack =
                    new WriteBack(pool, settings, new RecipientLocator(pool, settings), DirectoryFeatures.probe(pool));
        }
        return writeBack.apply(uid, modifications);
    }

    @Override
    public Attribute normalizeAttribute(ObjectClass objectClass, Attribute attribute) {
        return UidNormalizer.normalize(attribute);
    }

    private RecipientSync sync() {
        return new RecipientSync(pool, settings, mapper, new RecipientSearch(pool, settings, mapper, schema));
    }

    private static void requireRecipient(ObjectClass objectClass) {
        if (objectClass == null || !objectClass.is(RecipientSchema.RECIPIENT)) {
            throw new ConnectorException("object class " + objectClass + " is not supported; the source connector"
                    + " offers only " + RecipientSchema.RECIPIENT);
        }
    }
}
