package com.wuxiao.infra.events;

import java.util.List;

/** One page of parked events, the most recently parked first. */
public record ParkedEventPage(List<ParkedEvent> items, int page, int size, long total) {
}
