package cn.gov.chengdu.certificate.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** Reads the demo data files ({@code src/main/resources/demo/*.json}, UTF-8); an unknown property is an error. */
@ApplicationScoped
public class DemoFiles {

    private static final String FOLDER = "demo/";

    private final ObjectMapper json;

    public DemoFiles(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(String file, TypeReference<T> type) {
        ObjectReader reader = json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = DemoFiles.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("demo data file " + FOLDER + file + " is missing");
            }
            return reader.readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("demo data file " + FOLDER + file + " cannot be read", e);
        }
    }
}
