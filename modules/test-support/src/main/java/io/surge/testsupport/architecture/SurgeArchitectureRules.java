package io.surge.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of DESIGN.md "Inside a module", written once for every module: each rule names packages by their
 * role ({@code io.surge.<module>.domain}, ...), so it holds for all modules at once. ArchUnit fails a rule that
 * matches no class at all, so a rule cannot pass by matching nothing.
 */
public final class SurgeArchitectureRules {

    private static final String MODULES = "io.surge.(*)..";
    private static final String DOMAIN = "io.surge.*.domain..";
    private static final String PORTS = "io.surge.*.port..";
    private static final String APPLICATION = "io.surge.*.application..";
    private static final String ADAPTERS = "io.surge.*.adapter..";
    private static final String EVENTS = "io.surge.*.events..";
    private static final String PERSISTENCE = "io.surge.*.adapter.out.persistence..";
    private static final String SHARED = "io.surge.shared..";

    private SurgeArchitectureRules() {
    }

    @ArchTest
    public static final ArchRule domainIsPlainJava = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, "io.surge.shared.error..",
                    "org.jspecify..", "org.jmolecules..")
            .because("the domain holds the rules and nothing of Spring, jOOQ, Redisson or the web");

    @ArchTest
    public static final ArchRule portsSpeakTheDomainLanguage = classes().that().resideInAPackage(PORTS)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, PORTS,
                    "io.surge.shared.error..", "io.surge.shared.access..", "io.surge.shared.paging..",
                    "org.jspecify..")
            .because("ports are the domain's view of the world, free of any technology");

    @ArchTest
    public static final ArchRule applicationDoesNotKnowAdapters = noClasses().that().resideInAnyPackage(DOMAIN,
            PORTS, APPLICATION).should().dependOnClassesThat().resideInAPackage(ADAPTERS);

    @ArchTest
    public static final ArchRule inboundAdaptersCallUseCasesOnly = noClasses().that()
            .resideInAPackage("io.surge.*.adapter.in..")
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, "io.surge.*.port.out..")
            .because("controllers and listeners call the use cases of port.in and nothing behind them");

    @ArchTest
    public static final ArchRule adaptersAreIndependentOfEachOther = slices()
            .matching("io.surge.(*).adapter.(*).(*)..").should().notDependOnEachOther();

    @ArchTest
    public static final ArchRule jooqStaysInPersistenceAdapters = noClasses().that()
            .resideOutsideOfPackages(PERSISTENCE, "io.surge.shared.persistence..",
                    "io.surge.shared.idempotency.persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.jooq..");

    @ArchTest
    public static final ArchRule redissonStaysInRedisAdapters = noClasses().that()
            .resideOutsideOfPackages("io.surge.*.adapter.out.redis..", "io.surge.shared.security..",
                    "io.surge.shared.redis..")
            .should().dependOnClassesThat().resideInAPackage("org.redisson..");

    @ArchTest
    public static final ArchRule webStaysInWebAdapters = noClasses().that()
            .resideOutsideOfPackages("io.surge.*.adapter.in.web..", "io.surge.shared.web..",
                    "io.surge.shared.idempotency..", "io.surge.shared.security..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                    "org.springframework.http..");

    @ArchTest
    public static final ArchRule onlyTheSecurityEdgeKnowsSpringSecurity = noClasses().that()
            .resideOutsideOfPackages("io.surge.shared.security..", "io.surge.shared.web..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.security..")
            .because("modules get the acting user as a parameter and never read the security context themselves");

    @ArchTest
    public static final ArchRule kafkaStaysInEventAdapters = noClasses().that()
            .resideOutsideOfPackages("io.surge.*.adapter.out.event..", "io.surge.*.adapter.in.event..",
                    "io.surge.shared.kafka..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
            .because("modules reach Kafka only through their event adapters; the platform creates their topics");

    @ArchTest
    public static final ArchRule tablesBelongToTheirModule = slices()
            .matching("io.surge.(*).adapter.out.persistence.jooq..").should().notDependOnEachOther()
            .because("a module never names another module's tables");

    @ArchTest
    public static final ArchRule eventsAreRecordsOfPrimitives = classes().that().resideInAPackage(EVENTS)
            .and().areNotInterfaces().and().doNotHaveSimpleName("package-info")
            .should().beRecords()
            .andShould().onlyDependOnClassesThat().resideInAnyPackage("java..", EVENTS, "io.surge.shared.events..",
                    "org.jmolecules..", "org.springframework.modulith.events..", "org.jspecify..")
            .because("events are immutable records of ids and primitives, never domain types");

    @ArchTest
    public static final ArchRule listenersHaveStableIds = methods().that()
            .areAnnotatedWith(ApplicationModuleListener.class)
            .should(haveAnExplicitListenerId())
            .andShould().beDeclaredInClassesThat().resideInAPackage("io.surge.*.adapter.in.event..");

    @ArchTest
    public static final ArchRule synchronousListenersAreNamedEventAdapters = methods().that()
            .areAnnotatedWith(EventListener.class)
            .and().areDeclaredInClassesThat().resideInAPackage(MODULES)
            .and().areDeclaredInClassesThat().resideOutsideOfPackage(SHARED)
            .should(haveAnExplicitListenerId())
            .andShould().beDeclaredInClassesThat().resideInAPackage("io.surge.*.adapter.in.event..")
            .because("the order saga's steps are synchronous listeners (ADR 0013), named like every listener");

    @ArchTest
    public static final ArchRule transactionsStartInApplicationServices = noMethods().that()
            .areDeclaredInClassesThat().resideOutsideOfPackage(APPLICATION)
            .should().beAnnotatedWith(Transactional.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(Transactional.class)
            .because("use cases in the application layer are the transaction boundary");

    @ArchTest
    public static final ArchRule modulesDoNotReachIntoOtherModules = slices().matching(MODULES)
            .should().notDependOnEachOther().ignoreDependency(
                    com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(EVENTS, SHARED))
            .because("modules only use each other's events (and the shared kernel)");

    private static ArchCondition<JavaMethod> haveAnExplicitListenerId() {
        return new ArchCondition<>("have an explicit listener id") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String id = method.isAnnotatedWith(ApplicationModuleListener.class)
                        ? method.getAnnotationOfType(ApplicationModuleListener.class).id()
                        : method.getAnnotationOfType(EventListener.class).id();
                boolean explicit = id.matches("[a-z]+\\.[a-z][a-z0-9-]*");
                events.add(new SimpleConditionEvent(method, explicit,
                        method.getFullName() + (explicit ? " has" : " lacks") + " an id like <module>.<verb-phrase>"));
            }
        };
    }
}
