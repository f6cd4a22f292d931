package io.galbridge.testkit.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway certificate authority created at test time. It issues server certificates whose subject
 * alternative names cover the host names and addresses clients connect to, so clients can verify host
 * names instead of skipping verification. Keys are RSA 2048; certificates are valid from one hour ago for
 * 30 days. Immutable and thread-safe.
 */
public final class TestCertificateAuthority {

    private static final Duration BACKDATE = Duration.ofHours(1);
    private static final Duration VALIDITY = Duration.ofDays(30);

    private final KeyPair keys;
    private final X509Certificate certificate;
    private final SecureRandom random;

    private TestCertificateAuthority(KeyPair keys, X509Certificate certificate, SecureRandom random) {
        this.keys = keys;
        this.certificate = certificate;
        this.random = random;
    }

    /**
     * Creates a new CA with a fresh key.
     *
     * @param commonName the CA's common name, e.g. {@code galbridge test CA}
     */
    public static TestCertificateAuthority create(String commonName) {
        SecureRandom random = new SecureRandom();
        KeyPair keys = newKeyPair(random);
        X500Name name = name(commonName);
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            name,
                            serial(random),
                            Date.from(now.minus(BACKDATE)),
                            Date.from(now.plus(VALIDITY)),
                            name,
                            keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return new TestCertificateAuthority(keys, sign(builder, keys), random);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create the test CA certificate", e);
        }
    }

    /** The CA certificate: the trust anchor clients configure. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA certificate in PEM form. */
    public String certificatePem() {
        try {
            return Pem.encode("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode the CA certificate", e);
        }
    }

    /** Writes {@link #certificatePem()} to a file and returns the file. */
    public Path writeCertificatePem(Path file) {
        try {
            Files.writeString(file, certificatePem(), StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CA certificate to " + file, e);
        }
    }

    /**
     * Issues a TLS server certificate.
     *
     * @param commonName the subject common name, e.g. the DC's host name
     * @param dnsNames DNS subject alternative names, e.g. {@code localhost}, {@code dc1.src.test}
     * @param ipAddresses IP address subject alternative names, e.g. {@code 127.0.0.1}; literal addresses only
     */
    public ServerCredentials issueServerCertificate(
            String commonName, List<String> dnsNames, List<String> ipAddresses) {
        KeyPair serverKeys = newKeyPair(random);
        List<GeneralName> alternatives = new ArrayList<>();
        dnsNames.forEach(dns -> alternatives.add(new GeneralName(GeneralName.dNSName, dns)));
        for (String ip : ipAddresses) {
            requireLiteral(ip);
            alternatives.add(new GeneralName(GeneralName.iPAddress, ip));
        }
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            certificate,
                            serial(random),
                            Date.from(now.minus(BACKDATE)),
                            Date.from(now.plus(VALIDITY)),
                            name(commonName),
                            serverKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(
                            Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(
                            Extension.subjectAlternativeName,
                            false,
                            new GeneralNames(alternatives.toArray(new GeneralName[0])))
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions.createAuthorityKeyIdentifier(certificate))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(serverKeys.getPublic()));
            return new ServerCredentials(sign(builder, keys), serverKeys.getPrivate(), certificate);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue a server certificate for " + commonName, e);
        }
    }

    private static void requireLiteral(String ip) {
        if (!ip.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            throw new IllegalArgumentException("'" + ip + "' is not a literal IP address");
        }
        try {
            InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + ip + "' is not a valid IP address", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot create a SHA256withRSA signer", e);
        }
    }

    private static KeyPair newKeyPair(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is unavailable", e);
        }
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "galbridge tests")
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(64, random).add(BigInteger.ONE);
    }
}
