package org.hearandtreat.triage.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** HAPI's instance validator with the FHIR R4 base definitions, built once for the tests. */
final class R4Validation {

    static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static final FhirValidator VALIDATOR = CONTEXT.newValidator().registerValidatorModule(
            new FhirInstanceValidator(new ValidationSupportChain(new DefaultProfileValidationSupport(CONTEXT),
                    new InMemoryTerminologyServerValidationSupport(CONTEXT),
                    new CommonCodeSystemsTerminologyService(CONTEXT))));

    private R4Validation() {
    }

    /**
     * Parses the resource's JSON back with HAPI, then validates what was parsed: what a receiving system would read.
     *
     * @return every error or fatal message, as "location: message"
     */
    static List<String> errors(String json) {
        IBaseResource parsed = CONTEXT.newJsonParser().parseResource(json);
        return VALIDATOR.validateWithResult(parsed).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validation::describe).toList();
    }

    /** @return every message of any severity, for diagnosis */
    static List<String> all(String json) {
        return VALIDATOR.validateWithResult(CONTEXT.newJsonParser().parseResource(json)).getMessages().stream()
                .map(m -> m.getSeverity() + " " + describe(m)).toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getLocationString() + ": " + m.getMessage();
    }
}
