package io.loyaltyclub.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

class RequestMemoTest {

    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void withinOneRequestTheValueIsReadOnce() {
        RequestContextHolder.setRequestAttributes(new Request());
        assertEquals("value 1", RequestMemo.get("x", this::read));
        assertEquals("value 1", RequestMemo.get("x", this::read));
        assertEquals(1, reads.get());
    }

    @Test
    void theNextRequestReadsAgain() {
        RequestContextHolder.setRequestAttributes(new Request());
        RequestMemo.get("x", this::read);
        RequestContextHolder.setRequestAttributes(new Request());
        assertEquals("value 2", RequestMemo.get("x", this::read));
    }

    @Test
    void aRequestThatChangedTheSourceReadsAgainAfterForgetting() {
        RequestContextHolder.setRequestAttributes(new Request());
        RequestMemo.get("x", this::read);
        RequestMemo.forget("x");
        assertEquals("value 2", RequestMemo.get("x", this::read));
        assertEquals("value 2", RequestMemo.get("x", this::read));
    }

    @Test
    void namesAreKeptApart() {
        RequestContextHolder.setRequestAttributes(new Request());
        RequestMemo.get("x", this::read);
        assertEquals("value 2", RequestMemo.get("y", this::read));
    }

    @Test
    void outsideARequestEveryCallReads() {
        RequestMemo.get("x", this::read);
        RequestMemo.get("x", this::read);
        assertEquals(2, reads.get());
    }

    private String read() {
        return "value " + reads.incrementAndGet();
    }

    /** The request scope of one request, in a map. */
    private static final class Request implements RequestAttributes {

        private final Map<String, Object> attributes = new HashMap<>();

        @Override
        public Object getAttribute(String name, int scope) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object value, int scope) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name, int scope) {
            attributes.remove(name);
        }

        @Override
        public String[] getAttributeNames(int scope) {
            return attributes.keySet().toArray(new String[0]);
        }

        @Override
        public void registerDestructionCallback(String name, Runnable callback, int scope) {
        }

        @Override
        public Object resolveReference(String key) {
            return null;
        }

        @Override
        public String getSessionId() {
            return "session";
        }

        @Override
        public Object getSessionMutex() {
            return this;
        }
    }
}
