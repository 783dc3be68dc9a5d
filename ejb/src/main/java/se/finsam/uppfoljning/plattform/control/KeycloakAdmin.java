package se.finsam.uppfoljning.plattform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.finsam.uppfoljning.plattform.PlattformFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The few calls of Keycloak's Admin REST API that administration and reminders need, made with the
 * service account of the {@code uppfoljning-admin} client: it may view and manage users and read the
 * realm's organisations, nothing else. An adapter like {@link Epost}, so it sits in the shared kernel
 * where both behorighet and kvartalsrapport reach it; what a partneradmin may do with it is decided
 * in behorighet ({@code Partneradministration}), not here and not by Keycloak.
 */
@ApplicationScoped
public class KeycloakAdmin {

    public record Person(String id, String username, String namn, String email) {
    }

    @Inject
    @ConfigProperty(name = "payara.security.openid.providerURI", defaultValue = "http://localhost:8180/realms/uppfoljning")
    String providerUri;

    @Inject
    @ConfigProperty(name = "uppfoljning.keycloak.admin.client-id", defaultValue = "uppfoljning-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "uppfoljning.keycloak.admin.client-secret", defaultValue = "demo-secret-uppfoljning-admin")
    String clientSecret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant tokenValidUntil = Instant.EPOCH;

    public List<Person> members(String organisationAlias) {
        String orgId = organisationId(organisationAlias);
        JsonArray members = array(get("/organizations/" + orgId + "/members?first=0&max=500"));
        return members.getValuesAs(JsonObject.class).stream().map(KeycloakAdmin::person).toList();
    }

    public Optional<Person> member(String organisationAlias, String userId) {
        return members(organisationAlias).stream().filter(p -> p.id().equals(userId)).findFirst();
    }

    /**
     * Creates a person in an organisation and asks Keycloak to e-mail them a link to choose a
     * password. Returns the new user's id; {@code emailed} says whether Keycloak could send the mail.
     */
    public record Invited(String id, boolean emailed) {
    }

    public Invited invite(String organisationAlias, String forbund, String email, String fornamn, String efternamn) {
        String orgId = organisationId(organisationAlias);
        if (!array(get("/users?exact=true&email=" + enc(email))).isEmpty()) {
            throw UppfoljningException.of(PlattformFel.EPOST_UPPTAGEN, email);
        }
        String user = Json.createObjectBuilder().add("username", email).add("email", email).add("firstName", fornamn)
                .add("lastName", efternamn).add("enabled", true).add("emailVerified", false)
                .add("attributes", Json.createObjectBuilder().add("forbund", Json.createArrayBuilder().add(forbund)))
                .build().toString();
        send("POST", "/users", user);
        String id = array(get("/users?exact=true&username=" + enc(email))).getJsonObject(0).getString("id");
        send("POST", "/organizations/" + orgId + "/members", "\"" + id + "\"");
        boolean emailed;
        try {
            send("PUT", "/users/" + segment(id) + "/execute-actions-email?lifespan=604800",
                    Json.createArrayBuilder().add("UPDATE_PASSWORD").add("VERIFY_EMAIL").build().toString());
            emailed = true;
        } catch (IllegalStateException e) {
            emailed = false;
        }
        return new Invited(id, emailed);
    }

    /** Creates a Keycloak Organization for a partner agency, with the e-mail domain its staff use. */
    public void createOrganisation(String alias, String namn, String doman) {
        String org = Json.createObjectBuilder().add("name", namn).add("alias", alias).add("enabled", true)
                .add("domains", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", doman).add("verified", false)))
                .build().toString();
        send("POST", "/organizations", org);
    }

    /**
     * Where and in which language to write to a user, by user name: the e-mail address and the
     * language they chose in the sign-in service (Keycloak's {@code locale} attribute), if any.
     */
    public record Mottagare(String email, Optional<String> sprak) {
    }

    public Optional<Mottagare> mottagare(String username) {
        return array(get("/users?exact=true&briefRepresentation=false&username=" + enc(username)))
                .getValuesAs(JsonObject.class).stream().findFirst()
                .filter(u -> u.getString("email", null) != null)
                .map(u -> new Mottagare(u.getString("email"), Optional.ofNullable(u.getJsonObject("attributes"))
                        .map(a -> a.getJsonArray("locale")).filter(l -> !l.isEmpty()).map(l -> l.getString(0))));
    }

    /** A person of the realm with the förbund their token names (the user attribute {@code forbund}). */
    public record Konto(String id, String username, String namn, String email, Optional<String> forbund) {
    }

    /** Up to 50 people whose user name, name or e-mail address contains {@code text}. */
    public List<Konto> search(String text) {
        return array(get("/users?briefRepresentation=false&first=0&max=50&search=" + enc(text.strip())))
                .getValuesAs(JsonObject.class).stream()
                .filter(u -> !u.getString("username").startsWith("service-account-"))
                .map(KeycloakAdmin::konto).toList();
    }

    public Konto konto(String userId) {
        return konto(object(get("/users/" + segment(userId))));
    }

    /**
     * Sets the user attribute the token's {@code forbund} claim is mapped from (the realm's
     * {@code forbund} mapper of the web client): the whole representation is sent back, because
     * Keycloak replaces every attribute with those of the update.
     */
    public void setForbund(String userId, String forbund) {
        JsonObject user = object(get("/users/" + segment(userId)));
        JsonObject attributes = user.containsKey("attributes") ? user.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject updated = Json.createObjectBuilder(user).add("attributes", Json.createObjectBuilder(attributes)
                .add("forbund", Json.createArrayBuilder().add(forbund))).build();
        send("PUT", "/users/" + segment(userId), updated.toString());
    }

    /** The aliases of the organisations the user is a member of. */
    public List<String> organisations(String userId) {
        return array(get("/organizations/members/" + segment(userId) + "/organizations?briefRepresentation=true"))
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("alias", "")).filter(a -> !a.isEmpty()).toList();
    }

    public void addMember(String organisationAlias, String userId) {
        send("POST", "/organizations/" + organisationId(organisationAlias) + "/members", "\"" + segment(userId) + "\"");
    }

    public List<String> realmRoles(String userId) {
        return array(get("/users/" + segment(userId) + "/role-mappings/realm")).getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("name")).toList();
    }

