package eu.medi4sec.hub.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, for every operation at once, what the API's conventions already guarantee, so that no
 * resource method has to repeat it: the error responses an operation can give (from its shape: a token,
 * path parameters, a body, a write), each as {@code application/problem+json} with the {@link Problem}
 * schema, and an explicit empty security requirement on the operations that need no token. It runs at
 * build time, so the stored document that the OpenAPI lint (.spectral.yaml) reads is the one served.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String VIOLATION_SCHEMA = "Violation";

    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry(
                    "400",
                    "The request cannot be read: JSON that does not parse, a value of the wrong type, or a query "
                            + "parameter or header that is not valid. `violations` names the fields."),
            Map.entry("401", "No valid bearer token was sent."),
            Map.entry("403", "The token's role may not do this."),
            Map.entry("404", "There is no such resource, or (for a delegate) it belongs to another workshop."),
            Map.entry("409", "The resource's current state or version does not allow this."),
            Map.entry("412", "The If-Match ETag is no longer current: read the resource again."),
            Map.entry("413", "The request body is larger than the limit."),
            Map.entry("415", "The body is not in a media type this operation accepts."),
            Map.entry("422", "The request is not valid: `violations` names each field and says why."),
            Map.entry("429", "Too many attempts: try again after the number of seconds in Retry-After."));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addProblemSchemas(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().forEach((method, operation) -> document(method, operation));
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || parameters.stream().anyMatch(p -> p.getIn() != Parameter.In.PATH);

        List<String> statuses = new ArrayList<>();
        if (secured) {
            statuses.addAll(List.of("401", "403"));
        } else {
            // Said outright rather than left out: this operation takes no token.
            operation.setSecurity(new ArrayList<>());
            if (hasInput) {
                // Every public door that takes input (credentials, a join code, a personal key) is throttled.
                statuses.add("429");
            }
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            statuses.add("404");
        }
        if (hasInput) {
            statuses.add("400");
        }
        if (hasBody) {
            statuses.addAll(List.of("413", "415", "422"));
        }
        if (secured && method != PathItem.HttpMethod.GET) {
            // Workshops, rounds, notes, lessons and delegates all have a status or a version a write can clash with.
            statuses.add("409");
        }
        if (parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            statuses.add("412");
        }
        APIResponses responses = operation.getResponses();
        for (String status : statuses) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse());
            }
        }
        // Every error response, whoever declared it, is a problem, described in one sentence.
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        sorted.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                asProblem(status, response);
            }
            ordered.put(status, response);
        });
        responses.setAPIResponses(ordered);
    }

    private static void asProblem(String status, APIResponse response) {
        String standard = ERRORS.get(status);
        if (standard != null && (response.getDescription() == null || isFrameworkDefault(response.getDescription()))) {
            response.setDescription(standard);
        } else if (response.getDescription() == null) {
            response.setDescription("An error, as a problem detail.");
        }
        response.setContent(OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        if ("429".equals(status)) {
            response.addHeader(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds to wait before the next attempt.")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
    }

    // The generic texts the framework puts on the responses it adds by itself.
    private static boolean isFrameworkDefault(String description) {
        return List.of("Not Authorized", "Not Allowed", "Bad Request").contains(description);
    }

    private static void addProblemSchemas(Components components) {
        components.addSchema(
                VIOLATION_SCHEMA,
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .description("One field that is not valid, and why.")
                        .addProperty(
                                "field",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .description("The field, query parameter or header, as the client named it."))
                        .addProperty(
                                "message",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .description("What is wrong with it, for a person."))
                        .required(List.of("field", "message")));
        components.addSchema(
                PROBLEM_SCHEMA,
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .description("An RFC 9457 problem detail: the shape of every error the API sends.")
                        .addProperty(
                                "type",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .format("uri-reference")
                                        .description("about:blank: the status says what kind of problem this is."))
                        .addProperty(
                                "title",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .description("The status in words."))
                        .addProperty(
                                "status",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.INTEGER)
                                        .format("int32")
                                        .description("The HTTP status code."))
                        .addProperty(
                                "detail",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .description(
                                                "What went wrong and what to do about it, in a sentence for a person."))
                        .addProperty(
                                "violations",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.ARRAY)
                                        .items(OASFactory.createSchema().ref(VIOLATION_SCHEMA))
                                        .description("For 400 and 422: each field that is not valid."))
                        .required(List.of("type", "title", "status", "detail")));
    }
}
