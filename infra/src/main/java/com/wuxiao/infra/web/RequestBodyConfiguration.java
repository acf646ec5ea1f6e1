package com.wuxiao.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import java.io.IOException;

/**
 * Request bodies are read strictly. A number the body leaves null or out is refused, not taken as
 * 0 (a year's points or quotas would silently become zero). And no text in them, value or key, may
 * carry what no form produces but what corrupts or disguises what is stored: control characters other than tab and line breaks (PostgreSQL refuses NUL in text, so the
 * projections would fail after the event was stored), lone UTF-16 surrogates, and the bidi
 * embedding, override and isolate controls that make text read otherwise than it is stored. Such
 * a body is refused like any unreadable one (400 unreadable-body, naming the field). Only the MVC
 * converter's copy of the mapper is strict, so events already stored are read as they are.
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyConfiguration {

    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper objectMapper) {
        SimpleModule requestText = new SimpleModule("request-text")
                .addDeserializer(String.class, new RequestText())
                .addKeyDeserializer(String.class, new RequestTextKey());
        return new MappingJackson2HttpMessageConverter(objectMapper.copy().registerModule(requestText)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES));
    }

    /** Keys of a map in a body (unit ids of the headcounts) are text as well. */
    static final class RequestTextKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return RequestText.isAllowed(key) ? key
                    : ctxt.handleWeirdKey(String.class, key, "control, bidi or lone surrogate character");
        }
    }

    static final class RequestText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && !isAllowed(value)) {
                throw ctxt.weirdStringException(value, String.class, "control, bidi or lone surrogate character");
            }
            return value;
        }

        static boolean isAllowed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c) || isBidiControl(c)
                           || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                    return false;
                }
            }
            return true;
        }

        private static boolean isBidiControl(char c) {
            return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
        }
    }
}
