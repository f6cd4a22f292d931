/**
 * The runs behind the commands: GAL sync, pre-staging and the post-move flip, composed from the two
 * connectors' ConnId facades (never their classes) and the run's state directory.
 */
package io.galbridge.cli.run;
