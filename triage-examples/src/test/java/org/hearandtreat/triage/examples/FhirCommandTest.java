package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FHIR commands: the Questionnaire, a call as FHIR, and a QuestionnaireResponse triaged to a GuidanceResponse. */
class FhirCommandTest {

    @TempDir
    Path dir;

    /** @return the example call written as a FHIR Bundle by {@code fhir call}, edited, in a file */
    private Path fhirCall(String example, java.util.function.UnaryOperator<String> edit) throws IOException {
        TriageCliTest.Run call = TriageCliTest.run("fhir", "call", TriageCliTest.EXAMPLES.resolve(example).toString());
        assertThat(call.exit()).as(call.err()).isZero();
        return Files.writeString(dir.resolve(example), edit.apply(call.out()));
    }

    @Test
    void questionnaire_isPrintedAsFhirJson() {
        TriageCliTest.Run run = TriageCliTest.run("fhir", "questionnaire");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"resourceType\": \"Questionnaire\"",
                "\"url\": \"https://hearandtreat.org/fhir/Questionnaire/reference-protocols\"", "FALL_LONG_LIE");
    }

    @Test
    void aCallAsFhir_isTriagedToAGuidanceResponse_orAReferralBundle() throws IOException {
        Path response = fhirCall("fall-uninjured-cannot-get-up.json", json -> json);

        TriageCliTest.Run assess = TriageCliTest.run("assess", "--fhir", response.toString());
        assertThat(assess.exit()).as(assess.err()).isZero();
        assertThat(assess.out()).contains("\"resourceType\": \"GuidanceResponse\"", "\"code\": \"FALLS_RESPONSE/PT2H\"",
                "FALL-010");

        TriageCliTest.Run referral = TriageCliTest.run("assess", "--fhir", "--referral", "--sender",
                "https://fhir.nhs.uk/Id/dos-service-id|1001", "--receiver", "https://fhir.nhs.uk/Id/dos-service-id|2002",
                response.toString());
        assertThat(referral.exit()).as(referral.err()).isZero();
        assertThat(referral.out()).contains("\"type\": \"message\"", "servicerequest-request", "\"resourceType\": "
                + "\"ServiceRequest\"");
    }

    @Test
    void badFhirInput_namesTheLinkId_inOneLine() throws IOException {
        Path response = fhirCall("fall-uninjured-cannot-get-up.json",
                json -> json.replace("\"FALL_LONG_LIE\"", "\"FALL_LONGLIE\""));

        TriageCliTest.Run run = TriageCliTest.run("assess", "--fhir", response.toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(run.out()).contains("\"resourceType\": \"OperationOutcome\"", "\"severity\": \"error\"",
                "\"expression\": [ \"QuestionnaireResponse.item.where(linkId='FALL_LONGLIE')\" ]");
        assertThat(run.err().strip()).isEqualTo("error: " + response + ": QuestionnaireResponse.item.where(linkId="
                + "'FALL_LONGLIE'): 'FALL_LONGLIE' is not valid; expected a linkId of the rule set's Questionnaire "
                + "(question, risk factor, complaint or pregnancy item)");
    }

    @Test
    void referralOptionsWithoutWhatTheyNeed_areErrors_andADispatchKeepsItsGuidanceResponse() throws IOException {
        Path response = fhirCall("chest-pain-cardiac-features.json", json -> json);

        assertThat(TriageCliTest.run("assess", "--sender", "x", response.toString()).err())
                .contains("error: --referral, --sender and --receiver need --fhir");
        assertThat(TriageCliTest.run("assess", "--fhir", "--sender", "x", response.toString()).err())
                .contains("error: --sender and --receiver need --referral");
        TriageCliTest.Run dispatch = TriageCliTest.run("assess", "--fhir", "--referral", "--sender", "a", "--receiver",
                "b", response.toString());
        assertThat(dispatch.exit()).isEqualTo(TriageCli.EXIT_CHECK_FAILED);
        assertThat(dispatch.out()).contains("\"resourceType\": \"GuidanceResponse\"");
        assertThat(dispatch.err()).contains("no referral to send: the disposition is C");
    }
}
