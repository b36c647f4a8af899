import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Assembles a container base image with a Java 17 runtime, without Docker and without a registry: the stand-in for
 * {@code eclipse-temurin:17-jre} on a machine that can reach neither (the build's own image check, air-gapped
 * hosts). Jib builds the services on top of it through {@code tar://} (see the parent pom's {@code local-jre-base}
 * profile and deploy/README.md).
 *
 * <pre>
 *   java deploy/images/JreBaseImage.java target/jre-base.tar
 * </pre>
 *
 * <p>What goes in, and why:
 * <ul>
 *   <li>a JRE made by {@code jlink} from the JDK running this program, at {@code /opt/java/openjdk} (where the
 *       temurin image has it, so {@code PATH} and {@code JAVA_HOME} are the same on both bases); a JDK without its
 *       jmods cannot jlink, and then its runtime files are copied as they are;</li>
 *   <li>the build machine's shared libraries that JRE links against, found with {@code ldd}: glibc and its loader,
 *       zlib, libstdc++, FreeType and friends. There is no distribution underneath, only these files;</li>
 *   <li>fontconfig (the JDK loads it with dlopen, so {@code ldd} does not list it), its configuration and the
 *       DejaVu fonts if the machine has them: the temurin image has the same, and Java2D wants some system font
 *       for its logical fonts. The reports' own Chinese font is not here: it is inside report-service's jar;</li>
 *   <li>glibc's C.UTF-8 locale, so {@code LANG=C.UTF-8} gives the JVM UTF-8 file names and default encoding;</li>
 *   <li>{@code bash} and {@code grep}, because the compose health check speaks HTTP over bash's /dev/tcp;</li>
 *   <li>{@code /etc/passwd} and {@code /etc/group} with the services' user 10001 (jixiao, home /app) and a
 *       world-writable {@code /tmp} for the JVM's and Spring Boot's temporary files.</li>
 * </ul>
 *
 * <p>The output is a {@code docker save} archive (manifest.json, the config and gzipped layer tars), which both
 * Jib's {@code tar://} and {@code docker load} read. Files carry a fixed time and owner root, so the same
 * machine and JDK give the same layers (and Jib's cache, keyed by each layer's diff_id, is reused). An existing
 * output made by the same JDK and {@link #RECIPE} is kept; delete it to force a rebuild.
 */
public final class JreBaseImage {

    private static final String JAVA_HOME_IN_IMAGE = "opt/java/openjdk";

    /** Part of the note a kept image is checked against: raise it when what goes into the image changes. */
    private static final int RECIPE = 1;

    /** Modules of the JRE: Java SE plus the JDK modules a Spring Boot service uses at run time. */
    private static final List<String> MODULES = List.of(
            "java.se",
            "jdk.unsupported", // Netty, Micrometer and others reach sun.misc.Unsafe
            "jdk.crypto.ec", "jdk.crypto.cryptoki", // TLS with elliptic curves (Keycloak's JWKs, Kafka)
            "jdk.localedata", // Chinese locale data: dates and numbers as the reports print them
            "jdk.charsets", // GBK and GB18030 for imported spreadsheets and CSV
            "jdk.zipfs", "jdk.naming.dns", "jdk.net",
            "jdk.management", "jdk.management.agent", "jdk.jfr", // JVM metrics and a flight recording in production
            "jdk.security.auth", "jdk.security.jgss", "jdk.httpserver");

    /** Native libraries of the JRE that need a display or a sound card; the services run headless and never load them. */
    private static final Set<String> HEADLESS_SKIPPED = Set.of(
            "libawt_xawt.so", "libjawt.so", "libsplashscreen.so", "libjsound.so", "libatk-wrapper.so");

    /** What a JDK has besides its runtime (only seen when there are no jmods and the JDK itself is copied). */
    private static final Set<String> NOT_RUNTIME = Set.of("jmods", "include", "man", "demo", "docs", "src.zip", "lib/src.zip");

    /** Programs the image carries besides java, for the compose health check. */
    private static final List<String> PROGRAMS = List.of("/bin/bash", "/bin/grep");

    /** Libraries loaded with dlopen (invisible to ldd), looked up next to the machine's libc. */
    private static final List<String> DLOPENED = List.of("libfontconfig.so.1", "libgcc_s.so.1");

    /** Host directories copied whole when present: fontconfig's set-up, the DejaVu fonts, glibc's C.UTF-8 locale. */
    private static final List<String> SYSTEM_DIRECTORIES = List.of(
            "/etc/fonts", "/usr/share/fontconfig", "/usr/share/fonts/truetype/dejavu", "/usr/lib/locale/C.utf8");

    private static final Pattern LDD_LIBRARY = Pattern.compile("=>\\s+(/\\S+)\\s+\\(0x");
    private static final Pattern LDD_LOADER = Pattern.compile("^\\s*(/\\S+)\\s+\\(0x");

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java JreBaseImage.java <output.tar>");
            System.exit(2);
        }
        if (!System.getProperty("os.name").equals("Linux")) {
            // a macOS or Windows JDK and its libraries would make an image no Linux container can run
            System.err.println("JreBaseImage makes a Linux image from a Linux JDK; on " + System.getProperty("os.name")
                    + " use a registry base (jixiao.image.base, e.g. eclipse-temurin:17-jre)");
            System.exit(1);
        }
        Path output = Path.of(args[0]).toAbsolutePath();
        Path javaHome = Path.of(System.getProperty("java.home"));
        // jlink needs the JDK's jmods; some distributions ship them separately (Debian: openjdk-17-jmods)
        boolean canJlink = Files.isDirectory(javaHome.resolve("jmods"));
        String made = "recipe " + RECIPE + ", " + (canJlink ? "jlink" : "copy") + " of "
                + System.getProperty("java.vm.vendor") + " " + Runtime.version() + " (" + javaHome + ")";
        Path key = output.resolveSibling(output.getFileName() + ".made-by");
        if (Files.exists(output) && Files.exists(key) && Files.readString(key).equals(made)) {
            System.out.println("JRE base image " + output + " is up to date (" + made + ")");
            return;
        }
        long start = System.nanoTime();
        Files.createDirectories(output.getParent());
        Path work = Files.createTempDirectory(output.getParent(), "jre-base-");
        try {
            Path jre = javaHome;
            if (canJlink) {
                jre = work.resolve("jre");
                jlink(jre);
            } else {
                System.out.println("warning: " + javaHome + " has no jmods, so the image carries this JDK's runtime as it"
                        + " is (larger than a jlink JRE; install the JDK's jmods, e.g. openjdk-17-jmods, for one)");
            }
            Layer system = systemLayer(jre, work);
            Layer runtime = runtimeLayer(jre, work, canJlink ? "jlink --add-modules " + String.join(",", MODULES)
                    : "the build's JDK without its development files");
            Path partial = work.resolve("image.tar");
            writeImage(partial, List.of(system, runtime), made);
            // the move makes a half-written image impossible for a Jib running at the same time
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(key, made);
        } finally {
            deleteRecursively(work);
        }
        System.out.printf("JRE base image %s (%d MB) in %.1f s%n", output, Files.size(output) >> 20,
                (System.nanoTime() - start) / 1e9);
    }

    private static void jlink(Path jre) {
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow(() -> new IllegalStateException(
                "jlink is missing: run the build on a JDK (JAVA_HOME), not a JRE"));
        // no --strip-debug: it costs the build ten seconds and the stack traces their line numbers in JDK frames
        int status = jlink.run(System.out, System.err, "--add-modules", String.join(",", MODULES),
                "--no-header-files", "--no-man-pages", "--output", jre.toString());
        if (status != 0) {
            throw new IllegalStateException("jlink failed with status " + status);
        }
    }

    /** The machine's part: shared libraries, bash and grep, fontconfig, the users and /tmp. */
    private static Layer systemLayer(Path jre, Path work) throws IOException, InterruptedException {
        Tree tree = new Tree();
        List<Path> binaries = new ArrayList<>();
        for (Path file : runtimeFiles(jre)) {
            boolean binary = file.getParent().endsWith("bin") || file.toString().endsWith(".so");
            if (binary && Files.isRegularFile(file) && !HEADLESS_SKIPPED.contains(file.getFileName().toString())) {
                binaries.add(file);
            }
        }
        for (String program : PROGRAMS) {
            if (Files.exists(Path.of(program))) {
                tree.include(Path.of(program));
                binaries.add(Path.of(program).toRealPath());
            }
        }
        Set<Path> libraries = sharedLibraries(binaries);
        // the JRE's own libraries (found through its $ORIGIN run path) come with the runtime layer
        libraries.removeIf(library -> library.startsWith(jre));
        Path libc = libraries.stream().filter(library -> library.getFileName().toString().startsWith("libc.so"))
                .findFirst().orElseThrow(() -> new IllegalStateException("ldd found no libc: is this glibc Linux?"));
        List<Path> dlopened = DLOPENED.stream().map(name -> libc.getParent().resolve(name))
                .filter(Files::exists).toList();
        libraries.addAll(dlopened);
        libraries.addAll(sharedLibraries(dlopened));
        for (Path library : libraries) {
            tree.include(library);
        }
        for (String directory : SYSTEM_DIRECTORIES) {
            if (Files.exists(Path.of(directory))) {
                tree.includeAll(Path.of(directory));
            }
        }
        tree.directory("tmp", 01777);
        // fontconfig caches what it found here; the user 10001 has no other writable place for it (/app is root's)
        tree.directory("var/cache/fontconfig", 01777);
        tree.directory("app", 0755);
        tree.file("etc/passwd", 0644, """
                root:x:0:0:root:/root:/usr/sbin/nologin
                jixiao:x:10001:10001:Jixiao:/app:/usr/sbin/nologin
                """);
        tree.file("etc/group", 0644, "root:x:0:\njixiao:x:10001:\n");
        // glibc reads this for host names; files first, so /etc/hosts (written by the container runtime) wins
        tree.file("etc/nsswitch.conf", 0644, "passwd: files\ngroup: files\nhosts: files dns\n");
        return tree.writeLayer(work.resolve("system.tar"),
                "the build machine's libraries for the JRE (ldd), fontconfig, bash, grep, user 10001, /tmp");
    }

    private static Layer runtimeLayer(Path jre, Path work, String createdBy) throws IOException {
        Tree tree = new Tree();
        for (Path file : runtimeFiles(jre)) {
            String relative = jre.relativize(file).toString();
            tree.hostCopy(relative.isEmpty() ? JAVA_HOME_IN_IMAGE : JAVA_HOME_IN_IMAGE + "/" + relative, file);
        }
        return tree.writeLayer(work.resolve("runtime.tar"), createdBy);
    }

    /**
     * The runtime's files with their links followed (a JDK links some of its configuration to /etc), without what only
     * development needs, and without links that lead nowhere.
     */
    private static List<Path> runtimeFiles(Path jre) throws IOException {
        try (Stream<Path> files = Files.walk(jre, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(file -> file.equals(jre) || !developmentOnly(jre.relativize(file)))
                    .filter(Files::exists)
                    .toList();
        }
    }

    private static boolean developmentOnly(Path relative) {
        return NOT_RUNTIME.contains(relative.getName(0).toString()) || NOT_RUNTIME.contains(relative.toString());
    }

    /** Every library the given programs and libraries load at start, transitively (ldd already follows them). */
    private static Set<Path> sharedLibraries(List<Path> binaries) throws IOException, InterruptedException {
        // a JRE library that ldd misses (libjvm.so is found at run time, once the launcher has loaded it) is no gap
        Set<String> jreLibraries = binaries.stream().map(binary -> binary.getFileName().toString())
                .collect(Collectors.toSet());
        Set<Path> libraries = new LinkedHashSet<>();
        for (Path binary : binaries) {
            Process ldd = new ProcessBuilder("ldd", binary.toString()).redirectErrorStream(true).start();
            String out = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ldd.waitFor();
            for (String line : out.split("\n")) {
                if (line.contains("not found") && !jreLibraries.contains(line.trim().split(" ")[0])) {
                    throw new IllegalStateException(binary + " needs a library this machine does not have: " + line.trim());
                }
                Matcher library = LDD_LIBRARY.matcher(line);
                Matcher loader = LDD_LOADER.matcher(line);
                if (library.find()) {
                    libraries.add(Path.of(library.group(1)));
                } else if (loader.find()) {
                    libraries.add(Path.of(loader.group(1)));
                }
            }
        }
        return libraries;
    }

    private static void writeImage(Path tar, List<Layer> layers, String made) throws IOException {
        String created = "1970-01-01T00:00:00Z";
        String architecture = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> System.getProperty("os.arch");
        };
        String config = "{\"architecture\":" + json(architecture) + ",\"os\":\"linux\",\"created\":" + json(created)
                + ",\"config\":{\"Env\":["
                + json("PATH=/" + JAVA_HOME_IN_IMAGE + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
                + "," + json("JAVA_HOME=/" + JAVA_HOME_IN_IMAGE) + "," + json("LANG=C.UTF-8") + "]"
                + ",\"Labels\":{\"cn.jixiao.jre-base\":" + json(made) + "}}"
                + ",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":["
                + layers.stream().map(layer -> json("sha256:" + layer.diffId())).collect(Collectors.joining(","))
                + "]},\"history\":["
                + layers.stream().map(layer -> "{\"created\":" + json(created) + ",\"created_by\":" + json(layer.createdBy()) + "}")
                        .collect(Collectors.joining(","))
                + "]}";
        byte[] configBytes = config.getBytes(StandardCharsets.UTF_8);
        String configName = sha256(configBytes) + ".json";
        List<String> layerNames = layers.stream().map(layer -> layer.diffId() + "/layer.tar.gz").toList();
        String manifest = "[{\"Config\":" + json(configName) + ",\"RepoTags\":[\"jixiao/jre-base:17\"],\"Layers\":["
                + layerNames.stream().map(JreBaseImage::json).collect(Collectors.joining(",")) + "]}]";
        try (TarWriter out = new TarWriter(Files.newOutputStream(tar))) {
            out.file("manifest.json", 0644, manifest.getBytes(StandardCharsets.UTF_8));
            out.file(configName, 0644, configBytes);
            for (int i = 0; i < layers.size(); i++) {
                out.directory(layers.get(i).diffId(), 0755);
                out.file(layerNames.get(i), 0644, layers.get(i).tar());
            }
        }
    }

    /** One layer: the gzipped tar, the sha256 of the tar before compression (the config's diff_id), the history line. */
    record Layer(Path tar, String diffId, String createdBy) {
    }

    /**
     * The files of one layer, by their path inside the image. Host paths are copied with their symbolic links, so
     * {@code /lib64/ld-linux-x86-64.so.2} on a merged-/usr system arrives as the links /lib64 → usr/lib64 … and the
     * one real file behind them: the loader and libraries are found in the image where they were on the host.
     */
    static final class Tree {
        private final Map<String, Entry> entries = new TreeMap<>();

        sealed interface Entry permits Directory, HostFile, Content, Link {
        }

        record Directory(int mode) implements Entry {
        }

        record HostFile(Path source, int mode) implements Entry {
        }

        record Content(byte[] bytes, int mode) implements Entry {
        }

        record Link(String target) implements Entry {
        }

        void directory(String name, int mode) {
            parents(name);
            entries.put(name, new Directory(mode));
        }

        void file(String name, int mode, String content) {
            parents(name);
            entries.put(name, new Content(content.getBytes(StandardCharsets.UTF_8), mode));
        }

        /** A host path at the same place in the image, resolving each symbolic link on the way. */
        void include(Path absolute) throws IOException {
            Path current = absolute.getRoot();
            for (int i = 0; i < absolute.getNameCount(); i++) {
                Path next = current.resolve(absolute.getName(i));
                String name = next.toString().substring(1);
                if (Files.isSymbolicLink(next)) {
                    Path target = Files.readSymbolicLink(next);
                    parents(name);
                    entries.put(name, new Link(target.toString()));
                    Path resolved = current.resolve(target).normalize();
                    Path rest = i + 1 < absolute.getNameCount() ? absolute.subpath(i + 1, absolute.getNameCount()) : null;
                    include(rest == null ? resolved : resolved.resolve(rest));
                    return;
                }
                if (Files.isDirectory(next)) {
                    entries.putIfAbsent(name, new Directory(0755));
                } else {
                    entries.put(name, new HostFile(next, Files.isExecutable(next) ? 0755 : 0644));
                }
                current = next;
            }
        }

        /** A host directory with everything below it, links kept as links (and followed to their targets). */
        void includeAll(Path directory) throws IOException {
            include(directory);
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.toList()) {
                    include(file);
                }
            }
        }

        /** A host file or directory (links followed) under another name: the JRE under /opt/java/openjdk. */
        void hostCopy(String name, Path file) {
            parents(name);
            entries.put(name, Files.isDirectory(file) ? new Directory(0755)
                    : new HostFile(file, Files.isExecutable(file) ? 0755 : 0644));
        }

        private void parents(String name) {
            int slash = name.indexOf('/');
            while (slash > 0) {
                entries.putIfAbsent(name.substring(0, slash), new Directory(0755));
                slash = name.indexOf('/', slash + 1);
            }
        }

        Layer writeLayer(Path tar, String createdBy) throws IOException {
            MessageDigest sha256 = sha256();
            // The diff_id is the digest of the uncompressed tar, hence the digest before the compression. Gzip at
            // its fastest level: Jib takes already compressed layers as they are, instead of compressing them at
            // its default level on every machine whose cache lacks them (a few MB larger, seconds faster).
            OutputStream compressed = Files.newOutputStream(tar);
            GZIPOutputStream gzip = new GZIPOutputStream(compressed, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            try (TarWriter out = new TarWriter(new DigestOutputStream(gzip, sha256))) {
                // sorted by path, so a directory always comes before what is in it
                for (Map.Entry<String, Entry> entry : entries.entrySet()) {
                    String name = entry.getKey();
                    Entry value = entry.getValue();
                    if (value instanceof Directory directory) {
                        out.directory(name, directory.mode());
                    } else if (value instanceof HostFile file) {
                        out.file(name, file.mode(), file.source());
                    } else if (value instanceof Content content) {
                        out.file(name, content.mode(), content.bytes());
                    } else if (value instanceof Link link) {
                        out.symbolicLink(name, link.target());
                    }
                }
            }
            return new Layer(tar, HexFormat.of().formatHex(sha256.digest()), createdBy);
        }
    }

    /** A POSIX (ustar) tar writer; names or link targets too long for ustar get a PAX header. */
    static final class TarWriter implements AutoCloseable {
        private final OutputStream out;

        TarWriter(OutputStream out) {
            this.out = new java.io.BufferedOutputStream(out, 1 << 16);
        }

        void directory(String name, int mode) throws IOException {
            header(name + "/", mode, 0, '5', "");
        }

        void file(String name, int mode, byte[] bytes) throws IOException {
            header(name, mode, bytes.length, '0', "");
            out.write(bytes);
            pad(bytes.length);
        }

        void file(String name, int mode, Path source) throws IOException {
            long size = Files.size(source);
            header(name, mode, size, '0', "");
            try (InputStream in = Files.newInputStream(source)) {
                if (in.transferTo(out) != size) {
                    throw new IOException(source + " changed while it was copied");
                }
            }
            pad(size);
        }

        void symbolicLink(String name, String target) throws IOException {
            header(name, 0777, 0, '2', target);
        }

        private void header(String name, int mode, long size, char type, String linkName) throws IOException {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            byte[] linkBytes = linkName.getBytes(StandardCharsets.UTF_8);
            if (nameBytes.length > 100 || linkBytes.length > 100) {
                String records = pax("path", name) + (linkBytes.length > 0 ? pax("linkpath", linkName) : "");
                byte[] paxBytes = records.getBytes(StandardCharsets.UTF_8);
                block("PaxHeader", 0644, paxBytes.length, 'x', "");
                out.write(paxBytes);
                pad(paxBytes.length);
            }
            block(truncate(name), mode, size, type, truncate(linkName));
        }

        private void block(String name, int mode, long size, char type, String linkName) throws IOException {
            byte[] header = new byte[512];
            put(header, 0, 100, name);
            put(header, 100, 8, octal(mode, 7));
            put(header, 108, 8, octal(0, 7)); // uid root
            put(header, 116, 8, octal(0, 7)); // gid root
            put(header, 124, 12, octal(size, 11));
            put(header, 136, 12, octal(1, 11)); // a fixed time: the same files give the same layer
            java.util.Arrays.fill(header, 148, 156, (byte) ' ');
            header[156] = (byte) type;
            put(header, 157, 100, linkName);
            put(header, 257, 6, "ustar");
            put(header, 263, 2, "00");
            put(header, 265, 32, "root");
            put(header, 297, 32, "root");
            long checksum = 0;
            for (byte b : header) {
                checksum += b & 0xff;
            }
            put(header, 148, 8, octal(checksum, 6) + "\0 ");
            out.write(header);
        }

        private static String pax(String key, String value) {
            String body = " " + key + "=" + value + "\n";
            int length = body.getBytes(StandardCharsets.UTF_8).length;
            int total = length + String.valueOf(length).length();
            if (String.valueOf(total).length() != String.valueOf(length).length()) {
                total++;
            }
            return total + body;
        }

        private static String truncate(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            return bytes.length <= 100 ? value : new String(bytes, 0, 100, StandardCharsets.ISO_8859_1);
        }

        private static String octal(long value, int digits) {
            return String.format("%0" + digits + "o", value);
        }

        private static void put(byte[] header, int offset, int length, String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(bytes, 0, header, offset, Math.min(bytes.length, length));
        }

        private void pad(long size) throws IOException {
            int remainder = (int) (size % 512);
            if (remainder != 0) {
                out.write(new byte[512 - remainder]);
            }
        }

        @Override
        public void close() throws IOException {
            out.write(new byte[1024]); // two zero blocks end the archive
            out.close();
        }
    }

    private static String json(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
