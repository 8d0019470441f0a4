package io.shopdesk.conversation.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the one endpoint (the live stream) that also takes the channel key as a query parameter. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface KeyInQueryAllowed {}
