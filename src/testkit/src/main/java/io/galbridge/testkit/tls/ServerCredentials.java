package io.galbridge.testkit.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

/**
 * A server's key and certificate, issued by a {@link TestCertificateAuthority}, in the forms servers want:
 * PEM files (Samba, slapd) or a PKCS#12 key store (UnboundID).
 *
 * @param certificate the server certificate; never null
 * @param privateKey its private key; never null
 * @param issuer the CA certificate that signed it; never null
 */
public record ServerCredentials(X509Certificate certificate, PrivateKey privateKey, X509Certificate issuer) {

    /** The certificate in PEM form. */
    public String certificatePem() {
        try {
            return Pem.encode("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode the server certificate", e);
        }
    }

    /** The private key as unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
    public String privateKeyPem() {
        return Pem.encode("PRIVATE KEY", privateKey.getEncoded());
    }

    /**
     * Writes the certificate (followed by the issuer, as a chain) and the key as PEM files; the key file is
     * readable by its owner only, as Samba and slapd demand.
     */
    public void writePem(Path certificateFile, Path keyFile) {
        try {
            Files.writeString(
                    certificateFile,
                    certificatePem() + Pem.encode("CERTIFICATE", issuer.getEncoded()),
                    StandardCharsets.US_ASCII);
            Files.writeString(keyFile, privateKeyPem(), StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write server credentials to " + certificateFile, e);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode the CA certificate", e);
        }
    }

    /** A PKCS#12 key store holding the key under alias {@code server} with the chain to the CA. */
    public KeyStore toKeyStore(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setKeyEntry("server", privateKey, password, new Certificate[] {certificate, issuer});
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a PKCS#12 key store for the server key", e);
        }
    }

    /** Writes {@link #toKeyStore(char[])} to a file. */
    public void writePkcs12(Path file, char[] password) {
        try (OutputStream out = Files.newOutputStream(file)) {
            toKeyStore(password).store(out, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the PKCS#12 key store " + file, e);
        }
    }
}
