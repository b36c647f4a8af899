package cn.jixiao.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines that run Java children on the same JVM as this one. */
final class JavaCommand {

    /** Quiet, readable logging for the children that run on our classpath (Kafka, the Mongo wire server). */
    private static final String LOGBACK_CONFIG = "-Dlogback.configurationFile=cn/jixiao/devstack/logback-devstack.xml";

    private JavaCommand() {
    }

    static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /**
     * Runs a main class on this JVM's own classpath. That classpath is the devstack runtime classpath when
     * launched by ./jixiao, and the test classpath (which includes devstack's dependencies) in tests.
     */
    static List<String> mainClass(String mainClass, List<String> jvmOptions, List<String> args) {
        var command = new ArrayList<String>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add(LOGBACK_CONFIG);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    static List<String> jar(Path jar, List<String> jvmOptions) {
        var command = new ArrayList<String>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    private static String java() {
        return javaHome().resolve("bin").resolve("java").toString();
    }
}
