package com.wuxiao.command.conversion;

/**
 * Port for a request of a result: whether it was handed over to the unit already (a unit asks for
 * what it does not have). Injected as a handler parameter like the user directory.
 */
public interface HandedOverResults {

    boolean handedOver(String proposalId, String receivingUnitId);
}
