package com.wuxiao.infra.web.idempotency;

/** The first successful answer to a key: what a retry gets back. */
record StoredResponse(int status, String contentType, String location, byte[] body) {
}
