package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * {@code deep_reshape}: reshapes 2,000 nested documents — paths up to five levels deep gathered into a new
 * structure with nested objects, arrays and a comprehension over each document's contributors. Input
 * {@code {"documents": [{"id", "content": {"header", "body"}, "meta": {"author": {"address": {"geo"}}, "tags",
 * "contributors"}, "stats": {"views"}}]}}.
 */
public final class DeepReshape extends Workload {
    private static final String[] WORDS = {"json", "jvm", "graal", "stream", "batch", "schema", "lambda", "vector",
            "index", "query", "join", "shape"};
    private static final String[] CITIES = {"Oslo", "Bergen", "Trondheim", "Stavanger", "Tromso", "Bodo"};
    private static final String[] ROLES = {"editor", "reviewer", "translator"};

    public DeepReshape() {
        super("deep_reshape");
    }

    @Override
    public String input(Scale scale) {
        SplittableRandom random = new SplittableRandom(2_718L);
        int count = scale == Scale.BENCH ? 2_000 : 100;
        ArrayNode documents = JsonTrees.array();
        for (int i = 0; i < count; i++) {
            ObjectNode d = documents.addObject();
            d.put("id", "D" + (10_000 + i));
            ObjectNode content = d.putObject("content");
            ObjectNode header = content.putObject("header");
            String topic = WORDS[random.nextInt(WORDS.length)];
            header.put("title", "On " + topic + " and " + WORDS[random.nextInt(WORDS.length)]);
            header.put("lang", random.nextBoolean() ? "en" : "no");
            content.putObject("body").put("words", 100 + random.nextInt(5_000));
            ObjectNode meta = d.putObject("meta");
            ObjectNode author = meta.putObject("author");
            author.put("name", "Author " + random.nextInt(500));
            ObjectNode address = author.putObject("address");
            address.put("city", CITIES[random.nextInt(CITIES.length)]);
            ObjectNode geo = address.putObject("geo");
            geo.put("lat", 58 + random.nextInt(1_000) / 100.0);
            geo.put("lon", 5 + random.nextInt(1_000) / 100.0);
            ArrayNode tags = meta.putArray("tags");
            for (int t = 1 + random.nextInt(4); t > 0; t--) tags.add(WORDS[random.nextInt(WORDS.length)]);
            ArrayNode contributors = meta.putArray("contributors");
            for (int c = random.nextInt(4); c > 0; c--) {
                ObjectNode contributor = contributors.addObject();
                contributor.put("name", "Contributor " + random.nextInt(300));
                contributor.put("role", ROLES[random.nextInt(ROLES.length)]);
            }
            ObjectNode views = d.putObject("stats").putObject("views");
            int total = 10 + random.nextInt(100_000);
            views.put("total", total);
            views.put("unique", random.nextInt(total));
        }
        ObjectNode in = JsonTrees.object();
        in.set("documents", documents);
        return JsonTrees.text(in);
    }

    @Override
    public JsonNode java(JsonNode input) {
        ArrayNode documents = JsonTrees.array();
        for (JsonNode d : input.get("documents")) {
            JsonNode header = d.get("content").get("header");
            JsonNode meta = d.get("meta");
            JsonNode author = meta.get("author");
            JsonNode address = author.get("address");
            JsonNode views = d.get("stats").get("views");
            JsonNode tags = meta.get("tags");
            ObjectNode out = documents.addObject();
            out.set("id", d.get("id"));
            out.set("title", header.get("title"));
            out.set("lang", header.get("lang"));
            ObjectNode a = out.putObject("author");
            a.set("name", author.get("name"));
            a.set("city", address.get("city"));
            a.putArray("geo").add(address.get("geo").get("lat")).add(address.get("geo").get("lon"));
            out.set("words", d.get("content").get("body").get("words"));
            out.set("views", views.get("total"));
            out.set("uniqueViews", views.get("unique"));
            ObjectNode t = out.putObject("tags");
            t.set("first", tags.get(0));
            t.put("count", tags.size());
            ArrayNode contributors = out.putArray("contributors");
            for (JsonNode c : meta.get("contributors")) contributors.add(c.get("name"));
        }
        ObjectNode result = JsonTrees.object();
        result.put("count", documents.size());
        result.set("documents", documents);
        return result;
    }
}
