package com.wuxiao.command.common;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of an aggregate's state that a snapshot stores: Jackson (Axon's snapshot
 * serializer) reads and writes its fields, whatever their visibility, and none of its methods. The
 * state stays private and behind the aggregate's rules, with no getters or setters for the sake of
 * serialization. An aggregate that carries it also carries {@code @Revision}, raised whenever a
 * marked class changes its fields, so that an older snapshot is ignored, not misread.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
public @interface SnapshotState {
}
