package com.wuxiao.command.conversion.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The adopting unit's owner (or the union office) gives feedback on a result in use: what worked and
 * what was changed, for the result's page and its authors' improvement of it. As often as there is
 * something to say.
 *
 * @param changed optional: what the unit changed in the result
 */
public record GiveAdoptionFeedbackCommand(@TargetAggregateIdentifier String conversionId,
                                          String worked,
                                          String changed,
                                          String givenBy,
                                          Instant givenAt) {
}
