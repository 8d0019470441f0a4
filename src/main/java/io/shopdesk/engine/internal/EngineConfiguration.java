package io.shopdesk.engine.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** The engine's infrastructure: asynchronous event listeners (model updates after FAQ changes). */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EngineConfiguration {}
