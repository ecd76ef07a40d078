package eu.medi4sec.hub.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Puts {@link TextDeserializer} in front of every String the API reads from JSON. */
@Singleton
class StrictText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new TextDeserializer()));
    }
}
