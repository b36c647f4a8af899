package cn.jixiao.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Which topics each service may write and read: a service writes only its own topics (and the dead letters),
 * and reads only what it consumes. The broker refuses everything else ({@code allow.everyone.if.no.acl.found=false}).
 * docker-compose.yml and the Helm chart grant the same table with kafka-acls.
 *
 * <p>The topic names repeat {@code cn.jixiao.contracts.Topics}; devstack does not depend on the services' code, and
 * system-tests checks that the two agree.
 */
public final class KafkaTopicGrants {

    public static final String PROJECT_EVENTS = "jixiao.project-events";
    public static final String EVALUATION_EVENTS = "jixiao.evaluation-events";
    public static final String REPORT_EVENTS = "jixiao.report-events";
    /** Every consumer sends the events it refuses here, with the reason. */
    public static final String DEAD_LETTERS = "jixiao.dead-letters";
    /** Every topic of the platform starts with this. */
    public static final String TOPIC_PREFIX = "jixiao.";

    private static final Map<Service, List<String>> WRITES = Map.of(
            Service.PROJECT, List.of(PROJECT_EVENTS, DEAD_LETTERS),
            Service.EVALUATION, List.of(EVALUATION_EVENTS, DEAD_LETTERS),
            Service.REPORT, List.of(REPORT_EVENTS, DEAD_LETTERS));

    // project-service reads its own events, so each instance keeps its project list (ProjectListReadModel) current
    // with the other instances' writes; the dead letters, for the platform administrator's desk; and
    // evaluation-service's, for the one read model it keeps of another service's data: which template a project is
    // scored under and its parts' weights, which the targets' weights must add up to before submission (#15)
    private static final Map<Service, List<String>> READS = Map.of(
            Service.PROJECT, List.of(PROJECT_EVENTS, DEAD_LETTERS, EVALUATION_EVENTS),
            // the projects to evaluate, and its own events for the demo's self-grading
            Service.EVALUATION, List.of(PROJECT_EVENTS, EVALUATION_EVENTS),
            Service.REPORT, List.of(PROJECT_EVENTS, EVALUATION_EVENTS));

    private KafkaTopicGrants() {
    }

    /** Every topic the stack creates before the services start, so no service needs the right to create one. */
    public static Set<String> topics() {
        var topics = new TreeSet<String>();
        WRITES.values().forEach(topics::addAll);
        READS.values().forEach(topics::addAll);
        return topics;
    }

    public static List<String> writtenBy(Service service) {
        return WRITES.getOrDefault(service, List.of());
    }

    public static List<String> readBy(Service service) {
        return READS.getOrDefault(service, List.of());
    }

    /**
     * The ACLs of one service's principal:
     * <ul>
     * <li>WRITE on the topics it publishes,</li>
     * <li>READ on the topics it consumes, and READ on the consumer groups named after it
     * ({@code report-service}, {@code report-service-evaluations}, ...), prefixed,</li>
     * <li>DESCRIBE on every platform topic: Spring's KafkaAdmin looks up the topics each service declares at
     * start-up, which reveals their names and partitions, never a record.</li>
     * </ul>
     */
    public static List<AclBinding> aclsOf(Service service, KafkaLogin login) {
        var acls = new ArrayList<AclBinding>();
        for (var topic : writtenBy(service)) {
            acls.add(allow(login, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), AclOperation.WRITE));
        }
        for (var topic : readBy(service)) {
            acls.add(allow(login, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), AclOperation.READ));
        }
        acls.add(allow(login, new ResourcePattern(ResourceType.GROUP, service.module(), PatternType.PREFIXED),
                AclOperation.READ));
        acls.add(allow(login, new ResourcePattern(ResourceType.TOPIC, TOPIC_PREFIX, PatternType.PREFIXED),
                AclOperation.DESCRIBE));
        return acls;
    }

    private static AclBinding allow(KafkaLogin login, ResourcePattern resource, AclOperation operation) {
        return new AclBinding(resource, new AccessControlEntry(login.principal(), "*", operation, AclPermissionType.ALLOW));
    }
}
