package cn.jixiao.testing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service keeps, in one place; each service's {@code ArchitectureTest} states them
 * for its own package next to the rules that are its alone.
 */
public final class ServiceArchitecture {

    /** The libraries a service may build on; {@code testing} and {@code devstack} serve tests and the local stack. */
    public static final String[] SHARED_MODULES = {
            "cn.jixiao.contracts..", "cn.jixiao.tenancy..", "cn.jixiao.messaging..", "cn.jixiao.problems..",
            "cn.jixiao.uploads.."};

    /** What a rule kept in plain Java must not know: Spring, Reactor, MongoDB and the JSON and OpenAPI annotations. */
    public static final String[] FRAMEWORKS = {
            "org.springframework..", "reactor..", "org.bson..", "com.mongodb..", "com.fasterxml.jackson..",
            "tools.jackson..", "io.swagger.."};

    /**
     * Where a service keeps its documents: a Spring {@code @Repository}, a Spring Data repository, or MongoDB
     * and GridFS templates themselves.
     */
    public static final DescribedPredicate<JavaClass> STORES =
            annotatedWith("org.springframework.stereotype.Repository")
                    .or(assignableTo("org.springframework.data.repository.Repository"))
                    .or(assignableTo("org.springframework.data.mongodb.core.ReactiveMongoOperations"))
                    .or(assignableTo("org.springframework.data.mongodb.core.MongoOperations"))
                    .or(assignableTo("org.springframework.data.mongodb.gridfs.ReactiveGridFsOperations"))
                    .or(assignableTo("org.springframework.data.mongodb.gridfs.GridFsOperations"))
                    .as("are stores (a @Repository, a Spring Data repository, a Mongo or GridFS template)");

    private ServiceArchitecture() {
    }

    /**
     * The rules every service keeps, as one rule for its {@code ArchitectureTest}: feature packages without cycles,
     * no other service's code, controllers that never touch a store, and lookups without a tenant check used only
     * by feeds and workers. A failure names each rule broken.
     */
    public static ArchRule everyServiceKeeps(String servicePackage) {
        return CompositeArchRule.of(featurePackagesFreeOfCycles(servicePackage))
                .and(usesOnlyItselfAndTheSharedModules(servicePackage))
                .and(controllersNeverTouchStores())
                .and(lookupsWithoutATenantCheckServeOnlyFeedsAndWorkers())
                .as("what every service keeps (" + servicePackage + ")");
    }

    /** No two feature packages of the service ({@code <service>.(*)..}) depend on each other in a cycle. */
    public static ArchRule featurePackagesFreeOfCycles(String servicePackage) {
        return slices().matching(servicePackage + ".(*)..").namingSlices("$1")
                .as("the feature packages of " + servicePackage)
                .should().beFreeOfCycles()
                .because("a feature is changed, tested and understood on its own only if what it uses does not"
                        + " use it back");
    }

    /** Of our own code the service uses only itself and the shared libraries: never another service's packages. */
    public static ArchRule usesOnlyItselfAndTheSharedModules(String servicePackage) {
        String[] allowed = Stream.concat(Stream.of(servicePackage + ".."), Arrays.stream(SHARED_MODULES))
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(servicePackage + "..")
                .should().dependOnClassesThat(are(resideInAPackage("cn.jixiao..").and(
                        DescribedPredicate.not(resideInAnyPackage(allowed))))
                        .as("belong to another of our modules than " + servicePackage + " and the shared libraries"))
                .because("each service owns its database and talks to the others only through the events in"
                        + " contracts (README, Architecture)");
    }

    /** A controller asks a feature's service or query; it never reads or writes the documents itself. */
    public static ArchRule controllersNeverTouchStores() {
        return noClasses().that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .or().areAnnotatedWith("org.springframework.stereotype.Controller")
                .should().dependOnClassesThat(STORES)
                .because("the tenant check, the version check and the outbox live in the feature's services;"
                        + " a controller that reads a store directly can step around them");
    }

