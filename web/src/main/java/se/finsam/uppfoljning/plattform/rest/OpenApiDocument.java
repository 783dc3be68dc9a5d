package se.finsam.uppfoljning.plattform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import se.finsam.uppfoljning.plattform.entity.Ar;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import se.finsam.uppfoljning.plattform.entity.InsatsId;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The API's OpenAPI document, built from the resource classes by reflection. Payara's own
 * annotation scanner fails on records with Bean Validation annotations (a NullPointerException on
 * the first request, then a document with three operations), so scanning is off
 * ({@code mp.openapi.scan.disable}) and this standard {@link OASModelReader} writes the whole
 * document instead: every operation with its summary, the roles that may call it, its path and
 * query parameters, request and response schemas (records, with their Bean Validation constraints),
 * and the problem responses. {@code OpenApiIT} compares it with the resource classes of the WAR.
 */
public class OpenApiDocument implements OASModelReader {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_TYPE = "application/problem+json";
    private static final String JSON = "application/json";

    private Components components;

    @Override
    public OpenAPI buildModel() {
        components = OASFactory.createComponents()
                .addSecurityScheme("keycloak", OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Åtkomsttoken från förbundets Keycloak."));
        components.addSchema(PROBLEM, schema(Problem.class));
        Paths paths = OASFactory.createPaths();
        for (Class<?> resource : ApiResources.find(OpenApiDocument.class.getClassLoader())) {
            for (Method method : sorted(resource.getMethods())) {
                String verb = httpMethod(method);
                if (verb != null) {
                    String path = path(resource, method);
                    PathItem item = paths.getPathItem(path);
                    if (item == null) {
                        item = OASFactory.createPathItem();
                        paths.addPathItem(path, item);
                    }
                    item.setOperation(PathItem.HttpMethod.valueOf(verb), operation(resource, method));
                }
            }
        }
        return OASFactory.createOpenAPI()
                .openapi("3.0.3")
                .info(OASFactory.createInfo().title("Uppföljning").version("1")
                        .description("Uppföljning av insatser finansierade av samordningsförbund. Alla anrop kräver "
                                + "en åtkomsttoken från Keycloak (Authorization: Bearer). Fel besvaras med "
                                + "application/problem+json med en stabil felkod (se docs/felkoder.md)."))
                .addServer(OASFactory.createServer().url("/uppfoljning/api"))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("keycloak"))
                .paths(paths)
                .components(components);
    }

