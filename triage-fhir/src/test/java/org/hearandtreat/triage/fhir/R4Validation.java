package org.hearandtreat.triage.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
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
     * A validator that also knows the given Questionnaire, so that a QuestionnaireResponse is checked against it:
     * linkIds, answer types and answer options.
     */
    static FhirValidator knowing(org.hl7.fhir.r4.model.Questionnaire questionnaire) {
        IValidationSupport known = new IValidationSupport() {
            @Override
            public FhirContext getFhirContext() {
                return CONTEXT;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
                boolean ours = uri != null && (uri.equals(questionnaire.getUrl())
                        || uri.equals(questionnaire.getUrl() + "|" + questionnaire.getVersion()));
                return ours && (type == null || type.isInstance(questionnaire)) ? (T) questionnaire : null;
            }
        };
        return CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                known, new DefaultProfileValidationSupport(CONTEXT),
                new InMemoryTerminologyServerValidationSupport(CONTEXT), new CommonCodeSystemsTerminologyService(CONTEXT))));
    }

    static List<String> errors(FhirValidator validator, String json) {
        return validator.validateWithResult(CONTEXT.newJsonParser().parseResource(json)).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validation::describe).toList();
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
