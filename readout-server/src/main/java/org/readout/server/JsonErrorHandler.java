package org.readout.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's own errors, answered before any route runs (a malformed or ambiguous URI, a URI or headers
 * too large, a body too slow): {@code {"error": reason}} with the security headers, never a stack.
 */
final class JsonErrorHandler extends ErrorHandler {
    static final String JSON = "application/json; charset=utf-8";

    JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(JSON);
        ReadoutServer.SECURITY_HEADERS.forEach(response::setHeader);
        response.getOutputStream().write(body(response.getStatus()));
        base.setHandled(true);
    }

    /** The answer to a request Jetty could not parse (400, 414, 431...), written by the connection itself. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        if (HttpStatus.hasNoBody(status)) return ByteBuffer.allocate(0);
        fields.put(HttpHeader.CONTENT_TYPE, JSON);
        ReadoutServer.SECURITY_HEADERS.forEach(fields::put);
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int status) {
        return ReadoutServer.errorJson(reason(status)).getBytes(StandardCharsets.UTF_8);
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 404 -> "not found";
            case 408 -> "the request was too slow";
            case 413 -> "request too large";
            case 414 -> "URI too long";
            case 431 -> "request headers too large";
            default -> status >= 500 ? "internal error" : "request failed";
        };
    }
}
