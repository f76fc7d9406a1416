package org.opensms.cas.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP control API on the control port (JSON in and out), for tests, benchmarks and reconciliation.
 * Routes: GET /cards/{number}, GET /cards?offset&amp;limit, POST /cards/provision, GET /messages, GET /stats,
 * GET /commands/{id}, GET /commands?card&amp;offset&amp;limit,
 * POST /reset, GET|POST|DELETE /faults, POST /state/save. See the module README for bodies and answers.
 */
final class ControlApi implements AutoCloseable {

    private static final int MAX_PAGE = 10_000;
    private static final Set<String> FAULT_KEYS = Set.of("clear", "refuseConnections", "dropConnections",
            "dropAfterFrames", "ackDelayMs", "rejectNext", "rejectPercent", "rejectCode", "rejectReason",
            "ignoreHeartbeats");

    /** An answer with an HTTP status other than 200. */
    private static final class HttpError extends Exception {
        final int status;

        HttpError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private final CasEmulator emulator;
    private final HttpServer server;
    private final ExecutorService executor;

    ControlApi(CasEmulator emulator, String bindAddress, int port) throws IOException {
        this.emulator = emulator;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bindAddress), port), 64);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "cas-emulator-control");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        int status = 200;
        Object body;
        try {
            body = route(ex.getRequestMethod(), ex.getRequestURI().getPath(), query(ex.getRequestURI().getRawQuery()),
                    new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (HttpError e) {
            status = e.status;
            body = Map.of("error", e.getMessage());
        } catch (IllegalArgumentException e) {
            status = 400;
            body = Map.of("error", String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            status = 500;
            body = Map.of("error", e.toString());
        }
        byte[] bytes = (Json.write(body) + "\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    private Object route(String method, String path, Map<String, String> query, String body) throws HttpError {
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        switch (path) {
            case "/cards":
                requireMethod(method, "GET");
                return cards(query);
            case "/cards/provision":
                requireMethod(method, "POST");
                return provision(body);
            case "/messages":
                requireMethod(method, "GET");
                return Map.of("messages", emulator.cards().globalMessages().stream()
                        .map(CardStore.StoredMessage::toMap).toList());
            case "/commands":
                requireMethod(method, "GET");
                return commands(query);
            case "/stats":
                requireMethod(method, "GET");
                return stats();
            case "/reset":
                requireMethod(method, "POST");
                emulator.reset();
                return Map.of("reset", true);
            case "/faults":
                return faults(method, body);
            case "/state/save":
                requireMethod(method, "POST");
                return saveState();
            default:
                if (path.startsWith("/commands/")) {
                    requireMethod(method, "GET");
                    String id = URLDecoder.decode(path.substring("/commands/".length()), StandardCharsets.UTF_8);
                    return emulator.cards().command(id).map(c -> (Object) c.toMap())
                            .orElseThrow(() -> new HttpError(404, "command " + id + " is not known"));
                }
                if (path.startsWith("/cards/")) {
                    requireMethod(method, "GET");
                    String number = URLDecoder.decode(path.substring("/cards/".length()), StandardCharsets.UTF_8);
                    return emulator.cards().card(number).map(c -> (Object) c.toMap(true))
                            .orElseThrow(() -> new HttpError(404, "card " + number + " is not known"));
                }
                throw new HttpError(404, "no such resource: " + path);
        }
    }

    private Object cards(Map<String, String> query) {
        int offset = intParam(query, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intParam(query, "limit", 100, 1, MAX_PAGE);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", emulator.cards().size());
        m.put("offset", offset);
        m.put("limit", limit);
        m.put("cards", emulator.cards().page(offset, limit).stream().map(c -> c.toMap(false)).toList());
        return m;
    }

    private Object commands(Map<String, String> query) {
        String card = query.get("card");
        int offset = intParam(query, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intParam(query, "limit", 100, 1, MAX_PAGE);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", emulator.cards().commandCount(card));
        m.put("offset", offset);
        m.put("limit", limit);
        m.put("commands", emulator.cards().commands(card, offset, limit).stream()
                .map(CommandLog.CommandRecord::toMap).toList());
        return m;
    }

    private Object provision(String body) throws HttpError {
        Object json = Json.parse(body.isBlank() ? "null" : body);
        List<String> numbers = new ArrayList<>();
        if (json instanceof List<?> list) {
            list.forEach(o -> numbers.add(String.valueOf(o)));
        } else if (json instanceof Map<?, ?> map && map.get("cards") instanceof List<?> list) {
            list.forEach(o -> numbers.add(String.valueOf(o)));
        } else if (json instanceof Map<?, ?> map && map.containsKey("from") && map.containsKey("count")) {
            numbers.addAll(range(String.valueOf(map.get("from")), map.get("count")));
        } else {
            throw new HttpError(400, "expected a JSON array of card numbers, {\"cards\":[...]} or"
                    + " {\"from\":\"1000000\",\"count\":N}");
        }
        int added = emulator.provision(numbers);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requested", numbers.size());
        m.put("provisioned", added);
        m.put("total", emulator.cards().size());
        return m;
    }

    /** count card numbers from a numeric start, keeping the start's width with leading zeros. */
    private static List<String> range(String from, Object countValue) {
        if (!from.matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("'from' must be 1 to 18 digits, got '" + from + "'");
        }
        if (!(countValue instanceof Long count) || count < 1 || count > 10_000_000) {
            throw new IllegalArgumentException("'count' must be a number from 1 to 10000000, got " + countValue);
        }
        long start = Long.parseLong(from);
        String format = "%0" + from.length() + "d";
        List<String> out = new ArrayList<>((int) (long) count);
        for (long i = 0; i < count; i++) {
            out.add(String.format(format, start + i));
        }
        return out;
    }

    private Object stats() {
        Map<String, Object> m = new LinkedHashMap<>(emulator.stats().toMap());
        m.put("cards", emulator.cards().size());
        m.put("commandIdsRemembered", emulator.cards().commandIdsRemembered());
        return m;
    }

    private Object faults(String method, String body) throws HttpError {
        Faults faults = emulator.faults();
        Map<String, Object> extra = new LinkedHashMap<>();
        switch (method) {
            case "GET" -> {
            }
            case "DELETE" -> faults.clear();
            case "POST" -> {
                if (!(Json.parse(body.isBlank() ? "{}" : body) instanceof Map<?, ?> raw)) {
                    throw new HttpError(400, "expected a JSON object of fault switches");
                }
                for (Object k : raw.keySet()) {
                    if (!FAULT_KEYS.contains(String.valueOf(k))) {
                        throw new HttpError(400, "unknown fault '" + k + "'; known: " + FAULT_KEYS);
                    }
                }
                if (bool(raw, "clear", false)) {
                    faults.clear();
                }
                if (raw.containsKey("refuseConnections")) {
                    faults.refuseConnections(bool(raw, "refuseConnections", false));
                }
                if (raw.containsKey("ignoreHeartbeats")) {
                    faults.ignoreHeartbeats(bool(raw, "ignoreHeartbeats", false));
                }
                if (raw.containsKey("dropAfterFrames")) {
                    faults.dropAfterFrames(number(raw, "dropAfterFrames"));
                }
                if (raw.containsKey("ackDelayMs")) {
                    faults.delayAcks(number(raw, "ackDelayMs"));
                }
                int code = raw.containsKey("rejectCode") ? (int) number(raw, "rejectCode") : 503;
                String reason = raw.get("rejectReason") == null ? null : String.valueOf(raw.get("rejectReason"));
                if (raw.containsKey("rejectNext")) {
                    faults.rejectNext(number(raw, "rejectNext"), code, reason);
                }
                if (raw.containsKey("rejectPercent")) {
                    faults.rejectPercent((int) number(raw, "rejectPercent"), code, reason);
                }
                if (bool(raw, "dropConnections", false)) {
                    extra.put("dropped", emulator.dropAllConnections());
                }
            }
            default -> throw new HttpError(405, "method " + method + " not allowed on /faults");
        }
        Map<String, Object> m = new LinkedHashMap<>(faults.toMap());
        m.putAll(extra);
        return m;
    }

    private Object saveState() throws HttpError {
        if (emulator.config().stateFile() == null) {
            throw new HttpError(409, "no --state-file configured");
        }
        try {
            emulator.saveState();
        } catch (IOException e) {
            throw new HttpError(500, "saving state failed: " + e.getMessage());
        }
        return Map.of("saved", emulator.config().stateFile().toString());
    }

    private static boolean bool(Map<?, ?> m, String key, boolean dflt) {
        Object v = m.get(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException("'" + key + "' must be true or false, got " + Json.write(v));
        }
        return b;
    }

    private static long number(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Long l)) {
            throw new IllegalArgumentException("'" + key + "' must be an integer, got " + Json.write(v));
        }
        return l;
    }

    private static int intParam(Map<String, String> q, String name, int dflt, int min, int max) {
        String v = q.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException("'" + name + "' must be " + min + " to " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be an integer, got '" + v + "'");
        }
    }

    private static void requireMethod(String method, String expected) throws HttpError {
        if (!method.equals(expected)) {
            throw new HttpError(405, "method " + method + " not allowed, use " + expected);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String k = eq < 0 ? part : part.substring(0, eq);
            String v = eq < 0 ? "" : part.substring(eq + 1);
            m.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return m;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
