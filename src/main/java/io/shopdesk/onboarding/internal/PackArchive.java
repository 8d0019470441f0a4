package io.shopdesk.onboarding.internal;

import io.shopdesk.shared.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.zip.ZipInputStream;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/** Reads the two files of a tenant pack from an uploaded zip, with limits against archive bombs. */
public final class PackArchive {

    static final long MAX_UNPACKED_BYTES = 10L * 1024 * 1024;

    private PackArchive() {}

    /** The pack's files; {@code faqYaml} is null when the archive has none. */
    public record Files(Resource tenantYaml, Resource faqYaml) {}

    public static Files read(String fileName, byte[] zip) {
        var contents = new HashMap<String, byte[]>();
        long total = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                var out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    total += read;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new BusinessRuleException("error.pack.invalid", fileName, "larger than 10 MB unpacked");
                    }
                    out.write(buffer, 0, read);
                }
                if (name.equals("tenant.yaml") || name.equals("faq.yaml")) {
                    if (contents.put(name, out.toByteArray()) != null) {
                        throw new BusinessRuleException("error.pack.invalid", fileName, "more than one " + name);
                    }
                }
            }
        } catch (IOException e) {
            throw new BusinessRuleException("error.pack.invalid", fileName, "not a zip file");
        }
        if (!contents.containsKey("tenant.yaml")) {
            throw new BusinessRuleException("error.pack.invalid", fileName, "tenant.yaml is missing");
        }
        var faq = contents.get("faq.yaml");
        return new Files(
                new ByteArrayResource(contents.get("tenant.yaml")), faq == null ? null : new ByteArrayResource(faq));
    }
}
