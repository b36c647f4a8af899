package cn.jixiao.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to launch as a child process.
 *
 * @param name        short name used in messages and as the log file's base name
 * @param command     the program and its arguments
 * @param environment variables added to (or replacing) the inherited environment
 * @param logFile     receives the process's stdout and stderr, truncated at each start
 */
public record ProcessSpec(String name, List<String> command, Map<String, String> environment, Path logFile) {

    public ProcessSpec {
        Objects.requireNonNull(name, "name");
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(logFile, "logFile");
    }

    /** A spec whose log file is {@code <logDir>/<name>.log}. */
    public static ProcessSpec of(String name, List<String> command, Map<String, String> environment, Path logDir) {
        return new ProcessSpec(name, command, environment, logDir.resolve(name + ".log"));
    }
}
