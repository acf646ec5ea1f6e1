package com.wuxiao.infra.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Compares a stored JSON payload with the same event serialized again after reading: every stored value
 * must come back equal, of the same JSON type, at the same path. Values the reading adds (a new optional
 * field) do not matter.
 */
final class StoredFields {

    private StoredFields() {
    }

    /** The paths of {@code stored} that {@code readAgain} lacks or holds otherwise, e.g. {@code $.content.title}. */
    static List<String> lost(JsonNode stored, JsonNode readAgain) {
        List<String> lost = new ArrayList<>();
        compare(stored, readAgain, "$", lost);
        return lost;
    }

    /** Adds to {@code lost} every value of {@code stored} that {@code readAgain} lacks or holds otherwise. */
    private static void compare(JsonNode stored, JsonNode readAgain, String path, List<String> lost) {
        if (readAgain == null || readAgain.isNull() && !stored.isNull()) {
            lost.add(path + ": stored " + stored + ", missing when read");
        } else if (stored.isObject()) {
            if (!readAgain.isObject()) {
                lost.add(path + ": stored an object, read as " + readAgain);
                return;
            }
            stored.fields().forEachRemaining(field ->
                    compare(field.getValue(), readAgain.get(field.getKey()), path + "." + field.getKey(), lost));
        } else if (stored.isArray()) {
            if (!readAgain.isArray() || readAgain.size() != stored.size()) {
                lost.add(path + ": stored " + stored + ", read as " + readAgain);
                return;
            }
            List<String> inOrder = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                compare(stored.get(i), readAgain.get(i), path + "[" + i + "]", inOrder);
            }
            // A Set is stored in its iteration order, which need not survive reading: any order will do.
            if (!inOrder.isEmpty() && !sameElementsInAnyOrder(stored, readAgain)) {
                lost.addAll(inOrder);
            }
        } else if (!stored.equals(readAgain)) {
            lost.add(path + ": stored " + stored + ", read as " + readAgain);
        }
    }

    private static boolean sameElementsInAnyOrder(JsonNode stored, JsonNode readAgain) {
        List<JsonNode> unmatched = new ArrayList<>();
        readAgain.forEach(unmatched::add);
        for (JsonNode element : stored) {
            Iterator<JsonNode> candidates = unmatched.iterator();
            boolean matched = false;
            while (!matched && candidates.hasNext()) {
                List<String> lost = new ArrayList<>();
                compare(element, candidates.next(), "", lost);
                if (lost.isEmpty()) {
                    candidates.remove();
                    matched = true;
                }
            }
            if (!matched) {
                return false;
            }
        }
        return true;
    }
}
