package org.readout.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.readout.source.OneLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the server's log, {@code METHOD PATH STATUS DURATION ms}, for every answer
 * Jetty sends (Jetty's own errors too). The path is the raw one, without the query string (search
 * terms stay out of the log); control characters are escaped so that no request forges a line.
 */
final class AccessLog implements RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

    @Override
    public void log(Request request, Response response) {
        if (!LOG.isInfoEnabled()) return;
        long millis = Math.max(0, System.currentTimeMillis() - request.getTimeStamp());
        int status = response.getCommittedMetaData() == null ? response.getStatus() : response.getCommittedMetaData().getStatus();
        LOG.info("{} {} {} {} ms", orDash(request.getMethod()), orDash(request.getRequestURI()), status, millis);
    }

    /** A request Jetty could not parse (a URI too long) has neither method nor path. */
    private static String orDash(String s) {
        return s == null ? "-" : OneLine.escape(s);
    }
}
