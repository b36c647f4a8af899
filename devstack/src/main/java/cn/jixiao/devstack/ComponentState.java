package cn.jixiao.devstack;

/** Where a supervised component stands, as {@code ./jixiao status} shows it. */
public enum ComponentState {
    /** Its process serves. */
    RUNNING,
    /** Its process died; the supervisor waits for the next attempt or is making it. */
    RESTARTING,
    /** It was stopped on purpose (the stack is stopping) and is not started again. */
    STOPPED,
    /** The supervisor gave up after too many failed attempts in a row; see its log. */
    FAILED
}
