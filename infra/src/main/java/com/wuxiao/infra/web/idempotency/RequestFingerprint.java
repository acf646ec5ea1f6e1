package com.wuxiao.infra.web.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What a retry must repeat to get the first answer: method, path with query, body (as SHA-256). */
record RequestFingerprint(String method, String path, String bodySha256) {

    static RequestFingerprint of(String method, String path, byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return new RequestFingerprint(method, path, HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
