package cn.jixiao.report.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An image as {@code jib:buildTar} writes it with {@code <format>OCI</format>}: an OCI image layout packed in one
 * tar. Read the way a container runtime reads it: {@code index.json} names the manifest, the manifest names the
 * config and the layers (gzipped tars, lowest first), all of them blobs under {@code blobs/sha256/}.
 *
 * @param config the config's {@code config} object: User, Entrypoint, Env, ExposedPorts, WorkingDir
 * @param files  every regular file of the image's file system (later layers win), by path without a leading slash
 */
record OciImage(JsonNode config, Map<String, ImageFile> files) {

    /** A file in the image; its bytes only for the files asked for (keeping all would take 300 MB). */
    record ImageFile(long size, byte[] content) {
    }

    /** {@code PATH=...} and the like, as a map. */
    Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        config.path("Env").forEach(variable -> {
            String[] nameAndValue = variable.asString().split("=", 2);
            environment.put(nameAndValue[0], nameAndValue[1]);
        });
        return environment;
    }

    List<String> entrypoint() {
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(argument -> entrypoint.add(argument.asString()));
        return entrypoint;
    }

    static OciImage read(Path tarball, Predicate<String> kept) throws IOException {
        Map<String, byte[]> smallBlobs = new HashMap<>();
        forEachEntry(tarball, (name, entry) -> {
            if (name.equals("index.json") || name.startsWith("blobs/sha256/") && entry.size() < (1 << 20)) {
                smallBlobs.put(name, entry.stream().readAllBytes());
            }
        });
        ObjectMapper json = new ObjectMapper();
        JsonNode index = json.readTree(required(smallBlobs, "index.json"));
        JsonNode manifest = json.readTree(blob(smallBlobs, index.path("manifests").get(0).path("digest").asString()));
        JsonNode config = json.readTree(blob(smallBlobs, manifest.path("config").path("digest").asString()));

        List<String> layerBlobs = new ArrayList<>();
        manifest.path("layers").forEach(layer -> layerBlobs.add(blobName(layer.path("digest").asString())));
        Map<String, Map<String, ImageFile>> layers = new HashMap<>();
        forEachEntry(tarball, (name, entry) -> {
            if (layerBlobs.contains(name)) {
                layers.put(name, files(entry.stream(), kept));
            }
        });
        Map<String, ImageFile> files = new HashMap<>();
        for (String layer : layerBlobs) { // lowest first: a file in a later layer replaces the earlier one
            if (!layers.containsKey(layer)) {
                throw new IllegalStateException("The manifest's layer " + layer + " is not in " + tarball);
            }
            files.putAll(layers.get(layer));
        }
        return new OciImage(config.path("config"), files);
    }

    private static Map<String, ImageFile> files(InputStream gzippedLayer, Predicate<String> kept) throws IOException {
        Map<String, ImageFile> files = new HashMap<>();
        TarArchiveInputStream layer = new TarArchiveInputStream(new GZIPInputStream(gzippedLayer, 1 << 16));
        TarArchiveEntry entry;
        while ((entry = layer.getNextEntry()) != null) {
            if (!entry.isFile()) {
                continue;
            }
            String path = entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", "");
            files.put(path, new ImageFile(entry.getSize(), kept.test(path) ? layer.readAllBytes() : null));
        }
        return files;
    }

    private interface EntryReader {
        void read(String name, Entry entry) throws IOException;
    }

    /** One entry of the outer tar: its size, and its bytes (a stream the reader must not close). */
    private record Entry(long size, InputStream stream) {
    }

    private static void forEachEntry(Path tarball, EntryReader reader) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            InputStream unclosable = new FilterInputStream(tar) {
                @Override
                public void close() {
                    // the next entry follows in the same stream
                }
            };
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isFile()) {
                    reader.read(entry.getName(), new Entry(entry.getSize(), unclosable));
                }
            }
        }
    }

    private static byte[] blob(Map<String, byte[]> blobs, String digest) {
        return required(blobs, blobName(digest));
    }

    private static String blobName(String digest) {
        return "blobs/" + digest.replace(':', '/');
    }

    private static byte[] required(Map<String, byte[]> blobs, String name) {
        byte[] bytes = blobs.get(name);
        if (bytes == null) {
            throw new IllegalStateException(name + " is missing from the image tarball");
        }
        return bytes;
    }
}