    public void grant(String userId, String role) {
        JsonObject rep = object(get("/roles/" + segment(role)));
        send("POST", "/users/" + segment(userId) + "/role-mappings/realm", Json.createArrayBuilder().add(rep).build().toString());
    }

    public void revoke(String userId, String role) {
        JsonObject rep = object(get("/roles/" + segment(role)));
        send("DELETE", "/users/" + segment(userId) + "/role-mappings/realm", Json.createArrayBuilder().add(rep).build().toString());
    }

    public boolean organisationExists(String alias) {
        return findOrganisationId(alias).isPresent();
    }

    private String organisationId(String alias) {
        return findOrganisationId(alias).orElseThrow(() -> UppfoljningException.of(PlattformFel.ORGANISATION_SAKNAS, alias));
    }

    /**
     * Keycloak's organisation search matches names and domains, not aliases: an alias that is in
     * neither ({@code nordan-kansliet} of "Kansliet, Samordningsförbundet Nordan") is found only in
     * the whole list, which is read when the search does not find it.
     */
    private Optional<String> findOrganisationId(String alias) {
        return withAlias(alias, "/organizations?briefRepresentation=true&search=" + enc(alias) + "&first=0&max=100")
                .or(() -> withAlias(alias, "/organizations?briefRepresentation=true&first=0&max=10000"));
    }

    private Optional<String> withAlias(String alias, String query) {
        return array(get(query)).getValuesAs(JsonObject.class).stream()
                .filter(o -> alias.equals(o.getString("alias", null))).map(o -> o.getString("id")).findFirst();
    }

    private static Konto konto(JsonObject u) {
        Person p = person(u);
        Optional<String> forbund = Optional.ofNullable(u.getJsonObject("attributes"))
                .map(a -> a.getJsonArray("forbund")).filter(f -> !f.isEmpty()).map(f -> f.getString(0));
        return new Konto(p.id(), p.username(), p.namn(), p.email(), forbund);
    }

    private static Person person(JsonObject u) {
        String namn = (u.getString("firstName", "") + " " + u.getString("lastName", "")).strip();
        return new Person(u.getString("id"), u.getString("username"), namn.isEmpty() ? u.getString("username") : namn,
                u.getString("email", null));
    }

    private String get(String path) {
        return send("GET", path, null);
    }

    private String send(String method, String path, String json) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(adminBase() + path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
            if (json != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 404) {
                throw UppfoljningException.of(PlattformFel.SAKNAS_I_INLOGGNINGSTJANSTEN);
            }
            if (r.statusCode() == 409) {
                throw UppfoljningException.of(PlattformFel.FINNS_I_INLOGGNINGSTJANSTEN);
            }
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak svarade " + r.statusCode() + " på " + method + " " + path);
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException("Inloggningstjänsten svarar inte", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The service account's token, fetched again only shortly before it expires. */
    private synchronized String token() throws IOException, InterruptedException {
        if (token != null && Instant.now().isBefore(tokenValidUntil)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(providerUri + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Tjänstekontot för administration nekades: " + r.statusCode());
        }
        JsonObject body = object(r.body());
        token = body.getString("access_token");
        tokenValidUntil = Instant.now().plusSeconds(Math.max(0, body.getInt("expires_in", 60) - 30));
        return token;
    }

    /** http://host/realms/x becomes http://host/admin/realms/x. */
    private String adminBase() {
        int realms = providerUri.indexOf("/realms/");
        return providerUri.substring(0, realms) + "/admin" + providerUri.substring(realms);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A path segment naming a user or role: Keycloak's ids are UUIDs, role names plain words. */
    private static String segment(String s) {
        // anything else (".." above all) would address another admin resource than the one meant
        if (s == null || !s.matches("[A-Za-z0-9_-]{1,100}")) {
            throw UppfoljningException.of(PlattformFel.SAKNAS_I_INLOGGNINGSTJANSTEN);
        }
        return s;
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    private static JsonObject object(String json) {
        JsonValue v = Json.createReader(new StringReader(json)).readValue();
        return v.asJsonObject();
    }
}
