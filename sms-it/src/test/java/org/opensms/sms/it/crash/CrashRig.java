package org.opensms.sms.it.crash;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The server under the crash test, driven like an operator would: asadmin for the domain's life and the
 * deployment, kill -9 for the crash, HTTP for the application. Everything comes from the system properties
 * that './sms test-crash' passes (sms.crash.*), which provisioned the domain, broker and CAS emulator.
 */
final class CrashRig {

    final Path payaraHome = Path.of(required("sms.crash.payaraHome"));
    final String domain = required("sms.crash.domain");
    final String adminPort = required("sms.crash.adminPort");
    final Path passwordFile = Path.of(required("sms.crash.passwordFile"));
    final String base = "http://127.0.0.1:" + required("sms.crash.httpPort") + "/sms";
    final String emulator = "http://127.0.0.1:" + required("sms.crash.casControlPort");
    final String smsPassword = required("sms.crash.smsAdminPassword");
    final Path ear = Path.of(System.getProperty("sms.ear", "../sms-ear/target/sms.ear"));
    final Path logs = Path.of(System.getProperty("sms.crash.logs", "target/crash"));
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    CrashRig() throws IOException {
        Files.createDirectories(logs);
    }

    static String required(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank() || v.startsWith("${")) {
            throw new IllegalStateException("system property " + name + " is not set: run this test with './sms test-crash'");
        }
        return v;
    }

    Path domainDir() {
        return payaraHome.resolve("glassfish/domains").resolve(domain);
    }

    /** Where the transaction service keeps its log (the domain's default). */
    Path transactionLog() {
        return domainDir().resolve("logs/server/tx");
    }

    /** Copies the transaction log as it is now under the test's logs, to read it after a failure. */
    void keepTransactionLog(String name) throws IOException {
        Path target = logs.resolve(name);
        if (!Files.isDirectory(transactionLog())) {
            return;
        }
        try (var files = Files.walk(transactionLog())) {
            for (Path f : files.toList()) {
                Path copy = target.resolve(transactionLog().relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The server's log since the domain was created (server.log and its rotations, oldest first). */
    String serverLog() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(domainDir().resolve("logs"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("server.log")).sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    // --- asadmin -----------------------------------------------------------------------------------------

    /** Runs asadmin (admin user, password file, the domain's admin port); fails unless it exits 0. */
    void asadmin(String logName, Duration limit, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(payaraHome.resolve("bin/asadmin").toString(), "--user", "admin",
                "--passwordfile", passwordFile.toString(), "--port", adminPort));
        cmd.addAll(List.of(args));
        Path log = logs.resolve(logName + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " took more than " + limit + " (" + log + ")");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed: " + Files.readString(log));
        }
    }

    void startDomain(String logName) throws IOException, InterruptedException {
        asadmin(logName, Duration.ofMinutes(4), "start-domain", domain);
    }

    /** The server's JVM, from the pid file the domain writes at start. */
    ProcessHandle serverProcess() throws IOException {
        long pid = Long.parseLong(Files.readString(domainDir().resolve("config/pid")).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException("the server (pid " + pid + ") is not running"));
    }

    /** kill -9: SIGKILL, no shutdown hook, no orderly close of anything. */
    void killServer() throws Exception {
        ProcessHandle server = serverProcess();
        if (!server.destroyForcibly()) {
            throw new IllegalStateException("could not kill pid " + server.pid());
        }
        server.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Sends a signal (STOP, CONT) to the broker's JVM, whose pid the script wrote at its start. */
    void signalBroker(String signal) throws IOException, InterruptedException {
        String pid = Files.readString(Path.of(required("sms.crash.brokerPidFile"))).trim();
        Process p = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    // --- the application ----------------------------------------------------------------------------------

    boolean appReady() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + smsPassword).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/api" + path)).header("Authorization", basic())
                .timeout(Duration.ofSeconds(30));
    }

    JsonStructure getJson(String url, HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + ": " + r.statusCode() + " " + r.body());
            }
            try (var reader = Json.createReader(new StringReader(r.body()))) {
                return reader.read();
            }
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The whole CAS command journal, through the REST API (pages of 1000). */
    List<JsonObject> journal() {
        List<JsonObject> all = new ArrayList<>();
        for (int offset = 0; ; offset += 1000) {
            String path = "/cas/commands?limit=1000&offset=" + offset;
            JsonArray page = (JsonArray) getJson(path, api(path));
            page.forEach(v -> all.add(v.asJsonObject()));
            if (page.size() < 1000) {
                return all;
            }
        }
    }

    /** Every command id the CAS emulator processed, with its applied and duplicate counts. */
    List<JsonObject> casCommands() {
        List<JsonObject> all = new ArrayList<>();
        for (int offset = 0; ; offset += 10_000) {
            String url = emulator + "/commands?limit=10000&offset=" + offset;
            JsonObject page = (JsonObject) getJson(url, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)));
            JsonArray commands = page.getJsonArray("commands");
            commands.forEach(v -> all.add(v.asJsonObject()));
            if (commands.size() < 10_000) {
                return all;
            }
        }
    }

    static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            Thread.sleep(500);
        }
    }
}
