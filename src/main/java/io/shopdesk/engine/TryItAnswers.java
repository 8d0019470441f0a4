package io.shopdesk.engine;

import java.util.Optional;

/** What the live model and, if there is one, the newest candidate answer to a trainer's question. */
public record TryItAnswers(String question, BotAnswer live, Optional<BotAnswer> candidate) {}
