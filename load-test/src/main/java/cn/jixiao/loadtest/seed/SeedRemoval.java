package cn.jixiao.loadtest.seed;

import java.util.List;
import java.util.regex.Pattern;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * Removes what the seed put into the services' stores. No API deletes a project or a tenant: a finance record is
 * kept, and a tenant is disabled, never deleted (ADR 7). So {@code remove} is the one part of the seed that works
 * below the API, and it is for the local stack only: every document in the three services' databases whose street
 * ({@code streetId}, {@code tenantId}) or own id is a seeded street ({@code jixiao:panlong:ld001} …) goes. The
 * services' memories (evaluation-service's overview board) keep what they loaded until they restart.
 */
final class SeedRemoval {

    static final List<String> DATABASES = List.of("jixiao-projects", "jixiao-evaluations", "jixiao-reports");

    private SeedRemoval() {
    }

    /** The seeded streets' qualified ids, and nothing else: jixiao:panlong:ld001 … */
    static Pattern seededStreets(String districtId) {
        return Pattern.compile("^" + Pattern.quote(districtId) + ":" + SeedPlan.STREET_NAME_PATTERN + "$");
    }

    static Document selector(Pattern streets) {
        return new Document("$or", List.of(new Document("streetId", streets), new Document("tenantId", streets),
                new Document("_id", streets)));
    }

    static long removeFromStores(String mongoUri, String districtId) {
        Document selector = selector(seededStreets(districtId));
        long removed = 0;
        try (MongoClient client = MongoClients.create(mongoUri)) {
            for (String name : DATABASES) {
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    if (!collection.startsWith("system.")) {
                        removed += database.getCollection(collection).deleteMany(selector).getDeletedCount();
                    }
                }
            }
        }
        return removed;
    }
}
