package io.loyaltyclub.storefront.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.loyaltyclub.LoyaltyException;

/**
 * What the JSON API's controllers share: the signed-in customer, the CSRF check of requests that change
 * something, JSON bodies and the error shape {@code {"error": {"code", "message"}}}.
 */
public abstract class ClubApiSupport {

    static final String CSRF_HEADER = "X-CSRF-Token";

    final ObjectMapper json = new ObjectMapper();

    @Resource(name = "blExploitProtectionService")
    private ExploitProtectionService exploitProtection;

    @ExceptionHandler(LoyaltyException.class)
    public ResponseEntity<String> refused(LoyaltyException e) throws IOException {
        return error(ApiError.of(e));
    }

    @ExceptionHandler(ApiError.class)
    public ResponseEntity<String> refused(ApiError e) throws IOException {
        return error(e);
    }

    ResponseEntity<String> error(ApiError e) throws IOException {
        return new ResponseEntity<String>(errorBody(e), headers(), e.getStatus());
    }

    String errorBody(ApiError e) throws IOException {
        Map<String, Object> detail = new LinkedHashMap<String, Object>();
        detail.put("code", e.getCode());
        detail.put("message", e.getMessage());
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("error", detail);
        return json.writeValueAsString(body);
    }

    static Customer signedIn() {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || customer.isAnonymous() || customer.getId() == null || !customer.isRegistered()) {
            throw new ApiError("sign_in_required", "sign in to use the club", HttpStatus.UNAUTHORIZED);
        }
        return customer;
    }

    /** A request that changes something: signed in, and carrying the session's CSRF token in its header. */
    Customer changing(HttpServletRequest request) {
        Customer customer = signedIn();
        try {
            exploitProtection.compareToken(request.getHeader(CSRF_HEADER));
        } catch (ServiceException | RuntimeException e) {
            throw new ApiError("csrf_token_invalid", "send the token of GET /loyalty/api/me in the " + CSRF_HEADER
                    + " header", HttpStatus.FORBIDDEN);
        }
        return customer;
    }

    String csrfToken() throws ServiceException {
        return exploitProtection.getCSRFToken();
    }

    JsonNode read(String body) {
        if (body == null || body.trim().isEmpty()) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ApiError("invalid_request", "the body is a JSON object", HttpStatus.BAD_REQUEST);
            }
            return node;
        } catch (IOException e) {
            throw new ApiError("invalid_request", "the body is not valid JSON", HttpStatus.BAD_REQUEST);
        }
    }

    ResponseEntity<String> ok(Object body) throws IOException {
        return new ResponseEntity<String>(json.writeValueAsString(body), headers(), HttpStatus.OK);
    }

    static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("application", "json", StandardCharsets.UTF_8));
        headers.setCacheControl("no-store");
        return headers;
    }
}
