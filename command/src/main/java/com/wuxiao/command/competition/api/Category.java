package com.wuxiao.command.competition.api;

/** A category of the competition year (e.g. JD 机电运输). */
public record Category(String code, String name) {
}
