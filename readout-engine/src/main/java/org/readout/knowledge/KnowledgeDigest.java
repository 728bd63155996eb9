package org.readout.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of the data the engine reads documents with: every data file bundled with the engine (everything
 * under {@code readout/} in its jar but the READMEs) and every file of a user's knowledge folder that
 * extends or replaces one of them ({@code DIR/people.tsv}, {@code DIR/issues.tsv} and the others of
 * {@link KnowledgeFiles#USER_READABLE}). Two engines with the same version and digest read a document alike.
 */
public final class KnowledgeDigest {
    static final String ROOT = "readout/";
    static final String KNOWLEDGE = ROOT + "knowledge/";
    private static final int HEX_CHARS = 16;
    /** Each bundled file's name and the SHA-256 of its bytes. */
    private static volatile Map<String, byte[]> bundled;

    private KnowledgeDigest() {
    }

    /** The digest of the bundled files plus the user's files in {@code userDir} (none when null). */
    public static String of(Path userDir) {
        MessageDigest sha = sha256();
        Map<String, byte[]> files = bundledFiles();
        files.forEach((name, bytes) -> add(sha, "bundled:" + name, bytes));
        if (userDir != null) {
            for (String name : files.keySet()) {
                if (!KnowledgeFiles.USER_READABLE.contains(name)) continue;
                Path user = Tsv.userFile(userDir, KnowledgeFiles.name(name));
                if (user == null) continue;
                try {
                    add(sha, "user:" + name, sha256().digest(Files.readAllBytes(user)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read knowledge file " + user, e);
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, HEX_CHARS);
    }

    private static void add(MessageDigest sha, String name, byte[] fileHash) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(fileHash);
    }

    /** The bundled data files by their resource name with their hashes, read once per JVM, from the engine's jar or classes folder. */
    static Map<String, byte[]> bundledFiles() {
        Map<String, byte[]> files = bundled;
        if (files == null) {
            synchronized (KnowledgeDigest.class) {
                if (bundled == null) bundled = readBundled();
                files = bundled;
            }
        }
        return files;
    }

    private static Map<String, byte[]> readBundled() {
        URL anchor = KnowledgeDigest.class.getClassLoader().getResource(KNOWLEDGE + "people.tsv");
        if (anchor == null) throw new IllegalStateException("bundled knowledge missing from the classpath");
        return read(anchor);
    }

    /** The data files beside {@code anchor} ({@code readout/knowledge/people.tsv} in a jar or a folder) with their hashes. */
    static Map<String, byte[]> read(URL anchor) {
        Map<String, byte[]> out = new TreeMap<>();
        try {
            if ("jar".equals(anchor.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) anchor.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        if (e.isDirectory() || !isData(e.getName())) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            out.put(e.getName(), sha256().digest(in.readAllBytes()));
                        }
                    }
                }
            } else {
                Path root = Path.of(anchor.toURI()).getParent().getParent();
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        String name = ROOT + root.relativize(p).toString().replace('\\', '/');
                        if (isData(name)) out.put(name, sha256().digest(Files.readAllBytes(p)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled knowledge", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled knowledge: " + anchor, e);
        }
        if (out.isEmpty()) throw new IllegalStateException("no bundled knowledge found at " + anchor);
        return out;
    }

    private static boolean isData(String name) {
        return name.startsWith(ROOT) && !name.endsWith(".md");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
