package io.dateline.sink.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The dashboard's page and its assets, from the classpath, never from the network: {@code /} is
 * {@code static/index.html}, {@code /static/<file>} the page's own scripts and styles, and
 * {@code /webjars/chart.js/<file>} the charting library from its WebJar (the version is read from the jar, so the page
 * need not name it).
 */
final class StaticAssets implements HttpHandler {

    private static final String ROOT = "io/dateline/sink/web/static/";
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_\\-]+(/[A-Za-z0-9_\\-]+)*\\.[a-z0-9.]+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "map", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    private final String chartJsRoot;

    StaticAssets() {
        this.chartJsRoot = "META-INF/resources/webjars/chart.js/" + webJarVersion("org.webjars.npm", "chart.js") + "/";
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String resource = resource(path);
            InputStream in = resource == null ? null : StaticAssets.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                byte[] body = ("Not found: " + QueryParams.printable(path)).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            try (in) {
                byte[] body = in.readAllBytes();
                String extension = resource.substring(resource.lastIndexOf('.') + 1);
                exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension,
                        "application/octet-stream"));
                exchange.getResponseHeaders().set("Cache-Control", resource.startsWith(ROOT) ? "no-cache"
                        : "max-age=86400");
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                boolean head = "HEAD".equals(method);
                exchange.sendResponseHeaders(200, head ? -1 : body.length);
                if (!head) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        }
    }

    /** The classpath resource {@code path} names, or null when it names none we serve. */
    String resource(String path) {
        if (path.equals("/") || path.equals("/index.html")) {
            return ROOT + "index.html";
        }
        if (path.startsWith("/static/") && safe(path.substring("/static/".length()))) {
            return ROOT + path.substring("/static/".length());
        }
        if (path.startsWith("/webjars/chart.js/") && safe(path.substring("/webjars/chart.js/".length()))) {
            return chartJsRoot + path.substring("/webjars/chart.js/".length());
        }
        return null;
    }

    private static boolean safe(String relative) {
        return SAFE_PATH.matcher(relative).matches() && !relative.contains("..");
    }

    private static String webJarVersion(String group, String artifact) {
        String properties = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("The " + artifact + " WebJar is not on the classpath (" + properties
                        + ")");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
