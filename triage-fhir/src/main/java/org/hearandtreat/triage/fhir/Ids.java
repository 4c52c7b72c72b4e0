package org.hearandtreat.triage.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Resource ids for one output, as UUIDs derived from a seed, so that the same call written twice gives the same
 * resources (repeatable tests, diffable files); references use their {@code urn:uuid:} form, as in a Bundle.
 */
final class Ids {
    private final String seed;
    private int next;

    Ids(String seed) {
        this.seed = seed;
    }

    String next() {
        return UUID.nameUUIDFromBytes((seed + "#" + next++).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String fullUrl(Resource resource) {
        return "urn:uuid:" + resource.getIdElement().getIdPart();
    }

    static Reference reference(Resource resource) {
        return new Reference(fullUrl(resource));
    }
}
