package dev.rapport.platform.marketplace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Publishes plugin files into a marketplace repository folder that any web server (or the file system) can
 * serve: copies each file to {@code <id>/<id>-<version>.zip}, records its release with SHA-512 in
 * {@code plugins.json}, and signs every file it writes ({@code .sig} next to it) with the publisher's Ed25519
 * key. A published version is immutable: publishing different content under the same version is refused.
 *
 * <p>Every publication gives the index a higher serial number (at least the current time in seconds, so a
 * repository rebuilt from scratch still counts up) and a new expiry ({@value #DEFAULT_VALIDITY_DAYS} days unless
 * {@code --valid-days} says otherwise): installations refuse an index older than one they saw, or expired, so a
 * publisher re-publishes (with no plugin files: only serial and expiry change) before the expiry.
 *
 * <p>Command line (from an installation: {@code java -cp 'lib/*' dev.rapport.platform.marketplace.RepositoryPublisher}):
 * <pre>
 * keygen  &lt;private-key-file&gt; &lt;public-key-file&gt;         a new publisher key pair (keep the private key secret)
 * publish [--valid-days N] &lt;repository-folder&gt; &lt;private-key-file&gt; [&lt;plugin.zip or folder of zips&gt;...]
 *                                                       add releases (if any), renew serial and expiry, sign
 * </pre>
 */
public final class RepositoryPublisher {

    static final String INDEX = "plugins.json";
    static final String SIGNATURE_SUFFIX = ".sig";
    static final int DEFAULT_VALIDITY_DAYS = 30;

    private RepositoryPublisher() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("keygen")) {
            KeyPair pair = keygen(Path.of(args[1]), Path.of(args[2]));
            System.out.println("Public key (add it to marketplace.trusted.keys): " + Signatures.encode(pair.getPublic()));
            return;
        }
        List<String> rest = new java.util.ArrayList<>(Arrays.asList(args));
        int validDays = DEFAULT_VALIDITY_DAYS;
        if (rest.size() >= 3 && rest.get(0).equals("publish") && rest.get(1).equals("--valid-days")) {
            validDays = Integer.parseInt(rest.get(2));
            rest.subList(1, 3).clear();
        }
        if (rest.size() < 3 || !rest.get(0).equals("publish") || validDays < 1) {
            throw new IllegalArgumentException("""
                    Usage: RepositoryPublisher keygen <private-key-file> <public-key-file>
                           RepositoryPublisher publish [--valid-days N] <repository-folder> <private-key-file> [<plugin.zip or folder>...]""");
        }
        PrivateKey key = Signatures.privateKey(Files.readString(Path.of(rest.get(2))));
        List<Path> files = new java.util.ArrayList<>();
        for (String arg : rest.subList(3, rest.size())) {
            files.addAll(pluginFiles(Path.of(arg)));
        }
        for (PluginArchive published : publish(Path.of(rest.get(1)), Optional.of(key), files, LocalDate.now(),
                Instant.now(), Duration.ofDays(validDays))) {
            System.out.println("Published " + published.id() + " " + published.version());
        }
        System.out.println("Plugin list signed, valid for " + validDays + " days: publish again before it expires.");
    }

    /**
     * Writes a new key pair: the private key readable and writable by its owner only (created so, never readable by
     * others for a moment), refusing to overwrite an existing file; the public key readable by everyone.
     */
    static KeyPair keygen(Path privateKeyFile, Path publicKeyFile) throws IOException {
        KeyPair pair = Signatures.newKeyPair();
        Files.writeString(Files.createFile(privateKeyFile,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                Signatures.encode(pair.getPrivate()) + "\n");
        Files.writeString(publicKeyFile, Signatures.encode(pair.getPublic()) + "\n");
        return pair;
    }

    /** A plugin file, or the plugin zips in a folder (in name order). */
    private static List<Path> pluginFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (var entries = Files.list(path)) {
            return entries.filter(file -> file.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
    }

    /**
     * Adds {@code files} to the repository in {@code folder} (created if needed) and rewrites its index.
     *
     * @param key the publisher's key; empty publishes unsigned files (for development repositories only)
     * @return what was published
     */
    public static List<PluginArchive> publish(Path folder, Optional<PrivateKey> key, List<Path> files, LocalDate date)
            throws IOException {
        return publish(folder, key, files, date, Instant.now(), Duration.ofDays(DEFAULT_VALIDITY_DAYS));
    }

    /**
     * Adds {@code files} (none: only renews the index) and gives the index a new serial and the expiry
     * {@code now + validity}.
     */
    public static List<PluginArchive> publish(Path folder, Optional<PrivateKey> key, List<Path> files, LocalDate date,
                                              Instant now, Duration validity) throws IOException {
        Files.createDirectories(folder);
        Path indexFile = folder.resolve(INDEX);
        RepositoryIndex index = Files.exists(indexFile)
                ? RepositoryIndex.parse(Files.readString(indexFile)) : RepositoryIndex.empty();
        List<PluginArchive> published = new java.util.ArrayList<>();
        for (Path file : files) {
            PluginArchive archive = PluginArchive.read(file);
            String relative = archive.id() + "/" + archive.id() + "-" + archive.version() + ".zip";
            String sha512 = sha512(file);
            Optional<RepositoryIndex.Release> existing = index.release(archive.id(), archive.version());
            if (existing.isPresent() && !existing.get().sha512sum().equalsIgnoreCase(sha512)) {
                throw new MarketplaceException(archive.id() + " " + archive.version()
                        + " is already published with other content; publish a new version instead");
            }
            Path target = folder.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            writeSignature(target, key);
            index = index.with(archive, new RepositoryIndex.Release(archive.version(),
                    existing.map(RepositoryIndex.Release::date).orElse(date.toString()),
                    archive.requires().isEmpty() ? "*" : archive.requires(), relative, sha512));
            published.add(archive);
        }
        Files.writeString(indexFile, index.renewed(now, validity).toJson());
        writeSignature(indexFile, key);
        return published;
    }

    private static void writeSignature(Path file, Optional<PrivateKey> key) throws IOException {
        Path signature = file.resolveSibling(file.getFileName() + SIGNATURE_SUFFIX);
        if (key.isPresent()) {
            Files.writeString(signature, Signatures.sign(Files.readAllBytes(file), key.get()) + "\n",
                    StandardCharsets.US_ASCII);
        } else {
            Files.deleteIfExists(signature);
        }
    }

    static String sha512(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every JDK", e);
        }
    }
}
