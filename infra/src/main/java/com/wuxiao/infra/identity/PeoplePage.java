package com.wuxiao.infra.identity;

import java.util.List;

/** One page of a people search. */
public record PeoplePage(List<PersonSummary> items, int page, int size, long total) {
}
