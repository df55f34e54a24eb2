package vn.motcua.it;

import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import javax.naming.InitialContext;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * The deployment of a test that runs inside Payara, next to the services: the built EAR plus a
 * small test WAR holding the test class, which Arquillian's servlet protocol enriches and calls.
 */
final class InContainer {

    private InContainer() {
    }

    static EnterpriseArchive ear(Class<?> test) throws IOException, URISyntaxException {
        File built = new File(System.getProperty("motcua.ear", "../ear/target/motcua.ear"));
        if (!built.isFile()) {
            throw new IllegalStateException("build the EAR first: " + built.getAbsolutePath() + " is missing");
        }
        String war = test.getSimpleName().toLowerCase() + ".war";
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built);
        WebArchive tests = ShrinkWrap.create(WebArchive.class, war)
                .addClasses(test, InContainer.class)
                .addAsWebInfResource(new StringAsset("""
                        <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="all"/>"""), "beans.xml")
                .addAsLibrary(new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        ear.addAsModule(Testable.archiveToTest(tests));
        String application;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            application = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(application.replace("<library-directory>",
                "<module><web><web-uri>" + war + "</web-uri><context-root>/" + war.replace(".war", "")
                        + "</context-root></web></module>\n  <library-directory>")));
        return ear;
    }

    /** Runs {@code work} in a transaction of its own and rolls it back: a read that leaves nothing behind. */
    static <T> T readOnly(Callable<T> work) throws Exception {
        jakarta.transaction.UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            return work.call();
        } finally {
            tx.rollback();
        }
    }
}
