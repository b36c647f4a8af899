package cn.jixiao.devstack;

/** A component of the stack did not come up; the message says why and quotes the end of its log. */
public class ProcessStartupException extends RuntimeException {

    public ProcessStartupException(String message) {
        super(message);
    }

    public ProcessStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
