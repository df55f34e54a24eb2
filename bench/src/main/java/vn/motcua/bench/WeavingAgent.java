package vn.motcua.bench;

import org.eclipse.persistence.internal.jpa.deployment.JavaSECMPInitializerAgent;

import java.lang.instrument.Instrumentation;

/**
 * Turns on EclipseLink's dynamic weaving for {@code java -jar bench.jar} (the jar's manifest names
 * this class as its Launcher-Agent-Class), as Payara weaves the entities of the EAR. Without it
 * EclipseLink reads a {@code FetchType.LAZY} to-one relation eagerly, so the benchmark would not
 * measure what production runs. Does what {@code -javaagent:eclipselink.jar} does, before main.
 */
public final class WeavingAgent {

    private static volatile boolean started;

    private WeavingAgent() {
    }

    public static void agentmain(String args, Instrumentation instrumentation) throws Throwable {
        JavaSECMPInitializerAgent.premain(args, instrumentation);
        started = true;
    }

    public static void premain(String args, Instrumentation instrumentation) throws Throwable {
        agentmain(args, instrumentation);
    }

    public static boolean started() {
        return started;
    }
}
