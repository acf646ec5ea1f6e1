package com.wuxiao.command.conversion;

/**
 * Port for the conversion's adoption decision: whether the result was adopted by another receiving
 * unit before, which makes this adoption a replication (推广复制). Injected as a handler parameter
 * like the user directory.
 */
public interface ResultAdoptions {

    /**
     * True if a conversion of this result to a unit other than {@code receivingUnitId} adopted it.
     * Asked by an adoption about to be recorded: until the caller's transaction ends, another
     * adoption of the same result waits here, so of two simultaneous adoptions one is the first and
     * the other a replication.
     */
    boolean adoptedByAnotherUnit(String proposalId, String receivingUnitId);
}
