package vn.motcua.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

/**
 * Deploys the EAR the build produced, unchanged, to the Payara of the test stack through
 * Arquillian; the tests then use it from outside, as portals, desks and browsers do.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedEar {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("motcua.ear", "../ear/target/motcua.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("build the EAR first: " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
