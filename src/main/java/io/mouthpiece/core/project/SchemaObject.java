package io.mouthpiece.core.project;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a typed object of the project file: it is written with a {@code "schema": "Name.version"} property (as
 * OpenTimelineIO does), which the loader uses to run upgrade functions before binding. Pair it with
 * {@code @JsonTypeName("Name.version")}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "schema")
@JsonInclude(JsonInclude.Include.NON_NULL)
public @interface SchemaObject {}
