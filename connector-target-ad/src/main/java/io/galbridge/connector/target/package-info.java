/**
 * The ConnId connector for the target forest: {@link io.galbridge.connector.target.TargetAdConnector} with its
 * configuration ({@link io.galbridge.connector.target.TargetAdConfiguration}, validated into {@link
 * io.galbridge.connector.target.TargetSettings}).
 */
package io.galbridge.connector.target;
