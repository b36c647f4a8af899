package cn.jixiao.devstack.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * Every service's MongoDB database, dumped and loaded through the MongoDB protocol, so a running stack can be
 * backed up. The files are what mongodump writes: {@code mongo/<database>/<collection>.bson} holds the documents
 * as BSON one after the other, byte for byte as stored (Decimal128 amounts, dates and GridFS chunks keep their
 * types); {@code <collection>.indexes.json} lists the collection's indexes in Extended JSON.
 *
 * <p>Each collection is read in one pass but the database is not frozen meanwhile: a document written during the
 * dump may or may not be in it. Every aggregate keeps its own outbox (ADR 2), so a document and its events are
 * always dumped together.
 */
final class MongoDump {

    static final String FOLDER = "mongo";
    private static final Set<String> SERVER_DATABASES = Set.of("admin", "local", "config");
    private static final String DOCUMENTS = ".bson";
    private static final String INDEXES = ".indexes.json";
    private static final int BATCH = 500;
    /** The index every collection has; creating it again is refused. */
    private static final String ID_INDEX = "_id_";

    private MongoDump() {
    }

    /** @return the number of documents of each collection, by database */
    static Map<String, Map<String, Long>> dump(MongoClient client, Path backup) {
        var counts = new TreeMap<String, Map<String, Long>>();
        for (var name : client.listDatabaseNames()) {
            if (SERVER_DATABASES.contains(name)) {
                continue;
            }
            var database = client.getDatabase(name);
            var folder = createFolder(backup.resolve(FOLDER).resolve(name));
            var perCollection = new TreeMap<String, Long>();
            for (var collection : database.listCollectionNames()) {
                if (collection.startsWith("system.")) {
                    continue;
                }
                perCollection.put(collection, writeDocuments(database.getCollection(collection, RawBsonDocument.class),
                        folder.resolve(collection + DOCUMENTS)));
                writeIndexes(database.getCollection(collection), folder.resolve(collection + INDEXES));
            }
            counts.put(name, perCollection);
        }
        return counts;
    }

    /**
     * Loads every dumped collection into the server behind {@code client}, indexes first so that a unique index
     * checks the documents as they go in.
     *
     * @return the number of documents loaded into each collection, by database
     */
    static Map<String, Map<String, Long>> restore(MongoClient client, Path backup) {
        var counts = new TreeMap<String, Map<String, Long>>();
        for (var folder : list(backup.resolve(FOLDER))) {
            var database = client.getDatabase(folder.getFileName().toString());
            var perCollection = new TreeMap<String, Long>();
            for (var file : list(folder)) {
                var fileName = file.getFileName().toString();
                if (!fileName.endsWith(DOCUMENTS)) {
                    continue;
                }
                var collection = fileName.substring(0, fileName.length() - DOCUMENTS.length());
                if (!database.listCollectionNames().into(new ArrayList<>()).contains(collection)) {
                    database.createCollection(collection);
                } else if (database.getCollection(collection).estimatedDocumentCount() > 0) {
                    throw new IllegalStateException("Will not load into " + database.getName() + "." + collection
                            + ": it already holds documents");
                }
                createIndexes(database, collection, folder.resolve(collection + INDEXES));
                perCollection.put(collection, insertDocuments(database.getCollection(collection, RawBsonDocument.class),
                        file));
            }
            counts.put(database.getName(), perCollection);
        }
        return counts;
    }

    private static long writeDocuments(MongoCollection<RawBsonDocument> collection, Path file) {
        long count = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            for (var document : collection.find()) {
                var bytes = document.getByteBuffer();
                var array = new byte[bytes.remaining()];
                bytes.get(array);
                out.write(array);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return count;
    }

    private static long insertDocuments(MongoCollection<RawBsonDocument> collection, Path file) {
        long count = 0;
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            var batch = new ArrayList<RawBsonDocument>(BATCH);
            for (var document = next(in); document != null; document = next(in)) {
                batch.add(document);
                if (batch.size() == BATCH) {
                    collection.insertMany(batch);
                    count += batch.size();
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                collection.insertMany(batch);
                count += batch.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return count;
    }

    /** The next document of a BSON file, whose first four bytes are its length (little endian); null at the end. */
    private static RawBsonDocument next(DataInputStream in) throws IOException {
        var length = new byte[4];
        int read = in.readNBytes(length, 0, 4);
        if (read == 0) {
            return null;
        }
        if (read < 4) {
            throw new EOFException("A BSON file ends inside a document's length");
        }
        int size = ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN).getInt();
        var document = new byte[size];
        System.arraycopy(length, 0, document, 0, 4);
        in.readFully(document, 4, size - 4);
        return new RawBsonDocument(document);
    }

    private static void writeIndexes(MongoCollection<Document> collection, Path file) {
        var indexes = collection.listIndexes().into(new ArrayList<>());
        var json = new Document("indexes", indexes)
                .toJson(JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).indent(true).build());
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void createIndexes(MongoDatabase database, String collection, Path file) {
        if (!Files.exists(file)) {
            return;
        }
        List<Document> indexes;
        try (InputStream in = Files.newInputStream(file)) {
            indexes = Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getList("indexes", Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        var specs = new ArrayList<Document>();
        for (var index : indexes) {
            if (ID_INDEX.equals(index.getString("name"))) {
                continue;
            }
            var spec = new Document(index);
            // the server's own fields, not options of createIndexes
            spec.remove("v");
            spec.remove("ns");
            specs.add(spec);
        }
        if (!specs.isEmpty()) {
            database.runCommand(new Document("createIndexes", collection).append("indexes", specs));
        }
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
