package com.wuxiao.command.proposal.api;

/** What a coordinator decides in the monthly review. */
public enum ScreeningOutcome { ACCEPT, RETURN, REJECT }
