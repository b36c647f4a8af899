package cn.jixiao.devstack;

import java.time.Duration;

/**
 * How a run of a child process ended.
 *
 * @param name      the process's name, e.g. {@code kafka}
 * @param pid       the process that was launched
 * @param code      its exit code; 128 + n when signal n ended it (137 for kill -9)
 * @param uptime    how long that run lasted
 * @param requested whether it was asked to end (stopped, or replaced by a new run); false when it crashed or was
 *                  killed by someone else
 */
public record ProcessExit(String name, long pid, int code, Duration uptime, boolean requested) {

    /** e.g. "exit code 137 (killed by signal 9, SIGKILL)". */
    public String describe() {
        if (code > 128 && code < 160) {
            int signal = code - 128;
            return "exit code %d (killed by signal %d%s)".formatted(code, signal, switch (signal) {
                case 9 -> ", SIGKILL";
                case 15 -> ", SIGTERM";
                case 6 -> ", SIGABRT";
                case 11 -> ", SIGSEGV";
                default -> "";
            });
        }
        return "exit code " + code;
    }
}
