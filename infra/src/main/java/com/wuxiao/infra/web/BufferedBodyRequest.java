package com.wuxiao.infra.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The request with its body read once by a filter (to fingerprint or check it, perhaps to rewrite
 * it) and handed on to the controller, or to Camunda's REST API, as if unread.
 */
public final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private byte[] body;

    public BufferedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The most a filter reads into memory: far more than any form or API body of the app. */
    public static final int MAX_BYTES = 1 << 20;

    /**
     * Reads the body, refusing one over {@link #MAX_BYTES} before it fills the heap.
     *
     * @throws BodyTooLarge when the body is larger
     */
    public static BufferedBodyRequest of(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new BodyTooLarge();
        }
        return new BufferedBodyRequest(request, body);
    }

    /** A body over the limit: the filter answers 413. */
    public static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body over " + MAX_BYTES + " bytes");
        }
    }

    public byte[] body() {
        return body;
    }

    public void replaceBody(byte[] replacement) {
        this.body = replacement;
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body is read already");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
