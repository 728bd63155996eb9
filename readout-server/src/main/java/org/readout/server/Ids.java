package org.readout.server;

import java.util.regex.Pattern;

/** Ids in paths are checked before any use: letters, digits, ':', '_' and '-' only, at most 200 characters. */
final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9:_-]{1,200}");

    private Ids() {
    }

    static String check(String id) {
        if (id == null || !ID.matcher(id).matches()) throw ApiException.badRequest("invalid id");
        return id;
    }

    static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
