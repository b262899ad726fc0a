package io.loyaltyclub.program;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Values read at most once per web request. One page or API call needs the program's settings and the tier
 * ladder in many places (formats, time zone, tier progress); reading them once per request keeps "a change is
 * seen by the next request" on every shop server while sparing a page a dozen identical reads. Outside a web
 * request (jobs, tests, Broadleaf's filters before the dispatcher) nothing is kept and every call reads.
 *
 * <p>Only values nobody changes belong here: immutable ones, or entities the callers promise to leave alone
 * (an admin edits a copy from {@link ProgramService#settings()}).</p>
 */
public final class RequestMemo {

    private static final String PREFIX = RequestMemo.class.getName() + ".";

    private RequestMemo() {
    }

    /** The request's value of {@code name}, read with {@code read} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T get(String name, Supplier<T> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read.get();
        }
        String key = PREFIX + name;
        Object value = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (value == null) {
            value = read.get();
            if (value != null) {
                request.setAttribute(key, value, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return (T) value;
    }

    /** Drops the request's value of {@code name}: the request has just changed what it was read from. */
    public static void forget(String name) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(PREFIX + name, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /**
     * The program's settings as this request reads them. {@code program} must be the injected (transactional)
     * service; the result is shared by the request's readers and must not be changed.
     */
    public static ProgramSettings settings(ProgramService program) {
        return get("programSettings", program::settings);
    }
}
