package io.galbridge.cli.connid;

/** The connector classes the command loads from the bundles, by ConnId connector name (the class name). */
public final class ConnectorNames {

    /** The source-forest connector (bundle {@code connector-source-ad}). */
    public static final String SOURCE = "io.galbridge.connector.source.SourceAdConnector";

    /** The target-forest connector (bundle {@code connector-target-ad}). */
    public static final String TARGET = "io.galbridge.connector.target.TargetAdConnector";

    private ConnectorNames() {}
}