    /**
     * A lookup without the tenant's criteria says so in its name ({@code …Unchecked}); it is called only by the
     * service's Kafka feeds and workers, which bound the aggregate to its tenant before (ADR 6), and by other
     * lookups without a tenant check that pass the trust on.
     */
    public static ArchRule lookupsWithoutATenantCheckServeOnlyFeedsAndWorkers() {
        DescribedPredicate<JavaAccess<?>> uncheckedOutsideFeedsAndWorkers = DescribedPredicate.describe(
                "a method without a tenant check (…Unchecked), called or referenced from outside the feeds, the"
                        + " workers and the other unchecked methods",
                call -> call.getName().endsWith(UNCHECKED) && !fromAFeedOrWorker(call) && !fromUncheckedCode(call));
        return noClasses().should().accessTargetWhere(uncheckedOutsideFeedsAndWorkers)
                .as("lookups without a tenant check (…Unchecked) are used only by feeds, workers and other such"
                        + " lookups")
                .because(TRUSTED_CALLERS_ONLY);
    }

    /**
     * The same rule for a store whose lookups without a tenant check do not (yet) say so in their names: only
     * feeds and workers, and the store itself, call them.
     */
    public static ArchRule onlyFeedsAndWorkersCall(String store, String... unfilteredLookups) {
        List<String> lookups = List.of(unfilteredLookups);
        String storeName = store.substring(store.lastIndexOf('.') + 1);
        String named = storeName + "'s lookups without a tenant check " + lookups;
        DescribedPredicate<JavaAccess<?>> unfiltered = DescribedPredicate.describe(
                named + " from outside the feeds and the workers",
                call -> call.getTargetOwner().getName().equals(store) && lookups.contains(call.getName())
                        && !call.getOriginOwner().getName().equals(store) && !fromAFeedOrWorker(call));
        ArchRule onlyTrustedCallers = noClasses().should().accessTargetWhere(unfiltered)
                .as("only feeds and workers use " + named);
        // renaming the store or a lookup must not turn the rule into one that holds for want of callers
        ArchRule lookupsStillThere = classes().that().haveFullyQualifiedName(store)
                .should(declareMethodsNamed(lookups)).as(storeName + " declares them");
        return CompositeArchRule.of(onlyTrustedCallers).and(lookupsStillThere).because(TRUSTED_CALLERS_ONLY);
    }

    private static ArchCondition<JavaClass> declareMethodsNamed(List<String> names) {
        return new ArchCondition<>("declare " + names) {
            @Override
            public void check(JavaClass store, ConditionEvents events) {
                names.stream()
                        .filter(name -> store.getMethods().stream().noneMatch(method -> method.getName().equals(name)))
                        .forEach(missing -> events.add(SimpleConditionEvent.violated(store,
                                store.getName() + " no longer declares " + missing + "; name its lookups anew here")));
            }
        };
    }

    private static final String UNCHECKED = "Unchecked";

    private static final String TRUSTED_CALLERS_ONLY = "a lookup without the tenant's criteria trusts its caller to"
            + " have bound the aggregate to its tenant, as the feeds do for every event (ADR 6); a person's request"
            + " goes through the lookups that take the caller's TenantAccess";

    private static boolean fromAFeedOrWorker(JavaAccess<?> call) {
        JavaClass caller = call.getOriginOwner();
        while (caller.getEnclosingClass().isPresent()) {
            caller = caller.getEnclosingClass().get();
        }
        return caller.getSimpleName().endsWith("Feed") || caller.getSimpleName().endsWith("Worker");
    }

    /** An unchecked method, or a lambda written inside one, should it be seen as {@code lambda$<method>$<n>}. */
    private static boolean fromUncheckedCode(JavaAccess<?> call) {
        String caller = call.getOrigin().getName();
        return caller.endsWith(UNCHECKED) || (caller.startsWith("lambda$") && caller.contains(UNCHECKED + "$"));
    }
}
