package dev.rapport.platform.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets the installation keeps in its database (mailbox passwords) with AES-256-GCM under a key that
 * lives only in the data folder ({@code secrets.key}, created at first use, readable by the owner only): a copy of the
 * database alone reveals no password. A ciphertext is the 12-byte nonce followed by the sealed text and its tag.
 *
 * <p>Thread-safe; the key is read once.
 */
public final class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final Path keyFile;
    private volatile SecretKey key;

    public SecretBox(Path dataDir) {
        this.keyFile = dataDir.resolve("secrets.key");
    }

    public byte[] seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a secret", e);
        }
    }

    /** @throws IllegalStateException when the ciphertext was not made with this installation's key */
    public String open(byte[] ciphertext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, ciphertext, 0, NONCE_BYTES));
            return new String(cipher.doFinal(ciphertext, NONCE_BYTES, ciphertext.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret cannot be decrypted with " + keyFile
                    + " (was the key file replaced?)", e);
        }
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
                current = key;
            }
        }
        return current;
    }

    private SecretKey loadOrCreate() {
        try {
            if (!Files.exists(keyFile)) {
                create();
            }
            return new SecretKeySpec(Files.readAllBytes(keyFile), "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the key file " + keyFile, e);
        }
    }

    private void create() throws IOException {
        Files.createDirectories(keyFile.getParent());
        Path fresh = Files.createTempFile(keyFile.getParent(), "secrets", ".tmp");
        try {
            Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            Files.write(fresh, generator.generateKey().getEncoded());
            // Two nodes creating it at once: the first one's key wins, the other reads it.
            Files.createLink(keyFile, fresh);
        } catch (FileAlreadyExistsException e) {
            // Another start created it first.
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    Path keyFile() {
        return keyFile;
    }
}
