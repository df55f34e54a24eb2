package vn.motcua.platform;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

/** Motcua's modules as ArchUnit sees them: which classes belong to which module, by package. */
final class Modules {

    static final DescribedPredicate<JavaClass> TENANTS = resideInAPackage("vn.motcua.tenants..").as("tenants");
    static final DescribedPredicate<JavaClass> CATALOG = resideInAPackage("vn.motcua.catalog..").as("catalog");
    static final DescribedPredicate<JavaClass> ENGINE = resideInAPackage("vn.motcua.engine..").as("engine");
    static final DescribedPredicate<JavaClass> PLATFORM = resideInAPackage("vn.motcua.platform..").as("platform");
    static final DescribedPredicate<JavaClass> WEB = resideInAPackage("vn.motcua.web..").as("web");
    static final DescribedPredicate<JavaClass> API = resideInAPackage("vn.motcua.api..").as("api");
    static final DescribedPredicate<JavaClass> DESK = resideInAPackage("vn.motcua.desk..").as("desk");
    static final DescribedPredicate<JavaClass> ADMIN_UI = resideInAPackage("vn.motcua.admin..").as("admin-ui");

    private Modules() {
    }

    private static JavaClasses production;
    private static JavaClasses withTestFixtures;

    /** Every production class of the modules the EAR holds (this module's test classes excluded). */
    static synchronized JavaClasses production() {
        if (production == null) {
            production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("vn.motcua");
        }
        return production;
    }

    /** The same with this module's test classes, among them a fixture that breaks the rules. */
    static synchronized JavaClasses withTestFixtures() {
        if (withTestFixtures == null) {
            withTestFixtures = new ClassFileImporter().importPackages("vn.motcua");
        }
        return withTestFixtures;
    }
}
