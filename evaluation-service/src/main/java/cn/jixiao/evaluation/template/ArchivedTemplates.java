package cn.jixiao.evaluation.template;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The templates a district has put away, one document per district. Archiving is the district's own view of the
 * library, not a change of the template: a platform template archived by one district is still offered to every
 * other, and the versions stay stored, so an evaluation scored under an archived template keeps it and its score.
 * An archived template is no longer offered and can no longer be chosen, neither as the district's choice nor as a
 * project's.
 *
 * @param id       the district id
 * @param archived when each archived template was put away and by whom, by template id
 */
@Document(ArchivedTemplates.COLLECTION)
record ArchivedTemplates(@Id String id, Map<String, Archiving> archived, @Version Long version) {

    static final String COLLECTION = "evaluation_template_archives";

    /** Who put a template away, and when. */
    record Archiving(Instant at, String by) {
    }

    ArchivedTemplates {
        archived = archived == null ? Map.of() : Map.copyOf(archived);
    }

    static ArchivedTemplates none(String districtId) {
        return new ArchivedTemplates(districtId, Map.of(), null);
    }

    boolean contains(String templateId) {
        return archived.containsKey(templateId);
    }

    ArchivedTemplates with(String templateId, Instant at, String by) {
        Map<String, Archiving> changed = new TreeMap<>(archived);
        changed.putIfAbsent(templateId, new Archiving(at, by));
        return new ArchivedTemplates(id, changed, version);
    }

    ArchivedTemplates without(String templateId) {
        Map<String, Archiving> changed = new TreeMap<>(archived);
        changed.remove(templateId);
        return new ArchivedTemplates(id, changed, version);
    }
}
