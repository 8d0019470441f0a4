package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.Suggestion;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores a message's quick replies as a small JSON array ({@code null} when there are none). */
@Converter
class SuggestionsConverter implements AttributeConverter<List<Suggestion>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Suggestion>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<Suggestion> suggestions) {
        return suggestions == null || suggestions.isEmpty() ? null : JSON.writeValueAsString(suggestions);
    }

    @Override
    public List<Suggestion> convertToEntityAttribute(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.copyOf(JSON.readValue(stored, TYPE));
    }
}
