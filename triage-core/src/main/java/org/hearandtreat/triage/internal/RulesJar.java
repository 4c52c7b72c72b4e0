package org.hearandtreat.triage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.kie.api.KieBase;

/**
 * Reads a rules jar (or its exploded folder) prebuilt by kie-maven-plugin: the rule-set folder's files, and the
 * executable-model classes listed in the jar's {@code META-INF/kie/.../drools-model} index, from which the KieBase is
 * built directly. Skipping the KieContainer (class-path scan, kmodule.xml parsing, module repository) is what makes a
 * cold start fast. Stateless; every method is thread-safe.
 */
final class RulesJar {


    /** The files of one rule-set folder and the model classes of the jar that holds it. */
    record Contents(Map<String, String> files, List<String> modelClasses) {
    }

    private RulesJar() {
    }

    /**
     * @param folder      class-path folder of the rule set, without leading or trailing '/'
     * @param classLoader the loader that sees the jar
     * @return the folder's files (relative path to text) and the model class names, or null when the folder is not
     *         on the class path
     */
    static Contents read(String folder, ClassLoader classLoader) {
        URL manifest = classLoader.getResource(folder + "/" + RuleSetLoader.MANIFEST);
        if (manifest == null) {
            return null;
        }
        try {
            if (manifest.getProtocol().equals("jar")) {
                return readJar(folder, (JarURLConnection) manifest.openConnection());
            }
            if (manifest.getProtocol().equals("file")) {
                Path root = Path.of(manifest.toURI());
                for (int i = 0; i <= folder.split("/").length; i++) {
                    root = root.getParent();
                }
                return readFolder(folder, root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("Cannot read rules from " + manifest + ": not a jar or a folder");
    }

    private static Contents readJar(String folder, JarURLConnection connection) throws IOException {
        connection.setUseCaches(false);
        Map<String, String> files = new LinkedHashMap<>();
        List<String> models = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(folder + "/") && isRuleSetFile(name)) {
                    files.put(name.substring(folder.length() + 1), text(jar, entry));
                } else if (DroolsInternals.isModelIndex(name)) {
                    models.addAll(DroolsInternals.modelClasses(text(jar, entry)));
                }
            }
        }
        return new Contents(files, models);
    }

    private static Contents readFolder(String folder, Path root) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        Path ruleSet = root.resolve(folder);
        try (Stream<Path> walk = Files.walk(ruleSet)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = ruleSet.relativize(p).toString().replace('\\', '/');
                if (isRuleSetFile(rel)) {
                    files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        List<String> models = new ArrayList<>();
        Path kie = root.resolve("META-INF/kie");
        if (Files.isDirectory(kie)) {
            try (Stream<Path> walk = Files.walk(kie)) {
                for (Path p : walk.filter(f -> f.getFileName().toString().equals(DroolsInternals.MODEL_INDEX)).toList()) {
                    models.addAll(DroolsInternals.modelClasses(Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        }
        return new Contents(files, models);
    }

    private static boolean isRuleSetFile(String name) {
        return name.endsWith(".drl") || name.endsWith(RuleSetLoader.MANIFEST) || name.endsWith(RuleSetLoader.VOCABULARY);
    }

    private static String text(JarFile jar, JarEntry entry) throws IOException {
        try (var in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