    /** The resource's fields, an inherited one first (the path's insats of an {@link InsatsResurs}), as JAX-RS injects them. */
    private static List<Field> fields(Class<?> resource) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = resource; c != Object.class; c = c.getSuperclass()) {
            fields.addAll(0, List.of(c.getDeclaredFields()));
        }
        return fields;
    }

    private org.eclipse.microprofile.openapi.models.Operation operation(Class<?> resource, Method method) {
        Operation doc = method.getAnnotation(Operation.class);
        List<String> roles = roles(resource, method);
        String component = resource.getPackageName().replace("se.finsam.uppfoljning.", "").replace(".rest", "");
        org.eclipse.microprofile.openapi.models.Operation op = OASFactory.createOperation()
                .operationId(resource.getSimpleName().replace("Resource", "") + "." + method.getName())
                .summary(doc == null ? method.getName() : doc.summary())
                .description(roles.isEmpty() ? "Öppen för alla inloggade." : "Roller: " + String.join(", ", roles) + ".")
                .addTag(component)
                // "*": any signed-in caller (an empty list would be dropped from the document)
                .addExtension("x-roller", roles.isEmpty() ? List.of("*") : roles);
        for (Field field : fields(resource)) {
            parameter(field, field.getGenericType()).ifPresent(op::addParameter);
        }
        Type body = null;
        for (java.lang.reflect.Parameter p : method.getParameters()) {
            var parameter = parameter(p, p.getParameterizedType());
            if (parameter.isPresent()) {
                op.addParameter(parameter.get());
            } else if (!p.isAnnotationPresent(Context.class)) {
                body = p.getParameterizedType();
            }
        }
        if (body == java.io.InputStream.class || body == byte[].class) {
            // a file as it is (the SUS import): a binary string, its format read from the content
            op.requestBody(OASFactory.createRequestBody().required(true).content(content(consumes(resource, method),
                    OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"))));
        } else if (body != null) {
            op.requestBody(OASFactory.createRequestBody().required(true)
                    .content(content(consumes(resource, method), schemaRef(body))));
        }
        op.responses(responses(method));
        return op;
    }

    private APIResponses responses(Method method) {
        APIResponses responses = OASFactory.createAPIResponses();
        APIResponse declared = method.getAnnotation(APIResponse.class);
        if (declared != null && declared.content().length > 0 && !declared.content()[0].mediaType().isEmpty()
                && !declared.content()[0].mediaType().equals(JSON)) {
            // a file (the PM as PDF, DOCX, XLSX): its own media type, the body a binary string
            responses.addAPIResponse(declared.responseCode(), OASFactory.createAPIResponse().description(declared.description())
                    .content(content(declared.content()[0].mediaType(),
                            OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"))));
        } else if (declared != null) {
            Class<?> entity = declared.content().length == 0 ? Void.class : declared.content()[0].schema().implementation();
            responses.addAPIResponse(declared.responseCode(), response(declared.description(), entity));
        } else if (method.getReturnType() == void.class || method.getReturnType() == Response.class) {
            responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Utfört."));
        } else {
            responses.addAPIResponse("200", OASFactory.createAPIResponse().description("Utfört.")
                    .content(content(JSON, schemaRef(method.getGenericReturnType()))));
        }
        Map.of("400", "Uppgifterna kan inte tolkas eller är inte giltiga (alla fel redovisas).",
                        "401", "Ingen eller ogiltig åtkomsttoken.",
                        "403", "Rollen får inte utföra åtgärden.",
                        "404", "Finns inte, eller du får inte veta att det finns.",
                        "409", "En affärsregel hindrar åtgärden, eller någon annan har ändrat uppgifterna.")
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> responses.addAPIResponse(e.getKey(), OASFactory.createAPIResponse().description(e.getValue())
                        .content(content(PROBLEM_TYPE, OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM)))));
        return responses;
    }

    private org.eclipse.microprofile.openapi.models.responses.APIResponse response(String description, Class<?> entity) {
        var response = OASFactory.createAPIResponse().description(description);
        return entity == Void.class ? response : response.content(content(JSON, schemaRef(entity)));
    }

    private static Content content(String mediaType, Schema schema) {
        return OASFactory.createContent().addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
    }

    private static java.util.Optional<Parameter> parameter(AnnotatedElement element, Type type) {
        PathParam path = element.getAnnotation(PathParam.class);
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (path == null && query == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(OASFactory.createParameter()
                .name(path != null ? path.value() : query.value())
                .in(path != null ? Parameter.In.PATH : Parameter.In.QUERY)
                .required(path != null)
                .schema(simple(type)));
    }

    /** A reference to a named schema for records, an inline schema for everything else. */
    private Schema schemaRef(Type type) {
        if (type == java.io.InputStream.class || type == byte[].class) {
            // a file sent as it is (an attachment, an export): its bytes, whatever the type says
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary");
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            String name = name(c);
            if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                components.addSchema(name, OASFactory.createSchema()); // placeholder against recursion
                components.addSchema(name, schema(c));
            }
            return OASFactory.createSchema().ref("#/components/schemas/" + name);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schemaRef(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(schemaRef(p.getActualTypeArguments()[1]));
            }
        }
        return simple(type);
    }

    private Schema schema(Class<?> record) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        for (RecordComponent rc : record.getRecordComponents()) {
            Schema property = constrained(schemaRef(rc.getGenericType()), rc.getAnnotations(), rc.getAccessor().getAnnotations());
            schema.addProperty(rc.getName(), property);
            if (has(rc, NotNull.class) || has(rc, NotBlank.class) || rc.getType().isPrimitive()) {
                schema.addRequired(rc.getName());
            }
        }
        return schema;
    }

    private static boolean has(RecordComponent rc, Class<? extends Annotation> a) {
        return rc.isAnnotationPresent(a) || rc.getAccessor().isAnnotationPresent(a);
    }

    private static Schema constrained(Schema schema, Annotation[]... sources) {
        for (Annotation[] annotations : sources) {
            for (Annotation a : annotations) {
                if (a instanceof Size s) {
                    if (schema.getType() == Schema.SchemaType.ARRAY) {
                        schema.minItems(s.min() == 0 ? null : s.min()).maxItems(s.max() == Integer.MAX_VALUE ? null : s.max());
                    } else {
                        schema.minLength(s.min() == 0 ? null : s.min()).maxLength(s.max() == Integer.MAX_VALUE ? null : s.max());
                    }
                } else if (a instanceof Min m) {
                    schema.minimum(BigDecimal.valueOf(m.value()));
                } else if (a instanceof Max m) {
                    schema.maximum(BigDecimal.valueOf(m.value()));
                } else if (a instanceof Pattern p) {
                    schema.pattern(p.regexp());
                } else if (a instanceof NotBlank) {
                    schema.minLength(1);
                }
            }
        }
        return schema;
    }

    private static Schema simple(Type type) {
        Class<?> c = type instanceof Class<?> k ? k : Object.class;
        Schema s = OASFactory.createSchema();
        if (c == String.class) {
            return s.type(Schema.SchemaType.STRING);
        }
        if (c == int.class || c == Integer.class) {
            return s.type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class) {
            return s.type(Schema.SchemaType.INTEGER).format("int64");
        }
        // the kernel's value types arrive in an address as their text (Vardetyper)
        if (c == Ar.class) {
            return s.type(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.valueOf(Ar.FORSTA))
                    .maximum(BigDecimal.valueOf(Ar.SISTA));
        }
        if (c == InsatsId.class) {
            return s.type(Schema.SchemaType.INTEGER).format("int64").minimum(BigDecimal.ONE);
        }
        if (c == ForbundKod.class) {
            return s.type(Schema.SchemaType.STRING);
        }
        if (c == boolean.class || c == Boolean.class) {
            return s.type(Schema.SchemaType.BOOLEAN);
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class) {
            return s.type(Schema.SchemaType.NUMBER);
        }
        if (c == LocalDate.class) {
            return s.type(Schema.SchemaType.STRING).format("date");
        }
        if (c == Instant.class || c == LocalDateTime.class || c == OffsetDateTime.class) {
            return s.type(Schema.SchemaType.STRING).format("date-time");
        }
        if (c.isEnum()) {
            return s.type(Schema.SchemaType.STRING).enumeration(Arrays.stream(c.getEnumConstants())
                    .map(e -> (Object) ((Enum<?>) e).name()).toList());
        }
        return s.type(Schema.SchemaType.OBJECT);
    }

    private static String name(Class<?> c) {
        String nested = c.getName().substring(c.getPackageName().length() + 1);
        return nested.replace('$', '.');
    }

    private static String consumes(Class<?> resource, Method method) {
        Consumes c = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        return c == null || c.value().length == 0 ? JSON : c.value()[0];
    }

    private static List<String> roles(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return List.of();
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : resource.getAnnotation(RolesAllowed.class);
        return allowed == null ? List.of() : List.of(allowed.value());
    }

    static String httpMethod(Method method) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getAnnotation(HttpMethod.class).value();
            }
        }
        return null;
    }

    /** The operation's path below /api, as JAX-RS matches it: class path, then method path. */
    static String path(Class<?> resource, Method method) {
        String base = resource.getAnnotation(Path.class).value();
        Path own = method.getAnnotation(Path.class);
        String joined = "/" + base + "/" + (own == null ? "" : own.value());
        String normalised = joined.replaceAll("/+", "/");
        return normalised.length() > 1 && normalised.endsWith("/") ? normalised.substring(0, normalised.length() - 1) : normalised;
    }

    private static List<Method> sorted(Method[] methods) {
        List<Method> list = new ArrayList<>(Arrays.asList(methods));
        list.sort(Comparator.comparing(Method::getName).thenComparing(m -> m.getParameterCount()));
        return list;
    }
}
