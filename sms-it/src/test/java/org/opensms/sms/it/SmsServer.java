package org.opensms.sms.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The SMS under test as a client outside the server sees it: the real EAR, the base URL and the
 * credentials './sms test' prepared, and a plain HTTP client.
 */
final class SmsServer {

    static final String BASE = "http://localhost:" + System.getProperty("sms.it.httpPort", "28080") + "/sms";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = System.getProperty("sms.it.smsAdminPassword");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SmsServer() {
    }

    /** The EAR exactly as built by the sms-ear module. */
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("sms.ear", "../sms-ear/target/sms.ear")));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path));
        return user == null ? b : b.header("Authorization", basic(user, password));
    }

    static HttpResponse<String> postJson(String path, String json, String user, String password) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> get(String path, String user, String password) {
        return send(request(path, user, password).GET());
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader r = Json.createReader(new StringReader(response.body()))) {
            return r.readObject();
        }
    }

    /** A mobile number no earlier run used: 9 followed by nine random digits. */
    static String uniqueMobile() {
        return "9" + String.format("%09d", RANDOM.nextInt(1_000_000_000));
    }

    /** A registration body for the REST API. */
    static String registrationJson(String name, String mobile) {
        return Json.createObjectBuilder()
                .add("name", name).add("mobile", mobile).add("email", "it@example.in")
                .add("billingAddress", Json.createObjectBuilder().add("line1", "12 MG Road").add("city", "Bengaluru")
                        .add("state", "KA").add("pinCode", "560038"))
                .build().toString();
    }

    /** Creates an account through the REST API as the administrator; returns its password. */
    static String createAccount(String username, String role) {
        String password = "Pw-" + Long.toHexString(RANDOM.nextLong()) + "-x";
        HttpResponse<String> r = postJson("/api/accounts", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("role", role).build().toString(), ADMIN, ADMIN_PASSWORD);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("could not create account " + username + ": " + r.statusCode() + " " + r.body());
        }
        return password;
    }

    static String unique(String prefix) {
        return prefix + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).substring(0, 6);
    }
}
